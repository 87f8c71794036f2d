// SPDX-License-Identifier: MIT
// Lexer of Swift.

#include "lexerbase.h"

namespace sig2rtm::lex {

namespace {

// clang-format off
constexpr std::u16string_view kSwiftWords[] = {
    u"Any", u"Self", u"as", u"associatedtype", u"async", u"await", u"break", u"case", u"catch", u"class",
    u"continue", u"default", u"defer", u"deinit", u"do", u"else", u"enum", u"extension", u"fallthrough", u"false",
    u"fileprivate", u"for", u"func", u"guard", u"if", u"import", u"in", u"init", u"inout", u"internal", u"is",
    u"let", u"nil", u"open", u"operator", u"private", u"protocol", u"public", u"repeat", u"rethrows", u"return",
    u"self", u"static", u"struct", u"subscript", u"super", u"switch", u"throw", u"throws", u"true", u"try",
    u"typealias", u"var", u"where", u"while"};
// clang-format on

const KeywordSet& swiftKeywords()
{
    static const KeywordSet set{kSwiftWords};
    return set;
}

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

} // namespace

Position lexSwift(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans)
{
    return runLexer<SwiftLexer>(spans, text, end, start, out);
}

} // namespace sig2rtm::lex
