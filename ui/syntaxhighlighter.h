// SPDX-License-Identifier: MIT
#pragma once

#include "language.h"
#include "lexer.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

namespace sig2rtm::ui {

/// Colours source with the engine's own lexers: what the viewer calls a comment or a string is exactly what
/// the scanner did (a mention in a comment is a note there, and looks like a comment here). The text is lexed
/// once as a whole (block comments and template strings span lines); each block then takes its spans.
class SyntaxHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// Larger texts are shown plain: colouring them would stall the UI thread.
    static constexpr qsizetype kMaxChars = 2 * 1024 * 1024;

    explicit SyntaxHighlighter(QTextDocument* document);

    /// Lexes text, which must be the document's text with "\n" line breaks, as language; Unknown, or a text
    /// over kMaxChars, clears the colours.
    void setSource(const QString& text, Language language);
    /// Derives the colours from a palette (light or dark) and colours again.
    void setPalette(const QPalette& palette);

    /// The format a kind of token gets (tests, and a legend if ever needed).
    QTextCharFormat formatOf(TokenKind kind) const;

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Span
    {
        int start = 0;
        int length = 0;
        TokenKind kind = TokenKind::Punct;
    };
    std::vector<std::vector<Span>> m_lines; ///< per block number
    QTextCharFormat m_comment;
    QTextCharFormat m_string;
    QTextCharFormat m_keyword;
    QTextCharFormat m_number;
    QTextCharFormat m_preprocessor;
};

} // namespace sig2rtm::ui
