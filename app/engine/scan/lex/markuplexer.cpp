// SPDX-License-Identifier: MIT
// Lexer of markup: XML and HTML (also Vue single-file components and WeChat .wxml).

#include "lexerbase.h"

namespace sig2rtm::lex {

namespace {

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
            cursor = lexJavaScript(m_s, end, cursor, m_out, nullptr, content == Content::TypeScript);
        } else if (content == Content::Json) {
            cursor = lexCFamily(m_s, end, cursor, m_out, nullptr, Language::Json);
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

} // namespace

Position lexMarkup(const Ch* text, int end, Position start, std::vector<Token>& out, std::vector<Span>* spans,
                   bool html)
{
    return runLexer<MarkupLexer>(spans, text, end, start, out, html);
}

} // namespace sig2rtm::lex
