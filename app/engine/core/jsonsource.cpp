// SPDX-License-Identifier: MIT
#include "jsonsource.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <QCoreApplication>
#include <QHash>
#include <unordered_map>
#include <unordered_set>

namespace sig2rtm {

namespace {

// nlohmann parses iteratively but dumps and compares recursively: refuse absurd nesting up front.
constexpr int kMaxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Cursor
{
public:
    explicit Cursor(const QByteArray& text) : m_text(text) {}

    qsizetype pos = 0;

    bool atEnd() const { return pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(pos); }

    void skipSpace()
    {
        while (!atEnd() && isSpace(m_text.at(pos))) {
            ++pos;
        }
    }

    // Reads a JSON string at pos (which must be '"') and returns its decoded value.
    QString readString()
    {
        QByteArray raw;
        ++pos;
        while (!atEnd() && m_text.at(pos) != '"') {
            if (m_text.at(pos) == '\\' && pos + 1 < m_text.size()) {
                ++pos;
                const char e = m_text.at(pos);
                switch (e) {
                case 'n':
                    raw += '\n';
                    break;
                case 't':
                    raw += '\t';
                    break;
                case 'r':
                    raw += '\r';
                    break;
                case 'b':
                    raw += '\b';
                    break;
                case 'f':
                    raw += '\f';
                    break;
                case 'u':
                    if (pos + 4 < m_text.size()) {
                        const char16_t unit = static_cast<char16_t>(m_text.mid(pos + 1, 4).toUShort(nullptr, 16));
                        raw += QString(QChar(unit)).toUtf8();
                        pos += 4;
                    }
                    break;
                default:
                    raw += e;
                    break;
                }
            } else {
                raw += m_text.at(pos);
            }
            ++pos;
        }
        ++pos; // closing quote
        return QString::fromUtf8(raw);
    }

    // Skips one complete value starting at pos.
    void skipValue()
    {
        skipSpace();
        const char first = peek();
        if (first == '"') {
            readString();
            return;
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            while (!atEnd()) {
                const char c = m_text.at(pos);
                if (c == '"') {
                    readString();
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    ++pos;
                    return;
                }
                ++pos;
            }
            return;
        }
        while (!atEnd()) {
            const char c = m_text.at(pos);
            if (c == ',' || c == '}' || c == ']' || isSpace(c)) {
                return;
            }
            ++pos;
        }
    }

private:
    const QByteArray& m_text;
};

QStringList pointerTokens(const QString& pointer)
{
    QStringList tokens = pointer.split(u'/');
    if (!tokens.isEmpty()) {
        tokens.removeFirst(); // "" before the leading slash
    }
    for (auto& t : tokens) {
        t.replace(QStringLiteral("~1"), QStringLiteral("/"));
        t.replace(QStringLiteral("~0"), QStringLiteral("~"));
    }
    return tokens;
}

/// Offset of the bracket that opens level kMaxDepth + 1 outside strings, or -1 when the text is not that deep.
qsizetype tooDeepAt(const QByteArray& text)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth) {
                return i;
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return -1;
}

/// Finds the first key repeated within one object (nlohmann would keep the last silently), as a SAX pass over text
/// already known to parse: linear, unlike nlohmann's callback parser, which rescans an array at each element's end.
/// Keeps the path to where it is, so that the repeat can be named by its JSON pointer.
class DuplicateKeyFinder
{
public:
    using json = nlohmann::json;

    bool null() { return advance(); }
    bool boolean(bool) { return advance(); }
    bool number_integer(json::number_integer_t) { return advance(); }
    bool number_unsigned(json::number_unsigned_t) { return advance(); }
    bool number_float(json::number_float_t, const json::string_t&) { return advance(); }
    bool string(json::string_t&) { return advance(); }
    bool binary(json::binary_t&) { return advance(); }
    bool start_object(std::size_t)
    {
        m_frames.push_back({true, {}, {}, 0});
        return true;
    }
    bool key(json::string_t& name)
    {
        Frame& top = m_frames.back();
        top.key = name;
        if (!top.keys.insert(name).second) {
            found = true;
            parentPointer = pointerOfParents();
            repeatedKey = QString::fromStdString(name);
            return false; // the first repeat is enough
        }
        return true;
    }
    bool end_object()
    {
        m_frames.pop_back();
        return advance();
    }
    bool start_array(std::size_t)
    {
        m_frames.push_back({false, {}, {}, 0});
        return true;
    }
    bool end_array()
    {
        m_frames.pop_back();
        return advance();
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

    bool found = false;
    QString parentPointer; ///< the object holding the repeated key
    QString repeatedKey;

private:
    struct Frame
    {
        bool object;
        std::unordered_set<std::string> keys;
        std::string key; ///< an object's current member
        qsizetype index; ///< an array's current element
    };

    bool advance()
    {
        if (!m_frames.empty() && !m_frames.back().object) {
            ++m_frames.back().index;
        }
        return true;
    }

    QString pointerOfParents() const
    {
        QString pointer;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
            const Frame& f = m_frames[i];
            pointer = f.object ? jsonPointerAppend(pointer, QString::fromStdString(f.key))
                               : jsonPointerAppend(pointer, f.index);
        }
        return pointer;
    }

    std::vector<Frame> m_frames;
};

/// Offset of the first number outside strings that does not fit a double, or 0.
qsizetype overflowingNumber(const QByteArray& text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && !std::isdigit(static_cast<unsigned char>(c))) {
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text.at(end))) ||
                                     QByteArrayView("+-.eE").contains(text.at(end)))) {
            ++end;
        }
        const std::string number = text.mid(i, end - i).toStdString();
        if (!std::isfinite(std::strtod(number.c_str(), nullptr))) {
            return i;
        }
        i = end - 1;
    }
    return 0;
}

} // namespace

JsonSource::Position JsonSource::positionOfOffset(const QByteArray& text, qsizetype offset)
{
    Position p{1, 1};
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++p.column;
        }
    }
    return p;
}

std::optional<JsonSource> JsonSource::parse(const QByteArray& text, const QString& fileName, Diagnostic* error)
{
    JsonSource source;
    source.m_text = text;
    source.m_fileName = fileName;
    if (text.startsWith("\xEF\xBB\xBF")) {
        source.m_text.remove(0, 3);
    }
    if (const qsizetype deep = tooDeepAt(source.m_text); deep >= 0) {
        if (error) {
            const auto pos = positionOfOffset(source.m_text, deep);
            *error = {fileName,
                      pos.line,
                      pos.column,
                      {},
                      QCoreApplication::translate("sig2rtm", "JSON is nested more than %1 levels deep").arg(kMaxDepth)};
        }
        return std::nullopt;
    }
    try {
        source.m_root = nlohmann::json::parse(source.m_text.constBegin(), source.m_text.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        if (error) {
            // e.byte is 1-based and points just past the last character read: for a whole unexpected
            // token (a string or a word) point at its start, where a reader looks for the mistake.
            qsizetype at = std::clamp<qsizetype>(static_cast<qsizetype>(e.byte) - 1, 0, source.m_text.size());
            const QByteArray& t = source.m_text;
            if (at < t.size() && at > 0 && t.at(at) == '"') {
                qsizetype open = at - 1;
                while (open > 0 && !(t.at(open) == '"' && t.at(open - 1) != '\\') && t.at(open) != '\n') {
                    --open;
                }
                if (t.at(open) == '"') {
                    at = open;
                }
            } else if (at < t.size() && std::isalnum(static_cast<unsigned char>(t.at(at)))) {
                while (at > 0 && std::isalnum(static_cast<unsigned char>(t.at(at - 1)))) {
                    --at;
                }
            }
            const auto pos = positionOfOffset(source.m_text, at);
            QString what = QString::fromUtf8(e.what());
            const auto cut = what.indexOf(QStringLiteral(": syntax error"));
            if (cut >= 0) {
                what = what.mid(cut + 2);
            }
            *error = {fileName,
                      pos.line,
                      pos.column,
                      {},
                      QCoreApplication::translate("sig2rtm", "invalid JSON: %1").arg(what)};
        }
        return std::nullopt;
    } catch (const nlohmann::json::exception&) {
        // The one other error parsing raises: a number too large for a double (1e999), which JSON allows.
        if (error) {
            const auto pos = positionOfOffset(source.m_text, overflowingNumber(source.m_text));
            *error = {fileName,
                      pos.line,
                      pos.column,
                      {},
                      QCoreApplication::translate("sig2rtm", "invalid JSON: a number too large to read")};
        }
        return std::nullopt;
    }
    DuplicateKeyFinder duplicates;
    nlohmann::json::sax_parse(source.m_text.constBegin(), source.m_text.constEnd(), &duplicates);
    if (duplicates.found) {
        // JSON leaves repeated keys undefined and the parser keeps the last: say so rather than pick one.
        if (error) {
            const auto [first, repeat] = source.keyOffsets(duplicates.parentPointer, duplicates.repeatedKey);
            const auto firstPos = source.position(first);
            const auto pos = source.position(repeat);
            *error = {fileName, pos.line, pos.column,
                      jsonPointerAppend(duplicates.parentPointer, duplicates.repeatedKey),
                      QCoreApplication::translate("sig2rtm", "the key \"%1\" appears twice in one object (first at "
                                                             "line %2, column %3)")
                          .arg(duplicates.repeatedKey)
                          .arg(firstPos.line)
                          .arg(firstPos.column)};
        }
        return std::nullopt;
    }
    return source;
}

struct JsonSource::Index
{
    /// The members of one object or array: for an object each key's offset and its value's, for an array each
    /// element's offset.
    struct Container
    {
        QHash<QString, std::pair<qsizetype, qsizetype>> members;
        QHash<QString, qsizetype> repeats; ///< the offset of a key's second occurrence
        std::vector<qsizetype> elements;
    };
    std::unordered_map<qsizetype, Container> containers; ///< by the offset of their '{' or '['
    std::vector<qsizetype> lineStarts;
    std::vector<qsizetype> charsBeforeBlock; ///< characters (not UTF-8 continuation bytes) before each block
    static constexpr qsizetype kBlock = 4096;
};

JsonSource::Index& JsonSource::index() const
{
    if (!m_index) {
        auto index = std::make_shared<Index>();
        index->lineStarts.push_back(0);
        qsizetype chars = 0;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (i % Index::kBlock == 0) {
                index->charsBeforeBlock.push_back(chars);
            }
            const auto c = static_cast<unsigned char>(m_text.at(i));
            if ((c & 0xC0) != 0x80) {
                ++chars;
            }
            if (c == '\n') {
                index->lineStarts.push_back(i + 1);
            }
        }
        index->charsBeforeBlock.push_back(chars);
        m_index = std::move(index);
    }
    return *m_index;
}

JsonSource::Position JsonSource::position(qsizetype offset) const
{
    const Index& idx = index();
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto line = std::upper_bound(idx.lineStarts.begin(), idx.lineStarts.end(), offset) - 1;
    const auto charsBefore = [&](qsizetype at) {
        const qsizetype block = at / Index::kBlock;
        qsizetype chars = idx.charsBeforeBlock[static_cast<std::size_t>(block)];
        for (qsizetype i = block * Index::kBlock; i < at; ++i) {
            if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80) {
                ++chars;
            }
        }
        return chars;
    };
    return {static_cast<int>(line - idx.lineStarts.begin()) + 1,
            static_cast<int>(charsBefore(offset) - charsBefore(*line)) + 1};
}

QByteArray JsonSource::lineText(int line) const
{
    const Index& idx = index();
    if (line < 1 || line > static_cast<int>(idx.lineStarts.size())) {
        return {};
    }
    const qsizetype start = idx.lineStarts[static_cast<std::size_t>(line - 1)];
    const qsizetype end = line < static_cast<int>(idx.lineStarts.size())
                              ? idx.lineStarts[static_cast<std::size_t>(line)] - 1
                              : m_text.size();
    return m_text.mid(start, end - start);
}

JsonSource::Position JsonSource::locate(const QString& pointer, bool atKey) const
{
    return position(locateOffset(pointer, atKey));
}

std::pair<qsizetype, qsizetype> JsonSource::keyOffsets(const QString& objectPointer, const QString& key) const
{
    const qsizetype first = locateOffset(jsonPointerAppend(objectPointer, key), true);
    Cursor cur(m_text);
    cur.pos = locateOffset(objectPointer, false);
    cur.skipSpace();
    const auto container = index().containers.find(cur.pos);
    if (container == index().containers.end()) {
        return {first, first};
    }
    return {first, container->second.repeats.value(key, first)};
}

qsizetype JsonSource::locateOffset(const QString& pointer, bool atKey) const
{
    Index& idx = index();
    Cursor cur(m_text);
    cur.skipSpace();
    qsizetype found = cur.pos;
    const QStringList tokens = pointerTokens(pointer);
    for (qsizetype ti = 0; ti < tokens.size(); ++ti) {
        const QString& token = tokens.at(ti);
        const bool last = ti + 1 == tokens.size();
        cur.skipSpace();
        const qsizetype at = cur.pos;
        const char open = cur.peek();
        if (open != '{' && open != '[') {
            break;
        }
        auto known = idx.containers.find(at);
        if (known == idx.containers.end()) {
            // First visit: read the container's members once, skipping their values.
            Index::Container container;
            ++cur.pos;
            while (!cur.atEnd()) {
                cur.skipSpace();
                if (open == '{') {
                    if (cur.peek() != '"') {
                        break;
                    }
                    const qsizetype keyPos = cur.pos;
                    const QString key = cur.readString();
                    cur.skipSpace();
                    ++cur.pos; // ':'
                    cur.skipSpace();
                    // A repeated key: the first one is where a reader looks.
                    if (!container.members.contains(key)) {
                        container.members.insert(key, {keyPos, cur.pos});
                    } else if (!container.repeats.contains(key)) {
                        container.repeats.insert(key, keyPos);
                    }
                } else {
                    if (cur.peek() == ']') {
                        break;
                    }
                    container.elements.push_back(cur.pos);
                }
                cur.skipValue();
                cur.skipSpace();
                if (cur.peek() != ',') {
                    break;
                }
                ++cur.pos;
            }
            known = idx.containers.emplace(at, std::move(container)).first;
        }
        const Index::Container& container = known->second;
        qsizetype next = -1;
        if (open == '{') {
            if (const auto member = container.members.constFind(token); member != container.members.cend()) {
                found = (last && atKey) ? member->first : member->second;
                next = member->second;
            }
        } else {
            bool ok = false;
            const qsizetype i = token.toLongLong(&ok);
            if (ok && i >= 0 && i < static_cast<qsizetype>(container.elements.size())) {
                found = next = container.elements[static_cast<std::size_t>(i)];
            }
        }
        if (next < 0) {
            break;
        }
        cur.pos = next;
    }
    return found;
}

Diagnostic JsonSource::error(const QString& pointer, const QString& message, bool atKey) const
{
    const auto pos = locate(pointer, atKey);
    return {m_fileName, pos.line, pos.column, pointer.isEmpty() ? QStringLiteral("/") : pointer, message};
}

QString jsonPointerAppend(const QString& pointer, const QString& token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QString jsonPointerAppend(const QString& pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QString jsonTypeName(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return QStringLiteral("null");
    case nlohmann::json::value_t::object:
        return QStringLiteral("object");
    case nlohmann::json::value_t::array:
        return QStringLiteral("array");
    case nlohmann::json::value_t::string:
        return QStringLiteral("string");
    case nlohmann::json::value_t::boolean:
        return QStringLiteral("boolean");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return QStringLiteral("integer");
    case nlohmann::json::value_t::number_float:
        return QStringLiteral("number");
    default:
        return QStringLiteral("value");
    }
}

} // namespace sig2rtm
