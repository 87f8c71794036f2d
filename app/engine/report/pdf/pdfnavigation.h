// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <vector>

namespace sig2rtm {

/// A place in a PDF: a page (0-based) and a height on it, in points from the page's top edge.
struct PdfPlace
{
    int page = -1;
    double top = 0;
};

/// An entry of the document outline (the bookmarks a PDF reader lists beside the pages).
struct PdfOutlineEntry
{
    QString title;
    PdfPlace place;
    std::vector<PdfOutlineEntry> children;
};

/// A link from an area of a page to a place in the same document.
struct PdfInternalLink
{
    int page = -1; ///< 0-based
    QRectF area;   ///< in points from the page's top-left corner
    PdfPlace target;
};

/// Adds a document outline, shown when the document opens, and internal links to a PDF that QPdfWriter wrote
/// (Qt 6.4 has no API for either). The PDF's bytes stay as they are; an incremental update is appended: the outline
/// objects, the link annotations, new revisions of the catalog (with /Outlines and /PageMode /UseOutlines) and of
/// the pages' annotation arrays, their cross-reference section, and a trailer whose /Prev points at the original
/// cross-reference table. Returns false, and says why in error, when the PDF lacks the structure QPdfWriter writes
/// (a classic cross-reference table, a catalog, a page tree); pdf is then unchanged.
bool appendNavigation(QByteArray& pdf, const std::vector<PdfOutlineEntry>& outline,
                      const std::vector<PdfInternalLink>& links, QString* error);

/// A PDF text string: literal for printable ASCII, else UTF-16BE with a byte order mark, in hex.
QByteArray pdfTextString(const QString& text);

} // namespace sig2rtm
