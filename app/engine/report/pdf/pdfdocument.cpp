// SPDX-License-Identifier: MIT
#include "pdfdocument.h"

#include "chartpainter.h"
#include "reporttext.h"

#include <algorithm>
#include <limits>
#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextFrame>
#include <QTextTable>

namespace sig2rtm {

namespace {

// Where a chart's index and size are kept on its object character.
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartSize = QTextFormat::UserProperty + 2;
// Project data: characters no font has become escapes (PdfDocument::data()).
constexpr int kDataText = QTextFormat::UserProperty + 3;
// Texts painted once the layout is known: page numbers, continuation labels.
constexpr int kLateObject = QTextFormat::UserObject + 2;
constexpr int kLateKind = QTextFormat::UserProperty + 4;
constexpr int kLateIndex = QTextFormat::UserProperty + 5;
constexpr int kLateSize = QTextFormat::UserProperty + 6;
enum LateKind { PageNumber = 1, Continuation = 2 };

/// A row taller than this share of a page is left to break between its lines: moved whole, it would still not fit.
constexpr double kWholeRowLimit = 0.7;
/// What of a row too tall to keep whole stays with the row kept with it (a heading), in points: a few lines.
constexpr double kFirstLines = 60;

QString escape(char32_t c)
{
    return QStringLiteral("<U+%1>").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x7f; });
}

QFont familyFont(const QStringList& families)
{
    // The shipped CJK font must be known to the font database before a font asks for its family.
    ReportFonts::loadShipped();
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(10);
    return f;
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

/// Texts that depend on the final layout, painted where their object character falls: the page number of a
/// heading in the table of contents, a group's continuation label in a repeated table header.
class LateTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit LateTextObject(const PdfDocument& doc) : m_doc(doc) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return format.property(kLateSize).toSizeF();
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const QString text = m_doc.lateText(format, rect);
        if (text.isEmpty()) {
            return;
        }
        const QTextCharFormat chars = format.toCharFormat();
        const QFont font = chars.font();
        const QFontMetricsF metrics(font, painter->device());
        painter->save();
        painter->setFont(font);
        painter->setPen(chars.foreground().color());
        const int kind = format.intProperty(kLateKind);
        if (kind == PageNumber) {
            painter->drawText(QPointF(rect.right() - metrics.horizontalAdvance(text), rect.bottom()), text);
        } else {
            // After the column label, up to the end of its cell.
            const qreal left = rect.left() + m_doc.px(10);
            const qreal width =
                m_doc.m_groupSlots[static_cast<std::size_t>(format.intProperty(kLateIndex))].right - left;
            painter->drawText(QPointF(left, rect.bottom()), metrics.elidedText(text, Qt::ElideMiddle, width));
        }
        painter->restore();
    }

private:
    const PdfDocument& m_doc;
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
    : m_writer(writer), m_body(body), m_language(language),
      m_textCoverage(familyFont(ReportFonts::textFamilies(language))),
      m_monoCoverage(familyFont(ReportFonts::monoFamilies()))
{
    m_doc.setDocumentMargin(0);
    m_doc.setUndoRedoEnabled(false);
    m_doc.setDefaultFont(font(9.5));
    QTextOption option = m_doc.defaultTextOption();
    // Long paths and minified snippets have no spaces: let them break anywhere rather than overflow.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_doc.setDefaultTextOption(option);
    m_charts = std::make_unique<ChartTextObject>(font(9));
    m_late = std::make_unique<LateTextObject>(*this);
}

PdfDocument::~PdfDocument() = default;

void PdfDocument::insertChart(QTextCursor& c, ChartLayout chart)
{
    QTextCharFormat f;
    f.setObjectType(kChartObject);
    // Layout units are device pixels (the layout paints on the writer): the chart's points, scaled.
    f.setProperty(kChartSize, QSizeF(px(chart.size.width()), px(chart.size.height())));
    // Chart labels hold project data (client names): what no font has is an escape, as in the text.
    for (auto& t : chart.texts) {
        t.text = visibleText(t.text);
    }
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
    f.setFamilies(ReportFonts::textFamilies(m_language));
    f.setPointSizeF(size);
    return f;
}

QFont PdfDocument::monoFont(double size) const
{
    QFont f;
    f.setFamilies(ReportFonts::monoFamilies());
    f.setFixedPitch(true);
    f.setPointSizeF(size);
    return f;
}

QTextCharFormat PdfDocument::text(double size, bool bold, const QColor& color) const
{
    QTextCharFormat f;
    f.setFontFamilies(ReportFonts::textFamilies(m_language));
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::DemiBold : QFont::Normal);
    f.setForeground(color);
    return f;
}

QTextCharFormat PdfDocument::mono(double size) const
{
    QTextCharFormat f;
    f.setFontFamilies(ReportFonts::monoFamilies());
    f.setFontFixedPitch(true);
    f.setFontPointSize(size);
    f.setForeground(kText);
    return data(f);
}

QTextCharFormat PdfDocument::data(QTextCharFormat format)
{
    format.setProperty(kDataText, true);
    return format;
}

qreal PdfDocument::textWidth(const QString& text, const QTextCharFormat& format) const
{
    return QFontMetricsF(format.font(), &m_writer).horizontalAdvance(text);
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

QTextTable* PdfDocument::insertTable(int rows, int columns, const QTextTableFormat& format, Rows breaks)
{
    QTextCursor c = end();
    if (m_reuseBlock) {
        // Two tables in a row: the spacer block between them stays a hairline.
        c.setBlockFormat(spacer());
        c.setBlockCharFormat(spacerChars());
    }
    QTextTable* table = c.insertTable(rows, columns, format);
    if (breaks == Rows::Whole) {
        m_tables.push_back({table, {}});
    }
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
    // Its body is running text: it breaks between lines like the paragraphs around it.
    QTextTable* table = insertTable(2, 1, f, Rows::Flowing);
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

void PdfDocument::keepWithNext(QTextTable* table, int row)
{
    for (auto& rules : m_tables) {
        if (rules.table == table) {
            rules.keepWithNext.insert(row);
            return;
        }
    }
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
            if (r > firstRow) {
                f.setTopBorder(pt(0.75));
                f.setTopBorderBrush(kLine);
                f.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            }
            if (r + tableCell.rowSpan() == table->rows()) {
                f.setBottomBorder(pt(0.75));
                f.setBottomBorderBrush(kLine);
                f.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            }
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

void PdfDocument::insertMailLink(QTextCursor& c, const QString& email, double size) const
{
    QTextCharFormat f = text(size, false, kAccent);
    if (isSafeEmail(email)) {
        f.setAnchor(true);
        f.setAnchorHref(QStringLiteral("mailto:") + email);
    }
    c.insertText(email, f);
}

int PdfDocument::insertPageNumber(QTextCursor& c, const QTextCharFormat& format)
{
    QTextCharFormat f = format;
    const QFontMetricsF metrics(f.font(), &m_writer);
    f.setObjectType(kLateObject);
    f.setProperty(kLateKind, PageNumber);
    f.setProperty(kLateIndex, static_cast<int>(m_pageReferences.size()));
    f.setProperty(kLateSize, QSizeF(metrics.horizontalAdvance(QStringLiteral("000")), metrics.ascent()));
    c.insertText(QString(QChar::ObjectReplacementCharacter), f);
    m_pageReferences.emplace_back();
    return static_cast<int>(m_pageReferences.size()) - 1;
}

void PdfDocument::setPageReference(int reference, const QTextBlock& target)
{
    if (reference >= 0 && reference < static_cast<int>(m_pageReferences.size())) {
        m_pageReferences[static_cast<std::size_t>(reference)] = target;
    }
}

int PdfDocument::insertContinuationSlot(QTextCursor& c, const QTextCharFormat& format)
{
    QTextCharFormat f = format;
    const QFontMetricsF metrics(f.font(), &m_writer);
    f.setObjectType(kLateObject);
    f.setProperty(kLateKind, Continuation);
    f.setProperty(kLateIndex, static_cast<int>(m_groupSlots.size()));
    // No width: the label is painted after it only on the pages the group continues on.
    f.setProperty(kLateSize, QSizeF(0, metrics.ascent()));
    c.insertText(QString(QChar::ObjectReplacementCharacter), f);
    m_groupSlots.emplace_back();
    m_groupSlots.back().block = c.block();
    return static_cast<int>(m_groupSlots.size()) - 1;
}

void PdfDocument::setRowGroups(int slot, QTextTable* table, std::vector<RowGroup> groups)
{
    if (slot >= 0 && slot < static_cast<int>(m_groupSlots.size())) {
        auto& s = m_groupSlots[static_cast<std::size_t>(slot)];
        s.table = table;
        for (auto& group : groups) {
            group.continuation = visibleText(group.continuation, true);
        }
        s.groups = std::move(groups);
    }
}

PdfDocument::FontCheck PdfDocument::checkFonts()
{
    FontCheck check;
    struct Edit
    {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    std::vector<Edit> edits;
    for (QTextBlock b = m_doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString text = fragment.text();
            if (format.objectType() != QTextFormat::NoObject || isAscii(text)) {
                continue;
            }
            FontCoverage& coverage = format.fontFixedPitch() ? m_monoCoverage : m_textCoverage;
            const bool data = format.boolProperty(kDataText);
            QString visible;
            for (const char32_t c : text.toUcs4()) {
                const QString character = QString::fromUcs4(&c, 1);
                if (coverage.covers(c)) {
                    visible += character;
                } else if (data) {
                    visible += escape(c);
                    ++check.escaped;
                    if (check.example.isEmpty()) {
                        check.example = escape(c);
                    }
                } else if (!check.missing.contains(character)) {
                    check.missing += character;
                }
            }
            if (data && visible != text) {
                edits.push_back({fragment.position(), fragment.length(), visible, format});
            }
        }
    }
    // From the end, so that the positions of the edits still to make do not move.
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        QTextCursor c(&m_doc);
        c.setPosition(it->position);
        c.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        c.insertText(it->text, it->format);
    }
    return check;
}

QString PdfDocument::visibleText(const QString& text, bool mono)
{
    if (isAscii(text)) {
        return text;
    }
    FontCoverage& coverage = mono ? m_monoCoverage : m_textCoverage;
    QString out;
    for (const char32_t c : text.toUcs4()) {
        out += coverage.covers(c) ? QString::fromUcs4(&c, 1) : escape(c);
    }
    return out;
}

void PdfDocument::checkPainted(const QString& text, FontCheck& check)
{
    for (const char32_t c : text.toUcs4()) {
        if (!m_textCoverage.covers(c)) {
            const QString missing = QString::fromUcs4(&c, 1);
            if (!check.missing.contains(missing)) {
                check.missing += missing;
            }
        }
    }
}

void PdfDocument::layOut()
{
    // The layout is created only now: a document with a layout re-lays out its tables on every
    // insertion, which made 150 findings take a minute.
    // The Qt 6.4 trap (STYLE.md §6): without the paint device and an explicit page size the layout
    // uses screen metrics and the text comes out a third of its size.
    auto* layout = m_doc.documentLayout();
    layout->setPaintDevice(&m_writer);
    layout->registerHandler(kChartObject, m_charts.get());
    layout->registerHandler(kLateObject, m_late.get());
    // First on one endless page, for the natural height of every row; then on the pages, with the rows made
    // whole. Finish each (lazy) layout before reading positions or editing: an edit while the lazy layout is
    // under way leaves the blocks after the edit without lines.
    m_doc.setPageSize(QSizeF(m_body.width(), -1));
    m_doc.size();
    insertStruts();
    m_doc.setPageSize(m_body.size());
    m_doc.size();
    findContinuations();
}

qreal PdfDocument::rowTop(QTextTable* table, int row) const
{
    qreal top = std::numeric_limits<qreal>::max();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() == row && cell.column() == c) {
            top = std::min(top, m_doc.documentLayout()->blockBoundingRect(cell.firstCursorPosition().block()).top());
        }
    }
    return top;
}

qreal PdfDocument::rowBottom(QTextTable* table, int row) const
{
    qreal bottom = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (cell.row() != row || cell.column() != c) {
            continue;
        }
        for (QTextBlock b = cell.firstCursorPosition().block(); b.isValid() && b.position() <= cell.lastPosition();
             b = b.next()) {
            const QRectF rect = m_doc.documentLayout()->blockBoundingRect(b);
            const qreal margin = b.blockFormat().bottomMargin() * m_writer.logicalDpiY() / 96.0;
            bottom = std::max(bottom, rect.bottom() + std::max<qreal>(0, margin));
        }
    }
    return bottom;
}

void PdfDocument::insertStruts()
{
    struct Strut
    {
        QTextTable* table;
        int row;
        qreal height; ///< layout units (device pixels)
    };
    std::vector<Strut> struts;
    const qreal limit = m_body.height() * kWholeRowLimit;
    // A little more than measured: a row that just fits may move, one that does not fit never stays.
    const qreal slack = px(1);
    for (const auto& rules : m_tables) {
        QTextTable* table = rules.table;
        if (!table) {
            continue;
        }
        const int headerRows = std::min(table->format().headerRowCount(), table->rows() - 1);
        for (int r = std::max(0, headerRows); r < table->rows(); ++r) {
            const qreal top = rowTop(table, r);
            qreal height = rowBottom(table, r) - top;
            if (rules.keepWithNext.count(r) && r + 1 < table->rows()) {
                // With the next row; with the first lines of it when it is too tall to move (it breaks anyway).
                const qreal both = rowBottom(table, r + 1) - top;
                height = both <= limit ? both : height + px(kFirstLines);
            }
            if (height > 0 && height <= limit) {
                struts.push_back({table, r, height + slack});
            }
        }
    }
    // No layout while editing: with a null page size (0 x 0, not the invalid QSizeF()) every edit skips it.
    m_doc.setPageSize(QSizeF(0, 0));
    const qreal scale = m_writer.logicalDpiY() / 96.0;
    QTextBlockFormat strut;
    for (const auto& s : struts) {
        // Line heights are in 96-dpi pixels, which the layout scales; a negative margin is taken as it is.
        strut.setLineHeight(s.height / scale, QTextBlockFormat::FixedHeight);
        strut.setBottomMargin(-s.height);
        for (int c = 0; c < s.table->columns(); ++c) {
            const QTextTableCell cell = s.table->cellAt(s.row, c);
            if (cell.row() != s.row || cell.column() != c) {
                continue;
            }
            QTextCursor cursor = cell.firstCursorPosition();
            QTextBlockFormat content = cursor.blockFormat();
            // The char format of a cell's first block is the cell's format (spans, background, borders): the
            // strut keeps it, the content's block takes only its font.
            QTextCharFormat contentChars;
            contentChars.setFont(cursor.blockCharFormat().font(), QTextCharFormat::FontPropertiesSpecifiedOnly);
            // The content goes back up over the strut. A cell's first block has no top margin of its own.
            content.setTopMargin(-s.height);
            cursor.insertBlock(content, contentChars);
            cell.firstCursorPosition().setBlockFormat(strut);
        }
    }
}

void PdfDocument::findContinuations()
{
    for (auto& slot : m_groupSlots) {
        slot.labels.clear();
        if (!slot.table) {
            continue;
        }
        const auto page = [&](int row) { return static_cast<int>(rowTop(slot.table, row) / m_body.height()); };
        for (const auto& group : slot.groups) {
            for (int r = group.heading + 1; r <= group.last && r < slot.table->rows(); ++r) {
                const int p = page(r);
                if (p > page(r - 1)) {
                    slot.labels[p] = group.continuation;
                }
            }
        }
        // The label may take the rest of the slot's cell: its lines are as wide as the cell.
        slot.right = m_doc.documentLayout()->blockBoundingRect(slot.block).right();
    }
}

QString PdfDocument::lateText(const QTextFormat& format, const QRectF& rect) const
{
    const auto index = static_cast<std::size_t>(format.intProperty(kLateIndex));
    if (format.intProperty(kLateKind) == PageNumber) {
        return index < m_pageReferences.size() && m_pageReferences[index].isValid()
                   ? QString::number(pageOf(m_pageReferences[index]))
                   : QString();
    }
    if (index >= m_groupSlots.size()) {
        return {};
    }
    const int page = static_cast<int>(rect.center().y() / m_body.height());
    const auto& labels = m_groupSlots[index].labels;
    const auto it = labels.find(page);
    return it == labels.end() ? QString() : it->second;
}

int PdfDocument::pageOf(const QTextBlock& block) const
{
    return static_cast<int>(m_doc.documentLayout()->blockBoundingRect(block).top() / m_body.height()) + 1;
}

PdfPlace PdfDocument::placeOf(const QTextBlock& block) const
{
    const qreal top = m_doc.documentLayout()->blockBoundingRect(block).top();
    const int page = static_cast<int>(top / m_body.height());
    const qreal onPage = m_body.top() + top - page * m_body.height();
    // A little above the block, so that a reader scrolled there shows it whole.
    return {page, std::max(0.0, onPage * 72.0 / m_writer.resolution() - 6)};
}

QRectF PdfDocument::lineAreaOf(const QTextBlock& block, int* page) const
{
    const QRectF rect = m_doc.documentLayout()->blockBoundingRect(block);
    *page = static_cast<int>(rect.top() / m_body.height());
    const qreal top = m_body.top() + rect.top() - *page * m_body.height();
    const qreal scale = 72.0 / m_writer.resolution();
    return QRectF(m_body.left() * scale, top * scale, m_body.width() * scale, rect.height() * scale);
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
