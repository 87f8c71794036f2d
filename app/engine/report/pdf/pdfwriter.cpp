#include "pdfwriter.h"

#include "reporttext.h"

#include <functional>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace sig2rtm {

namespace {

// Device resolution: 4 device pixels per point keeps hairlines and paddings expressible in whole pixels.
constexpr int kDpi = 288;

constexpr double kMarginLeft = 50; // points
constexpr double kMarginRight = 50;
constexpr double kMarginTop = 54;
constexpr double kMarginBottom = 58;

const QColor kText(0x17, 0x20, 0x33);
const QColor kMuted(0x5a, 0x64, 0x76);
const QColor kLine(0xd5, 0xdb, 0xe3);
const QColor kPanel(0xf3, 0xf5, 0xf8);
const QColor kMark(0xff, 0xe5, 0x8a);
const QColor kAccent(0x1f, 0x5f, 0xae);

QColor statusColor(RowStatus status)
{
    switch (status) {
    case RowStatus::Pass:
        return {0x0a, 0x7a, 0x46};
    case RowStatus::Fail:
        return {0xb4, 0x23, 0x18};
    case RowStatus::Review:
        return {0x9a, 0x5b, 0x06};
    }
    return kText;
}

QColor statusBackground(RowStatus status)
{
    switch (status) {
    case RowStatus::Pass:
        return {0xec, 0xfb, 0xf2};
    case RowStatus::Fail:
        return {0xfe, 0xf3, 0xf2};
    case RowStatus::Review:
        return {0xff, 0xf8, 0xe6};
    }
    return kPanel;
}

RowStatus effectTone(Effect effect)
{
    return effect == Effect::Fail ? RowStatus::Fail : effect == Effect::Review ? RowStatus::Review : RowStatus::Pass;
}

QStringList textFamilies(ReportLanguage language)
{
    // Chinese reports put the CJK face first so Latin and Han glyphs share one design; English reports
    // keep a Latin face first and fall back to CJK for Chinese project data (file names, snippets).
    const QStringList latin = {QStringLiteral("Noto Sans"), QStringLiteral("Helvetica Neue"), QStringLiteral("Arial"),
                               QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")};
    const QStringList cjk = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                             QStringLiteral("PingFang SC"), QStringLiteral("Microsoft YaHei"),
                             QStringLiteral("WenQuanYi Micro Hei")};
    return language == ReportLanguage::Chinese ? cjk + latin : latin + cjk;
}

QStringList monoFamilies()
{
    return {QStringLiteral("DejaVu Sans Mono"),
            QStringLiteral("Liberation Mono"),
            QStringLiteral("Menlo"),
            QStringLiteral("Consolas"),
            QStringLiteral("Noto Sans Mono CJK SC"),
            QStringLiteral("Noto Sans CJK SC")};
}

class PdfBuilder
{
public:
    Q_DISABLE_COPY_MOVE(PdfBuilder)

    PdfBuilder(const Report& report, QPdfWriter& writer, int findingsPerRow)
        : m_report(report), m_lang(report.language), m_writer(writer), m_findingsPerRow(findingsPerRow)
    {
        const QRectF page(0, 0, writer.width(), writer.height());
        m_body = page.adjusted(px(kMarginLeft), px(kMarginTop), -px(kMarginRight), -px(kMarginBottom));

        m_doc.setDocumentMargin(0);
        m_doc.setUndoRedoEnabled(false);
        QFont font;
        font.setFamilies(textFamilies(m_lang));
        font.setPointSizeF(9.5);
        m_doc.setDefaultFont(font);
        QTextOption option = m_doc.defaultTextOption();
        // Long paths and minified snippets have no spaces: let them break anywhere rather than overflow.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_doc.setDefaultTextOption(option);
    }

    void build()
    {
        masthead();
        contents();
        summary();
        compatibility();
        remediation();
        findings();
        appendix();
        // The layout is created only now: a document with a layout re-lays out its tables on every
        // insertion, which made 150 findings take a minute.
        // The Qt 6.4 trap (STYLE.md §6): without the paint device and an explicit page size the layout
        // uses screen metrics and the text comes out a third of its size.
        m_doc.documentLayout()->setPaintDevice(&m_writer);
        m_doc.setPageSize(m_body.size());
        // Finish the (lazy) layout before reading positions and editing the contents: an edit while
        // the lazy layout is under way leaves the blocks after the edit without lines.
        m_doc.pageCount();
        fillContents();
    }

    bool paint(QString* error)
    {
        const int pages = m_doc.pageCount();
        QPainter painter;
        if (!painter.begin(&m_writer)) {
            if (error) {
                *error = QCoreApplication::translate("sig2rtm", "cannot start the PDF renderer");
            }
            return false;
        }
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, kText);
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !m_writer.newPage()) {
                if (error) {
                    *error = QCoreApplication::translate("sig2rtm", "cannot add a page to the PDF");
                }
                return false;
            }
            painter.save();
            const qreal top = page * m_body.height();
            painter.translate(m_body.left(), m_body.top() - top);
            context.clip = QRectF(0, top, m_body.width(), m_body.height());
            painter.setClipRect(context.clip);
            m_doc.documentLayout()->draw(&painter, context);
            painter.restore();
            pageDecoration(painter, page + 1, pages);
        }
        return painter.end();
    }

private:
    /// Points to device pixels: for what the builder paints itself (page geometry, header, footer).
    qreal px(double points) const { return points * m_writer.resolution() / 72.0; }
    /// Points to the unit of QTextFormat lengths (margins, padding, borders, line heights): pixels at
    /// 96 dpi, which the layout scales to the paint device itself.
    static qreal pt(double points) { return points * 96.0 / 72.0; }
    QString t(ReportLabel label) const { return reportLabel(label, m_lang); }

    // ---- formats -------------------------------------------------------------------------------

    QTextCharFormat text(double size = 9.5, bool bold = false, const QColor& color = kText) const
    {
        QTextCharFormat f;
        f.setFontFamilies(textFamilies(m_lang));
        f.setFontPointSize(size);
        f.setFontWeight(bold ? QFont::DemiBold : QFont::Normal);
        f.setForeground(color);
        return f;
    }

    QTextCharFormat mono(double size = 8.3) const
    {
        QTextCharFormat f;
        f.setFontFamilies(monoFamilies());
        f.setFontFixedPitch(true);
        f.setFontPointSize(size);
        f.setForeground(kText);
        return f;
    }

    QTextCharFormat muted(double size = 8.5) const { return text(size, false, kMuted); }

    QTextCharFormat statusFormat(RowStatus status, double size = 9.5) const
    {
        return text(size, true, statusColor(status));
    }

    QTextBlockFormat block(double top = 0, double bottom = 4) const
    {
        QTextBlockFormat f;
        f.setTopMargin(pt(top));
        f.setBottomMargin(pt(bottom));
        f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    QTextTableFormat tableFormat(const QList<QTextLength>& widths, int headerRows) const
    {
        QTextTableFormat f;
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setColumnWidthConstraints(widths);
        f.setHeaderRowCount(headerRows);
        f.setCellSpacing(0);
        f.setCellPadding(pt(4));
        f.setBorder(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setBorderBrush(kLine);
        f.setBorderCollapse(true);
        f.setTopMargin(pt(4));
        f.setBottomMargin(pt(8));
        return f;
    }

    /// A one-cell table: the PDF's boxes (verdict, banner, support request).
    QTextTableFormat boxFormat(const QColor& background, const QColor& border) const
    {
        QTextTableFormat f = tableFormat({QTextLength(QTextLength::PercentageLength, 100)}, 0);
        f.setBorderBrush(border);
        f.setBorder(pt(0.8));
        f.setCellPadding(pt(7));
        f.setBackground(background);
        f.setTopMargin(pt(6));
        f.setBottomMargin(pt(10));
        return f;
    }

    QTextTable* box(const QColor& background, const QColor& border)
    {
        return insertTable(1, 1, boxFormat(background, border));
    }

    /// A titled part whose title never ends a page alone: a borderless table whose title is a header row
    /// (Qt keeps a header row with the row after it, and repeats it when the part spans pages).
    /// Returns a cursor in the body.
    QTextCursor keptTogether(const std::function<void(QTextCursor&)>& title, double top = 8)
    {
        QTextTableFormat f = tableFormat({QTextLength(QTextLength::PercentageLength, 100)}, 1);
        f.setCellPadding(0);
        f.setTopMargin(pt(top));
        f.setBottomMargin(pt(2));
        QTextTable* table = insertTable(2, 1, f);
        QTextCursor head = cell(table, 0, 0);
        head.setBlockFormat(block(0, 3));
        title(head);
        return cell(table, 1, 0);
    }

    static QList<QTextLength> percent(std::initializer_list<double> widths)
    {
        QList<QTextLength> out;
        for (double w : widths) {
            out << QTextLength(QTextLength::PercentageLength, w);
        }
        return out;
    }

    // ---- insertion helpers -----------------------------------------------------------------------

    QTextCursor end() { return m_doc.rootFrame()->lastCursorPosition(); }

    /// A new top-level paragraph. The empty block the document starts with, and the one Qt keeps after
    /// every table, are reused rather than left as blank lines.
    QTextCursor paragraph(const QTextBlockFormat& format, const QTextCharFormat& chars = {})
    {
        QTextCursor c = end();
        if (m_reuseBlock) {
            c.setBlockFormat(format);
            c.setBlockCharFormat(chars);
            m_reuseBlock = false;
        } else {
            c.insertBlock(format, chars);
        }
        return c;
    }

    /// A top-level table; the empty block after it shrinks to a hairline until a paragraph reuses it.
    QTextTable* insertTable(int rows, int columns, const QTextTableFormat& format)
    {
        QTextCursor c = end();
        if (m_reuseBlock) {
            // Two tables in a row: the spacer block between them stays a hairline.
            c.setBlockFormat(spacer());
            c.setBlockCharFormat(spacerChars());
        }
        QTextTable* table = c.insertTable(rows, columns, format);
        QTextCursor after = end();
        after.setBlockFormat(spacer());
        after.setBlockCharFormat(spacerChars());
        m_reuseBlock = true;
        return table;
    }

    QTextBlockFormat spacer() const
    {
        QTextBlockFormat f;
        f.setLineHeight(pt(1), QTextBlockFormat::FixedHeight);
        return f;
    }

    QTextCharFormat spacerChars() const
    {
        QTextCharFormat f;
        f.setFontPointSize(1);
        return f;
    }

    QTextBlock heading(const QString& label, int level, bool pageBreak = false)
    {
        QTextBlockFormat f = level == 1 ? block(20, 8) : block(12, 4);
        f.setHeadingLevel(level + 1);
        if (pageBreak) {
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        }
        QTextCursor c = paragraph(f);
        c.insertText(label, text(level == 1 ? 14 : 11, true));
        return c.block();
    }

    static QTextCursor cell(QTextTable* table, int row, int column)
    {
        return table->cellAt(row, column).firstCursorPosition();
    }

    void cellBackground(QTextTable* table, int row, int column, const QColor& color)
    {
        QTextTableCell c = table->cellAt(row, column);
        QTextCharFormat f = c.format();
        f.setBackground(color);
        c.setFormat(f);
    }

    /// Column labels on a shaded row; numeric columns (from firstNumeric on) are right-aligned like their numbers.
    void headerRow(QTextTable* table, const QStringList& labels, int row = 0, int firstNumeric = -1)
    {
        for (int i = 0; i < labels.size(); ++i) {
            cellBackground(table, row, i, kPanel);
            QTextCursor c = cell(table, row, i);
            QTextBlockFormat nowrap;
            nowrap.setNonBreakableLines(true);
            if (firstNumeric >= 0 && i >= firstNumeric) {
                nowrap.setAlignment(Qt::AlignRight);
            }
            c.setBlockFormat(nowrap);
            c.insertText(labels[i], text(8, true, kMuted));
        }
    }

    /// Hairlines under the rows from firstRow on: the tables draw no grid, only row separators.
    void ruleRows(QTextTable* table, int firstRow = 0)
    {
        for (int r = firstRow; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell tableCell = table->cellAt(r, c);
                if (tableCell.row() != r || tableCell.column() != c) {
                    continue; // covered by a merged cell
                }
                QTextTableCellFormat f = tableCell.format().toTableCellFormat();
                f.setBottomBorder(pt(0.75));
                f.setBottomBorderBrush(kLine);
                f.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                tableCell.setFormat(f);
            }
        }
    }

    void insertStatus(QTextCursor& c, RowStatus status, double size = 9.5)
    {
        c.insertText(statusGlyph(status) + u' ' + statusWord(status, m_lang), statusFormat(status, size));
    }

    void insertLink(QTextCursor& c, const QString& label, const QString& url, double size = 9)
    {
        QTextCharFormat f = text(size, false, kAccent);
        if (isSafeLink(url)) {
            f.setAnchor(true);
            f.setAnchorHref(url);
        }
        c.insertText(label, f);
    }

    QString findingCount(std::size_t n) const
    {
        return n == 1 ? t(ReportLabel::FindingCountOne) : t(ReportLabel::FindingCount).arg(n);
    }

    QString projectName() const
    {
        return m_report.projectName.isEmpty() ? t(ReportLabel::UnnamedProject) : m_report.projectName;
    }

    // ---- sections --------------------------------------------------------------------------------

    void masthead()
    {
        QTextCursor c = paragraph(block(0, 2));
        c.insertText(t(ReportLabel::ReportTitle).toUpper(), text(8.5, true, kAccent));
        c = paragraph(block(0, 2));
        c.insertText(projectName(), text(20, true));
        c = paragraph(block(0, 4));
        c.insertText(t(ReportLabel::ReportSubtitle), muted(9.5));
        c = paragraph(block(0, 8));
        QString meta = t(ReportLabel::Generated) + colon(m_lang) + formatTimestamp(m_report.generatedAt) +
                       QStringLiteral("   ·   ") + m_report.toolName + u' ' + m_report.toolVersion;
        if (!m_report.appId.isEmpty()) {
            meta += QStringLiteral("   ·   App ID: ") + m_report.appId;
        }
        c.insertText(meta, muted(8.5));
    }

    void contents()
    {
        QTextCursor c = paragraph(block(6, 2));
        c.insertText(t(ReportLabel::Contents).toUpper(), text(8, true, kMuted));
        const QList<ReportLabel> sections = {ReportLabel::Summary, ReportLabel::Compatibility, ReportLabel::Remediation,
                                             ReportLabel::Findings, ReportLabel::Appendix};
        QTextTableFormat f = tableFormat(percent({6, 84, 10}), 0);
        f.setBorder(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        f.setCellPadding(pt(1.5));
        f.setBackground(kPanel);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = insertTable(static_cast<int>(sections.size()), 3, f);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (int i = 0; i < sections.size(); ++i) {
            cell(table, i, 0).insertText(QString::number(i + 1), muted(9.5));
            cell(table, i, 1).insertText(t(sections[i]), text(9.5));
            QTextCursor page = cell(table, i, 2);
            page.setBlockFormat(right);
            // Filled in once the layout knows the pages (fillContents); same width as the final number.
            page.insertText(QStringLiteral("0"), muted(9.5));
            m_tocPages.push_back(page.block());
        }
    }

    void summary()
    {
        m_sections.push_back(heading(QStringLiteral("1  ") + t(ReportLabel::Summary), 1));
        const RowStatus tone = verdictTone(m_report.verdict);
        QTextTable* verdict = box(statusBackground(tone), statusColor(tone).lighter(170));
        QTextCursor c = cell(verdict, 0, 0);
        c.insertText(t(ReportLabel::Verdict).toUpper(), text(7.5, true, kMuted));
        c.insertBlock(block(1, 1));
        c.insertText(statusGlyph(tone) + u' ' + verdictWord(m_report.verdict, m_lang), statusFormat(tone, 15));
        c.insertBlock(block(0, 0));
        c.insertText(verdictSentence(m_report.verdict, m_lang), text(9.5));

        if (m_report.partial) {
            QTextTable* warning = box(statusBackground(RowStatus::Review), statusColor(RowStatus::Review).lighter(170));
            cell(warning, 0, 0).insertText(t(ReportLabel::PartialWarning), statusFormat(RowStatus::Review));
        }

        if (const auto* shutdown = shutdownEvent(m_report)) {
            QTextTable* banner = box(QColor(0xef, 0xf2, 0xf6), QColor(0xc9, 0xd1, 0xdc));
            QTextCursor b = cell(banner, 0, 0);
            b.insertText(shutdownBanner(m_report), text(10.5, true));
            b.insertBlock(block(1, 3));
            b.insertText(shutdown->text.get(m_lang), text(9));
            for (const auto& event : m_report.catalog->timeline()) {
                b.insertBlock(block(0, 0));
                b.insertText(event.date + QStringLiteral("   "), text(8.5, true));
                b.insertText(event.text.get(m_lang), muted(8.5));
            }
        }

        QTextTableFormat f = tableFormat(percent({36, 24, 40}), 1);
        f.setBorder(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        f.setCellPadding(pt(3));
        QTextTable* facts = insertTable(2, 3, f);
        const QStringList labels = {t(ReportLabel::SdksFound), t(ReportLabel::Platforms),
                                    t(ReportLabel::ScanStatistics)};
        for (int i = 0; i < labels.size(); ++i) {
            cell(facts, 0, i).insertText(labels[i].toUpper(), text(7.5, true, kMuted));
        }
        c = cell(facts, 1, 0);
        if (m_report.sdk.empty()) {
            c.insertText(t(ReportLabel::NoSdkFound), muted(9));
        }
        for (std::size_t i = 0; i < m_report.sdk.size(); ++i) {
            if (i > 0) {
                c.insertBlock();
            }
            c.insertText(sdkDescription(m_report.sdk[i], m_lang), text(9));
        }
        c = cell(facts, 1, 1);
        const QStringList platforms = platformsFound(m_report);
        c.insertText(platforms.isEmpty() ? t(ReportLabel::NoPlatform) : platforms.join(QStringLiteral(", ")), text(9));
        c = cell(facts, 1, 2);
        c.insertText(t(ReportLabel::FilesScanned).arg(m_report.stats.files), text(9, true));
        c.insertBlock();
        c.insertText(scanStatsText(m_report), text(9));
        c.insertBlock();
        c.insertText(t(ReportLabel::SkippedCount).arg(m_report.skipped.size()), text(9));
    }

    void compatibility()
    {
        m_sections.push_back(heading(QStringLiteral("2  ") + t(ReportLabel::Compatibility), 1));
        paragraph(block(0, 2)).insertText(t(ReportLabel::CompatibilityIntro), muted(9));
        const int rows = static_cast<int>(m_report.rows.size());
        QTextTable* table = insertTable(rows + 1, 6, tableFormat(percent({4, 52, 14, 10, 10, 10}), 1));
        headerRow(table,
                  {t(ReportLabel::Number), t(ReportLabel::Incompatibility), t(ReportLabel::Status),
                   t(ReportLabel::Blocking), t(ReportLabel::ToReview), t(ReportLabel::Notes)},
                  0, 3);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (int i = 0; i < rows; ++i) {
            const auto& row = m_report.rows[static_cast<std::size_t>(i)];
            const int r = i + 1;
            cell(table, r, 0).insertText(QString::number(r), muted(9));
            QTextCursor c = cell(table, r, 1);
            c.insertText(rowTitle(m_report, row), text(9.5, true));
            c.insertBlock(block(1, 0));
            c.insertText(m_report.render(row.summary), muted(8.3));
            c = cell(table, r, 2);
            insertStatus(c, row.status, 9);
            int column = 3;
            for (int count : {row.failCount, row.reviewCount, row.noteCount}) {
                QTextCursor n = cell(table, r, column++);
                n.setBlockFormat(right);
                n.insertText(QString::number(count), count == 0 ? muted(9) : text(9, true));
            }
        }
        ruleRows(table);
    }

    void remediation()
    {
        m_sections.push_back(heading(QStringLiteral("3  ") + t(ReportLabel::Remediation), 1));
        bool any = false;
        for (const auto& row : m_report.rows) {
            if (row.status == RowStatus::Pass) {
                continue;
            }
            any = true;
            const auto* def = m_report.catalog ? m_report.catalog->row(row.id) : nullptr;
            QTextCursor c = keptTogether([&](QTextCursor& title) {
                insertStatus(title, row.status, 10.5);
                title.insertText(QStringLiteral("   ") + rowTitle(m_report, row), text(10.5, true));
            });
            c.setBlockFormat(block(0, 3));
            c.insertText(m_report.render(row.summary), text(9));
            if (def) {
                c.insertBlock(block(2, 3));
                c.insertText(t(ReportLabel::RecommendedChange) + colon(m_lang), text(9, true));
                c.insertText(def->recommendation.get(m_lang), text(9));
            }
            for (const auto& link : remediationLinks(m_report, row)) {
                QTextBlockFormat item = block(0, 1);
                item.setIndent(1);
                item.setTextIndent(-pt(8));
                c.insertBlock(item);
                c.insertText(QStringLiteral("→ "), muted(9));
                if (link.url.isEmpty()) {
                    c.insertText(link.label, text(9));
                } else {
                    insertLink(c, link.label, link.url);
                    c.insertText(QStringLiteral("  ") + link.url, muted(7.5));
                }
                if (!link.email.isEmpty()) {
                    c.insertText(QStringLiteral("  ·  ") + link.email, text(9));
                }
            }
            if (rowNeedsSupport(m_report, row)) {
                c.insertBlock(block(2, 2));
                c.insertText(t(ReportLabel::SupportRequestSee), text(9, false, kAccent));
            }
        }
        if (!any) {
            paragraph(block(0, 4)).insertText(t(ReportLabel::NothingToRemediate), muted(9.5));
        }
        if (reportNeedsSupport(m_report)) {
            QTextCursor c = keptTogether(
                [&](QTextCursor& title) { title.insertText(t(ReportLabel::SupportRequest), text(11, true)); }, 12);
            c.setBlockFormat(block(0, 2));
            c.insertText(t(ReportLabel::SupportRequestIntro), text(9));
            const auto it = m_report.catalog->remediations().constFind(QStringLiteral("contact-support"));
            if (it != m_report.catalog->remediations().cend()) {
                c.insertBlock(block(0, 2));
                if (isSafeLink(it->url)) {
                    insertLink(c, it->url, it->url);
                }
                if (isSafeEmail(it->email)) {
                    c.insertText(QStringLiteral("  ·  ") + it->email, text(9));
                }
            }
            QTextTable* request = c.insertTable(1, 1, boxFormat(kPanel, kLine));
            QTextCursor r = cell(request, 0, 0);
            const QStringList lines = m_report.supportRequest().split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                if (i > 0) {
                    r.insertBlock();
                }
                r.insertText(lines[i], mono(8.3));
            }
        }
    }

    void findings()
    {
        m_sections.push_back(heading(QStringLiteral("4  ") + t(ReportLabel::Findings), 1, true));
        if (m_report.findings.empty()) {
            paragraph(block(0, 4)).insertText(t(ReportLabel::NoFindings), muted(9.5));
            return;
        }
        paragraph(block(0, 2)).insertText(t(ReportLabel::FindingsIntro), muted(9));
        for (const auto& row : m_report.rows) {
            const auto list = m_report.findingsOf(row);
            if (list.empty()) {
                continue;
            }
            findingTable(list, [&](QTextCursor& c) {
                insertStatus(c, row.status, 11);
                c.insertText(QStringLiteral("   ") + rowTitle(m_report, row), text(11, true));
                c.insertText(QStringLiteral("   ") + findingCount(list.size()), muted(9));
            });
        }
        const auto other = findingsWithoutRow(m_report);
        if (!other.empty()) {
            findingTable(other, [&](QTextCursor& c) {
                c.insertText(t(ReportLabel::OtherEvidence), text(11, true));
                c.insertText(QStringLiteral("   ") + findingCount(other.size()), muted(9));
            });
        }
    }

    /// One table per compatibility row. Its title is a header row too: repeated on every page with the
    /// column labels, and never left alone at the bottom of a page.
    void findingTable(const std::vector<const Finding*>& all, const std::function<void(QTextCursor&)>& title)
    {
        const auto list = mostSevere(all, static_cast<std::size_t>(std::max(0, m_findingsPerRow)));
        const std::size_t shown = list.size();
        const auto groups = groupByFile(list);
        const int rows = 2 + static_cast<int>(groups.size() + list.size());
        QTextTableFormat format = tableFormat(percent({10, 66, 24}), 2);
        format.setTopMargin(pt(12));
        QTextTable* table = insertTable(rows, 3, format);
        table->mergeCells(0, 0, 1, 3);
        QTextCursor heading = cell(table, 0, 0);
        heading.setBlockFormat(block(0, 2));
        title(heading);
        headerRow(table,
                  {t(ReportLabel::Line), t(ReportLabel::Code) + QStringLiteral(" / ") + t(ReportLabel::Reason),
                   t(ReportLabel::Details)},
                  1);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        int r = 2;
        for (const auto& group : groups) {
            table->mergeCells(r, 0, 1, 3);
            cellBackground(table, r, 0, kPanel);
            QTextCursor c = cell(table, r, 0);
            c.insertText(group.file, mono(8.3));
            c.insertText(QStringLiteral("   ") + findingCount(group.findings.size()), muted(7.5));
            ++r;
            for (const auto* f : group.findings) {
                QTextCursor line = cell(table, r, 0);
                line.setBlockFormat(right);
                line.insertText(f->line > 0 ? QString::number(f->line) : QStringLiteral("—"), mono(8.3));
                QTextCursor code = cell(table, r, 1);
                snippet(code, *f);
                code.insertBlock(block(2, 0));
                code.insertText(m_report.render(f->reason), f->effect == Effect::Note ? muted(8.5) : text(8.5));
                QTextCursor details = cell(table, r, 2);
                const RowStatus tone = effectTone(f->effect);
                const QString glyph = f->effect == Effect::Note ? QStringLiteral("·") : statusGlyph(tone);
                details.insertText(glyph + u' ' + effectWord(f->effect, m_lang),
                                   f->effect == Effect::Note ? text(8.5, true, kMuted) : statusFormat(tone, 8.5));
                details.insertBlock();
                details.insertText(confidenceWord(f->confidence, m_lang) + QStringLiteral(" · ") +
                                       contextWord(f->context, m_lang),
                                   muted(7.5));
                details.insertBlock();
                details.insertText(f->rule, mono(7));
                ++r;
            }
        }
        ruleRows(table, 1);
        if (all.size() > shown) {
            paragraph(block(0, 6))
                .insertText(t(ReportLabel::MoreFindings).arg(all.size() - shown), text(9, true, kAccent));
        }
    }

    void snippet(QTextCursor& c, const Finding& f)
    {
        const QString& s = f.snippet;
        if (s.isEmpty()) {
            return;
        }
        const MatchSpan span = locateMatch(m_report, f);
        if (!span.isValid()) {
            c.insertText(s, mono());
            return;
        }
        QTextCharFormat mark = mono();
        mark.setBackground(kMark);
        mark.setFontWeight(QFont::Bold);
        c.insertText(s.left(span.start), mono());
        c.insertText(s.mid(span.start, span.length), mark);
        c.insertText(s.mid(span.start + span.length), mono());
    }

    void appendix()
    {
        m_sections.push_back(heading(QStringLiteral("5  ") + t(ReportLabel::Appendix), 1, true));
        heading(t(ReportLabel::SkippedFiles), 2);
        if (m_report.skipped.empty()) {
            paragraph(block(0, 4)).insertText(t(ReportLabel::NoSkippedFiles), muted(9));
        } else {
            constexpr std::size_t kMaxSkipped = 300;
            const std::size_t shown = std::min(m_report.skipped.size(), kMaxSkipped);
            QTextTable* table = insertTable(static_cast<int>(shown) + 1, 2, tableFormat(percent({62, 38}), 1));
            headerRow(table, {t(ReportLabel::Path), t(ReportLabel::Reason)});
            for (std::size_t i = 0; i < shown; ++i) {
                const int r = static_cast<int>(i) + 1;
                cell(table, r, 0).insertText(m_report.skipped[i].path, mono(8));
                cell(table, r, 1).insertText(m_report.render(m_report.skipped[i].reason), text(8.5));
            }
            ruleRows(table);
            if (m_report.skipped.size() > shown) {
                paragraph(block(0, 6))
                    .insertText(t(ReportLabel::MoreSkipped).arg(m_report.skipped.size() - shown),
                                text(9, true, kAccent));
            }
        }

        heading(t(ReportLabel::Metadata), 2);
        std::vector<std::pair<QString, QString>> entries = {
            {t(ReportLabel::Project), projectName()},
            {t(ReportLabel::Tool), m_report.toolName + u' ' + m_report.toolVersion},
            {t(ReportLabel::GeneratedAt),
             m_report.generatedAt.isValid() ? m_report.generatedAt.toUTC().toString(Qt::ISODate) : QStringLiteral("—")},
            {t(ReportLabel::Input), (QStringList{m_report.inputKind} + m_report.inputPaths).join(u'\n')},
            {t(ReportLabel::RootFolder), m_report.root},
            {t(ReportLabel::Language), reportLanguageCode(m_lang)},
            {t(ReportLabel::ReportFormat),
             QString::fromLatin1(Report::kFormat) + QStringLiteral(" · ") +
                 (m_report.partial ? t(ReportLabel::PartialYes) : t(ReportLabel::PartialNo))},
        };
        if (m_report.catalog) {
            entries.emplace_back(t(ReportLabel::Source), m_report.catalog->sourceTitle().get(m_lang));
        }
        QTextTable* table = insertTable(static_cast<int>(entries.size()), 2, tableFormat(percent({24, 76}), 0));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const int r = static_cast<int>(i);
            cellBackground(table, r, 0, kPanel);
            cell(table, r, 0).insertText(entries[i].first, text(8.5, true, kMuted));
            QTextCursor c = cell(table, r, 1);
            c.insertText(entries[i].second, text(8.5));
            if (m_report.catalog && i + 1 == entries.size() && isSafeLink(m_report.catalog->sourceUrl())) {
                c.insertBlock();
                insertLink(c, m_report.catalog->sourceUrl(), m_report.catalog->sourceUrl(), 7.5);
            }
        }
        ruleRows(table);
    }

    /// Writes the page of every section into the table of contents, now that the layout is known.
    void fillContents()
    {
        auto* layout = m_doc.documentLayout();
        const qreal pageHeight = m_body.height();
        for (std::size_t i = 0; i < m_sections.size() && i < m_tocPages.size(); ++i) {
            const int page = static_cast<int>(layout->blockBoundingRect(m_sections[i]).top() / pageHeight) + 1;
            QTextCursor c(m_tocPages[i]);
            c.movePosition(QTextCursor::StartOfBlock);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            c.insertText(QString::number(page), muted(9.5));
        }
    }

    void pageDecoration(QPainter& painter, int page, int pages)
    {
        QFont font;
        font.setFamilies(textFamilies(m_lang));
        font.setPointSizeF(7.5);
        // Points to device pixels: QPainter on QPdfWriter takes point sizes against the writer's resolution.
        painter.save();
        painter.setFont(font);
        painter.setPen(kMuted);
        const qreal footerTop = m_body.bottom() + px(18);
        const QRectF footer(m_body.left(), footerTop, m_body.width(), px(12));
        painter.setPen(QPen(kLine, px(0.6)));
        painter.drawLine(QPointF(m_body.left(), footerTop - px(5)), QPointF(m_body.right(), footerTop - px(5)));
        painter.setPen(kMuted);
        const QString left = m_report.toolName + u' ' + m_report.toolVersion + QStringLiteral(" · ") + projectName();
        painter.drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(left, Qt::ElideMiddle, static_cast<int>(footer.width() * 0.7)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, t(ReportLabel::PageOf).arg(page).arg(pages));
        if (page > 1) {
            const QRectF header(m_body.left(), m_body.top() - px(26), m_body.width(), px(12));
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, t(ReportLabel::ReportTitle));
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(projectName(), Qt::ElideMiddle,
                                                              static_cast<int>(header.width() * 0.45)));
        }
        painter.restore();
    }

    const Report& m_report;
    const ReportLanguage m_lang;
    QPdfWriter& m_writer;
    const int m_findingsPerRow;
    QRectF m_body;
    QTextDocument m_doc;
    bool m_reuseBlock = true;
    std::vector<QTextBlock> m_sections;
    std::vector<QTextBlock> m_tocPages;
};

} // namespace

std::optional<QByteArray> renderPdf(const Report& report, QString* error, PaperSize paper, int findingsPerRow)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm", "PDF reports need a QGuiApplication (fonts and text layout); run with the offscreen "
                              "platform (QT_QPA_PLATFORM=offscreen) in a GUI-less process");
        }
        return std::nullopt;
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        // The builder draws its own margins, header and footer; the writer's page is the whole sheet.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setTitle(report.projectName.isEmpty() ? reportLabel(ReportLabel::ReportTitle, report.language)
                                                     : report.projectName + QStringLiteral(" — ") +
                                                           reportLabel(ReportLabel::ReportTitle, report.language));
        writer.setCreator(report.toolName + u' ' + report.toolVersion);

        PdfBuilder builder(report, writer, findingsPerRow);
        builder.build();
        if (!builder.paint(error)) {
            return std::nullopt;
        }
    }
    if (!bytes.startsWith("%PDF-")) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm", "the PDF renderer produced no output");
        }
        return std::nullopt;
    }
    return bytes;
}

} // namespace sig2rtm
