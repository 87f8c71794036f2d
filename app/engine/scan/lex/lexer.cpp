// SPDX-License-Identifier: MIT
#include "lexer.h"

#include "lexerbase.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <QChar>
#include <string_view>
#include <vector>

namespace sig2rtm {

namespace {

using namespace lex;

// ---------------------------------------------------------------------------------------------------------------
// Dispatch: one family per language.

// Lexes [start.offset, end) of text.
void lexRange(const Ch* text, int end, Position start, Language language, std::vector<Token>& out,
              std::vector<Span>* spans = nullptr)
{
    switch (language) {
    case Language::JavaScript:
    case Language::TypeScript:
        lexJavaScript(text, end, start, out, spans, language == Language::TypeScript);
        break;
    case Language::Java:
    case Language::Kotlin:
    case Language::ObjC:
    case Language::Cpp:
    case Language::Gradle:
    case Language::Json:
    case Language::PbxProj:
        lexCFamily(text, end, start, out, spans, language);
        break;
    case Language::Swift:
        lexSwift(text, end, start, out, spans);
        break;
    case Language::Python:
        lexPython(text, end, start, out, spans);
        break;
    case Language::CMake:
    case Language::Make:
    case Language::Ruby:
    case Language::PipRequirements:
    case Language::Text:
        lexHashComment(text, end, start, out, spans, language);
        break;
    case Language::Xml:
    case Language::Html:
        lexMarkup(text, end, start, out, spans, language == Language::Html);
        break;
    case Language::Unknown:
        break;
    }
}

// Offsets are int: a text beyond 2^31 code units is lexed up to that limit only.
int clampedSize(QStringView text)
{
    return static_cast<int>(std::min<qsizetype>(text.size(), std::numeric_limits<int>::max() - 8));
}

// ---------------------------------------------------------------------------------------------------------------
// String values.

void appendCodePoint(QString& out, char32_t cp)
{
    if (cp < 0x10000) {
        out.append(QChar(static_cast<char16_t>(cp)));
    } else {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    }
}

// Reads 'count' hex digits at i (count < 0: 1 to 8 digits up to a '}'); returns the value or nothing.
std::optional<char32_t> readHex(const Ch* s, int n, int i, int count)
{
    char32_t value = 0;
    int digits = 0;
    for (int p = i; p < n && (count < 0 ? digits < 8 : digits < count); ++p, ++digits) {
        const int v = hexValue(s[p]);
        if (v < 0) {
            break;
        }
        value = value * 16 + static_cast<char32_t>(v);
    }
    if ((count >= 0 && digits != count) || (count < 0 && digits == 0) || value > 0x10ffff) {
        return std::nullopt;
    }
    return value;
}

// Resolves the escape whose backslash is at i and whose letter is at j (Swift puts '#' in between).
// Returns the index after the escape. Unknown escapes are kept as written.
int appendEscape(const Ch* s, int n, int i, int j, QString& out)
{
    if (j >= n) {
        out.append(QStringView(s + i, n - i));
        return n;
    }
    const Ch c = s[j];
    auto verbatim = [&](int end) {
        out.append(QStringView(s + i, end - i));
        return end;
    };
    switch (c) {
    case u'n':
        out.append(u'\n');
        return j + 1;
    case u't':
        out.append(u'\t');
        return j + 1;
    case u'r':
        out.append(u'\r');
        return j + 1;
    case u'b':
        out.append(u'\b');
        return j + 1;
    case u'f':
        out.append(u'\f');
        return j + 1;
    case u'v':
        out.append(u'\v');
        return j + 1;
    case u'a':
        out.append(u'\a');
        return j + 1;
    case u'e':
        out.append(QChar(0x1b));
        return j + 1;
    case u'\\':
    case u'\'':
    case u'"':
    case u'`':
    case u'/':
    case u'?':
    case u'$':
        out.append(QChar(c));
        return j + 1;
    case u'\r': // line continuation
        return j + 1 < n && s[j + 1] == u'\n' ? j + 2 : j + 1;
    case u'\n':
        return j + 1;
    case u'x': {
        const auto value = readHex(s, n, j + 1, 2);
        if (!value) {
            return verbatim(j + 1);
        }
        appendCodePoint(out, *value);
        return j + 3;
    }
    case u'u':
    case u'U': {
        if (c == u'u' && j + 1 < n && s[j + 1] == u'{') {
            const auto value = readHex(s, n, j + 2, -1);
            int close = j + 2;
            while (close < n && hexValue(s[close]) >= 0) {
                ++close;
            }
            if (!value || close - (j + 2) > 8 || close >= n || s[close] != u'}') {
                return verbatim(j + 1);
            }
            appendCodePoint(out, *value);
            return close + 1;
        }
        const int count = c == u'u' ? 4 : 8;
        const auto value = readHex(s, n, j + 1, count);
        if (!value) {
            return verbatim(j + 1);
        }
        appendCodePoint(out, *value);
        return j + 1 + count;
    }
    default:
        break;
    }
    if (c >= u'0' && c <= u'7') {
        char32_t value = 0;
        int p = j;
        while (p < n && p < j + 3 && s[p] >= u'0' && s[p] <= u'7') {
            value = value * 8 + static_cast<char32_t>(s[p] - u'0');
            ++p;
        }
        appendCodePoint(out, value);
        return p;
    }
    return verbatim(j + 1);
}

struct Delimiter
{
    Ch quote;
    int quotes;
    int hashes;
    bool raw; // Python r"...": backslashes stay, but still keep the quote after them from closing
};

bool closesAt(const Ch* s, int n, int i, const Delimiter& d)
{
    if (n - i < d.quotes + d.hashes) {
        return false;
    }
    for (int k = 0; k < d.quotes; ++k) {
        if (s[i + k] != d.quote) {
            return false;
        }
    }
    for (int k = 0; k < d.hashes; ++k) {
        if (s[i + d.quotes + k] != u'#') {
            return false;
        }
    }
    return true;
}

bool hashesFollow(const Ch* s, int n, int i, int count)
{
    if (n - i < count) {
        return false;
    }
    return std::all_of(s + i, s + i + count, [](Ch c) { return c == u'#'; });
}

// The content from 'begin' up to the closing delimiter (or the end of an unterminated token), escapes resolved,
// interpolations ('spans', relative to s) copied verbatim.
QString unescape(const Ch* s, int n, int begin, const Delimiter& d, const std::vector<Span>& spans)
{
    QString out;
    out.reserve(n - begin);
    std::size_t span = 0;
    int i = begin;
    while (i < n) {
        while (span < spans.size() && spans[span].begin < i) {
            ++span;
        }
        if (span < spans.size() && spans[span].begin == i) {
            const int end = std::clamp(spans[span].end, i + 1, n);
            out.append(QStringView(s + i, end - i));
            i = end;
            continue;
        }
        const Ch c = s[i];
        if (c == d.quote && closesAt(s, n, i, d)) {
            break;
        }
        if (c == u'\\' && hashesFollow(s, n, i + 1, d.hashes)) {
            const int j = i + 1 + d.hashes;
            if (d.raw) {
                const int end = std::min(n, j + 1);
                out.append(QStringView(s + i, end - i));
                i = end;
            } else {
                i = appendEscape(s, n, i, j, out);
            }
            continue;
        }
        out.append(QChar(c));
        ++i;
    }
    return out;
}

// CMake [==[ ... ]==]: verbatim, without a line break right after the opening bracket.
QString bracketValue(const Ch* s, int n)
{
    int level = 0;
    while (level + 1 < n && s[level + 1] == u'=') {
        ++level;
    }
    if (level + 1 >= n || s[level + 1] != u'[') {
        return QStringView(s, n).toString();
    }
    int begin = level + 2;
    if (begin < n && s[begin] == u'\r') {
        ++begin;
    }
    if (begin < n && s[begin] == u'\n') {
        ++begin;
    }
    int end = n;
    if (n - begin >= level + 2 && s[n - 1] == u']' && s[n - level - 2] == u']' &&
        std::all_of(s + n - level - 1, s + n - 1, [](Ch c) { return c == u'='; })) {
        end = n - level - 2;
    }
    return QStringView(s + begin, std::max(0, end - begin)).toString();
}

// C++ R"delim(...)delim" with the quote at q: verbatim content, or nothing if the token is not of that form.
std::optional<QString> cppRawValue(const Ch* s, int n, int q)
{
    int paren = q + 1;
    while (paren < n && paren - q - 1 < 16 && isRawDelimiterChar(s[paren])) {
        ++paren;
    }
    if (paren >= n || s[paren] != u'(') {
        return std::nullopt;
    }
    const int length = paren - q - 1;
    const int begin = paren + 1;
    int end = n;
    const int close = n - length - 2;
    if (close >= begin && s[close] == u')' && s[n - 1] == u'"' && std::equal(s + q + 1, s + paren, s + close + 1)) {
        end = close;
    }
    return QStringView(s + begin, end - begin).toString();
}

bool contains(const Ch* s, int n, int from, std::u16string_view what)
{
    return std::u16string_view(s + from, static_cast<std::size_t>(n - from)).find(what) != std::u16string_view::npos;
}

// "\(" in a Swift string, "\#(" in #"..."#, and so on.
bool hasSwiftInterpolation(const Ch* s, int n, int from, int hashes)
{
    for (int i = from; i + hashes + 1 < n; ++i) {
        if (s[i] == u'\\' && hashesFollow(s, n, i + 1, hashes) && s[i + 1 + hashes] == u'(') {
            return true;
        }
    }
    return false;
}

} // namespace

std::vector<Token> tokenize(QStringView text, Language language)
{
    std::vector<Token> tokens;
    const int size = clampedSize(text);
    if (size == 0 || language == Language::Unknown) {
        return tokens;
    }
    // Code, tag-heavy markup and prose alike average a token every five to ten characters. Growing the vector
    // later copies every token and faults in fresh pages, while capacity that is never written costs only
    // address space.
    tokens.reserve(static_cast<std::size_t>(size / 5) + 16);
    lexRange(text.utf16(), size, Position{}, language, tokens);
    return tokens;
}

QString tokenValue(QStringView text, const Token& token)
{
    if (token.begin < 0 || token.end < token.begin || token.end > text.size()) {
        return {};
    }
    const QStringView view = tokenText(text, token);
    if ((token.kind != TokenKind::String && token.kind != TokenKind::Template) || view.isEmpty()) {
        return view.toString();
    }
    const Ch* s = view.utf16();
    const int n = static_cast<int>(view.size());
    if (s[0] == u'[') {
        return bracketValue(s, n);
    }

    // [@] [prefix letters] [#...] quote(s): @"..", u8"..", R"x(..)x", rb'..', f"""..""", #"..."#, `..`
    int p = s[0] == u'@' ? 1 : 0;
    const int prefixBegin = p;
    while (p < n && isAsciiAlnum(s[p])) {
        ++p;
    }
    const std::u16string_view prefix(s + prefixBegin, static_cast<std::size_t>(p - prefixBegin));
    int hashes = 0;
    while (p < n && s[p] == u'#') {
        ++hashes;
        ++p;
    }
    if (p >= n || !isQuote(s[p])) {
        return view.toString(); // unquoted markup attribute value
    }
    const Ch quote = s[p];
    const int quotes = p + 2 < n && s[p + 1] == quote && s[p + 2] == quote ? 3 : 1;
    const bool raw = prefix.find_first_of(u"rR") != std::u16string_view::npos;
    if (raw && quote == u'"' && quotes == 1 && hashes == 0 && prefix.back() == u'R') {
        if (auto value = cppRawValue(s, n, p)) {
            return *value;
        }
    }

    // Interpolations may hold quotes of their own ("${f("x")}"); the lexer of the language that has this kind of
    // literal finds where each one ends.
    const int contentBegin = p + quotes;
    Language relex = Language::Unknown;
    if (quote == u'`') {
        relex = contains(s, n, contentBegin, u"${") ? Language::JavaScript : Language::Unknown;
    } else if (prefix.empty() && quote == u'"') {
        if (hasSwiftInterpolation(s, n, contentBegin, hashes)) {
            relex = Language::Swift;
        } else if (hashes == 0 && contains(s, n, contentBegin, u"#{")) {
            relex = Language::Ruby;
        } else if (hashes == 0 && contains(s, n, contentBegin, u"${")) {
            relex = Language::Kotlin;
        }
    }
    std::vector<Span> spans;
    if (relex != Language::Unknown) {
        std::vector<Token> scratch;
        lexRange(text.utf16(), token.end, Position{token.begin, 1, token.begin}, relex, scratch, &spans);
        for (Span& span : spans) {
            span.begin -= token.begin;
            span.end -= token.begin;
        }
    }
    return unescape(s, n, contentBegin, Delimiter{quote, quotes, hashes, raw}, spans);
}

} // namespace sig2rtm
