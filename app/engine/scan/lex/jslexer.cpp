// SPDX-License-Identifier: MIT
// Lexer of JavaScript and TypeScript.

#include "lexerbase.h"

namespace sig2rtm::lex {

namespace {

// clang-format off
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

} // namespace

Position lexJavaScript(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                       bool typeScript)
{
    return runLexer<JsLexer>(spans, text, end, start, out, typeScript);
}

} // namespace sig2rtm::lex
