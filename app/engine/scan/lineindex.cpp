// SPDX-License-Identifier: MIT
#include "lineindex.h"

#include <algorithm>

namespace sig2rtm {

LineIndex::LineIndex(QStringView text) : m_text(text)
{
    m_starts.push_back(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
            m_starts.push_back(static_cast<int>(i + 1));
        }
    }
}

int LineIndex::lineOf(int offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    return static_cast<int>(it - m_starts.begin());
}

QString LineIndex::snippet(int offset, int length) const
{
    const int line = lineOf(offset);
    const int start = m_starts[static_cast<std::size_t>(line - 1)];
    int end = line < static_cast<int>(m_starts.size()) ? m_starts[static_cast<std::size_t>(line)]
                                                       : static_cast<int>(m_text.size());
    while (end > start && (m_text[end - 1] == u'\n' || m_text[end - 1] == u'\r')) {
        --end;
    }
    return snippetOf(m_text.mid(start, end - start), offset - start, length, false, false);
}

QString LineIndex::snippetOf(QStringView part, qsizetype offset, qsizetype length, bool cutBefore, bool cutAfter)
{
    constexpr qsizetype kMax = 200;
    if (!cutBefore && !cutAfter && part.size() <= kMax) {
        return part.trimmed().toString();
    }
    const qsizetype from = std::max<qsizetype>(0, offset - 80);
    const qsizetype to = std::min(part.size(), offset + length + 80);
    QString s = part.mid(from, to - from).toString();
    if (from > 0 || cutBefore) {
        s.prepend(QStringLiteral("… "));
    }
    if (to < part.size() || cutAfter) {
        s.append(QStringLiteral(" …"));
    }
    return s.trimmed();
}

} // namespace sig2rtm
