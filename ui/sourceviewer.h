// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace sig2rtm::ui {

class SyntaxHighlighter;

/// Read-only source view with line numbers: shows a file decoded the way the engine reads it, coloured by
/// the engine's lexer for its language, and highlights one line (and the match on it).
class SourceViewer final : public QPlainTextEdit
{
    Q_OBJECT

public:
    /// Larger files are not previewed: reading them would stall the UI thread.
    static constexpr qint64 kMaxPreviewBytes = 8 * 1024 * 1024;

    explicit SourceViewer(QWidget* parent = nullptr);

    /// Shows path (cached when unchanged) with line highlighted; column and length mark the match.
    /// Returns false and shows why when the file cannot be shown.
    bool showFile(const QString& path, int line, int column = 0, int length = 0);
    /// Clears the view and shows a short explanation instead of source.
    void showMessage(const QString& message);

    QString currentFile() const { return m_path; }
    int highlightedLine() const { return m_line; }
    QString encoding() const { return m_encoding; }
    /// Text of a 1-based line of the shown file.
    QString lineText(int line) const;

    SyntaxHighlighter* highlighter() const { return m_highlighter; }

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateLineNumberAreaWidth();
    void updateLineNumberArea(const QRect& rect, int dy);
    void applyHighlight();

    QWidget* m_lineNumberArea;
    SyntaxHighlighter* m_highlighter;
    QString m_path;
    QString m_encoding;
    int m_line = 0;
    int m_column = 0;
    int m_length = 0;
};

} // namespace sig2rtm::ui
