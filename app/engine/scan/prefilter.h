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
/// On x86-64 with SSSE3 a vector pass goes first, 16 positions at a time (32 with AVX2): per literal bucket, a nibble
/// table of each of the literals' first four bytes (the "Teddy" technique of Hyperscan and ripgrep) rules out almost
/// every position with a few shuffles; only the positions it leaves get the checks above.
class Prefilter
{
public:
    /// The instruction sets a prefilter may use: the best the processor has, or less (tests compare them).
    enum class Vector { Best, Ssse3Only, None };

    explicit Prefilter(const QStringList& literals, Vector vector = Vector::Best);

    int literalCount() const { return static_cast<int>(m_literals.size()); }
    const QByteArray& literal(int index) const { return m_literals[static_cast<std::size_t>(index)]; }

    /// Sets hits[i] for every literal i found in data (hits is resized to literalCount()).
    /// Returns true when any literal was found.
    bool scan(const char* data, qsizetype size, std::vector<bool>& hits) const;

private:
    static std::uint32_t hash(std::uint32_t window) { return (window * 2654435761u) >> 16; }
    /// The scalar checks at one position; sets hits and returns true when a literal starts there.
    bool checkAt(const char* data, std::size_t n, std::size_t i, std::vector<bool>& hits) const;
    /// Checks the positions i + k for each bit k set in lanes (the ones a vector block could not rule out).
    void checkLanes(std::uint32_t lanes, const char* data, std::size_t n, std::size_t i, std::vector<bool>& hits,
                    bool* any) const;
    /// The vector pass: checks the positions it cannot rule out and returns where it stopped.
    std::size_t vectorScan(const char* data, std::size_t n, std::vector<bool>& hits, bool* any) const;
    /// The same, 32 positions at a time (AVX2).
    std::size_t vectorScan32(const char* data, std::size_t n, std::vector<bool>& hits, bool* any) const;

    /// Nibble tables of the vector pass: for byte j (0..3) of a literal, the bucket bits of the literals
    /// whose byte j has that low (m_low) or high (m_high) nibble. Empty without a vector unit.
    alignas(16) std::uint8_t m_low[4][16] = {};
    alignas(16) std::uint8_t m_high[4][16] = {};
    bool m_vector = false; ///< SSSE3 is there
    bool m_wide = false;   ///< AVX2 is there too

    std::vector<QByteArray> m_literals;
    std::vector<std::uint64_t> m_pairs;       // 65536 bits: first two bytes of each literal
    std::vector<std::uint64_t> m_filter;      // 65536 bits: hash of the first four bytes
    std::vector<std::vector<int>> m_byPrefix; // hash -> literal indices (sparse, indexed via m_slots)
    std::vector<int> m_slotOf;                // hash -> index into m_byPrefix, -1 when empty
    std::vector<int> m_short;                 // literals shorter than 4 bytes: searched directly
};

} // namespace sig2rtm
