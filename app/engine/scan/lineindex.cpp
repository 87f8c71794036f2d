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
    constexpr int kMax = 200;
    if (end - start <= kMax) {
        return m_text.mid(start, end - start).trimmed().toString();
    }
    const int from = std::max(start, offset - 80);
    const int to = std::min(end, offset + length + 80);
    QString s = m_text.mid(from, to - from).toString();
    if (from > start) {
        s.prepend(QStringLiteral("… "));
    }
    if (to < end) {
        s.append(QStringLiteral(" …"));
    }
    return s.trimmed();
}

} // namespace sig2rtm
