// SPDX-License-Identifier: MIT
// Lexer of Python.

#include "lexerbase.h"

namespace sig2rtm::lex {

namespace {

// clang-format off
constexpr std::u16string_view kPythonWords[] = {
    u"False", u"None", u"True", u"and", u"as", u"assert", u"async", u"await", u"break", u"class", u"continue",
    u"def", u"del", u"elif", u"else", u"except", u"finally", u"for", u"from", u"global", u"if", u"import", u"in",
    u"is", u"lambda", u"nonlocal", u"not", u"or", u"pass", u"raise", u"return", u"try", u"while", u"with", u"yield"};
// clang-format on

const KeywordSet& pythonKeywords()
{
    static const KeywordSet set{kPythonWords};
    return set;
}

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

} // namespace

Position lexPython(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans)
{
    return runLexer<PythonLexer>(spans, text, end, start, out);
}

} // namespace sig2rtm::lex
