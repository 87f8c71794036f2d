// SPDX-License-Identifier: MIT
#include "binaryversion.h"

#include <algorithm>
#include <QFile>

namespace sig2rtm {

namespace {

constexpr int kMinLength = 4;    // as strings(1): shorter runs are mostly noise
constexpr int kMaxLength = 1024; // longer runs are kept only up to here
constexpr int kMaxVersions = 4;  // distinct versions kept per pattern: enough to see a conflict
constexpr qint64 kChunk = 1 << 20;

bool isPrintable(int byte)
{
    return (byte >= 0x20 && byte < 0x7f) || byte == '\t';
}

/// Cheap gate before the regular expressions: a version needs a digit, a dot and a digit.
bool mayHoldVersion(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == u'.' && text[i - 1].isDigit() && text[i + 1].isDigit()) {
            return true;
        }
    }
    return false;
}

} // namespace

VersionStringFinder::VersionStringFinder(const VersionStrings& spec) : m_spec(spec), m_found(spec.patterns.size())
{
    for (const auto& p : spec.patterns) {
        m_window = std::max(m_window, p.distance);
    }
}

void VersionStringFinder::feed(QByteArrayView chunk)
{
    for (const char c : chunk) {
        const int byte = static_cast<unsigned char>(c);
        if (isPrintable(byte)) {
            if (m_ascii.text.isEmpty()) {
                m_ascii.start = m_position;
            }
            if (m_ascii.text.size() < kMaxLength) {
                m_ascii.text.append(c);
            }
        } else {
            endRun(m_ascii, false);
        }
        // UTF-16LE: a printable low byte at an offset of one parity, then a zero high byte.
        for (int parity = 0; parity < 2; ++parity) {
            if ((m_position & 1) == parity) {
                m_low[parity] = byte;
                continue;
            }
            const int low = m_low[parity];
            m_low[parity] = -1;
            if (low >= 0 && byte == 0 && isPrintable(low)) {
                Run& run = m_wide[parity];
                if (run.text.isEmpty()) {
                    run.start = m_position - 1;
                }
                if (run.text.size() < kMaxLength) {
                    run.text.append(static_cast<char>(low));
                }
            } else {
                endRun(m_wide[parity], true);
            }
        }
        ++m_position;
    }
}

void VersionStringFinder::endRun(Run& run, bool wide)
{
    if (run.text.size() >= kMinLength) {
        onString(QString::fromLatin1(run.text), run.start, wide);
    }
    run.text.clear();
}

void VersionStringFinder::onString(const QString& text, qint64 offset, bool wide)
{
    // Candidates waiting for a neighbour: this string may be it.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (m_spec.patterns[it->pattern].near.match(text).hasMatch()) {
            confirm(it->pattern, it->version, it->text, it->offset);
            it = m_pending.erase(it);
        } else if (--it->stringsLeft <= 0) {
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (mayHoldVersion(text)) {
        for (std::size_t i = 0; i < m_spec.patterns.size(); ++i) {
            const auto& pattern = m_spec.patterns[i];
            const auto m = pattern.regex.match(text);
            if (!m.hasMatch()) {
                continue;
            }
            const QString version = m.captured(1);
            const qint64 at = offset + m.capturedStart(1) * (wide ? 2 : 1);
            if (!pattern.near.isValid() || pattern.near.pattern().isEmpty()) {
                confirm(i, version, text, at);
                continue;
            }
            const auto from = m_recent.size() - std::min<std::size_t>(m_recent.size(), pattern.distance);
            const bool neighbour = std::any_of(m_recent.begin() + static_cast<std::ptrdiff_t>(from), m_recent.end(),
                                               [&](const Recent& r) { return pattern.near.match(r.text).hasMatch(); });
            if (neighbour) {
                confirm(i, version, text, at);
            } else {
                m_pending.push_back({i, version, text, at, pattern.distance});
            }
        }
    }
    if (m_window > 0) {
        m_recent.push_back({text, offset});
        if (m_recent.size() > static_cast<std::size_t>(m_window)) {
            m_recent.pop_front();
        }
    }
}

void VersionStringFinder::confirm(std::size_t pattern, const QString& version, const QString& text, qint64 offset)
{
    auto& found = m_found[pattern];
    if (found.size() >= kMaxVersions ||
        std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.version == version; })) {
        return;
    }
    found.push_back({version, text, offset});
}

BinaryVersion VersionStringFinder::finish()
{
    endRun(m_ascii, false);
    endRun(m_wide[0], true);
    endRun(m_wide[1], true);
    m_pending.clear();
    BinaryVersion result;
    for (std::size_t i = 0; i < m_found.size(); ++i) {
        auto found = m_found[i];
        if (found.empty()) {
            continue;
        }
        std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.offset < b.offset; });
        result.confidence = m_spec.patterns[i].confidence;
        if (found.size() == 1) {
            result.version = found.front().version;
            result.offset = found.front().offset;
            result.text = found.front().text;
        } else {
            for (const auto& f : found) {
                result.conflicting.emplace_back(f.version, f.offset);
            }
            result.offset = found.front().offset;
            result.text = found.front().text;
        }
        break;
    }
    return result;
}

bool readBinaryVersion(const QString& path, const VersionStrings& spec, BinaryVersion* out, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    VersionStringFinder finder(spec);
    QByteArray buffer(static_cast<qsizetype>(kChunk), Qt::Uninitialized);
    qint64 total = 0;
    bool truncated = false;
    while (total < spec.maxBytes) {
        const qint64 want = std::min<qint64>(kChunk, spec.maxBytes - total);
        const qint64 got = file.read(buffer.data(), want);
        if (got < 0) {
            *error = file.errorString();
            return false;
        }
        if (got == 0) {
            break;
        }
        finder.feed(QByteArrayView(buffer.constData(), static_cast<qsizetype>(got)));
        total += got;
    }
    if (total >= spec.maxBytes) {
        char probe = 0;
        truncated = file.read(&probe, 1) == 1;
    }
    *out = finder.finish();
    out->truncated = truncated;
    return true;
}

} // namespace sig2rtm
