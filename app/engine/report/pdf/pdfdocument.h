// SPDX-License-Identifier: MIT
#pragma once

#include "chart.h"
#include "localizedtext.h"
#include "types.h"

#include <functional>
#include <initializer_list>
#include <memory>
#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextLength>

class QPainter;
class QPdfWriter;
class QTextTable;

namespace sig2rtm {

class ChartTextObject;

/// The paper document the PDF report is written into: a QTextDocument laid out on the pages of a
/// QPdfWriter, with the report's fonts, colours and formats, helpers that insert paragraphs, tables and
/// boxes, and the painting of its pages. It knows nothing of reports: the PDF writer lays one out in it.
class PdfDocument final
{
public:
    Q_DISABLE_COPY_MOVE(PdfDocument)

    static inline const QColor kText = QColor(0x17, 0x20, 0x33);
    static inline const QColor kMuted = QColor(0x5a, 0x64, 0x76);
    static inline const QColor kLine = QColor(0xd5, 0xdb, 0xe3);
    static inline const QColor kPanel = QColor(0xf3, 0xf5, 0xf8);
    static inline const QColor kMark = QColor(0xff, 0xe5, 0x8a);
    static inline const QColor kAccent = QColor(0x1f, 0x5f, 0xae);

    static QColor statusColor(RowStatus status);
    static QColor statusBackground(RowStatus status);

    /// A document for the pages of writer, its text inside body (device pixels), in the fonts of language.
    PdfDocument(QPdfWriter& writer, const QRectF& body, ReportLanguage language);
    ~PdfDocument();

    /// The text area of a page, in device pixels.
    const QRectF& body() const { return m_body; }

    /// Points to device pixels: for what is painted directly (page geometry, header, footer).
    qreal px(double points) const;
    /// Points to the unit of QTextFormat lengths (margins, padding, borders, line heights): pixels at
    /// 96 dpi, which the layout scales to the paint device itself.
    static qreal pt(double points) { return points * 96.0 / 72.0; }

    // ---- formats -------------------------------------------------------------------------------

    QFont font(double size) const;
    QTextCharFormat text(double size = 9.5, bool bold = false, const QColor& color = kText) const;
    QTextCharFormat mono(double size = 8.3) const;
    QTextCharFormat muted(double size = 8.5) const { return text(size, false, kMuted); }
    QTextCharFormat statusFormat(RowStatus status, double size = 9.5) const
    {
        return text(size, true, statusColor(status));
    }
    QTextBlockFormat block(double top = 0, double bottom = 4) const;
    QTextTableFormat tableFormat(const QList<QTextLength>& widths, int headerRows) const;
    /// A one-cell table: the PDF's boxes (verdict, banner, support request).
    QTextTableFormat boxFormat(const QColor& background, const QColor& border) const;
    static QList<QTextLength> percent(std::initializer_list<double> widths);

    // ---- insertion -------------------------------------------------------------------------------

    /// A new top-level paragraph. The empty block the document starts with, and the one Qt keeps after
    /// every table, are reused rather than left as blank lines.
    QTextCursor paragraph(const QTextBlockFormat& format, const QTextCharFormat& chars = {});
    /// A top-level table; the empty block after it shrinks to a hairline until a paragraph reuses it.
    QTextTable* insertTable(int rows, int columns, const QTextTableFormat& format);
    QTextTable* box(const QColor& background, const QColor& border)
    {
        return insertTable(1, 1, boxFormat(background, border));
    }
    /// A titled part whose title never ends a page alone: a borderless table whose title is a header row
    /// (Qt keeps a header row with the row after it, and repeats it when the part spans pages).
    /// Returns a cursor in the body.
    QTextCursor keptTogether(const std::function<void(QTextCursor&)>& title, double top = 8);
    /// A heading paragraph (level 1: a section, 2: a part of one); returns its block.
    QTextBlock heading(const QString& label, int level, bool pageBreak = false);

    static QTextCursor cell(QTextTable* table, int row, int column);
    static void cellBackground(QTextTable* table, int row, int column, const QColor& color);
    /// Column labels on a shaded row; numeric columns (from firstNumeric on) are right-aligned like their numbers.
    void headerRow(QTextTable* table, const QStringList& labels, int row = 0, int firstNumeric = -1) const;
    /// Hairlines under the rows from firstRow on: the tables draw no grid, only row separators.
    static void ruleRows(QTextTable* table, int firstRow = 0);
    /// A link when url is a safe https link, else the label in the link colour.
    void insertLink(QTextCursor& c, const QString& label, const QString& url, double size = 9) const;
    /// A chart, drawn as vectors in the text's fonts: one character of the text flow, as large as the chart's
    /// size taken in points.
    void insertChart(QTextCursor& c, ChartLayout chart);

    // ---- layout and paint ------------------------------------------------------------------------

    /// Lays the document out on the pages, once everything is inserted.
    void layOut();
    /// The 1-based page a block starts on (after layOut()).
    int pageOf(const QTextBlock& block) const;
    /// Paints every page; decorate draws what lies outside the body (header, footer) of page of pages.
    bool paint(const std::function<void(QPainter&, int page, int pages)>& decorate, QString* error);

private:
    QTextBlockFormat spacer() const;
    QTextCharFormat spacerChars() const;
    QTextCursor end() const;

    QPdfWriter& m_writer;
    const QRectF m_body;
    const ReportLanguage m_language;
    QTextDocument m_doc;
    bool m_reuseBlock = true;
    std::unique_ptr<ChartTextObject> m_charts;
};

} // namespace sig2rtm
