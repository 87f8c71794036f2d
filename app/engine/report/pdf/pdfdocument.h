// SPDX-License-Identifier: MIT
#pragma once

#include "chart.h"
#include "localizedtext.h"
#include "pdfnavigation.h"
#include "reportfonts.h"
#include "types.h"

#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <QColor>
#include <QFont>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextLength>
#include <set>
#include <vector>

class QPainter;
class QPdfWriter;
class QTextTable;

namespace sig2rtm {

class ChartTextObject;
class LateTextObject;

/// The paper document the PDF report is written into: a QTextDocument laid out on the pages of a
/// QPdfWriter, with the report's fonts, colours and formats, helpers that insert paragraphs, tables and
/// boxes, the pagination rules Qt lacks (table rows kept whole, rows kept with the next one, a group's label
/// repeated where it continues on a new page), and the painting of its pages. It knows nothing of reports: the
/// PDF writer lays one out in it.
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
    QFont monoFont(double size) const;
    QTextCharFormat text(double size = 9.5, bool bold = false, const QColor& color = kText) const;
    /// Code and paths: project data (see data()).
    QTextCharFormat mono(double size = 8.3) const;
    QTextCharFormat muted(double size = 8.5) const { return text(size, false, kMuted); }
    QTextCharFormat statusFormat(RowStatus status, double size = 9.5) const
    {
        return text(size, true, statusColor(status));
    }
    /// Marks a format's text as project data (names, paths, code): a character no installed font has is printed
    /// as an escape, "<U+4E2D>", rather than refused. The report's own texts must be covered (checkFonts()).
    static QTextCharFormat data(QTextCharFormat format);
    QTextBlockFormat block(double top = 0, double bottom = 4) const;
    /// How wide a text is in a format, in device pixels: for packing short items into lines.
    qreal textWidth(const QString& text, const QTextCharFormat& format) const;
    QTextTableFormat tableFormat(const QList<QTextLength>& widths, int headerRows) const;
    /// A one-cell table: the PDF's boxes (verdict, banner, support request).
    QTextTableFormat boxFormat(const QColor& background, const QColor& border) const;
    static QList<QTextLength> percent(std::initializer_list<double> widths);

    // ---- insertion -------------------------------------------------------------------------------

    /// A new top-level paragraph. The empty block the document starts with, and the one Qt keeps after
    /// every table, are reused rather than left as blank lines.
    QTextCursor paragraph(const QTextBlockFormat& format, const QTextCharFormat& chars = {});
    /// How a table's rows meet a page break.
    enum class Rows {
        Whole,   ///< a row that does not fit on the page moves to the next (unless taller than most of a page)
        Flowing, ///< rows break between lines, like paragraphs (long texts in a layout table)
    };
    /// A top-level table; the empty block after it shrinks to a hairline until a paragraph reuses it.
    QTextTable* insertTable(int rows, int columns, const QTextTableFormat& format, Rows breaks = Rows::Whole);
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
    /// Keeps a row of a table (made with Rows::Whole) on the page of the row after it: a heading row never ends
    /// a page.
    void keepWithNext(QTextTable* table, int row);

    static QTextCursor cell(QTextTable* table, int row, int column);
    static void cellBackground(QTextTable* table, int row, int column, const QColor& color);
    /// Column labels on a shaded row; numeric columns (from firstNumeric on) are right-aligned like their numbers.
    void headerRow(QTextTable* table, const QStringList& labels, int row = 0, int firstNumeric = -1) const;
    /// Hairlines between the rows from firstRow on and under the last: the tables draw no grid, only row
    /// separators. Each is the top edge of the row below, so that a row moved to the next page leaves no rule
    /// stranded at the bottom of the page it left.
    static void ruleRows(QTextTable* table, int firstRow = 0);
    /// A link when url is a safe https link, else the label in the link colour.
    void insertLink(QTextCursor& c, const QString& label, const QString& url, double size = 9) const;
    /// An e-mail address, a mailto: link when it is a safe address.
    void insertMailLink(QTextCursor& c, const QString& email, double size = 9) const;
    /// A chart, drawn as vectors in the text's fonts: one character of the text flow, as large as the chart's
    /// size taken in points.
    void insertChart(QTextCursor& c, ChartLayout chart);

    /// The page number of a block not yet written (a table of contents): painted once the layout knows it.
    /// Returns the reference to pass to setPageReference().
    int insertPageNumber(QTextCursor& c, const QTextCharFormat& format);
    void setPageReference(int reference, const QTextBlock& target);

    /// Rows of a table in labelled groups (a file and its findings). When a group continues on a new page, the
    /// slot inserted with insertContinuationSlot() in the table's repeated header paints the group's continuation
    /// label there ("web/app.js (continued)").
    struct RowGroup
    {
        int heading = 0;      ///< the group's heading row
        int last = 0;         ///< its last row
        QString continuation; ///< the label on the pages it continues on
    };
    /// Returns the slot to pass to setRowGroups(); format is the label's (project data: escaped like data()).
    int insertContinuationSlot(QTextCursor& c, const QTextCharFormat& format);
    void setRowGroups(int slot, QTextTable* table, std::vector<RowGroup> groups);

    // ---- fonts -----------------------------------------------------------------------------------

    /// What checkFonts() found.
    struct FontCheck
    {
        QString missing; ///< characters of the report's own texts that no installed font has, each once
        int escaped = 0; ///< characters of project data printed as escapes
        QString example; ///< the first of those escapes, "<U+4E2D>"
    };
    /// Checks every character against the fonts that would draw it: project data (data()) gets escapes for what
    /// no font has; the report's own texts are reported in missing. Call once everything is inserted.
    FontCheck checkFonts();
    /// The text with the characters the text font lacks as escapes: for what is painted directly (header,
    /// footer, charts).
    QString visibleText(const QString& text, bool mono = false);
    /// Adds the characters of a text painted directly (header, footer) that no font has to missing.
    void checkPainted(const QString& text, FontCheck& check);

    // ---- layout and paint ------------------------------------------------------------------------

    /// Lays the document out on the pages, once everything is inserted.
    void layOut();
    /// The 1-based page a block starts on (after layOut()).
    int pageOf(const QTextBlock& block) const;
    /// Where a block starts, in PDF terms (after layOut()).
    PdfPlace placeOf(const QTextBlock& block) const;
    /// The area of a block's line box on its page, widened to the body's width: a link's area (after layOut()).
    QRectF lineAreaOf(const QTextBlock& block, int* page) const;
    /// Paints every page; decorate draws what lies outside the body (header, footer) of page of pages.
    bool paint(const std::function<void(QPainter&, int page, int pages)>& decorate, QString* error);

private:
    friend class LateTextObject;

    struct TableRules
    {
        QPointer<QTextTable> table;
        std::set<int> keepWithNext;
    };
    struct GroupSlot
    {
        QPointer<QTextTable> table;
        std::vector<RowGroup> groups;
        QTextBlock block;              ///< the slot's
        std::map<int, QString> labels; ///< page (0-based) -> the label painted there
        qreal right = 0;               ///< where the slot's cell ends, layout units
    };

    QTextBlockFormat spacer() const;
    QTextCharFormat spacerChars() const;
    QTextCursor end() const;
    /// Rows made whole: an invisible first line in each of their cells as tall as the row (or as the row and the
    /// next one), whose content is pulled back over it. Qt moves a row to the next page when none of its cells'
    /// first lines fits, so the row moves as a whole.
    void insertStruts();
    void findContinuations();
    qreal rowTop(QTextTable* table, int row) const;
    qreal rowBottom(QTextTable* table, int row) const;
    QString lateText(const QTextFormat& format, const QRectF& rect) const;

    QPdfWriter& m_writer;
    const QRectF m_body;
    const ReportLanguage m_language;
    QTextDocument m_doc;
    bool m_reuseBlock = true;
    std::unique_ptr<ChartTextObject> m_charts;
    std::unique_ptr<LateTextObject> m_late;
    std::vector<TableRules> m_tables;
    std::vector<QTextBlock> m_pageReferences;
    std::vector<GroupSlot> m_groupSlots;
    FontCoverage m_textCoverage;
    FontCoverage m_monoCoverage;
};

} // namespace sig2rtm
