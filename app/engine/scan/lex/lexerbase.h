// SPDX-License-Identifier: MIT
#pragma once

// Shared by the language families in this folder and by nothing else: character classes, keyword sets, the
// cursor every lexer moves, and the machinery for strings with embedded code. Header-only so that the hot
// loops of each family inline these helpers as they did when all families lived in one file.

#include "lexer.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <QChar>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace sig2rtm::lex {

using Ch = char16_t;
using Words = std::span<const std::u16string_view>;

// ---------------------------------------------------------------------------------------------------------------
// Character classes. ASCII is decided inline; QChar is consulted only for non-ASCII code units, which keeps the
// hot loops free of table look-ups for ordinary source code.

constexpr bool isNewline(Ch c)
{
    return c == u'\n' || c == u'\r';
}

constexpr bool isDigit(Ch c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiLetter(Ch c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isAsciiAlnum(Ch c)
{
    return isAsciiLetter(c) || isDigit(c);
}

constexpr bool isQuote(Ch c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

constexpr Ch asciiLower(Ch c)
{
    return (c >= u'A' && c <= u'Z') ? static_cast<Ch>(c + (u'a' - u'A')) : c;
}

constexpr int hexValue(Ch c)
{
    if (isDigit(c)) {
        return c - u'0';
    }
    const Ch lower = asciiLower(c);
    return (lower >= u'a' && lower <= u'f') ? lower - u'a' + 10 : -1;
}

// Horizontal white space; control characters count as blanks so that binary junk cannot stall a lexer.
inline bool isBlank(Ch c)
{
    if (c < 0x80) {
        return c == u' ' || c == u'\t' || c == 0x7f || (c < 0x20 && !isNewline(c));
    }
    return c == 0xfeff || QChar::isSpace(static_cast<char32_t>(c));
}

// C++ raw-string delimiters: printable ASCII except space, parentheses and backslash ([lex.string]).
constexpr bool isRawDelimiterChar(Ch c)
{
    return c > u' ' && c < 0x7f && c != u'(' && c != u')' && c != u'\\';
}

inline bool equalsIgnoreCase(const Ch* text, int length, std::u16string_view lower)
{
    if (static_cast<std::size_t>(length) != lower.size()) {
        return false;
    }
    for (int i = 0; i < length; ++i) {
        if (asciiLower(text[i]) != lower[static_cast<std::size_t>(i)]) {
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Keywords: sorted views with a first-character filter, so that most identifiers are rejected without a search.

class KeywordSet
{
public:
    KeywordSet(std::initializer_list<Words> lists)
    {
        for (const Words words : lists) {
            m_words.insert(m_words.end(), words.begin(), words.end());
        }
        std::sort(m_words.begin(), m_words.end());
        for (const std::u16string_view word : m_words) {
            m_firstChars[word.front() & 0x7f] = true;
            m_minLength = std::min(m_minLength, static_cast<int>(word.size()));
            m_maxLength = std::max(m_maxLength, static_cast<int>(word.size()));
        }
    }

    bool contains(const Ch* text, int length) const
    {
        if (length < m_minLength || length > m_maxLength || text[0] >= 0x80 || !m_firstChars[text[0]]) {
            return false;
        }
        return std::binary_search(m_words.begin(), m_words.end(),
                                  std::u16string_view(text, static_cast<std::size_t>(length)));
    }

private:
    std::vector<std::u16string_view> m_words;
    std::array<bool, 128> m_firstChars{};
    int m_minLength = std::numeric_limits<int>::max();
    int m_maxLength = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// Shared scanner state and helpers.

struct Position
{
    int offset = 0;
    int line = 1;
    int lineStart = 0;
};

// Where a token starts.
struct Mark
{
    int begin;
    int line;
    int column;
};

// An interpolation inside a string, "${" to its "}", in absolute offsets (tokenValue keeps these verbatim).
struct Span
{
    int begin;
    int end;
};

enum class Interp : quint8 { None, DollarBrace, HashBrace, BackslashParen };

struct StringKind
{
    Ch quote = u'"';
    int quotes = 1;         // 1, or 3 for """...""" and the like
    bool escapes = true;    // a backslash (followed by 'hashes' '#') escapes the next character
    bool multiLine = false; // may span lines; unterminated, it runs to the end of the text
    Interp interp = Interp::None;
    int hashes = 0; // Swift extended delimiters: #"..."#
};

enum class StringEnd : quint8 { Closed, Interpolation, Unterminated };

// An open interpolation: the string to resume when its closing bracket comes, and the bracket depth inside it.
struct Frame
{
    StringKind kind;
    int depth = 0;
};

// The state every language family shares: the cursor with line bookkeeping, token output, and the machinery for
// strings with embedded code ("${...}", "\(...)", "#{...}"). Such code is lexed by the family's own loop, but
// silently: the whole literal is one token, so nothing is emitted while a frame is open. Nesting is tracked on an
// explicit stack, never by recursion, so adversarial nesting costs memory linear in the input and nothing else.
class LexerBase
{
public:
    LexerBase(const Ch* text, int end, Position start, std::vector<Token>& out)
        : m_s(text), m_begin(start.offset), m_end(end), m_pos(start.offset), m_line(start.line),
          m_lineStart(start.lineStart), m_out(out)
    {
    }

    Position position() const { return {m_pos, m_line, m_lineStart}; }
    void recordInterpolations(std::vector<Span>* spans) { m_spans = spans; }

protected:
    Ch at(int i) const { return i < m_end ? m_s[i] : Ch(0); }
    Ch previous() const { return m_pos > m_begin ? m_s[m_pos - 1] : Ch(0); }
    Mark mark() const { return {m_pos, m_line, m_pos - m_lineStart + 1}; }

    void adopt(Position position)
    {
        m_pos = position.offset;
        m_line = position.line;
        m_lineStart = position.lineStart;
    }

    bool startsWith(std::u16string_view text) const
    {
        if (m_end - m_pos < static_cast<int>(text.size())) {
            return false;
        }
        return std::u16string_view(m_s + m_pos, text.size()) == text;
    }

    void addToken(TokenKind kind, const Mark& m)
    {
        if (m_frames.empty()) {
            m_out.push_back(Token{kind, m.begin, m_pos, m.line, m.column});
        }
        if (kind != TokenKind::Comment) {
            m_lineHasToken = true;
        }
    }

    // \r\n, \n and a lone \r each end one line.
    void consumeNewline()
    {
        if (m_s[m_pos] == u'\r' && at(m_pos + 1) == u'\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }

    // A line break between tokens. It also ends a single-line string whose interpolation never closed, so that
    // one stray "${" cannot swallow the rest of the file.
    void newlineInCode()
    {
        if (m_singleLineFrames > 0) {
            abandonString();
        }
        consumeNewline();
        m_lineHasToken = false;
    }

    void advanceTo(int end)
    {
        while (m_pos < end) {
            if (isNewline(m_s[m_pos])) {
                consumeNewline();
            } else {
                ++m_pos;
            }
        }
    }

    // Length in code units of a non-ASCII letter or digit at i (a surrogate pair counts as one), else 0.
    int letterLength(int i) const
    {
        const Ch c = m_s[i];
        if (QChar::isHighSurrogate(c)) {
            const Ch low = at(i + 1);
            return QChar::isLowSurrogate(low) && QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, low)) ? 2 : 0;
        }
        return QChar::isLetterOrNumber(static_cast<char32_t>(c)) ? 1 : 0;
    }

    int identifierStart(int i, bool dollar) const
    {
        const Ch c = m_s[i];
        if (c < 0x80) {
            return isAsciiLetter(c) || c == u'_' || (dollar && c == u'$') ? 1 : 0;
        }
        return letterLength(i);
    }

    int identifierPart(int i, bool dollar) const
    {
        const Ch c = m_s[i];
        if (c < 0x80) {
            return isAsciiAlnum(c) || c == u'_' || (dollar && c == u'$') ? 1 : 0;
        }
        return letterLength(i);
    }

    void skipIdentifierRest(bool dollar)
    {
        while (m_pos < m_end) {
            const int length = identifierPart(m_pos, dollar);
            if (length == 0) {
                break;
            }
            m_pos += length;
        }
    }

    // A digit, or a '.' before one, unless the '.' continues a ".." range or a "..." spread.
    bool numberStart(Ch c) const { return isDigit(c) || (c == u'.' && isDigit(at(m_pos + 1)) && previous() != u'.'); }

    // Numbers are scanned like C preprocessing numbers: one run of digits, letters and '_' covers 0x1F, 0b101,
    // 0o17, 1_000, 10L, 1.0f and 10n alike; a sign only after an exponent letter, a '.' only before a digit
    // (so "1..10" stays a range), "1." only where the language has such floats.
    void scanNumber(bool quoteSeparators, bool trailingDotFloats)
    {
        bool hex = false;
        if (m_s[m_pos] == u'0' && asciiLower(at(m_pos + 1)) == u'x') {
            hex = true;
            m_pos += 2;
        }
        bool dot = false;
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isAsciiAlnum(c) || c == u'_') {
                ++m_pos;
                const Ch lower = asciiLower(c);
                const bool exponent = hex ? lower == u'p' : lower == u'e';
                if (exponent && (at(m_pos) == u'+' || at(m_pos) == u'-') && isDigit(at(m_pos + 1))) {
                    m_pos += 2;
                }
            } else if (c == u'.' && isDigit(at(m_pos + 1))) {
                m_pos += 2;
                dot = true;
            } else if (c == u'.' && trailingDotFloats && !dot && !hex && at(m_pos + 1) != u'.' &&
                       (m_pos + 1 >= m_end || identifierStart(m_pos + 1, true) == 0)) {
                ++m_pos;
                dot = true;
            } else if (c == u'\'' && quoteSeparators && isAsciiAlnum(at(m_pos + 1))) {
                m_pos += 2;
            } else {
                break;
            }
        }
    }

    void punct(const Mark& m)
    {
        m_pos += QChar::isHighSurrogate(m_s[m_pos]) && QChar::isLowSurrogate(at(m_pos + 1)) ? 2 : 1;
        addToken(TokenKind::Punct, m);
    }

    void skipToEndOfLine()
    {
        while (m_pos < m_end && !isNewline(m_s[m_pos])) {
            ++m_pos;
        }
    }

    void lineComment(const Mark& m)
    {
        skipToEndOfLine();
        addToken(TokenKind::Comment, m);
    }

    // "/* ... */"; Kotlin and Swift nest them. Unterminated, it ends at the end of the text.
    void blockComment(const Mark& m, bool nested)
    {
        m_pos += 2;
        int depth = 1;
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (c == u'*' && at(m_pos + 1) == u'/') {
                m_pos += 2;
                if (--depth == 0) {
                    break;
                }
            } else if (nested && c == u'/' && at(m_pos + 1) == u'*') {
                m_pos += 2;
                ++depth;
            } else if (isNewline(c)) {
                consumeNewline();
            } else {
                ++m_pos;
            }
        }
        addToken(TokenKind::Comment, m);
    }

    // Advances past the next occurrence of 'text', or to the end.
    void skipPast(std::u16string_view text)
    {
        while (m_pos < m_end) {
            if (m_s[m_pos] == text.front() && startsWith(text)) {
                m_pos += static_cast<int>(text.size());
                return;
            }
            if (isNewline(m_s[m_pos])) {
                consumeNewline();
            } else {
                ++m_pos;
            }
        }
    }

    bool hashesAt(int i, int count) const
    {
        if (m_end - i < count) {
            return false;
        }
        for (int k = 0; k < count; ++k) {
            if (m_s[i + k] != u'#') {
                return false;
            }
        }
        return true;
    }

    // Starts a string literal; m_pos is just past its opening delimiter.
    StringEnd beginString(const Mark& m, const StringKind& kind, bool isTemplate = false)
    {
        if (m_frames.empty()) {
            m_outer = m;
            m_outerIsTemplate = isTemplate;
            m_outerInterpolated = false;
        }
        return continueString(kind);
    }

    // Handles '{' / '}' (or '(' / ')' in Swift) while an interpolation is open. Returns true when the character
    // closed it: the character is consumed, the string resumed, and m_resumed says how the string went on.
    bool interpolationBracket(Ch c)
    {
        if (m_frames.empty()) {
            return false;
        }
        Frame& top = m_frames.back();
        const bool parens = top.kind.interp == Interp::BackslashParen;
        if (c == (parens ? u'(' : u'{')) {
            ++top.depth;
            return false;
        }
        if (c != (parens ? u')' : u'}')) {
            return false;
        }
        if (top.depth > 0) {
            --top.depth;
            return false;
        }
        ++m_pos;
        const StringKind kind = top.kind;
        m_frames.pop_back();
        if (!kind.multiLine) {
            --m_singleLineFrames;
        }
        if (m_frames.empty() && m_spans != nullptr && !m_spans->empty()) {
            m_spans->back().end = m_pos;
        }
        m_resumed = continueString(kind);
        return true;
    }

    // At the end of the range: a literal still open (unterminated template, interpolation) ends here.
    void finishPending()
    {
        if (!m_frames.empty()) {
            abandonString();
        }
    }

    const Ch* m_s;
    int m_begin;
    int m_end;
    int m_pos;
    int m_line;
    int m_lineStart;
    std::vector<Token>& m_out;
    bool m_lineHasToken = false; // a non-comment token since the last line break (preprocessor, "-->")
    StringEnd m_resumed = StringEnd::Closed;

private:
    StringEnd continueString(const StringKind& kind)
    {
        const StringEnd end = scanStringBody(kind);
        if (end == StringEnd::Interpolation) {
            if (m_frames.empty()) {
                m_outerInterpolated = true;
                if (m_spans != nullptr) {
                    m_spans->push_back({m_interpolationBegin, -1});
                }
            }
            m_frames.push_back(Frame{kind, 0});
            if (!kind.multiLine) {
                ++m_singleLineFrames;
            }
        } else if (m_frames.empty()) {
            addOuterToken();
        }
        // A nested string that ends (or breaks off at a line end) hands back to the code of its interpolation.
        return end;
    }

    StringEnd scanStringBody(const StringKind& kind)
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (c == kind.quote) {
                if (closesString(kind)) {
                    m_pos += kind.quotes + kind.hashes;
                    return StringEnd::Closed;
                }
                ++m_pos;
            } else if (isNewline(c)) {
                if (!kind.multiLine) {
                    return StringEnd::Unterminated;
                }
                consumeNewline();
            } else if (c == u'\\' && kind.escapes && hashesAt(m_pos + 1, kind.hashes)) {
                const int after = m_pos + 1 + kind.hashes;
                if (kind.interp == Interp::BackslashParen && at(after) == u'(') {
                    m_interpolationBegin = m_pos;
                    m_pos = after + 1;
                    return StringEnd::Interpolation;
                }
                m_pos = after;
                if (m_pos < m_end) {
                    // An escaped line break continues the literal on the next line.
                    if (isNewline(m_s[m_pos])) {
                        consumeNewline();
                    } else {
                        ++m_pos;
                    }
                }
            } else if (at(m_pos + 1) == u'{' && ((c == u'$' && kind.interp == Interp::DollarBrace) ||
                                                 (c == u'#' && kind.interp == Interp::HashBrace))) {
                m_interpolationBegin = m_pos;
                m_pos += 2;
                return StringEnd::Interpolation;
            } else {
                ++m_pos;
            }
        }
        return StringEnd::Unterminated;
    }

    bool closesString(const StringKind& kind) const
    {
        for (int k = 1; k < kind.quotes; ++k) {
            if (at(m_pos + k) != kind.quote) {
                return false;
            }
        }
        return hashesAt(m_pos + kind.quotes, kind.hashes);
    }

    void addOuterToken()
    {
        const TokenKind kind = m_outerIsTemplate && m_outerInterpolated ? TokenKind::Template : TokenKind::String;
        m_out.push_back(Token{kind, m_outer.begin, m_pos, m_outer.line, m_outer.column});
        m_lineHasToken = true;
    }

    void abandonString()
    {
        m_frames.clear();
        m_singleLineFrames = 0;
        if (m_spans != nullptr && !m_spans->empty() && m_spans->back().end < 0) {
            m_spans->back().end = m_pos;
        }
        addOuterToken();
    }

    std::vector<Frame> m_frames;
    int m_singleLineFrames = 0;
    Mark m_outer{0, 1, 1};
    bool m_outerIsTemplate = false;
    bool m_outerInterpolated = false;
    int m_interpolationBegin = 0;
    std::vector<Span>* m_spans = nullptr;
};

constexpr StringKind quoted(Ch quote, int quotes = 1, bool multiLine = false, Interp interp = Interp::None)
{
    return StringKind{quote, quotes, true, multiLine, interp, 0};
}

// ---------------------------------------------------------------------------------------------------------------
// One entry point per language family. Each lexes [start.offset, end) of text, appends its tokens to out and
// returns where it stopped; spans, when given, receives the interpolations inside string literals.

Position lexJavaScript(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                       bool typeScript);
// C, C++, Objective-C, Java, Kotlin, Groovy (Gradle), JSON and Xcode project files.
Position lexCFamily(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                    Language language);
Position lexSwift(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans);
Position lexPython(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans);
// CMake, Make, Ruby, pip requirements and plain text/configuration.
Position lexHashComment(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                        Language language);
// XML and HTML (also Vue single-file components and WeChat .wxml).
Position lexMarkup(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                   bool html);

// Runs a family's lexer over one range.
template <typename Lexer, typename... Args> Position runLexer(std::vector<Span>* spans, Args&&... args)
{
    Lexer lexer(std::forward<Args>(args)...);
    lexer.recordInterpolations(spans);
    lexer.run();
    return lexer.position();
}

} // namespace sig2rtm::lex
