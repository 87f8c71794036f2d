// SPDX-License-Identifier: MIT
// Lexer of the '#'-comment languages: CMake, Make, Ruby, pip requirements and plain text/configuration.

#include "lexerbase.h"

namespace sig2rtm::lex {

namespace {

// clang-format off
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
// clang-format on

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

} // namespace

Position lexHashComment(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                        Language language)
{
    return runLexer<HashLexer>(spans, text, end, start, out, hashOptions(language));
}

} // namespace sig2rtm::lex
