// SPDX-License-Identifier: MIT
#include "prefilter.h"

#include <cstring>

namespace sig2rtm {

Prefilter::Prefilter(const QStringList& literals) : m_pairs(65536 / 64, 0), m_filter(65536 / 64, 0), m_slotOf(65536, -1)
{
    for (const auto& literal : literals) {
        const QByteArray bytes = literal.toUtf8();
        if (bytes.isEmpty()) {
            continue;
        }
        const int index = static_cast<int>(m_literals.size());
        m_literals.push_back(bytes);
        if (bytes.size() < 4) {
            m_short.push_back(index);
            continue;
        }
        std::uint16_t pair = 0;
        std::memcpy(&pair, bytes.constData(), 2);
        m_pairs[pair >> 6] |= std::uint64_t{1} << (pair & 63);
        std::uint32_t window = 0;
        std::memcpy(&window, bytes.constData(), 4);
        const auto h = hash(window);
        m_filter[h >> 6] |= std::uint64_t{1} << (h & 63);
        if (m_slotOf[h] < 0) {
            m_slotOf[h] = static_cast<int>(m_byPrefix.size());
            m_byPrefix.emplace_back();
        }
        m_byPrefix[static_cast<std::size_t>(m_slotOf[h])].push_back(index);
    }
}

bool Prefilter::scan(const char* data, qsizetype size, std::vector<bool>& hits) const
{
    hits.assign(m_literals.size(), false);
    bool any = false;
    const auto n = static_cast<std::size_t>(size);
    const std::uint64_t* pairs = m_pairs.data();
    for (std::size_t i = 0; i + 4 <= n; ++i) {
        std::uint16_t pair = 0;
        std::memcpy(&pair, data + i, 2);
        if (!(pairs[pair >> 6] & (std::uint64_t{1} << (pair & 63)))) {
            continue;
        }
        std::uint32_t window = 0;
        std::memcpy(&window, data + i, 4);
        const auto h = hash(window);
        if (!(m_filter[h >> 6] & (std::uint64_t{1} << (h & 63)))) {
            continue;
        }
        for (int index : m_byPrefix[static_cast<std::size_t>(m_slotOf[h])]) {
            const QByteArray& lit = m_literals[static_cast<std::size_t>(index)];
            const auto len = static_cast<std::size_t>(lit.size());
            if (!hits[static_cast<std::size_t>(index)] && i + len <= n &&
                std::memcmp(data + i, lit.constData(), len) == 0) {
                hits[static_cast<std::size_t>(index)] = true;
                any = true;
            }
        }
    }
    for (int index : m_short) {
        const QByteArray& lit = m_literals[static_cast<std::size_t>(index)];
        if (QByteArrayView(data, size).indexOf(lit) >= 0) {
            hits[static_cast<std::size_t>(index)] = true;
            any = true;
        }
    }
    return any;
}

} // namespace sig2rtm
