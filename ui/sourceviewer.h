// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QPlainTextEdit>
#include <vector>

namespace sig2rtm::ui {

class SyntaxHighlighter;

/// Read-only source view with line numbers: shows a file decoded the way the engine reads it, coloured by
/// the engine's lexer for its language, and highlights one line (and the match on it). Bidi overrides, zero-width
/// and control characters show as visible escapes ("<U+202E>"), so that a line reads as it is stored
/// ("Trojan Source"); columns of the file are mapped to the escaped line.
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
    /// Text of a 1-based line of the shown file, as shown (hidden characters escaped).
    QString lineText(int line) const;
    /// Where a 1-based column of a line of the file is on the line as shown.
    int shownColumn(int line, int column) const;

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
    /// For each line (0-based) that shows escapes: the shown position of each UTF-16 position of the file's line.
    QHash<int, std::vector<int>> m_columnMaps;
};

} // namespace sig2rtm::ui
