// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace sig2rtm {

/// Line starts of a text, for turning offsets into lines, columns and snippets.
class LineIndex
{
public:
    explicit LineIndex(QStringView text);

    /// 1-based line of an offset.
    int lineOf(int offset) const;
    /// 1-based column of an offset, in UTF-16 code units.
    int columnOf(int offset) const { return offset - lineStart(lineOf(offset)) + 1; }
    /// Offset of the first character of a 1-based line.
    int lineStart(int line) const { return m_starts[static_cast<std::size_t>(line - 1)]; }

    /// The line holding offset, trimmed; a window around the match when the line is long (minified code).
    QString snippet(int offset, int length) const;
    /// The same from a part of the line that holds the match at offset (a window of a large file): cutBefore and
    /// cutAfter tell that the line goes on before or after part. Exact when part holds the whole line or at least
    /// 80 characters on either side of the match, as far as the line goes.
    static QString snippetOf(QStringView part, qsizetype offset, qsizetype length, bool cutBefore, bool cutAfter);

private:
    QStringView m_text;
    std::vector<int> m_starts;
};

} // namespace sig2rtm
