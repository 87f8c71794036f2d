// SPDX-License-Identifier: MIT
// Lexer of the C family: C, C++, Objective-C, Java, Kotlin, Groovy (Gradle), JSON and Xcode project files.

#include "lexerbase.h"

namespace sig2rtm::lex {

namespace {

// clang-format off
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
constexpr std::u16string_view kJsonWords[] = {
    u"false", u"null", u"true"};
// clang-format on

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
const KeywordSet& jsonKeywords()
{
    static const KeywordSet set{kJsonWords};
    return set;
}

struct CFamilyOptions
{
    const KeywordSet* keywords = nullptr;
    bool cpp = false;                // preprocessor, prefixed and raw strings, @"...", 1'000, line splices
    bool nestedComments = false;     // Kotlin
    bool textBlocks = false;         // """...""" (Java text blocks, Kotlin and Groovy multi-line strings)
    bool rawTextBlocks = false;      // Kotlin: no escapes in """..."""
    bool tripleSingleQuotes = false; // Groovy '''...'''
    bool dollarTemplates = false;    // Kotlin and Groovy "...${expr}..."
    bool pathWords = false;          // Xcode unquoted strings: Foo.framework, path/to/lib.a
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

} // namespace

Position lexCFamily(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                    Language language)
{
    return runLexer<CFamilyLexer>(spans, text, end, start, out, cFamilyOptions(language));
}

} // namespace sig2rtm::lex
