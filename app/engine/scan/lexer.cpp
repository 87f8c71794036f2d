#include "lexer.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <optional>
#include <QChar>
#include <span>
#include <string_view>

namespace sig2rtm {

namespace {

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
bool isBlank(Ch c)
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

bool equalsIgnoreCase(const Ch* text, int length, std::u16string_view lower)
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

// clang-format off
constexpr std::u16string_view kJsWords[] = {
    u"as", u"async", u"await", u"break", u"case", u"catch", u"class", u"const", u"continue", u"debugger",
    u"default", u"delete", u"do", u"else", u"enum", u"export", u"extends", u"false", u"finally", u"for", u"from",
    u"function", u"if", u"import", u"in", u"instanceof", u"let", u"new", u"null", u"return", u"static", u"super",
    u"switch", u"this", u"throw", u"true", u"try", u"typeof", u"var", u"void", u"while", u"with", u"yield"};
constexpr std::u16string_view kTsWords[] = {
    u"abstract", u"declare", u"implements", u"interface", u"keyof", u"namespace", u"private", u"protected",
    u"public", u"readonly"};
// Words after which a '/' divides: they end an operand instead of expecting one.
constexpr std::u16string_view kJsValueWords[] = {
    u"false", u"null", u"super", u"this", u"true"};
constexpr std::u16string_view kJavaWords[] = {
    u"abstract", u"assert", u"boolean", u"break", u"byte", u"case", u"catch", u"char", u"class", u"const",
    u"continue", u"default", u"do", u"double", u"else", u"enum", u"extends", u"false", u"final", u"finally",
    u"float", u"for", u"goto", u"if", u"implements", u"import", u"instanceof", u"int", u"interface", u"long",
    u"native", u"new", u"null", u"package", u"private", u"protected", u"public", u"return", u"short", u"static",
    u"strictfp", u"super", u"switch", u"synchronized", u"this", u"throw", u"throws", u"transient", u"true", u"try",
    u"var", u"void", u"volatile", u"while"};
constexpr std::u16string_view kGroovyWords[] = {
    u"as", u"def", u"fun", u"in", u"trait", u"val"};
constexpr std::u16string_view kKotlinWords[] = {
    u"abstract", u"as", u"break", u"by", u"catch", u"class", u"companion", u"const", u"constructor", u"continue",
    u"data", u"do", u"else", u"enum", u"false", u"final", u"finally", u"for", u"fun", u"if", u"import", u"in",
    u"init", u"interface", u"internal", u"is", u"lateinit", u"null", u"object", u"open", u"operator", u"out",
    u"override", u"package", u"private", u"protected", u"public", u"return", u"sealed", u"super", u"suspend",
    u"this", u"throw", u"true", u"try", u"typealias", u"typeof", u"val", u"var", u"vararg", u"when", u"where",
    u"while"};
constexpr std::u16string_view kCppWords[] = {
    u"NO", u"YES", u"_Bool", u"alignas", u"alignof", u"and", u"asm", u"auto", u"bool", u"break", u"case", u"catch",
    u"char", u"char16_t", u"char32_t", u"char8_t", u"class", u"co_await", u"co_return", u"co_yield", u"concept",
    u"const", u"const_cast", u"consteval", u"constexpr", u"constinit", u"continue", u"decltype", u"default",
    u"delete", u"do", u"double", u"dynamic_cast", u"else", u"enum", u"explicit", u"export", u"extern", u"false",
    u"float", u"for", u"friend", u"goto", u"if", u"inline", u"int", u"long", u"mutable", u"namespace", u"new",
    u"nil", u"noexcept", u"not", u"nullptr", u"operator", u"or", u"private", u"protected", u"public", u"register",
    u"reinterpret_cast", u"requires", u"restrict", u"return", u"self", u"short", u"signed", u"sizeof", u"static",
    u"static_assert", u"static_cast", u"struct", u"super", u"switch", u"template", u"this", u"thread_local",
    u"throw", u"true", u"try", u"typedef", u"typeid", u"typename", u"union", u"unsigned", u"using", u"virtual",
    u"void", u"volatile", u"wchar_t", u"while"};
// Objective-C directives, recognised only right after '@' (so that "end" stays an ordinary C identifier).
constexpr std::u16string_view kObjCAtWords[] = {
    u"autoreleasepool", u"available", u"catch", u"class", u"compatibility_alias", u"dynamic", u"encode", u"end",
    u"finally", u"implementation", u"import", u"interface", u"optional", u"package", u"private", u"property",
    u"protected", u"protocol", u"public", u"required", u"selector", u"synchronized", u"synthesize", u"throw", u"try"};
constexpr std::u16string_view kSwiftWords[] = {
    u"Any", u"Self", u"as", u"associatedtype", u"async", u"await", u"break", u"case", u"catch", u"class",
    u"continue", u"default", u"defer", u"deinit", u"do", u"else", u"enum", u"extension", u"fallthrough", u"false",
    u"fileprivate", u"for", u"func", u"guard", u"if", u"import", u"in", u"init", u"inout", u"internal", u"is",
    u"let", u"nil", u"open", u"operator", u"private", u"protocol", u"public", u"repeat", u"rethrows", u"return",
    u"self", u"static", u"struct", u"subscript", u"super", u"switch", u"throw", u"throws", u"true", u"try",
    u"typealias", u"var", u"where", u"while"};
constexpr std::u16string_view kPythonWords[] = {
    u"False", u"None", u"True", u"and", u"as", u"assert", u"async", u"await", u"break", u"class", u"continue",
    u"def", u"del", u"elif", u"else", u"except", u"finally", u"for", u"from", u"global", u"if", u"import", u"in",
    u"is", u"lambda", u"nonlocal", u"not", u"or", u"pass", u"raise", u"return", u"try", u"while", u"with", u"yield"};
constexpr std::u16string_view kRubyWords[] = {
    u"BEGIN", u"END", u"alias", u"and", u"begin", u"break", u"case", u"class", u"def", u"defined", u"do", u"else",
    u"elsif", u"end", u"ensure", u"false", u"for", u"if", u"in", u"module", u"next", u"nil", u"not", u"or", u"redo",
    u"rescue", u"retry", u"return", u"self", u"super", u"then", u"true", u"undef", u"unless", u"until", u"when",
    u"while", u"yield"};
// CMake commands are case-insensitive; the control-flow ones are listed in both conventional spellings.
constexpr std::u16string_view kCMakeWords[] = {
    u"block", u"break", u"continue", u"else", u"elseif", u"endblock", u"endforeach", u"endfunction", u"endif",
    u"endmacro", u"endwhile", u"foreach", u"function", u"if", u"macro", u"return", u"while", u"BLOCK", u"BREAK",
    u"CONTINUE", u"ELSE", u"ELSEIF", u"ENDBLOCK", u"ENDFOREACH", u"ENDFUNCTION", u"ENDIF", u"ENDMACRO", u"ENDWHILE",
    u"FOREACH", u"FUNCTION", u"IF", u"MACRO", u"RETURN", u"WHILE"};
constexpr std::u16string_view kMakeWords[] = {
    u"define", u"endef", u"else", u"endif", u"export", u"ifdef", u"ifeq", u"ifndef", u"ifneq", u"include",
    u"override", u"sinclude", u"unexport", u"vpath"};
constexpr std::u16string_view kJsonWords[] = {
    u"false", u"null", u"true"};
// clang-format on

const KeywordSet& jsKeywords()
{
    static const KeywordSet set{kJsWords};
    return set;
}
const KeywordSet& tsKeywords()
{
    static const KeywordSet set{kJsWords, kTsWords};
    return set;
}
const KeywordSet& jsValueKeywords()
{
    static const KeywordSet set{kJsValueWords};
    return set;
}
const KeywordSet& javaKeywords()
{
    static const KeywordSet set{kJavaWords};
    return set;
}
const KeywordSet& groovyKeywords()
{
    static const KeywordSet set{kJavaWords, kGroovyWords};
    return set;
}
const KeywordSet& kotlinKeywords()
{
    static const KeywordSet set{kKotlinWords};
    return set;
}
const KeywordSet& cppKeywords()
{
    static const KeywordSet set{kCppWords};
    return set;
}
const KeywordSet& objcAtKeywords()
{
    static const KeywordSet set{kObjCAtWords};
    return set;
}
const KeywordSet& swiftKeywords()
{
    static const KeywordSet set{kSwiftWords};
    return set;
}
const KeywordSet& pythonKeywords()
{
    static const KeywordSet set{kPythonWords};
    return set;
}
const KeywordSet& rubyKeywords()
{
    static const KeywordSet set{kRubyWords};
    return set;
}
const KeywordSet& cmakeKeywords()
{
    static const KeywordSet set{kCMakeWords};
    return set;
}
const KeywordSet& makeKeywords()
{
    static const KeywordSet set{kMakeWords};
    return set;
}
const KeywordSet& jsonKeywords()
{
    static const KeywordSet set{kJsonWords};
    return set;
}

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
// JavaScript and TypeScript.

class JsLexer : public LexerBase
{
public:
    JsLexer(const Ch* text, int end, Position start, std::vector<Token>& out, bool typeScript)
        : LexerBase(text, end, start, out), m_keywords(typeScript ? tsKeywords() : jsKeywords())
    {
    }

    void run()
    {
        if (at(m_pos) == u'#' && at(m_pos + 1) == u'!') {
            lineComment(mark());
        }
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isNewline(c)) {
                newlineInCode();
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            const Mark m = mark();
            if (const int length = identifierStart(m_pos, true)) {
                m_pos += length;
                identifier(m);
                continue;
            }
            if (numberStart(c)) {
                scanNumber(false, true);
                addToken(TokenKind::Number, m);
                operand();
                continue;
            }
            if (token(c, m)) {
                continue;
            }
            punct(m);
            m_regexAllowed = c != u')' && c != u']' && c != u'}';
            m_memberDot = c == u'.' && !(m.begin > m_begin && m_s[m.begin - 1] == u'.');
        }
        finishPending();
    }

private:
    // Comments, strings, templates and regular expressions; false for plain punctuation.
    bool token(Ch c, const Mark& m)
    {
        switch (c) {
        case u'/':
            if (at(m_pos + 1) == u'/') {
                lineComment(m);
                return true;
            }
            if (at(m_pos + 1) == u'*') {
                blockComment(m, false);
                return true;
            }
            if (m_regexAllowed && m_pos >= m_noRegexBefore && scanRegex()) {
                addToken(TokenKind::Regex, m);
                operand();
                return true;
            }
            return false;
        case u'"':
        case u'\'':
            ++m_pos;
            afterString(beginString(m, quoted(c)));
            return true;
        case u'`':
            ++m_pos;
            afterString(beginString(m, quoted(u'`', 1, true, Interp::DollarBrace), true));
            return true;
        case u'<': // HTML-style comments are legal in scripts (ECMAScript Annex B)
            if (startsWith(u"<!--")) {
                lineComment(m);
                return true;
            }
            return false;
        case u'-':
            if (!m_lineHasToken && startsWith(u"-->")) {
                lineComment(m);
                return true;
            }
            return false;
        case u'{':
        case u'}':
            if (interpolationBracket(c)) {
                afterString(m_resumed);
                return true;
            }
            return false;
        default:
            return false;
        }
    }

    void identifier(const Mark& m)
    {
        skipIdentifierRest(true);
        const Ch* word = m_s + m.begin;
        const int length = m_pos - m.begin;
        // After a member-access dot a reserved word is a property name: Array.from, promise.catch.
        const bool keyword = !m_memberDot && m_keywords.contains(word, length);
        addToken(keyword ? TokenKind::Keyword : TokenKind::Identifier, m);
        m_regexAllowed = keyword && !jsValueKeywords().contains(word, length);
        m_memberDot = false;
    }

    void operand()
    {
        m_regexAllowed = false;
        m_memberDot = false;
    }

    void afterString(StringEnd end)
    {
        operand();
        // Inside a fresh "${" an expression starts, where a '/' begins a regular expression.
        m_regexAllowed = end == StringEnd::Interpolation;
    }

    // A '/' where an operand is expected. A candidate that does not close on its line is taken as a division,
    // and no other regex is tried before that line ends: this keeps pathological lines linear.
    bool scanRegex()
    {
        bool inClass = false;
        for (int p = m_pos + 1; p < m_end; ++p) {
            const Ch c = m_s[p];
            if (isNewline(c)) {
                m_noRegexBefore = p;
                return false;
            }
            if (c == u'\\') {
                if (p + 1 < m_end && !isNewline(m_s[p + 1])) {
                    ++p;
                }
            } else if (c == u'[') {
                inClass = true;
            } else if (c == u']') {
                inClass = false;
            } else if (c == u'/' && !inClass) {
                m_pos = p + 1;
                while (m_pos < m_end && isAsciiLetter(m_s[m_pos])) {
                    ++m_pos;
                }
                return true;
            }
        }
        m_noRegexBefore = m_end;
        return false;
    }

    const KeywordSet& m_keywords;
    bool m_regexAllowed = true;
    bool m_memberDot = false;
    int m_noRegexBefore = 0;
};

// ---------------------------------------------------------------------------------------------------------------
// C family: C, C++, Objective-C, Java, Kotlin, Groovy (Gradle), JSON and Xcode project files.

struct CFamilyOptions
{
    const KeywordSet* keywords = nullptr;
    bool cpp = false;                // preprocessor, prefixed and raw strings, @"...", 1'000, line splices
    bool nestedComments = false;     // Kotlin
    bool textBlocks = false;         // """...""" (Java text blocks, Kotlin and Groovy multi-line strings)
    bool rawTextBlocks = false;      // Kotlin: no escapes in """..."""
    bool tripleSingleQuotes = false; // Groovy '''...'''
    bool dollarTemplates = false;    // Kotlin and Groovy "...${expr}..."
    bool pathWords = false;          // Xcode unquoted strings: AgoraSigKit.framework, path/to/lib.a
    bool trailingDotFloats = true;   // "1." is a number
};

class CFamilyLexer : public LexerBase
{
public:
    CFamilyLexer(const Ch* text, int end, Position start, std::vector<Token>& out, const CFamilyOptions& options)
        : LexerBase(text, end, start, out), m_opt(options)
    {
    }

    void run()
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isNewline(c)) {
                newlineInCode();
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            if (c == u'\\' && m_opt.cpp && isNewline(at(m_pos + 1))) {
                ++m_pos;
                consumeNewline(); // a splice: the logical line (and a directive) goes on
                continue;
            }
            const Mark m = mark();
            if (m_opt.pathWords && isPathWordChar(m_pos) && !startsComment()) {
                pathWord(m);
                continue;
            }
            if (const int length = identifierStart(m_pos, true)) {
                m_pos += length;
                identifier(m);
                continue;
            }
            if (numberStart(c)) {
                scanNumber(m_opt.cpp, m_opt.trailingDotFloats);
                addToken(TokenKind::Number, m);
                continue;
            }
            if (!token(c, m)) {
                punct(m);
            }
        }
        finishPending();
    }

private:
    bool token(Ch c, const Mark& m)
    {
        switch (c) {
        case u'/':
            if (at(m_pos + 1) == u'/') {
                m_opt.cpp ? splicedLineComment(m) : lineComment(m);
                return true;
            }
            if (at(m_pos + 1) == u'*') {
                blockComment(m, m_opt.nestedComments);
                return true;
            }
            return false;
        case u'"':
            doubleQuoted(m);
            return true;
        case u'\'':
            singleQuoted(m);
            return true;
        case u'@':
            if (m_opt.cpp && at(m_pos + 1) == u'"') {
                m_pos += 2;
                beginString(m, quoted(u'"'));
                return true;
            }
            punct(m);
            m_afterAt = m_pos;
            return true;
        case u'#':
            if (m_opt.cpp && !m_lineHasToken) {
                directive(m);
                return true;
            }
            return false;
        case u'{':
        case u'}':
            return interpolationBracket(c);
        default:
            return false;
        }
    }

    void identifier(const Mark& m)
    {
        skipIdentifierRest(true);
        const Ch* word = m_s + m.begin;
        const int length = m_pos - m.begin;
        const Ch next = at(m_pos);
        if (m_opt.cpp && (next == u'"' || next == u'\'') && isCppStringPrefix(word, length, next)) {
            if (word[length - 1] == u'R') {
                rawString(m);
            } else {
                ++m_pos;
                beginString(m, quoted(next));
            }
            return;
        }
        const bool objcDirective = m_opt.cpp && m.begin == m_afterAt && objcAtKeywords().contains(word, length);
        const bool keyword = objcDirective || (m_opt.keywords != nullptr && m_opt.keywords->contains(word, length));
        addToken(keyword ? TokenKind::Keyword : TokenKind::Identifier, m);
    }

    static bool isCppStringPrefix(const Ch* word, int length, Ch quote)
    {
        const std::u16string_view prefix(word, static_cast<std::size_t>(length));
        if (prefix == u"L" || prefix == u"u" || prefix == u"U" || prefix == u"u8") {
            return true;
        }
        return quote == u'"' &&
               (prefix == u"R" || prefix == u"LR" || prefix == u"uR" || prefix == u"UR" || prefix == u"u8R");
    }

    void doubleQuoted(const Mark& m)
    {
        const Interp interp = m_opt.dollarTemplates ? Interp::DollarBrace : Interp::None;
        if (m_opt.textBlocks && at(m_pos + 1) == u'"' && at(m_pos + 2) == u'"') {
            m_pos += 3;
            StringKind kind = quoted(u'"', 3, true, interp);
            kind.escapes = !m_opt.rawTextBlocks;
            beginString(m, kind);
            return;
        }
        ++m_pos;
        beginString(m, quoted(u'"', 1, false, interp));
    }

    // A character literal or (JSON5, Groovy) a single-quoted string: the same token either way.
    void singleQuoted(const Mark& m)
    {
        if (m_opt.tripleSingleQuotes && at(m_pos + 1) == u'\'' && at(m_pos + 2) == u'\'') {
            m_pos += 3;
            beginString(m, quoted(u'\'', 3, true));
            return;
        }
        ++m_pos;
        beginString(m, quoted(u'\''));
    }

    // R"delim( ... )delim"; m_pos is at the quote. Unterminated, it runs to the end of the text.
    void rawString(const Mark& m)
    {
        const int delimiter = m_pos + 1;
        int paren = delimiter;
        while (paren < m_end && paren - delimiter < 16 && isRawDelimiterChar(m_s[paren])) {
            ++paren;
        }
        if (at(paren) != u'(') {
            ++m_pos; // not a valid raw string: lex it as an ordinary one
            beginString(m, quoted(u'"'));
            return;
        }
        const int length = paren - delimiter;
        m_pos = paren + 1;
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (c == u')' && m_end - m_pos >= length + 2 && m_s[m_pos + 1 + length] == u'"' &&
                std::u16string_view(m_s + m_pos + 1, static_cast<std::size_t>(length)) ==
                    std::u16string_view(m_s + delimiter, static_cast<std::size_t>(length))) {
                m_pos += length + 2;
                break;
            }
            if (isNewline(c)) {
                consumeNewline();
            } else {
                ++m_pos;
            }
        }
        addToken(TokenKind::String, m);
    }

    // '#' first on a logical line: the directive name becomes the Preprocessor token, the rest of the line is
    // lexed as usual so that #include "x.h" and #include <x/y.h> both expose their header name.
    void directive(const Mark& hash)
    {
        int p = m_pos + 1;
        while (p < m_end && (m_s[p] == u' ' || m_s[p] == u'\t')) {
            ++p;
        }
        const int length = p < m_end ? identifierStart(p, false) : 0;
        if (length == 0) {
            punct(hash);
            return;
        }
        m_pos = p;
        const Mark name = mark();
        m_pos += length;
        skipIdentifierRest(false);
        addToken(TokenKind::Preprocessor, name);
    }

    // C and C++ splice lines before removing comments: a "// ... \" comment continues on the next line.
    void splicedLineComment(const Mark& m)
    {
        for (;;) {
            skipToEndOfLine();
            if (m_pos >= m_end || m_s[m_pos - 1] != u'\\') {
                break;
            }
            consumeNewline();
        }
        addToken(TokenKind::Comment, m);
    }

    bool startsComment() const { return m_s[m_pos] == u'/' && (at(m_pos + 1) == u'/' || at(m_pos + 1) == u'*'); }

    bool isPathWordChar(int i) const
    {
        const Ch c = m_s[i];
        if (c < 0x80) {
            return isAsciiAlnum(c) || c == u'_' || c == u'$' || c == u'.' || c == u'/' || c == u'-' || c == u':' ||
                   c == u'+';
        }
        return letterLength(i) > 0;
    }

    void pathWord(const Mark& m)
    {
        bool numeric = isDigit(m_s[m_pos]);
        while (m_pos < m_end && isPathWordChar(m_pos) && !startsComment()) {
            numeric = numeric && (isDigit(m_s[m_pos]) || m_s[m_pos] == u'.');
            m_pos += QChar::isHighSurrogate(m_s[m_pos]) ? 2 : 1; // letterLength() vouched for the pair
        }
        addToken(numeric ? TokenKind::Number : TokenKind::Identifier, m);
    }

    CFamilyOptions m_opt;
    int m_afterAt = -1; // offset just after the last '@': an Objective-C directive may start there
};

// ---------------------------------------------------------------------------------------------------------------
// Swift.

class SwiftLexer : public LexerBase
{
public:
    using LexerBase::LexerBase;

    void run()
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isNewline(c)) {
                newlineInCode();
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            const Mark m = mark();
            if (const int length = identifierStart(m_pos, true)) {
                m_pos += length;
                skipIdentifierRest(true);
                const bool keyword = swiftKeywords().contains(m_s + m.begin, m_pos - m.begin);
                addToken(keyword ? TokenKind::Keyword : TokenKind::Identifier, m);
                continue;
            }
            if (numberStart(c)) {
                scanNumber(false, false);
                addToken(TokenKind::Number, m);
                continue;
            }
            if (!token(c, m)) {
                punct(m);
            }
        }
        finishPending();
    }

private:
    bool token(Ch c, const Mark& m)
    {
        switch (c) {
        case u'/':
            if (at(m_pos + 1) == u'/') {
                lineComment(m);
                return true;
            }
            if (at(m_pos + 1) == u'*') {
                blockComment(m, true);
                return true;
            }
            return false;
        case u'#': { // #"..."# extended delimiters; otherwise #if, #selector, ... are punctuation + word
            int hashes = 0;
            while (at(m_pos + hashes) == u'#') {
                ++hashes;
            }
            if (at(m_pos + hashes) != u'"') {
                return false;
            }
            m_pos += hashes;
            stringLiteral(m, hashes);
            return true;
        }
        case u'"':
            stringLiteral(m, 0);
            return true;
        case u'(':
        case u')':
            return interpolationBracket(c);
        default:
            return false;
        }
    }

    void stringLiteral(const Mark& m, int hashes)
    {
        const bool triple = at(m_pos + 1) == u'"' && at(m_pos + 2) == u'"';
        m_pos += triple ? 3 : 1;
        StringKind kind = quoted(u'"', triple ? 3 : 1, triple, Interp::BackslashParen);
        kind.hashes = hashes;
        beginString(m, kind);
    }
};

// ---------------------------------------------------------------------------------------------------------------
// Python.

class PythonLexer : public LexerBase
{
public:
    using LexerBase::LexerBase;

    void run()
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isNewline(c)) {
                newlineInCode();
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            if (c == u'\\' && isNewline(at(m_pos + 1))) {
                ++m_pos;
                consumeNewline();
                continue;
            }
            const Mark m = mark();
            if (const int length = identifierStart(m_pos, false)) {
                m_pos += length;
                skipIdentifierRest(false);
                const Ch* word = m_s + m.begin;
                const int wordLength = m_pos - m.begin;
                const Ch next = at(m_pos);
                if ((next == u'"' || next == u'\'') && isStringPrefix(word, wordLength)) {
                    stringLiteral(m);
                } else {
                    const bool keyword = pythonKeywords().contains(word, wordLength);
                    addToken(keyword ? TokenKind::Keyword : TokenKind::Identifier, m);
                }
                continue;
            }
            if (numberStart(c)) {
                scanNumber(false, true);
                addToken(TokenKind::Number, m);
            } else if (c == u'#') {
                lineComment(m);
            } else if (c == u'"' || c == u'\'') {
                stringLiteral(m);
            } else {
                punct(m);
            }
        }
        finishPending();
    }

private:
    // r b f u (and t) alone, or r combined with b, f or t, in any case and order.
    static bool isStringPrefix(const Ch* word, int length)
    {
        auto single = [](Ch c) {
            const Ch lower = asciiLower(c);
            return lower == u'r' || lower == u'b' || lower == u'f' || lower == u'u' || lower == u't';
        };
        if (length == 1) {
            return single(word[0]);
        }
        if (length != 2) {
            return false;
        }
        const Ch a = asciiLower(word[0]);
        const Ch b = asciiLower(word[1]);
        const Ch other = a == u'r' ? b : (b == u'r' ? a : Ch(0));
        return other == u'b' || other == u'f' || other == u't' || (a == u'u' && b == u'r');
    }

    // m_pos is at the opening quote (any prefix is already consumed). Raw strings still use backslashes to
    // decide where they end (r"\"" is one string), so escapes stay on for scanning.
    void stringLiteral(const Mark& m)
    {
        const Ch quote = m_s[m_pos];
        const bool triple = at(m_pos + 1) == quote && at(m_pos + 2) == quote;
        m_pos += triple ? 3 : 1;
        beginString(m, quoted(quote, triple ? 3 : 1, triple));
    }
};

// ---------------------------------------------------------------------------------------------------------------
// '#'-comment languages: CMake, Make, Ruby, pip requirements and plain text/configuration.

struct HashOptions
{
    const KeywordSet* keywords = nullptr;
    bool cmake = false;              // #[[ ]] comments, [[ ]] arguments, multi-line "..." arguments, no '...'
    bool ruby = false;               // =begin/=end, "#{...}", $globals
    bool spaceBeforeComment = false; // '#' comments only at line start or after a blank (URLs keep their #egg=)
    bool apostrophes = false;        // prose: a quote glued to a word is an apostrophe, not a string
};

class HashLexer : public LexerBase
{
public:
    HashLexer(const Ch* text, int end, Position start, std::vector<Token>& out, const HashOptions& options)
        : LexerBase(text, end, start, out), m_opt(options)
    {
    }

    void run()
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isNewline(c)) {
                newlineInCode();
                continue;
            }
            if (m_opt.ruby && c == u'=' && m_pos == m_lineStart && startsWith(u"=begin") && !isWordChar(m_pos + 6)) {
                rubyDocComment(mark());
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            if (c == u'\\' && isNewline(at(m_pos + 1))) {
                ++m_pos;
                consumeNewline();
                continue;
            }
            const Mark m = mark();
            if (const int length = identifierStart(m_pos, m_opt.ruby)) {
                m_pos += length;
                skipIdentifierRest(m_opt.ruby);
                const bool keyword =
                    m_opt.keywords != nullptr && m_opt.keywords->contains(m_s + m.begin, m_pos - m.begin);
                addToken(keyword ? TokenKind::Keyword : TokenKind::Identifier, m);
                continue;
            }
            if (isDigit(c)) {
                scanNumber(false, false);
                addToken(TokenKind::Number, m);
                continue;
            }
            if (!token(c, m)) {
                punct(m);
            }
        }
        finishPending();
    }

private:
    bool token(Ch c, const Mark& m)
    {
        switch (c) {
        case u'#':
            if (m_opt.cmake) {
                if (const int level = bracketLevel(m_pos + 1); level >= 0) {
                    m_pos += level + 3;
                    skipBracketBody(level);
                    addToken(TokenKind::Comment, m);
                    return true;
                }
            }
            if (m_opt.spaceBeforeComment && m_pos != m_lineStart && !isBlank(previous())) {
                return false;
            }
            lineComment(m);
            return true;
        case u'[':
            if (const int level = m_opt.cmake ? bracketLevel(m_pos) : -1; level >= 0) {
                m_pos += level + 2;
                skipBracketBody(level);
                addToken(TokenKind::String, m);
                return true;
            }
            return false;
        case u'"':
        case u'\'':
            if ((c == u'\'' && m_opt.cmake) || (m_opt.apostrophes && m_pos > m_begin && isWordChar(m_pos - 1))) {
                return false;
            }
            ++m_pos;
            beginString(m, quoted(c, 1, m_opt.cmake, c == u'"' && m_opt.ruby ? Interp::HashBrace : Interp::None));
            return true;
        case u'{':
        case u'}':
            return interpolationBracket(c);
        default:
            return false;
        }
    }

    bool isWordChar(int i) const { return i < m_end && identifierPart(i, false) > 0; }

    // "[" "="* "[" at i: the number of '=', or -1.
    int bracketLevel(int i) const
    {
        if (at(i) != u'[') {
            return -1;
        }
        int level = 0;
        while (at(i + 1 + level) == u'=') {
            ++level;
        }
        return at(i + 1 + level) == u'[' ? level : -1;
    }

    // Past the matching "]" "="*level "]"; unterminated, to the end of the text.
    void skipBracketBody(int level)
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (c == u']' && bracketClosesAt(level)) {
                m_pos += level + 2;
                return;
            }
            if (isNewline(c)) {
                consumeNewline();
            } else {
                ++m_pos;
            }
        }
    }

    bool bracketClosesAt(int level) const
    {
        for (int k = 1; k <= level; ++k) {
            if (at(m_pos + k) != u'=') {
                return false;
            }
        }
        return at(m_pos + level + 1) == u']';
    }

    // =begin ... =end, both at the start of a line; the comment takes the whole =end line.
    void rubyDocComment(const Mark& m)
    {
        for (;;) {
            skipToEndOfLine();
            if (m_pos >= m_end) {
                break;
            }
            consumeNewline();
            if (startsWith(u"=end") && !isWordChar(m_pos + 4)) {
                skipToEndOfLine();
                break;
            }
        }
        addToken(TokenKind::Comment, m);
    }

    HashOptions m_opt;
};

// ---------------------------------------------------------------------------------------------------------------
// Markup: XML and HTML (also Vue single-file components and WeChat .wxml).

void lexJson(const Ch* text, int end, Position& position, std::vector<Token>& out);

class MarkupLexer : public LexerBase
{
public:
    MarkupLexer(const Ch* text, int end, Position start, std::vector<Token>& out, bool html)
        : LexerBase(text, end, start, out), m_html(html)
    {
    }

    void run()
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (c != u'<') { // text content is skipped
                if (isNewline(c)) {
                    consumeNewline();
                } else {
                    ++m_pos;
                }
                continue;
            }
            if (startsWith(u"<!--")) {
                const Mark m = mark();
                m_pos += 4;
                skipPast(u"-->");
                addToken(TokenKind::Comment, m);
            } else if (startsWith(u"<![CDATA[")) {
                skipPast(u"]]>");
            } else if (const Ch next = at(m_pos + 1);
                       next == u'/' || next == u'!' || next == u'?' || (m_pos + 1 < m_end && nameStart(m_pos + 1))) {
                tag();
            } else {
                ++m_pos;
            }
        }
    }

private:
    enum class Content : quint8 { Markup, JavaScript, TypeScript, Json, Skip };

    struct Range
    {
        int begin = 0;
        int length = 0;
    };

    int nameStart(int i) const { return identifierStart(i, false); }

    void name()
    {
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            const int length = (c == u'-' || c == u'.' || c == u':') ? 1 : identifierPart(m_pos, false);
            if (length == 0) {
                break;
            }
            m_pos += length;
        }
    }

    void tag()
    {
        punct(mark()); // '<'
        const Ch first = at(m_pos);
        const bool closing = first == u'/';
        if (first == u'/' || first == u'!' || first == u'?') {
            punct(mark());
        }
        Range tagName{m_pos, 0};
        if (m_pos < m_end && nameStart(m_pos)) {
            const Mark m = mark();
            name();
            addToken(TokenKind::Identifier, m);
            tagName.length = m_pos - tagName.begin;
        }
        Range attribute;
        Range type;
        Range lang;
        bool selfClosing = false;
        bool complete = false;
        bool afterEquals = false;
        while (m_pos < m_end) {
            const Ch c = m_s[m_pos];
            if (isNewline(c)) {
                consumeNewline();
                continue;
            }
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            if (c == u'<') { // malformed: a new tag starts before this one closed
                break;
            }
            const Mark m = mark();
            if (c == u'>') {
                punct(m);
                complete = true;
                break;
            }
            const bool valueExpected = afterEquals;
            afterEquals = c == u'=';
            if (c == u'/' && at(m_pos + 1) == u'>') {
                selfClosing = true;
                punct(m);
            } else if (c == u'"' || c == u'\'' || (valueExpected && c != u'=')) {
                const Range value = attributeValue(m);
                if (equalsIgnoreCase(m_s + attribute.begin, attribute.length, u"type")) {
                    type = value;
                } else if (equalsIgnoreCase(m_s + attribute.begin, attribute.length, u"lang")) {
                    lang = value;
                }
                attribute = {};
            } else if (nameStart(m_pos)) {
                name();
                addToken(TokenKind::Identifier, m);
                attribute = {m.begin, m_pos - m.begin};
            } else {
                punct(m);
            }
        }
        if (!complete || closing || selfClosing || !m_html) {
            return;
        }
        const Content content = contentOf(tagName, type, lang);
        if (content != Content::Markup) {
            rawText(tagName, content);
        }
    }

    // A quoted value may span lines; one whose quote never closes ends at its line end instead of swallowing
    // the rest of the document. Returns the value without its quotes.
    Range attributeValue(const Mark& m)
    {
        const Ch quote = m_s[m_pos];
        if (quote != u'"' && quote != u'\'') {
            while (m_pos < m_end) {
                const Ch c = m_s[m_pos];
                if (isBlank(c) || isNewline(c) || c == u'>' || c == u'<' || c == u'"' || c == u'\'' || c == u'=') {
                    break;
                }
                ++m_pos;
            }
            addToken(TokenKind::String, m);
            return {m.begin, m_pos - m.begin};
        }
        const int close = findQuote(quote, m_pos + 1);
        ++m_pos;
        if (close < 0) {
            skipToEndOfLine();
            addToken(TokenKind::String, m);
            return {m.begin + 1, m_pos - m.begin - 1};
        }
        advanceTo(close + 1);
        addToken(TokenKind::String, m);
        return {m.begin + 1, close - m.begin - 1};
    }

    // Remembers failed searches: no quote after a failed start means none after any later start either, which
    // keeps a document full of unbalanced quotes linear.
    int findQuote(Ch quote, int from)
    {
        int& none = quote == u'"' ? m_noDoubleQuoteFrom : m_noSingleQuoteFrom;
        if (from >= none) {
            return -1;
        }
        for (int p = from; p < m_end; ++p) {
            if (m_s[p] == quote) {
                return p;
            }
        }
        none = from;
        return -1;
    }

    Content contentOf(Range tagName, Range type, Range lang) const
    {
        const Ch* name = m_s + tagName.begin;
        if (equalsIgnoreCase(name, tagName.length, u"style")) {
            return Content::Skip;
        }
        // <wxs> is WeChat's inline script module.
        if (!equalsIgnoreCase(name, tagName.length, u"script") && !equalsIgnoreCase(name, tagName.length, u"wxs")) {
            return Content::Markup;
        }
        const Ch* l = m_s + lang.begin;
        if (equalsIgnoreCase(l, lang.length, u"ts") || equalsIgnoreCase(l, lang.length, u"tsx")) {
            return Content::TypeScript;
        }
        if (type.length == 0) {
            return Content::JavaScript;
        }
        const QString mime = QStringView(m_s + type.begin, type.length).toString().toLower();
        if (mime.contains(u"json") || mime == u"importmap") {
            return Content::Json;
        }
        if (mime.contains(u"typescript")) {
            return Content::TypeScript;
        }
        if (mime.contains(u"javascript") || mime.contains(u"ecmascript") || mime == u"module" ||
            mime.contains(u"babel") || mime.contains(u"jsx")) {
            return Content::JavaScript;
        }
        return Content::Skip; // text/template, text/x-handlebars, ...: markup or data, not script
    }

    // Element content up to its end tag: lexed with another lexer over the same text, so offsets and lines stay
    // absolute, or skipped.
    void rawText(Range tagName, Content content)
    {
        const int end = closingTag(tagName);
        Position cursor = position();
        if (content == Content::JavaScript || content == Content::TypeScript) {
            JsLexer script(m_s, end, cursor, m_out, content == Content::TypeScript);
            script.run();
            cursor = script.position();
        } else if (content == Content::Json) {
            lexJson(m_s, end, cursor, m_out);
        }
        adopt(cursor);
        advanceTo(end);
    }

    // Offset of "</name" (any case), or the end of the text.
    int closingTag(Range tagName) const
    {
        for (int p = m_pos; p + 1 < m_end; ++p) {
            if (m_s[p] != u'<' || m_s[p + 1] != u'/' || m_end - p - 2 < tagName.length) {
                continue;
            }
            bool same = true;
            for (int k = 0; k < tagName.length && same; ++k) {
                same = asciiLower(m_s[p + 2 + k]) == asciiLower(m_s[tagName.begin + k]);
            }
            if (same && !(p + 2 + tagName.length < m_end && identifierPart(p + 2 + tagName.length, false) > 0)) {
                return p;
            }
        }
        return m_end;
    }

    bool m_html;
    int m_noDoubleQuoteFrom = std::numeric_limits<int>::max();
    int m_noSingleQuoteFrom = std::numeric_limits<int>::max();
};

// ---------------------------------------------------------------------------------------------------------------
// Dispatch.

CFamilyOptions cFamilyOptions(Language language)
{
    CFamilyOptions options;
    switch (language) {
    case Language::Java:
        options.keywords = &javaKeywords();
        options.textBlocks = true;
        break;
    case Language::Kotlin:
        options.keywords = &kotlinKeywords();
        options.nestedComments = true;
        options.textBlocks = true;
        options.rawTextBlocks = true;
        options.dollarTemplates = true;
        options.trailingDotFloats = false;
        break;
    case Language::Gradle:
        options.keywords = &groovyKeywords();
        options.textBlocks = true;
        options.tripleSingleQuotes = true;
        options.dollarTemplates = true;
        break;
    case Language::ObjC:
    case Language::Cpp:
        options.keywords = &cppKeywords();
        options.cpp = true;
        break;
    case Language::Json:
        options.keywords = &jsonKeywords();
        break;
    case Language::PbxProj:
        options.pathWords = true;
        break;
    default:
        break;
    }
    return options;
}

HashOptions hashOptions(Language language)
{
    HashOptions options;
    switch (language) {
    case Language::CMake:
        options.keywords = &cmakeKeywords();
        options.cmake = true;
        break;
    case Language::Make:
        options.keywords = &makeKeywords();
        break;
    case Language::Ruby:
        options.keywords = &rubyKeywords();
        options.ruby = true;
        break;
    default: // PipRequirements, Text
        options.spaceBeforeComment = true;
        options.apostrophes = true;
        break;
    }
    return options;
}

void lexJson(const Ch* text, int end, Position& position, std::vector<Token>& out)
{
    CFamilyLexer lexer(text, end, position, out, cFamilyOptions(Language::Json));
    lexer.run();
    position = lexer.position();
}

template <typename Lexer, typename... Args> void runLexer(std::vector<Span>* spans, Args&&... args)
{
    Lexer lexer(std::forward<Args>(args)...);
    lexer.recordInterpolations(spans);
    lexer.run();
}

// Lexes [start.offset, end) of text.
void lexRange(const Ch* text, int end, Position start, Language language, std::vector<Token>& out,
              std::vector<Span>* spans = nullptr)
{
    switch (language) {
    case Language::JavaScript:
    case Language::TypeScript:
        runLexer<JsLexer>(spans, text, end, start, out, language == Language::TypeScript);
        break;
    case Language::Java:
    case Language::Kotlin:
    case Language::ObjC:
    case Language::Cpp:
    case Language::Gradle:
    case Language::Json:
    case Language::PbxProj:
        runLexer<CFamilyLexer>(spans, text, end, start, out, cFamilyOptions(language));
        break;
    case Language::Swift:
        runLexer<SwiftLexer>(spans, text, end, start, out);
        break;
    case Language::Python:
        runLexer<PythonLexer>(spans, text, end, start, out);
        break;
    case Language::CMake:
    case Language::Make:
    case Language::Ruby:
    case Language::PipRequirements:
    case Language::Text:
        runLexer<HashLexer>(spans, text, end, start, out, hashOptions(language));
        break;
    case Language::Xml:
    case Language::Html:
        runLexer<MarkupLexer>(spans, text, end, start, out, language == Language::Html);
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
