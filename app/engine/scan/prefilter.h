// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <QByteArray>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// Finds which of a fixed set of ASCII literals occur in a byte buffer, in one pass.
///
/// Most files of a real tree contain none of the catalog's literals; this is what keeps a scan
/// close to the speed of reading the files. Each position is checked against two filters: an exact
/// 64 Kbit table of the literals' first two bytes (one L1-resident load, no arithmetic), then a 64 Kbit
/// hash filter of their first four bytes; only positions passing both are compared in full.
/// (A Wu-Manber skip search measured half as fast on source code: its data-dependent jumps stall.)
class Prefilter
{
public:
    explicit Prefilter(const QStringList& literals);

    int literalCount() const { return static_cast<int>(m_literals.size()); }
    const QByteArray& literal(int index) const { return m_literals[static_cast<std::size_t>(index)]; }

    /// Sets hits[i] for every literal i found in data (hits is resized to literalCount()).
    /// Returns true when any literal was found.
    bool scan(const char* data, qsizetype size, std::vector<bool>& hits) const;

private:
    static std::uint32_t hash(std::uint32_t window) { return (window * 2654435761u) >> 16; }

    std::vector<QByteArray> m_literals;
    std::vector<std::uint64_t> m_pairs;       // 65536 bits: first two bytes of each literal
    std::vector<std::uint64_t> m_filter;      // 65536 bits: hash of the first four bytes
    std::vector<std::vector<int>> m_byPrefix; // hash -> literal indices (sparse, indexed via m_slots)
    std::vector<int> m_slotOf;                // hash -> index into m_byPrefix, -1 when empty
    std::vector<int> m_short;                 // literals shorter than 4 bytes: searched directly
};

} // namespace sig2rtm
