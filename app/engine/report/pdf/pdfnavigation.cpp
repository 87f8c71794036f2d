// SPDX-License-Identifier: MIT
#include "pdfnavigation.h"

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <QRegularExpression>

namespace sig2rtm {

namespace {

/// The objects of a PDF as its cross-reference table places them, read on demand.
class PdfObjects
{
public:
    explicit PdfObjects(const QByteArray& pdf) : m_pdf(pdf) {}

    /// Reads the last cross-reference table and the trailer; false with error when there is none.
    bool readTable(QString* error)
    {
        const qsizetype start = m_pdf.lastIndexOf("startxref");
        if (start < 0) {
            return fail(error, QStringLiteral("no startxref"));
        }
        bool ok = false;
        m_xref = m_pdf.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
        if (!ok || m_xref <= 0 || m_xref >= m_pdf.size() || m_pdf.mid(m_xref, 4) != "xref") {
            return fail(error, QStringLiteral("no classic cross-reference table at startxref"));
        }
        const qsizetype trailer = m_pdf.indexOf("trailer", m_xref);
        if (trailer < 0) {
            return fail(error, QStringLiteral("no trailer"));
        }
        const QList<QByteArray> lines = m_pdf.mid(m_xref + 4, trailer - m_xref - 4).split('\n');
        int next = -1;
        int left = 0;
        for (QByteArray line : lines) {
            line = line.trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const QList<QByteArray> fields = line.split(' ');
            if (left == 0) {
                if (fields.size() != 2) {
                    return fail(error, QStringLiteral("malformed cross-reference subsection"));
                }
                next = fields[0].toInt();
                left = fields[1].toInt();
                continue;
            }
            if (fields.size() >= 3 && fields[2] == "n") {
                m_offsets[next] = fields[0].toLongLong();
            }
            ++next;
            --left;
        }
        const qsizetype dictStart = m_pdf.indexOf("<<", trailer);
        const qsizetype dictEnd = m_pdf.indexOf("startxref", trailer);
        if (dictStart < 0 || dictEnd < 0) {
            return fail(error, QStringLiteral("malformed trailer"));
        }
        m_trailer = m_pdf.mid(dictStart, dictEnd - dictStart);
        return true;
    }

    qint64 xrefOffset() const { return m_xref; }
    const QByteArray& trailer() const { return m_trailer; }

    /// The body of object number (between "obj" and "endobj"), or nullopt.
    std::optional<QByteArray> object(int number) const
    {
        const auto it = m_offsets.find(number);
        if (it == m_offsets.end()) {
            return std::nullopt;
        }
        const QByteArray head = QByteArray::number(number) + " 0 obj";
        if (m_pdf.mid(it->second, head.size()) != head) {
            return std::nullopt;
        }
        const qsizetype begin = it->second + head.size();
        const qsizetype end = m_pdf.indexOf("endobj", begin);
        if (end < 0) {
            return std::nullopt;
        }
        return m_pdf.mid(begin, end - begin).trimmed();
    }

private:
    static bool fail(QString* error, const QString& why)
    {
        if (error) {
            *error = why;
        }
        return false;
    }

    const QByteArray& m_pdf;
    qint64 m_xref = 0;
    QByteArray m_trailer;
    std::map<int, qint64> m_offsets;
};

/// The value of /key in a dictionary's text when it is a reference ("3 0 R"), or -1.
int reference(const QByteArray& dict, const char* key)
{
    const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+\\d+\\s+R").arg(QLatin1String(key)));
    const auto match = pattern.match(QString::fromLatin1(dict));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// The references of an array's text, in order.
std::vector<int> references(const QByteArray& array)
{
    static const QRegularExpression kRef(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
    std::vector<int> out;
    for (auto it = kRef.globalMatch(QString::fromLatin1(array)); it.hasNext();) {
        out.push_back(it.next().captured(1).toInt());
    }
    return out;
}

/// The text of the array that follows /key ("[ ... ]", without nesting), or an empty array.
QByteArray arrayOf(const QByteArray& dict, const char* key)
{
    const qsizetype at = dict.indexOf(QByteArray(QByteArray("/") + key));
    if (at < 0) {
        return {};
    }
    const qsizetype open = dict.indexOf('[', at);
    const qsizetype close = dict.indexOf(']', open);
    const qsizetype nextKey = dict.indexOf('/', at + 1);
    if (open < 0 || close < 0 || (nextKey >= 0 && nextKey < open)) {
        return {};
    }
    return dict.mid(open + 1, close - open - 1);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

/// Drops /key and its simple value (a name or a reference) from a dictionary's text.
QByteArray without(QByteArray dict, const char* key)
{
    const QRegularExpression pattern(
        QStringLiteral("/%1\\s+(/[^\\s/<>\\[\\]]+|\\d+\\s+\\d+\\s+R)").arg(QLatin1String(key)));
    return QString::fromLatin1(dict).remove(pattern).toLatin1();
}

struct Page
{
    int object = 0;
    QByteArray dict;
    double height = 0; ///< of the media box, in points
};

} // namespace

QByteArray pdfTextString(const QString& text)
{
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (ascii) {
        QByteArray out = "(";
        for (const QChar c : text) {
            if (c == u'(' || c == u')' || c == u'\\') {
                out += '\\';
            }
            out += char(c.unicode());
        }
        return out + ')';
    }
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

bool appendNavigation(QByteArray& pdf, const std::vector<PdfOutlineEntry>& outline,
                      const std::vector<PdfInternalLink>& links, QString* error)
{
    if (outline.empty() && links.empty()) {
        return true;
    }
    PdfObjects objects(pdf);
    if (!objects.readTable(error)) {
        return false;
    }
    const QByteArray& trailer = objects.trailer();
    const int root = reference(trailer, "Root");
    const int info = reference(trailer, "Info");
    static const QRegularExpression kSize(QStringLiteral("/Size\\s+(\\d+)"));
    const int size = kSize.match(QString::fromLatin1(trailer)).captured(1).toInt();
    const auto catalog = root > 0 ? objects.object(root) : std::nullopt;
    if (size <= 0 || !catalog || !catalog->contains("/Catalog")) {
        if (error) {
            *error = QStringLiteral("no catalog");
        }
        return false;
    }

    // The pages in order, through the page tree.
    std::vector<Page> pages;
    std::function<bool(int, int)> collect = [&](int node, int depth) {
        const auto dict = objects.object(node);
        if (!dict || depth > 32) {
            return false;
        }
        if (dict->contains("/Type /Pages")) {
            for (const int kid : references(arrayOf(*dict, "Kids"))) {
                if (!collect(kid, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        const QList<QByteArray> box = arrayOf(*dict, "MediaBox").simplified().split(' ');
        pages.push_back({node, *dict, box.size() == 4 ? box[3].toDouble() : 0});
        return true;
    };
    if (!collect(reference(*catalog, "Pages"), 0) || pages.empty()) {
        if (error) {
            *error = QStringLiteral("no page tree");
        }
        return false;
    }

    const auto destination = [&](const PdfPlace& place) -> std::optional<QByteArray> {
        if (place.page < 0 || place.page >= static_cast<int>(pages.size())) {
            return std::nullopt;
        }
        const Page& page = pages[static_cast<std::size_t>(place.page)];
        return '[' + ref(page.object) + " /XYZ 0 " + number(std::max(0.0, page.height - place.top)) + " 0]";
    };

    int next = size;
    std::map<int, QByteArray> written; // object number -> body

    // The outline: a tree of items linked as siblings, each pointing at its parent, first and last child.
    int outlineRoot = -1;
    if (!outline.empty()) {
        outlineRoot = next++;
        std::function<int(const std::vector<PdfOutlineEntry>&, int, int*, int*)> addLevel =
            [&](const std::vector<PdfOutlineEntry>& entries, int parent, int* first, int* last) {
                std::vector<int> numbers;
                for (std::size_t i = 0; i < entries.size(); ++i) {
                    numbers.push_back(next++);
                }
                int visible = 0;
                for (std::size_t i = 0; i < entries.size(); ++i) {
                    const auto& entry = entries[i];
                    QByteArray dict = "<<\n/Title " + pdfTextString(entry.title) + "\n/Parent " + ref(parent) + '\n';
                    if (i > 0) {
                        dict += "/Prev " + ref(numbers[i - 1]) + '\n';
                    }
                    if (i + 1 < entries.size()) {
                        dict += "/Next " + ref(numbers[i + 1]) + '\n';
                    }
                    if (const auto dest = destination(entry.place)) {
                        dict += "/Dest " + *dest + '\n';
                    }
                    ++visible;
                    if (!entry.children.empty()) {
                        int childFirst = 0;
                        int childLast = 0;
                        const int count = addLevel(entry.children, numbers[i], &childFirst, &childLast);
                        // Open: the reader shows the rows and clients under their sections.
                        dict += "/First " + ref(childFirst) + "\n/Last " + ref(childLast) + "\n/Count " +
                                QByteArray::number(count) + '\n';
                        visible += count;
                    }
                    written[numbers[i]] = dict + ">>";
                }
                *first = numbers.front();
                *last = numbers.back();
                return visible;
            };
        int first = 0;
        int last = 0;
        const int count = addLevel(outline, outlineRoot, &first, &last);
        written[outlineRoot] = "<<\n/Type /Outlines\n/First " + ref(first) + "\n/Last " + ref(last) + "\n/Count " +
                               QByteArray::number(count) + "\n>>";
        QByteArray dict = catalog->trimmed();
        if (!dict.endsWith(">>")) {
            if (error) {
                *error = QStringLiteral("malformed catalog");
            }
            return false;
        }
        dict.chop(2);
        dict = without(without(dict, "Outlines"), "PageMode");
        written[root] = dict.trimmed() + "\n/Outlines " + ref(outlineRoot) + "\n/PageMode /UseOutlines\n>>";
    }

    // Links: annotations added to each page's array, which is rewritten as a new revision of its object (or of the
    // page, when the page holds the array itself).
    std::map<int, std::vector<int>> annotationsOf; // page index -> new annotation objects
    for (const auto& link : links) {
        const auto dest = destination(link.target);
        if (!dest || link.page < 0 || link.page >= static_cast<int>(pages.size())) {
            continue;
        }
        const double height = pages[static_cast<std::size_t>(link.page)].height;
        const int annotation = next++;
        written[annotation] = "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + number(link.area.left()) + ' ' +
                              number(height - link.area.bottom()) + ' ' + number(link.area.right()) + ' ' +
                              number(height - link.area.top()) + "]\n/Border [0 0 0]\n/Dest " + *dest + "\n>>";
        annotationsOf[link.page].push_back(annotation);
    }
    for (const auto& [index, added] : annotationsOf) {
        const Page& page = pages[static_cast<std::size_t>(index)];
        QByteArray refs;
        for (const int a : added) {
            refs += ' ' + ref(a);
        }
        const int array = reference(page.dict, "Annots");
        if (array > 0) {
            const auto existing = objects.object(array);
            if (!existing || !existing->startsWith('[')) {
                if (error) {
                    *error = QStringLiteral("malformed annotation array");
                }
                return false;
            }
            QByteArray body = existing->trimmed();
            body.chop(1); // "]"
            written[array] = body.trimmed() + refs + " ]";
        } else {
            QByteArray dict = page.dict.trimmed();
            const QByteArray inline_ = arrayOf(dict, "Annots");
            if (dict.contains("/Annots")) {
                const qsizetype at = dict.indexOf("/Annots");
                dict.remove(at, dict.indexOf(']', at) + 1 - at);
            }
            dict.chop(2); // ">>"
            written[page.object] = dict.trimmed() + "\n/Annots [" + inline_.trimmed() + refs + " ]\n>>";
        }
    }

    // The update: the objects, their cross-reference section (one subsection per run of numbers) and the trailer.
    QByteArray update;
    if (!pdf.endsWith('\n')) {
        update += '\n';
    }
    std::map<int, qint64> offsets;
    for (const auto& [object, body] : written) {
        offsets[object] = pdf.size() + update.size();
        update += QByteArray::number(object) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qint64 xref = pdf.size() + update.size();
    update += "xref\n";
    for (auto it = offsets.begin(); it != offsets.end();) {
        auto end = it;
        int expected = it->first;
        while (end != offsets.end() && end->first == expected) {
            ++end;
            ++expected;
        }
        update += QByteArray::number(it->first) + ' ' + QByteArray::number(expected - it->first) + '\n';
        for (; it != end; ++it) {
            update += QByteArray::number(it->second).rightJustified(10, '0') + " 00000 n \n";
        }
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + ref(root) + '\n';
    if (info > 0) {
        update += "/Info " + ref(info) + '\n';
    }
    const QByteArray id = arrayOf(trailer, "ID");
    if (!id.isEmpty()) {
        update += "/ID [" + id + "]\n";
    }
    update += "/Prev " + QByteArray::number(objects.xrefOffset()) + "\n>>\nstartxref\n" + QByteArray::number(xref) +
              "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace sig2rtm
