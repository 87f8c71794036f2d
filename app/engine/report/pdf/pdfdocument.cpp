// SPDX-License-Identifier: MIT
#include "pdfdocument.h"

#include "chartpainter.h"
#include "reporttext.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextFrame>
#include <QTextTable>

namespace sig2rtm {

namespace {

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

// Where a chart's index and size are kept on its object character.
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartSize = QTextFormat::UserProperty + 2;

QStringList monoFamilies()
{
    return {QStringLiteral("DejaVu Sans Mono"),
            QStringLiteral("Liberation Mono"),
            QStringLiteral("Menlo"),
            QStringLiteral("Consolas"),
            QStringLiteral("Noto Sans Mono CJK SC"),
            QStringLiteral("Noto Sans CJK SC")};
}

} // namespace

/// Lays out and paints the charts of a document: the text layout asks it for their size and has it draw them
/// where they fall on the page.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartTextObject(QFont font) : m_font(std::move(font)) {}

    int add(ChartLayout chart)
    {
        m_charts.push_back(std::move(chart));
        return static_cast<int>(m_charts.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return format.property(kChartSize).toSizeF();
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const int index = format.property(kChartIndex).toInt();
        if (index >= 0 && index < static_cast<int>(m_charts.size())) {
            paintChart(*painter, m_charts[static_cast<std::size_t>(index)], rect, m_font);
        }
    }

private:
    QFont m_font;
    std::vector<ChartLayout> m_charts;
};

QColor PdfDocument::statusColor(RowStatus status)
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

QColor PdfDocument::statusBackground(RowStatus status)
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

PdfDocument::PdfDocument(QPdfWriter& writer, const QRectF& body, ReportLanguage language)
    : m_writer(writer), m_body(body), m_language(language)
{
    m_doc.setDocumentMargin(0);
    m_doc.setUndoRedoEnabled(false);
    m_doc.setDefaultFont(font(9.5));
    QTextOption option = m_doc.defaultTextOption();
    // Long paths and minified snippets have no spaces: let them break anywhere rather than overflow.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_doc.setDefaultTextOption(option);
    m_charts = std::make_unique<ChartTextObject>(font(9));
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::insertChart(QTextCursor& c, ChartLayout chart)
{
    QTextCharFormat f;
    f.setObjectType(kChartObject);
    // Layout units are device pixels (the layout paints on the writer): the chart's points, scaled.
    f.setProperty(kChartSize, QSizeF(px(chart.size.width()), px(chart.size.height())));
    f.setProperty(kChartIndex, m_charts->add(std::move(chart)));
    c.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

qreal PdfDocument::px(double points) const
{
    return points * m_writer.resolution() / 72.0;
}

QFont PdfDocument::font(double size) const
{
    QFont f;
    f.setFamilies(textFamilies(m_language));
    f.setPointSizeF(size);
    return f;
}

QTextCharFormat PdfDocument::text(double size, bool bold, const QColor& color) const
{
    QTextCharFormat f;
    f.setFontFamilies(textFamilies(m_language));
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::DemiBold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextCharFormat PdfDocument::mono(double size) const
{
    QTextCharFormat f;
    f.setFontFamilies(monoFamilies());
    f.setFontFixedPitch(true);
    f.setFontPointSize(size);
    f.setForeground(kText);
    return f;
}

QTextBlockFormat PdfDocument::block(double top, double bottom) const
{
    QTextBlockFormat f;
    f.setTopMargin(pt(top));
    f.setBottomMargin(pt(bottom));
    f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextTableFormat PdfDocument::tableFormat(const QList<QTextLength>& widths, int headerRows) const
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

QTextTableFormat PdfDocument::boxFormat(const QColor& background, const QColor& border) const
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

QList<QTextLength> PdfDocument::percent(std::initializer_list<double> widths)
{
    QList<QTextLength> out;
    for (double w : widths) {
        out << QTextLength(QTextLength::PercentageLength, w);
    }
    return out;
}

QTextCursor PdfDocument::end() const
{
    return m_doc.rootFrame()->lastCursorPosition();
}

QTextCursor PdfDocument::paragraph(const QTextBlockFormat& format, const QTextCharFormat& chars)
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

QTextTable* PdfDocument::insertTable(int rows, int columns, const QTextTableFormat& format)
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

QTextBlockFormat PdfDocument::spacer() const
{
    QTextBlockFormat f;
    f.setLineHeight(pt(1), QTextBlockFormat::FixedHeight);
    return f;
}

QTextCharFormat PdfDocument::spacerChars() const
{
    QTextCharFormat f;
    f.setFontPointSize(1);
    return f;
}

QTextCursor PdfDocument::keptTogether(const std::function<void(QTextCursor&)>& title, double top)
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

QTextBlock PdfDocument::heading(const QString& label, int level, bool pageBreak)
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

QTextCursor PdfDocument::cell(QTextTable* table, int row, int column)
{
    return table->cellAt(row, column).firstCursorPosition();
}

void PdfDocument::cellBackground(QTextTable* table, int row, int column, const QColor& color)
{
    QTextTableCell c = table->cellAt(row, column);
    QTextCharFormat f = c.format();
    f.setBackground(color);
    c.setFormat(f);
}

void PdfDocument::headerRow(QTextTable* table, const QStringList& labels, int row, int firstNumeric) const
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

void PdfDocument::ruleRows(QTextTable* table, int firstRow)
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

void PdfDocument::insertLink(QTextCursor& c, const QString& label, const QString& url, double size) const
{
    QTextCharFormat f = text(size, false, kAccent);
    if (isSafeLink(url)) {
        f.setAnchor(true);
        f.setAnchorHref(url);
    }
    c.insertText(label, f);
}

void PdfDocument::layOut()
{
    // The layout is created only now: a document with a layout re-lays out its tables on every
    // insertion, which made 150 findings take a minute.
    // The Qt 6.4 trap (STYLE.md §6): without the paint device and an explicit page size the layout
    // uses screen metrics and the text comes out a third of its size.
    m_doc.documentLayout()->setPaintDevice(&m_writer);
    m_doc.documentLayout()->registerHandler(kChartObject, m_charts.get());
    m_doc.setPageSize(m_body.size());
    // Finish the (lazy) layout before reading positions and editing the contents: an edit while
    // the lazy layout is under way leaves the blocks after the edit without lines.
    m_doc.pageCount();
}

int PdfDocument::pageOf(const QTextBlock& block) const
{
    return static_cast<int>(m_doc.documentLayout()->blockBoundingRect(block).top() / m_body.height()) + 1;
}

bool PdfDocument::paint(const std::function<void(QPainter&, int, int)>& decorate, QString* error)
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
        decorate(painter, page + 1, pages);
    }
    return painter.end();
}

} // namespace sig2rtm

#include "pdfdocument.moc"
