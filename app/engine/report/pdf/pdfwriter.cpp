// SPDX-License-Identifier: MIT
#include "pdfwriter.h"

#include "pdfdocument.h"
#include "pdfnavigation.h"
#include "reportview.h"

#include <algorithm>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextTable>

namespace sig2rtm {

Q_LOGGING_CATEGORY(lcPdf, "sig2rtm.pdf", QtInfoMsg)

namespace {

// Device resolution: 4 device pixels per point keeps hairlines and paddings expressible in whole pixels.
constexpr int kDpi = 288;

constexpr double kMarginLeft = 50; // points
constexpr double kMarginRight = 50;
constexpr double kMarginTop = 54;
constexpr double kMarginBottom = 58;

/// Skipped entries listed on paper; the rest are counted.
constexpr int kMaxSkipped = 300;
/// Fixed findings and legacy calls listed on paper, each; the rest are counted.
constexpr int kMaxFixed = 100;
/// Identical findings that occur this often in a list are printed once, their places in the appendix.
constexpr int kRollUpAt = 3;
/// Places listed per entry of the identical findings; the JSON report has them all.
constexpr int kMaxRollupPlaces = 200;

RowStatus effectTone(Effect effect)
{
    return effect == Effect::Fail ? RowStatus::Fail : effect == Effect::Review ? RowStatus::Review : RowStatus::Pass;
}

QRectF bodyOf(const QPdfWriter& writer)
{
    const auto px = [&](double points) { return points * writer.resolution() / 72.0; };
    const QRectF page(0, 0, writer.width(), writer.height());
    return page.adjusted(px(kMarginLeft), px(kMarginTop), -px(kMarginRight), -px(kMarginBottom));
}

/// Lays a ReportView out in a PdfDocument: the sections of the HTML report, on paper.
class PdfBuilder
{
public:
    Q_DISABLE_COPY_MOVE(PdfBuilder)

    PdfBuilder(const ReportView& view, QPdfWriter& writer)
        : m_view(view), m_report(view.report()), m_doc(writer, bodyOf(writer), view.language())
    {
        m_footerName = m_doc.visibleText(m_view.projectName);
    }

    /// Lays the report out; false, with error, when no installed font can show the report's own texts.
    bool build(QString* error)
    {
        masthead();
        contents();
        for (std::size_t i = 0; i < m_view.sections.size(); ++i) {
            const auto& section = m_view.sections[i];
            // Findings and the appendix are long: each starts on a page of its own.
            const bool pageBreak =
                section.section == ReportView::Section::Findings || section.section == ReportView::Section::Appendix;
            const QTextBlock heading =
                m_doc.heading(QString::number(section.number) + QStringLiteral("  ") + section.title, 1, pageBreak);
            m_sections.push_back(heading);
            m_doc.setPageReference(m_tocReferences[i], heading);
            m_outline.push_back({QString::number(section.number) + u' ' + section.title, heading, {}});
            layOutSection(*this, section.section);
        }
        if (!checkFonts(error)) {
            return false;
        }
        m_doc.layOut();
        return true;
    }

    bool paint(QString* error)
    {
        return m_doc.paint([this](QPainter& painter, int page, int pages) { pageDecoration(painter, page, pages); },
                           error);
    }

    /// The bookmarks: the sections, the finding lists under Findings, the clients under the migration plan, the
    /// parts of the appendix.
    std::vector<PdfOutlineEntry> outline() const
    {
        std::vector<PdfOutlineEntry> out;
        for (const auto& mark : m_outline) {
            PdfOutlineEntry entry{mark.title, m_doc.placeOf(mark.block), {}};
            for (const auto& child : mark.children) {
                entry.children.push_back({child.title, m_doc.placeOf(child.block), {}});
            }
            out.push_back(std::move(entry));
        }
        return out;
    }

    /// The table of contents' lines to their sections, and each rolled-up finding's note to its appendix entry.
    std::vector<PdfInternalLink> links() const
    {
        std::vector<PdfInternalLink> out;
        for (std::size_t i = 0; i < m_tocRows.size() && i < m_sections.size(); ++i) {
            PdfInternalLink link;
            link.area = m_doc.lineAreaOf(m_tocRows[i], &link.page);
            link.target = m_doc.placeOf(m_sections[i]);
            out.push_back(link);
        }
        for (const auto& [from, rollup] : m_sameLinks) {
            if (rollup >= 0 && rollup < static_cast<int>(m_rollupHeadings.size())) {
                PdfInternalLink link;
                link.area = m_doc.lineAreaOf(from, &link.page);
                link.target = m_doc.placeOf(m_rollupHeadings[static_cast<std::size_t>(rollup)]);
                out.push_back(link);
            }
        }
        return out;
    }

private:
    friend void layOutSection<PdfBuilder>(PdfBuilder& writer, ReportView::Section section);

    using Doc = PdfDocument;

    const QString& t(ReportLabel label) const { return m_view.label(label); }
    static qreal pt(double points) { return PdfDocument::pt(points); }
    static QTextCursor cell(QTextTable* table, int row, int column) { return PdfDocument::cell(table, row, column); }
    QTextCharFormat text(double size = 9.5, bool bold = false, const QColor& color = Doc::kText) const
    {
        return m_doc.text(size, bold, color);
    }
    QTextCharFormat muted(double size = 8.5) const { return m_doc.muted(size); }
    QTextCharFormat mono(double size = 8.3) const { return m_doc.mono(size); }
    QTextBlockFormat block(double top = 0, double bottom = 4) const { return m_doc.block(top, bottom); }

    void insertStatus(QTextCursor& c, RowStatus status, double size = 9.5)
    {
        c.insertText(statusGlyph(status) + u' ' + m_view.statusWord(status), m_doc.statusFormat(status, size));
    }

    /// The report's own words must be printable; project data that no font has is escaped, and said so.
    bool checkFonts(QString* error)
    {
        auto check = m_doc.checkFonts();
        for (const QString& painted : {m_view.title, m_view.tool, t(ReportLabel::PageOf)}) {
            m_doc.checkPainted(painted, check);
        }
        if (!check.missing.isEmpty()) {
            QStringList missing;
            for (const char32_t c : check.missing.toUcs4()) {
                missing << QString::fromUcs4(&c, 1) +
                               QStringLiteral(" (U+%1)").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
                if (missing.size() == 5) {
                    missing << QStringLiteral("…");
                    break;
                }
            }
            if (error) {
                *error = QCoreApplication::translate(
                             "sig2rtm",
                             "no installed font can show the report's text (%1): the PDF would print empty boxes. "
                             "Install the fonts it uses (DejaVu Sans, and Noto Sans CJK SC for Chinese; on Debian and "
                             "Ubuntu: apt-get install fonts-dejavu-core fonts-noto-cjk), or write the report as HTML.")
                             .arg(missing.join(QStringLiteral(", ")));
            }
            return false;
        }
        if (check.escaped > 0) {
            const QString note =
                translate(m_view.language(),
                          QT_TRANSLATE_N_NOOP("sig2rtm",
                                              "No installed font has %n character(s) in the project's names, "
                                              "paths and code: the PDF prints escapes such as %1 instead. "
                                              "Install a font that covers the project's languages (for "
                                              "Chinese: fonts-noto-cjk) to see the text as it is."),
                          check.escaped)
                    .arg(check.example);
            if (m_fontNoteAfter.isValid()) {
                QTextCursor c(m_fontNoteAfter);
                c.movePosition(QTextCursor::EndOfBlock);
                c.insertBlock(block(0, 4), m_doc.statusFormat(RowStatus::Review, 8.5));
                c.insertText(note, m_doc.statusFormat(RowStatus::Review, 8.5));
            }
            qCWarning(lcPdf).noquote() << note;
        }
        return true;
    }

    /// A bookmark under the current section's.
    void subMark(const QString& title, const QTextBlock& block)
    {
        m_outline.back().children.push_back({title, block, {}});
    }

    // ---- sections --------------------------------------------------------------------------------

    void masthead()
    {
        QTextCursor c = m_doc.paragraph(block(0, 2));
        c.insertText(m_view.title.toUpper(), text(8.5, true, Doc::kAccent));
        c = m_doc.paragraph(block(0, 2));
        c.insertText(m_view.projectName, Doc::data(text(20, true)));
        c = m_doc.paragraph(block(0, 4));
        c.insertText(m_view.subtitle, muted(9.5));
        c = m_doc.paragraph(block(0, m_view.listingText.isEmpty() ? 8 : 3));
        QString meta =
            t(ReportLabel::Generated) + m_view.colon() + m_view.generated + QStringLiteral("   ·   ") + m_view.tool;
        c.insertText(meta, muted(8.5));
        if (!m_view.appId.isEmpty()) {
            c.insertText(QStringLiteral("   ·   App ID") + colon(m_view.language()), muted(8.5));
            c.insertText(m_view.appId, Doc::data(muted(8.5)));
        }
        // How many findings are listed, rolled up or left out: said before anything else, on page 1.
        if (!m_view.listingText.isEmpty()) {
            c = m_doc.paragraph(block(0, 8));
            c.insertText(m_view.listingText, text(9, true, Doc::kAccent));
        }
    }

    void contents()
    {
        QTextCursor c = m_doc.paragraph(block(6, 2));
        c.insertText(t(ReportLabel::Contents).toUpper(), text(8, true, Doc::kMuted));
        QTextTableFormat f = m_doc.tableFormat(Doc::percent({6, 84, 10}), 0);
        f.setBorder(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        f.setCellPadding(pt(1.5));
        f.setProperty(QTextFormat::BackgroundBrush, QBrush(Doc::kPanel));
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // One line per row: nothing to keep whole.
        QTextTable* table = m_doc.insertTable(static_cast<int>(m_view.sections.size()), 3, f, Doc::Rows::Flowing);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (int i = 0; i < static_cast<int>(m_view.sections.size()); ++i) {
            const auto& section = m_view.sections[static_cast<std::size_t>(i)];
            cell(table, i, 0).insertText(QString::number(section.number), muted(9.5));
            QTextCursor title = cell(table, i, 1);
            title.insertText(section.title, text(9.5));
            m_tocRows.push_back(title.block());
            QTextCursor page = cell(table, i, 2);
            page.setBlockFormat(right);
            // Painted once the layout knows the pages.
            m_tocReferences.push_back(m_doc.insertPageNumber(page, muted(9.5)));
        }
    }

    void summary()
    {
        if (const auto& m = m_view.migration) {
            QTextTable* lead =
                m_doc.box(Doc::statusBackground(RowStatus::Fail), Doc::statusColor(RowStatus::Fail).lighter(140));
            QTextCursor c = cell(lead, 0, 0);
            c.insertText(m->headline, text(13, true));
            c.insertBlock(block(1, 0));
            c.insertText(statusGlyph(m->tone) + u' ' + m->interop, m_doc.statusFormat(m->tone, 10));
            c.insertBlock(block(1, 0));
            c.insertText(m->target, text(8.8, false, Doc::kMuted));
        }
        const auto& verdict = m_view.verdict;
        QTextTable* box = m_doc.box(Doc::statusBackground(verdict.tone), Doc::statusColor(verdict.tone).lighter(170));
        QTextCursor c = cell(box, 0, 0);
        c.insertText(t(ReportLabel::Verdict).toUpper(), text(7.5, true, Doc::kMuted));
        c.insertBlock(block(1, 1));
        c.insertText(statusGlyph(verdict.tone) + u' ' + verdict.word, m_doc.statusFormat(verdict.tone, 15));
        c.insertBlock(block(0, 0));
        c.insertText(verdict.sentence, text(9.5));

        if (m_view.partial) {
            QTextTable* warning =
                m_doc.box(Doc::statusBackground(RowStatus::Review), Doc::statusColor(RowStatus::Review).lighter(170));
            cell(warning, 0, 0).insertText(t(ReportLabel::PartialWarning), m_doc.statusFormat(RowStatus::Review));
        }

        if (m_view.shutdown) {
            QTextTable* banner = m_doc.box(QColor(0xef, 0xf2, 0xf6), QColor(0xc9, 0xd1, 0xdc));
            QTextCursor b = cell(banner, 0, 0);
            b.insertText(m_view.shutdown->headline, text(10.5, true));
            b.insertBlock(block(1, 3));
            b.insertText(m_view.shutdown->text, text(9));
            for (const auto& event : m_view.shutdown->timeline) {
                b.insertBlock(block(0, 0));
                b.insertText(event.date + QStringLiteral("   "), text(8.5, true));
                b.insertText(event.text, muted(8.5));
            }
        }

        QTextTableFormat f = m_doc.tableFormat(Doc::percent({36, 24, 40}), 1);
        f.setBorder(0);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        f.setCellPadding(pt(3));
        QTextTable* facts = m_doc.insertTable(2, 3, f);
        const QStringList labels = {t(ReportLabel::SdksFound), t(ReportLabel::Platforms),
                                    t(ReportLabel::ScanStatistics)};
        for (int i = 0; i < labels.size(); ++i) {
            cell(facts, 0, i).insertText(labels[i].toUpper(), text(7.5, true, Doc::kMuted));
        }
        c = cell(facts, 1, 0);
        if (m_view.sdks.isEmpty()) {
            c.insertText(t(ReportLabel::NoSdkFound), muted(9));
        }
        for (qsizetype i = 0; i < m_view.sdks.size(); ++i) {
            if (i > 0) {
                c.insertBlock();
            }
            c.insertText(m_view.sdks[i], Doc::data(text(9)));
        }
        c = cell(facts, 1, 1);
        c.insertText(m_view.platforms.isEmpty() ? t(ReportLabel::NoPlatform)
                                                : m_view.platforms.join(QStringLiteral(", ")),
                     text(9));
        c = cell(facts, 1, 2);
        c.insertText(m_view.stats.filesText, text(9, true));
        c.insertBlock();
        c.insertText(m_view.stats.readText, text(9));
        c.insertBlock();
        c.insertText(m_view.stats.skippedText, text(9));
    }

    void progress()
    {
        const auto& p = *m_view.progress;
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        if (p.hasBaseline) {
            // Names the previous report's file and project: project data.
            m_doc.paragraph(block(0, 3)).insertText(p.baselineIntro, Doc::data(muted(9)));
            m_doc.paragraph(block(0, 2)).insertText(p.headline, text(10, true));
            // No repeated header row: a table this short never spans pages, and Qt repeats the header on the next
            // page when only the table's bottom margin falls there.
            QTextTable* table = m_doc.insertTable(static_cast<int>(p.counts.size()) + 1, 4,
                                                  m_doc.tableFormat(Doc::percent({58, 14, 14, 14}), 0));
            m_doc.headerRow(table, p.countHeaders, 0, 1);
            for (int i = 0; i < static_cast<int>(p.counts.size()); ++i) {
                const auto& row = p.counts[static_cast<std::size_t>(i)];
                cell(table, i + 1, 0).insertText(row.label, text(9));
                const std::pair<int, QTextCharFormat> numbers[] = {
                    {row.counts.fixed, row.counts.fixed > 0 ? m_doc.statusFormat(RowStatus::Pass, 9) : muted(9)},
                    {row.counts.added, row.counts.added > 0 ? m_doc.statusFormat(RowStatus::Fail, 9) : muted(9)},
                    {row.counts.unchanged, text(9)}};
                for (int k = 0; k < 3; ++k) {
                    QTextCursor n = cell(table, i + 1, k + 1);
                    n.setBlockFormat(right);
                    n.insertText(QString::number(numbers[k].first), numbers[k].second);
                }
            }
            Doc::ruleRows(table);
            fixedList(p.fixedUsesTitle, p.fixedUses, p.moreFixedUses);
            fixedList(p.fixedFindingsTitle, p.fixedFindings, p.moreFixedFindings);
        }
        if (p.hasHistory) {
            m_doc.heading(p.historyTitle, 2);
            m_doc.paragraph(block(0, 4)).insertText(p.historyIntro, Doc::data(muted(9)));
            if (m_report.history && !m_report.history->points.empty()) {
                BurnDownOptions options;
                const double width = m_doc.body().width() / m_doc.px(1); // points
                options.size = QSizeF(width, width * 0.56);
                options.fontSize = 7.6;
                options.language = m_view.language();
                // A fixed line height: the proportional one of text paragraphs would add a fifth of the chart below it.
                QTextBlockFormat chartBlock;
                chartBlock.setTopMargin(pt(2));
                chartBlock.setBottomMargin(pt(6));
                QTextCursor c = m_doc.paragraph(chartBlock);
                m_doc.insertChart(c, layOutBurnDown(*m_report.history, options));
                historyTable(p);
            }
            if (!p.skipped.isEmpty()) {
                m_doc.paragraph(block(4, 2)).insertText(p.skippedTitle, text(9, true, Doc::kMuted));
                for (const auto& line : p.skipped) {
                    m_doc.paragraph(block(0, 1)).insertText(line, mono(7.5));
                }
            }
        }
    }

    void fixedList(const QString& title, const std::vector<ReportView::Progress::Fixed>& items, const QString& more)
    {
        if (items.empty()) {
            return;
        }
        m_doc.heading(title, 2);
        QTextTable* table =
            m_doc.insertTable(static_cast<int>(items.size()), 1, m_doc.tableFormat(Doc::percent({100}), 0));
        for (int i = 0; i < static_cast<int>(items.size()); ++i) {
            const auto& item = items[static_cast<std::size_t>(i)];
            QTextCursor c = cell(table, i, 0);
            c.insertText(item.location, mono(8));
            c.insertText(QStringLiteral("  ") + item.what, text(8.5));
            if (!item.snippet.isEmpty()) {
                c.insertBlock(block(1, 0));
                c.insertText(item.snippet, mono(7.5));
            }
        }
        Doc::ruleRows(table);
        if (!more.isEmpty()) {
            m_doc.paragraph(block(0, 6)).insertText(more, text(9, true, Doc::kAccent));
        }
    }

    void historyTable(const ReportView::Progress& p)
    {
        // Client columns only while they fit the page; the JSON report has them all.
        const int clients = std::min<int>(static_cast<int>(p.clientNames.size()), 4);
        const int columns = 4 + clients;
        QList<QTextLength> widths;
        const double clientWidth = clients > 0 ? 36.0 / clients : 0;
        const double fileWidth = clients > 0 ? 22 : 46;
        widths << QTextLength(QTextLength::PercentageLength, 20)
               << QTextLength(QTextLength::PercentageLength, fileWidth)
               << QTextLength(QTextLength::PercentageLength, 11) << QTextLength(QTextLength::PercentageLength, 11);
        for (int i = 0; i < clients; ++i) {
            widths << QTextLength(QTextLength::PercentageLength, clientWidth);
        }
        QTextTable* table =
            m_doc.insertTable(static_cast<int>(p.points.size()) + 1, columns, m_doc.tableFormat(widths, 1));
        m_doc.headerRow(table, p.historyHeaders.mid(0, columns), 0, 2);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (int i = 0; i < static_cast<int>(p.points.size()); ++i) {
            const auto& point = p.points[static_cast<std::size_t>(i)];
            const int r = i + 1;
            cell(table, r, 0).insertText(point.date, text(8.5, point.current));
            cell(table, r, 1).insertText(point.file, mono(7.5));
            const QString values[] = {QString::number(point.effortPoints), QString::number(point.uses)};
            for (int k = 0; k < 2 + clients; ++k) {
                QTextCursor n = cell(table, r, 2 + k);
                n.setBlockFormat(right);
                n.insertText(k < 2 ? values[k] : point.clients.value(k - 2), Doc::data(text(8.5, point.current)));
            }
        }
        Doc::ruleRows(table);
    }

    void compatibility()
    {
        m_doc.paragraph(block(0, 2)).insertText(t(ReportLabel::CompatibilityIntro), muted(9));
        const int rows = static_cast<int>(m_view.rows.size());
        QTextTable* table = m_doc.insertTable(rows + 1, 6, m_doc.tableFormat(Doc::percent({4, 52, 14, 10, 10, 10}), 1));
        m_doc.headerRow(table,
                        {t(ReportLabel::Number), t(ReportLabel::Incompatibility), t(ReportLabel::Status),
                         t(ReportLabel::Blocking), t(ReportLabel::ToReview), t(ReportLabel::Notes)},
                        0, 3);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (int i = 0; i < rows; ++i) {
            const auto& row = m_view.rows[static_cast<std::size_t>(i)];
            const int r = i + 1;
            cell(table, r, 0).insertText(QString::number(row.number), muted(9));
            QTextCursor c = cell(table, r, 1);
            c.insertText(row.title, text(9.5, true));
            c.insertBlock(block(1, 0));
            c.insertText(row.summary, muted(8.3));
            c = cell(table, r, 2);
            insertStatus(c, row.status, 9);
            if (row.row->suppressedCount > 0) {
                c.insertBlock();
                c.insertText(u'(' + t(ReportLabel::SuppressedCount).arg(row.row->suppressedCount) + u')', muted(8));
            }
            int column = 3;
            for (int count : {row.row->failCount, row.row->reviewCount, row.row->noteCount}) {
                QTextCursor n = cell(table, r, column++);
                n.setBlockFormat(right);
                n.insertText(QString::number(count), count == 0 ? muted(9) : text(9, true));
            }
        }
        Doc::ruleRows(table);
    }

    void remediation()
    {
        for (const auto& row : m_view.rows) {
            if (!row.needsRemediation) {
                continue;
            }
            QTextCursor c = m_doc.keptTogether([&](QTextCursor& title) {
                insertStatus(title, row.status, 10.5);
                title.insertText(QStringLiteral("   ") + row.title, text(10.5, true));
            });
            c.setBlockFormat(block(0, 3));
            c.insertText(row.summary, text(9));
            if (row.hasDefinition) {
                c.insertBlock(block(2, 3));
                c.insertText(t(ReportLabel::RecommendedChange) + m_view.colon(), text(9, true));
                c.insertText(row.recommendation, text(9));
            }
            for (const auto& link : row.links) {
                QTextBlockFormat item = block(0, 1);
                item.setIndent(1);
                item.setTextIndent(-pt(8));
                c.insertBlock(item);
                c.insertText(QStringLiteral("→ "), muted(9));
                if (link.url.isEmpty()) {
                    c.insertText(link.label, text(9));
                } else {
                    m_doc.insertLink(c, link.label, link.url);
                    c.insertText(QStringLiteral("  ") + link.url, muted(7.5));
                }
                if (!link.email.isEmpty()) {
                    c.insertText(QStringLiteral("  ·  "), text(9));
                    m_doc.insertMailLink(c, link.email);
                }
            }
            if (row.needsSupport) {
                c.insertBlock(block(2, 2));
                c.insertText(t(ReportLabel::SupportRequestSee), text(9, false, Doc::kAccent));
            }
        }
        if (!m_view.anyRemediation) {
            m_doc.paragraph(block(0, 4)).insertText(t(ReportLabel::NothingToRemediate), muted(9.5));
        }
        if (m_view.support) {
            supportRequest(*m_view.support);
        }
    }

    void supportRequest(const ReportView::SupportRequest& support)
    {
        QTextCursor c = m_doc.keptTogether(
            [&](QTextCursor& title) { title.insertText(t(ReportLabel::SupportRequest), text(11, true)); }, 12);
        c.setBlockFormat(block(0, 2));
        c.insertText(t(ReportLabel::SupportRequestIntro), text(9));
        if (!support.url.isEmpty() || !support.email.isEmpty()) {
            c.insertBlock(block(0, 2));
            // The address to write to, and the ticket portal beside it.
            if (!support.email.isEmpty()) {
                m_doc.insertMailLink(c, support.email);
            }
            if (!support.url.isEmpty()) {
                if (!support.email.isEmpty()) {
                    c.insertText(QStringLiteral("  ·  "), text(9));
                }
                m_doc.insertLink(c, support.url, support.url);
            }
        }
        // One row per line on a shaded panel: Qt lays out a page break inside a table cell into the next page's
        // top margin (the line is lost under the header), but breaks between rows correctly.
        const QStringList lines = support.text.split(u'\n');
        QTextTableFormat panel = m_doc.boxFormat(Doc::kPanel, Doc::kLine);
        panel.setBorder(0);
        panel.setCellPadding(0);
        QTextTable* request = c.insertTable(static_cast<int>(lines.size()), 1, panel);
        for (int i = 0; i < lines.size(); ++i) {
            QTextCursor r = cell(request, i, 0);
            QTextBlockFormat line = block(i == 0 ? 7 : 0, i + 1 == lines.size() ? 7 : 0);
            line.setLeftMargin(Doc::pt(7));
            line.setRightMargin(Doc::pt(7));
            r.setBlockFormat(line);
            r.insertText(lines[i], mono(8.3));
        }
    }

    void migrationPlan()
    {
        m_doc.paragraph(block(0, 4)).insertText(m_view.planIntro, muted(9));
        if (m_view.planClients.empty()) {
            m_doc.paragraph(block(0, 4)).insertText(t(ReportLabel::NoPlan), muted(9.5));
            return;
        }
        const int n = static_cast<int>(m_view.planClients.size());
        QTextTable* table = m_doc.insertTable(n + 1, 5, m_doc.tableFormat(Doc::percent({30, 14, 18, 14, 24}), 1));
        m_doc.headerRow(table,
                        {t(ReportLabel::PlanClient), t(ReportLabel::PlanStage), t(ReportLabel::Verdict),
                         t(ReportLabel::PlanMoves), t(ReportLabel::InventoryEffort)},
                        0, -1);
        for (int i = 0; i < n; ++i) {
            const auto& c = m_view.planClients[static_cast<std::size_t>(i)];
            QTextCursor name = cell(table, i + 1, 0);
            subMark(c.name, name.block());
            name.insertText(c.name, Doc::data(text(9, true)));
            if (!c.folder.isEmpty()) {
                name.insertBlock();
                name.insertText(c.folder, mono(7.8));
            }
            if (!c.sdks.isEmpty()) {
                name.insertBlock();
                name.insertText(c.sdks, Doc::data(muted(7.8)));
            }
            cell(table, i + 1, 1).insertText(c.stage, text(8.5));
            QTextCursor verdict = cell(table, i + 1, 2);
            verdict.insertText(statusGlyph(c.tone) + u' ' + c.verdict, m_doc.statusFormat(c.tone, 8.5));
            verdict.insertBlock();
            for (const auto s : c.rows) {
                verdict.insertText(statusGlyph(s) + u' ', m_doc.statusFormat(s, 8));
            }
            cell(table, i + 1, 3).insertText(c.moves, text(8.5, c.together));
            QTextCursor effort = cell(table, i + 1, 4);
            effortBar(effort, c.percent);
            effort.insertText(c.pointsText + QStringLiteral(" · ") + c.uses, muted(7.8));
        }
        Doc::ruleRows(table, 1);
        if (!m_view.planTogether.isEmpty()) {
            m_doc.paragraph(block(6, 4)).insertText(m_view.planTogether, text(9, true, Doc::kText));
        }
        m_doc.paragraph(block(8, 3)).insertText(t(ReportLabel::PlanWork), text(10.5, true));
        for (const auto& step : m_view.planSteps) {
            QTextCursor c = m_doc.paragraph(block(1, 2));
            c.insertText(QString::number(step.number) + QStringLiteral(". "), m_doc.statusFormat(step.tone, 9));
            c.insertText(step.text, text(9));
            for (const auto& file : step.files) {
                QTextBlockFormat indent = block(0, 1);
                indent.setLeftMargin(pt(16));
                QTextCursor f = m_doc.paragraph(indent);
                f.insertText(file, mono(7.8));
            }
        }
    }

    /// A horizontal bar, percent of the cell filled: a one-row table whose first cell is coloured.
    void effortBar(QTextCursor& c, int percent)
    {
        percent = std::clamp(percent, 0, 100);
        QTextTableFormat f;
        f.setBorder(0);
        f.setCellPadding(0);
        f.setCellSpacing(0);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setProperty(QTextFormat::BackgroundBrush, QBrush(Doc::kPanel));
        const bool split = percent > 0 && percent < 100;
        f.setColumnWidthConstraints(split
                                        ? QList<QTextLength>{QTextLength(QTextLength::PercentageLength, percent),
                                                             QTextLength(QTextLength::PercentageLength, 100 - percent)}
                                        : QList<QTextLength>{QTextLength(QTextLength::PercentageLength, 100)});
        QTextTable* bar = c.insertTable(1, split ? 2 : 1, f);
        QTextTableCellFormat filled;
        filled.setProperty(QTextFormat::BackgroundBrush, QBrush(percent > 0 ? Doc::kAccent : Doc::kPanel));
        bar->cellAt(0, 0).setFormat(filled);
        QTextCursor inside = bar->cellAt(0, 0).firstCursorPosition();
        inside.insertText(QStringLiteral(" "), text(4));
        // Continue after the bar, inside the cell that holds it.
        c = bar->lastCursorPosition();
        c.movePosition(QTextCursor::NextCharacter);
    }

    void migrationInventory()
    {
        m_doc.paragraph(block(0, 4)).insertText(m_view.inventoryIntro, muted(9));
        if (m_view.inventory.empty()) {
            m_doc.paragraph(block(0, 4)).insertText(t(ReportLabel::NoInventory), muted(9.5));
            return;
        }
        m_doc.paragraph(block(0, 4)).insertText(m_view.inventorySummary, text(9.5, true));
        QTextTable* table = m_doc.insertTable(static_cast<int>(m_view.inventory.size()) + 1, 4,
                                              m_doc.tableFormat(Doc::percent({30, 14, 44, 12}), 1));
        m_doc.headerRow(table,
                        {t(ReportLabel::InventoryApi), t(ReportLabel::InventoryUses),
                         t(ReportLabel::InventoryReplacement), t(ReportLabel::InventoryEffort)},
                        0, 3);
        for (int i = 0; i < static_cast<int>(m_view.inventory.size()); ++i) {
            const auto& row = m_view.inventory[static_cast<std::size_t>(i)];
            QTextCursor api = cell(table, i + 1, 0);
            api.insertText(row.function, text(8.8, true));
            api.insertBlock();
            api.insertText(row.names, mono(7.8));
            cell(table, i + 1, 1).insertText(row.uses, text(8.5));
            QTextCursor r = cell(table, i + 1, 2);
            if (row.noEquivalent) {
                r.insertText(t(ReportLabel::InventoryNoEquivalent) + QStringLiteral(": "),
                             m_doc.statusFormat(RowStatus::Fail, 8.5));
                r.insertText(row.pattern, text(8.5));
            } else {
                r.insertText(row.replacement, mono(7.8));
            }
            if (!row.note.isEmpty()) {
                r.insertBlock();
                r.insertText(row.note, muted(8));
            }
            QTextCursor effort = cell(table, i + 1, 3);
            QTextBlockFormat right = effort.blockFormat();
            right.setAlignment(Qt::AlignRight);
            effort.setBlockFormat(right);
            effort.insertText(row.effort, text(8.5));
        }
        Doc::ruleRows(table, 1);
    }

    void findings()
    {
        if (m_report.findings.empty()) {
            QTextCursor c = m_doc.paragraph(block(0, 4));
            c.insertText(t(ReportLabel::NoFindings), muted(9.5));
            m_fontNoteAfter = c.block();
            return;
        }
        QTextCursor c = m_doc.paragraph(block(0, 2));
        c.insertText(t(ReportLabel::FindingsIntro), muted(9));
        m_fontNoteAfter = c.block();
        for (const auto& list : m_view.findings) {
            findingTable(list);
        }
    }

    /// One table per compatibility row. Its title is a header row too: repeated on every page with the
    /// column labels, and never left alone at the bottom of a page. A file's heading row stays with its first
    /// finding; on a page where the file's findings continue, the repeated header names the file.
    void findingTable(const ReportView::FindingList& list)
    {
        const int rows = 2 + static_cast<int>(list.files.size() + list.items.size());
        QTextTableFormat format = m_doc.tableFormat(Doc::percent({10, 66, 24}), 2);
        format.setTopMargin(pt(12));
        QTextTable* table = m_doc.insertTable(rows, 3, format);
        table->mergeCells(0, 0, 1, 3);
        QTextCursor heading = cell(table, 0, 0);
        heading.setBlockFormat(block(0, 2));
        subMark(list.title, heading.block());
        // A row's list, or the hidden characters' (which need review); the other evidence has no status.
        if (list.row || list.status != RowStatus::Pass) {
            insertStatus(heading, list.status, 11);
            heading.insertText(QStringLiteral("   ") + list.title, text(11, true));
        } else {
            heading.insertText(list.title, text(11, true));
        }
        heading.insertText(QStringLiteral("   ") + list.count, muted(9));
        m_doc.headerRow(table,
                        {t(ReportLabel::Line), t(ReportLabel::Code) + QStringLiteral(" / ") + t(ReportLabel::Reason),
                         t(ReportLabel::Details)},
                        1);
        QTextCursor slotAt = cell(table, 1, 1);
        slotAt.movePosition(QTextCursor::EndOfBlock);
        QTextCharFormat slotFormat = mono(7.8);
        slotFormat.setForeground(Doc::kMuted);
        const int slot = m_doc.insertContinuationSlot(slotAt, slotFormat);
        std::vector<PdfDocument::RowGroup> groups;
        const QString continued = translate(m_view.language(), QT_TRANSLATE_NOOP("sig2rtm", "%1 (continued)"));
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        int r = 2;
        for (const auto& group : list.files) {
            table->mergeCells(r, 0, 1, 3);
            Doc::cellBackground(table, r, 0, Doc::kPanel);
            QTextCursor c = cell(table, r, 0);
            c.insertText(group.file, mono(8.3));
            c.insertText(QStringLiteral("   ") + group.count, muted(7.5));
            m_doc.keepWithNext(table, r);
            groups.push_back({r, r + static_cast<int>(group.items.size()), continued.arg(group.file)});
            ++r;
            for (const std::size_t i : group.items) {
                findingRow(table, r, list.items[i], right);
                ++r;
            }
        }
        m_doc.setRowGroups(slot, table, std::move(groups));
        Doc::ruleRows(table, 1);
        if (!list.more.isEmpty()) {
            m_doc.paragraph(block(0, 6)).insertText(list.more, text(9, true, Doc::kAccent));
        }
    }

    void findingRow(QTextTable* table, int r, const ReportView::Item& item, const QTextBlockFormat& right)
    {
        const Finding* f = item.finding;
        QTextCursor line = cell(table, r, 0);
        line.setBlockFormat(right);
        line.insertText(f->line > 0      ? QString::number(f->line)
                        : f->offset >= 0 ? t(ReportLabel::Byte) + u' ' + QString::number(f->offset)
                                         : QStringLiteral("—"),
                        mono(8.3));
        QTextCursor code = cell(table, r, 1);
        snippet(code, item);
        code.insertBlock(block(2, 0));
        code.insertText(item.reason, f->effect == Effect::Note ? muted(8.5) : text(8.5));
        if (!item.sameText.isEmpty()) {
            // Identical findings elsewhere: printed once here, their places in the appendix (a link to them).
            code.insertBlock(block(2, 0));
            code.insertText(item.sameText, text(8, false, Doc::kAccent));
            m_sameLinks.emplace_back(code.block(), item.rollup);
        }
        QTextCursor details = cell(table, r, 2);
        const RowStatus tone = effectTone(f->effect);
        const QString glyph = f->effect == Effect::Note ? QStringLiteral("·") : statusGlyph(tone);
        details.insertText(glyph + u' ' + m_view.effectWord(f->effect),
                           f->effect == Effect::Note ? text(8.5, true, Doc::kMuted) : m_doc.statusFormat(tone, 8.5));
        details.insertBlock();
        details.insertText(
            m_view.confidenceWord(f->confidence) + QStringLiteral(" · ") + m_view.contextWord(f->context), muted(7.5));
        details.insertBlock();
        details.insertText(f->rule, mono(7));
    }

    /// The code of a finding as the view gives it (hidden characters as escapes), its match marked.
    void snippet(QTextCursor& c, const ReportView::Item& item)
    {
        if (item.snippet.isEmpty()) {
            return;
        }
        if (item.matched.isEmpty()) {
            c.insertText(item.before, mono());
            return;
        }
        QTextCharFormat mark = mono();
        mark.setBackground(Doc::kMark);
        mark.setFontWeight(QFont::Bold);
        c.insertText(item.before, mono());
        c.insertText(item.matched, mark);
        c.insertText(item.after, mono());
    }

    void appendix()
    {
        if (!m_view.rollups.empty()) {
            identicalFindings();
        }
        const QTextBlock skipped = m_doc.heading(t(ReportLabel::SkippedFiles), 2);
        subMark(t(ReportLabel::SkippedFiles), skipped);
        if (m_view.skipped.empty()) {
            m_doc.paragraph(block(0, 4)).insertText(t(ReportLabel::NoSkippedFiles), muted(9));
        } else {
            const int shown = static_cast<int>(m_view.skipped.size());
            QTextTable* table = m_doc.insertTable(shown + 1, 2, m_doc.tableFormat(Doc::percent({62, 38}), 1));
            m_doc.headerRow(table, {t(ReportLabel::Path), t(ReportLabel::Reason)});
            for (int i = 0; i < shown; ++i) {
                const auto& entry = m_view.skipped[static_cast<std::size_t>(i)];
                cell(table, i + 1, 0).insertText(entry.path, mono(8));
                cell(table, i + 1, 1).insertText(entry.reason, text(8.5));
            }
            Doc::ruleRows(table);
            if (!m_view.moreSkipped.isEmpty()) {
                m_doc.paragraph(block(0, 6)).insertText(m_view.moreSkipped, text(9, true, Doc::kAccent));
            }
        }

        const QTextBlock metadata = m_doc.heading(t(ReportLabel::Metadata), 2);
        subMark(t(ReportLabel::Metadata), metadata);
        const auto& m = m_view.metadata;
        std::vector<std::pair<QString, QString>> entries = {
            {t(ReportLabel::Project), m.project},
            {t(ReportLabel::Tool), m.tool},
            {t(ReportLabel::GeneratedAt), m.generatedAt},
            {t(ReportLabel::Input), (QStringList{m.inputKind} + m.inputPaths).join(u'\n')},
            {t(ReportLabel::RootFolder), m.root},
            {t(ReportLabel::Language), m.language},
            {t(ReportLabel::ReportFormat), m.model},
        };
        const bool source = m_report.catalog != nullptr;
        if (source) {
            entries.emplace_back(t(ReportLabel::Source), m.sourceTitle);
        }
        QTextTable* table =
            m_doc.insertTable(static_cast<int>(entries.size()), 2, m_doc.tableFormat(Doc::percent({24, 76}), 0));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const int r = static_cast<int>(i);
            Doc::cellBackground(table, r, 0, Doc::kPanel);
            cell(table, r, 0).insertText(entries[i].first, text(8.5, true, Doc::kMuted));
            QTextCursor c = cell(table, r, 1);
            const bool ownText = source && i + 1 == entries.size();
            c.insertText(entries[i].second, ownText ? text(8.5) : Doc::data(text(8.5)));
            if (ownText && !m.sourceUrl.isEmpty()) {
                c.insertBlock();
                m_doc.insertLink(c, m.sourceUrl, m.sourceUrl, 7.5);
            }
        }
        Doc::ruleRows(table);
    }

    /// Each identical finding once, with the places it occurs: the first kMaxRollupPlaces, as many to a line as
    /// fit, one table row per line, so that the entry's title heads every page its places fill.
    void identicalFindings()
    {
        const QTextBlock title = m_doc.heading(m_view.rollupsTitle, 2);
        subMark(m_view.rollupsTitle, title);
        const QTextCharFormat placeFormat = mono(7.3);
        const qreal padding = 2.5;
        const qreal lineWidth = m_doc.body().width() - m_doc.px(2 * padding + 1);
        const QString gap = QStringLiteral("   ");
        for (const auto& rollup : m_view.rollups) {
            const int shown = static_cast<int>(std::min<qsizetype>(rollup.locations.size(), kMaxRollupPlaces));
            // In a monospaced font, places padded to the longest line up in columns (unless one is very long).
            qsizetype longest = 0;
            for (int i = 0; i < shown; ++i) {
                longest = std::max(longest, rollup.locations[i].size());
            }
            const qsizetype column = longest <= 60 ? longest : 0;
            QStringList lines;
            QString line;
            for (int i = 0; i < shown; ++i) {
                const QString place = rollup.locations[i].leftJustified(column);
                const QString longer = line.isEmpty() ? place : line + gap + place;
                if (!line.isEmpty() && m_doc.textWidth(longer.trimmed(), placeFormat) > lineWidth) {
                    lines << line.trimmed();
                    line = place;
                } else {
                    line = longer;
                }
            }
            if (!line.isEmpty()) {
                lines << line.trimmed();
            }
            const int more = static_cast<int>(rollup.locations.size()) - shown;
            const int rows = 2 + static_cast<int>(lines.size()) + (more > 0 ? 1 : 0);
            QTextTableFormat format = m_doc.tableFormat(Doc::percent({100}), 1);
            format.setCellPadding(pt(padding));
            format.setTopMargin(pt(8));
            QTextTable* table = m_doc.insertTable(rows, 1, format);
            Doc::cellBackground(table, 0, 0, Doc::kPanel);
            QTextCursor heading = cell(table, 0, 0);
            heading.insertText(rollup.number + QStringLiteral("  "), text(9.5, true, Doc::kAccent));
            heading.insertText(rollup.title, text(9, true));
            heading.insertText(QStringLiteral("   ") + rollup.count, muted(8));
            m_rollupHeadings.push_back(heading.block());
            cell(table, 1, 0).insertText(rollup.snippet, mono(7.8));
            for (int i = 0; i < lines.size(); ++i) {
                // Lines of a list, not rows of a table: close together.
                QTextTableCell place = table->cellAt(2 + i, 0);
                QTextTableCellFormat f = place.format().toTableCellFormat();
                f.setTopPadding(pt(i == 0 ? padding : 0.5));
                f.setBottomPadding(pt(i + 1 == lines.size() ? padding : 0.5));
                place.setFormat(f);
                cell(table, 2 + i, 0).insertText(lines[i], placeFormat);
            }
            if (more > 0) {
                cell(table, rows - 1, 0)
                    .insertText(translate(m_view.language(),
                                          QT_TRANSLATE_N_NOOP("sig2rtm", "and %n more in the JSON report"), more),
                                text(8.5, true, Doc::kAccent));
            }
            // A rule under the code; the places run on without rules.
            if (rows > 2) {
                QTextTableCell places = table->cellAt(2, 0);
                QTextTableCellFormat f = places.format().toTableCellFormat();
                f.setTopBorder(pt(0.75));
                f.setTopBorderBrush(Doc::kLine);
                f.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                places.setFormat(f);
            }
        }
    }

    void pageDecoration(QPainter& painter, int page, int pages)
    {
        const QRectF& body = m_doc.body();
        const auto px = [&](double points) { return m_doc.px(points); };
        // Points to device pixels: QPainter on QPdfWriter takes point sizes against the writer's resolution.
        painter.save();
        painter.setFont(m_doc.font(7.5));
        painter.setPen(Doc::kMuted);
        const qreal footerTop = body.bottom() + px(18);
        const QRectF footer(body.left(), footerTop, body.width(), px(12));
        painter.setPen(QPen(Doc::kLine, px(0.6)));
        painter.drawLine(QPointF(body.left(), footerTop - px(5)), QPointF(body.right(), footerTop - px(5)));
        painter.setPen(Doc::kMuted);
        const QString left = m_view.tool + QStringLiteral(" · ") + m_footerName;
        painter.drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(left, Qt::ElideMiddle, static_cast<int>(footer.width() * 0.7)));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, t(ReportLabel::PageOf).arg(page).arg(pages));
        if (page > 1) {
            const QRectF header(body.left(), body.top() - px(26), body.width(), px(12));
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_view.title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(m_footerName, Qt::ElideMiddle,
                                                              static_cast<int>(header.width() * 0.45)));
        }
        painter.restore();
    }

    struct Mark
    {
        QString title;
        QTextBlock block;
        std::vector<Mark> children;
    };

    const ReportView& m_view;
    const Report& m_report;
    PdfDocument m_doc;
    QString m_footerName; ///< the project's name as the footer's font can print it
    std::vector<QTextBlock> m_sections;
    std::vector<QTextBlock> m_tocRows;
    std::vector<int> m_tocReferences;
    std::vector<Mark> m_outline;
    std::vector<QTextBlock> m_rollupHeadings;
    std::vector<std::pair<QTextBlock, int>> m_sameLinks; ///< a rolled-up finding's note -> its rollup
    QTextBlock m_fontNoteAfter;                          ///< where a note on escaped characters goes
};

} // namespace

std::optional<QByteArray> renderPdf(const Report& report, QString* error, PaperSize paper, int findingsPerRow,
                                    const RenderOptions& renderOptions)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm",
                                                 "PDF reports need a QGuiApplication (fonts and text layout); run "
                                                 "with the offscreen platform (QT_QPA_PLATFORM=offscreen) in a "
                                                 "GUI-less process");
        }
        return std::nullopt;
    }
    ReportView::Options options;
    options.findingsPerRow = std::max(0, findingsPerRow);
    options.skippedLimit = kMaxSkipped;
    options.fixedLimit = kMaxFixed;
    options.rollUpAt = kRollUpAt;
    options.absolutePaths = renderOptions.absolutePaths;
    const ReportView view = ReportView::build(report, options);
    QByteArray bytes;
    std::vector<PdfOutlineEntry> outline;
    std::vector<PdfInternalLink> links;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setPageSize(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        // The builder draws its own margins, header and footer; the writer's page is the whole sheet.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setTitle(report.projectName.isEmpty() ? view.title
                                                     : report.projectName + QStringLiteral(" — ") + view.title);
        writer.setCreator(view.tool);

        PdfBuilder builder(view, writer);
        if (!builder.build(error) || !builder.paint(error)) {
            return std::nullopt;
        }
        outline = builder.outline();
        links = builder.links();
    }
    if (!bytes.startsWith("%PDF-")) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm", "the PDF renderer produced no output");
        }
        return std::nullopt;
    }
    // Bookmarks and the table of contents' links: an update appended to what Qt wrote. Without them the PDF is
    // still whole, so a failure is only logged.
    QString why;
    if (!appendNavigation(bytes, outline, links, &why)) {
        qCWarning(lcPdf) << "the PDF has no bookmarks:" << why;
    }
    return bytes;
}

PaperSize paperSize(const RenderOptions& options)
{
    if (options.paper.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0) {
        return PaperSize::Letter;
    }
    if (options.paper.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0) {
        return PaperSize::A4;
    }
    // Letter is the norm in North and Central America and the Philippines; everywhere else uses A4.
    const QLocale::Territory letterTerritories[] = {
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,     QLocale::Philippines,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Guatemala,  QLocale::CostaRica,        QLocale::ElSalvador,
        QLocale::Nicaragua,    QLocale::Panama,    QLocale::PuertoRico, QLocale::DominicanRepublic};
    const QLocale::Territory here = QLocale().territory();
    return std::find(std::begin(letterTerritories), std::end(letterTerritories), here) != std::end(letterTerritories)
               ? PaperSize::Letter
               : PaperSize::A4;
}

std::optional<QByteArray> renderPdf(const Report& report, QString* error, const RenderOptions& options)
{
    return renderPdf(report, error, paperSize(options), kPdfFindingsPerRow, options);
}

} // namespace sig2rtm
