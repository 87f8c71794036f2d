// SPDX-License-Identifier: MIT
#include "syntaxhighlighter.h"

#include <algorithm>
#include <QPalette>

namespace sig2rtm::ui {

namespace {

QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * amount + b.redF() * (1 - amount)),
                            static_cast<float>(a.greenF() * amount + b.greenF() * (1 - amount)),
                            static_cast<float>(a.blueF() * amount + b.blueF() * (1 - amount)));
}

bool coloured(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Keyword:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::Template:
    case TokenKind::Regex:
    case TokenKind::Comment:
    case TokenKind::Preprocessor:
        return true;
    case TokenKind::Identifier:
    case TokenKind::Punct:
        return false;
    }
    return false;
}

} // namespace

SyntaxHighlighter::SyntaxHighlighter(QTextDocument* document) : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void SyntaxHighlighter::setPalette(const QPalette& palette)
{
    // Hues that read on white and on a dark base alike: each is pulled towards the text colour.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    m_comment = {};
    m_comment.setForeground(mix(text, base, 0.55));
    m_comment.setFontItalic(true);
    m_string = {};
    m_string.setForeground(dark ? QColor(0x8f, 0xd4, 0x8a) : QColor(0x06, 0x7d, 0x17));
    m_keyword = {};
    m_keyword.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_number = {};
    m_number.setForeground(dark ? QColor(0xf2, 0xb1, 0x6b) : QColor(0x9a, 0x4a, 0x00));
    m_preprocessor = {};
    m_preprocessor.setForeground(dark ? QColor(0xd7, 0x9b, 0xe6) : QColor(0x7a, 0x2e, 0x8e));
    rehighlight();
}

QTextCharFormat SyntaxHighlighter::formatOf(TokenKind kind) const
{
    switch (kind) {
    case TokenKind::Comment:
        return m_comment;
    case TokenKind::String:
    case TokenKind::Template:
    case TokenKind::Regex:
        return m_string;
    case TokenKind::Keyword:
        return m_keyword;
    case TokenKind::Number:
        return m_number;
    case TokenKind::Preprocessor:
        return m_preprocessor;
    case TokenKind::Identifier:
    case TokenKind::Punct:
        break;
    }
    return {};
}

void SyntaxHighlighter::setSource(const QString& text, Language language)
{
    m_lines.clear();
    if (language != Language::Unknown && text.size() <= kMaxChars) {
        std::vector<int> starts{0}; // offset of each line
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'\n') {
                starts.push_back(static_cast<int>(i + 1));
            }
        }
        m_lines.resize(starts.size());
        for (const Token& token : tokenize(text, language)) {
            if (!coloured(token.kind) || token.end <= token.begin) {
                continue;
            }
            // A token spanning lines (a block comment, a template string) colours a piece of each.
            auto line = static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), token.begin) -
                                                 starts.begin() - 1);
            for (int from = token.begin; from < token.end && line < starts.size(); ++line) {
                const int lineEnd = line + 1 < starts.size() ? starts[line + 1] - 1 : static_cast<int>(text.size());
                const int to = std::min(token.end, lineEnd);
                if (to > from) {
                    m_lines[line].push_back({from - starts[line], to - from, token.kind});
                }
                if (line + 1 < starts.size()) {
                    from = starts[line + 1];
                }
            }
        }
    }
    rehighlight();
}

void SyntaxHighlighter::highlightBlock(const QString& text)
{
    const int number = currentBlock().blockNumber();
    if (number < 0 || static_cast<std::size_t>(number) >= m_lines.size()) {
        return;
    }
    for (const Span& span : m_lines[static_cast<std::size_t>(number)]) {
        if (span.start < text.size()) {
            setFormat(span.start, std::min<int>(span.length, static_cast<int>(text.size()) - span.start),
                      formatOf(span.kind));
        }
    }
}

} // namespace sig2rtm::ui
