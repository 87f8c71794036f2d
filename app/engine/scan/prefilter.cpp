// SPDX-License-Identifier: MIT
#include "prefilter.h"

#include <algorithm>
#include <bit>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SIG2RTM_PREFILTER_SSSE3 1
#include <immintrin.h>
#endif

namespace sig2rtm {

namespace {

#ifdef SIG2RTM_PREFILTER_SSSE3
bool cpuHasSsse3()
{
    static const bool has = __builtin_cpu_supports("ssse3");
    return has;
}

bool cpuHasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

} // namespace

Prefilter::Prefilter(const QStringList& literals, Vector vector)
    : m_pairs(65536 / 64, 0), m_filter(65536 / 64, 0), m_slotOf(65536, -1)
{
    std::vector<int> long4;
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
        long4.push_back(index);
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
#ifdef SIG2RTM_PREFILTER_SSSE3
    // Eight buckets of literals sorted by their first bytes: literals alike share a bucket, which keeps
    // each bucket's nibble sets small and the vector pass selective.
    std::sort(long4.begin(), long4.end(), [this](int a, int b) {
        return m_literals[static_cast<std::size_t>(a)].left(4) < m_literals[static_cast<std::size_t>(b)].left(4);
    });
    const std::size_t perBucket = std::max<std::size_t>(1, (long4.size() + 7) / 8);
    for (std::size_t k = 0; k < long4.size(); ++k) {
        const auto bit = static_cast<std::uint8_t>(1u << std::min<std::size_t>(k / perBucket, 7));
        const QByteArray& lit = m_literals[static_cast<std::size_t>(long4[k])];
        for (int j = 0; j < 4; ++j) {
            const auto byte = static_cast<std::uint8_t>(lit[j]);
            m_low[j][byte & 15] |= bit;
            m_high[j][byte >> 4] |= bit;
        }
    }
    m_vector = vector != Vector::None && !long4.empty() && cpuHasSsse3();
    m_wide = m_vector && vector == Vector::Best && cpuHasAvx2();
#else
    Q_UNUSED(vector);
#endif
}

bool Prefilter::checkAt(const char* data, std::size_t n, std::size_t i, std::vector<bool>& hits) const
{
    std::uint16_t pair = 0;
    std::memcpy(&pair, data + i, 2);
    if (!(m_pairs[pair >> 6] & (std::uint64_t{1} << (pair & 63)))) {
        return false;
    }
    std::uint32_t window = 0;
    std::memcpy(&window, data + i, 4);
    const auto h = hash(window);
    if (!(m_filter[h >> 6] & (std::uint64_t{1} << (h & 63)))) {
        return false;
    }
    bool found = false;
    for (int index : m_byPrefix[static_cast<std::size_t>(m_slotOf[h])]) {
        const QByteArray& lit = m_literals[static_cast<std::size_t>(index)];
        const auto len = static_cast<std::size_t>(lit.size());
        if (!hits[static_cast<std::size_t>(index)] && i + len <= n &&
            std::memcmp(data + i, lit.constData(), len) == 0) {
            hits[static_cast<std::size_t>(index)] = true;
            found = true;
        }
    }
    return found;
}

void Prefilter::checkLanes(std::uint32_t lanes, const char* data, std::size_t n, std::size_t i, std::vector<bool>& hits,
                           bool* any) const
{
    while (lanes != 0) {
        const auto k = static_cast<std::size_t>(std::countr_zero(lanes));
        lanes &= lanes - 1;
        if (checkAt(data, n, i + k, hits)) {
            *any = true;
        }
    }
}

#ifdef SIG2RTM_PREFILTER_SSSE3
__attribute__((target("avx2"))) std::size_t Prefilter::vectorScan32(const char* data, std::size_t n,
                                                                    std::vector<bool>& hits, bool* any) const
{
    // The same tables in both 128-bit halves: the AVX2 shuffle works within each half.
    const __m256i nibble = _mm256_set1_epi8(0x0f);
    const __m256i zero = _mm256_setzero_si256();
    __m256i low[4];
    __m256i high[4];
    for (int j = 0; j < 4; ++j) {
        low[j] = _mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i*>(m_low[j])));
        high[j] = _mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i*>(m_high[j])));
    }
    std::size_t i = 0;
    for (; i + 32 + 3 <= n; i += 32) {
        __m256i match = _mm256_set1_epi8(-1);
        for (int j = 0; j < 4; ++j) {
            const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(data + i + j));
            const __m256i lo = _mm256_shuffle_epi8(low[j], _mm256_and_si256(v, nibble));
            const __m256i hi = _mm256_shuffle_epi8(high[j], _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble));
            match = _mm256_and_si256(match, _mm256_and_si256(lo, hi));
        }
        checkLanes(~static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(match, zero))), data, n, i, hits,
                   any);
    }
    return i;
}

__attribute__((target("ssse3"))) std::size_t Prefilter::vectorScan(const char* data, std::size_t n,
                                                                   std::vector<bool>& hits, bool* any) const
{
    std::size_t start = m_wide ? vectorScan32(data, n, hits, any) : 0;
    const __m128i nibble = _mm_set1_epi8(0x0f);
    const __m128i zero = _mm_setzero_si128();
    __m128i low[4];
    __m128i high[4];
    for (int j = 0; j < 4; ++j) {
        low[j] = _mm_load_si128(reinterpret_cast<const __m128i*>(m_low[j]));
        high[j] = _mm_load_si128(reinterpret_cast<const __m128i*>(m_high[j]));
    }
    std::size_t i = start;
    // Lane k of a block stands for the position i + k; it reads bytes up to i + k + 3 (the 4-byte window).
    for (; i + 16 + 3 <= n; i += 16) {
        __m128i match = _mm_set1_epi8(-1);
        for (int j = 0; j < 4; ++j) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + j));
            const __m128i lo = _mm_shuffle_epi8(low[j], _mm_and_si128(v, nibble));
            const __m128i hi = _mm_shuffle_epi8(high[j], _mm_and_si128(_mm_srli_epi16(v, 4), nibble));
            match = _mm_and_si128(match, _mm_and_si128(lo, hi));
        }
        checkLanes(static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(match, zero))) ^ 0xffffu, data, n, i,
                   hits, any);
    }
    return i;
}
#else
std::size_t Prefilter::vectorScan(const char*, std::size_t, std::vector<bool>&, bool*) const
{
    return 0;
}

std::size_t Prefilter::vectorScan32(const char*, std::size_t, std::vector<bool>&, bool*) const
{
    return 0;
}
#endif

bool Prefilter::scan(const char* data, qsizetype size, std::vector<bool>& hits) const
{
    hits.assign(m_literals.size(), false);
    bool any = false;
    const auto n = static_cast<std::size_t>(size);
    std::size_t i = m_vector ? vectorScan(data, n, hits, &any) : 0;
    for (; i + 4 <= n; ++i) {
        if (checkAt(data, n, i, hits)) {
            any = true;
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
