// SPDX-License-Identifier: MIT
#include "jsonsource.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <QCoreApplication>

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

int maxNesting(const QByteArray& text)
{
    int depth = 0;
    int deepest = 0;
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
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

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
    if (maxNesting(source.m_text) > kMaxDepth) {
        if (error) {
            *error = {fileName,
                      1,
                      1,
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
    return source;
}

JsonSource::Position JsonSource::locate(const QString& pointer, bool atKey) const
{
    Cursor cur(m_text);
    cur.skipSpace();
    qsizetype found = cur.pos;
    const QStringList tokens = pointerTokens(pointer);
    for (qsizetype ti = 0; ti < tokens.size(); ++ti) {
        const QString& token = tokens.at(ti);
        const bool last = ti + 1 == tokens.size();
        cur.skipSpace();
        const char open = cur.peek();
        bool matched = false;
        if (open == '{') {
            ++cur.pos;
            while (!cur.atEnd()) {
                cur.skipSpace();
                if (cur.peek() != '"') {
                    break;
                }
                const qsizetype keyPos = cur.pos;
                const QString key = cur.readString();
                cur.skipSpace();
                ++cur.pos; // ':'
                cur.skipSpace();
                if (key == token) {
                    found = (last && atKey) ? keyPos : cur.pos;
                    matched = true;
                    break;
                }
                cur.skipValue();
                cur.skipSpace();
                if (cur.peek() != ',') {
                    break;
                }
                ++cur.pos;
            }
        } else if (open == '[') {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            if (ok) {
                ++cur.pos;
                for (qsizetype i = 0; i < index && !cur.atEnd(); ++i) {
                    cur.skipValue();
                    cur.skipSpace();
                    if (cur.peek() != ',') {
                        break;
                    }
                    ++cur.pos;
                }
                cur.skipSpace();
                if (cur.peek() != ']' && !cur.atEnd()) {
                    found = cur.pos;
                    matched = true;
                }
            }
        }
        if (!matched) {
            break;
        }
    }
    return positionOfOffset(m_text, found);
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
