// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <deque>
#include <QByteArray>
#include <QString>
#include <vector>

namespace sig2rtm {

/// What the printable strings of one binary say about its version.
struct BinaryVersion
{
    QString version;    ///< empty when no pattern matched, or when the preferred one found different versions
    qint64 offset = -1; ///< byte offset of the version in the file
    QString text;       ///< the printable string that holds it
    Confidence confidence = Confidence::High;
    /// The preferred pattern found several versions: each as {version, byte offset}, in file order.
    std::vector<std::pair<QString, qint64>> conflicting;
    bool truncated = false; ///< the file is larger than the cap: only its start was read
};

/// Runs the catalog's version-string patterns over the printable strings of a byte stream, fed in
/// chunks: runs of at least four printable ASCII characters, and of UTF-16LE ones (Windows version
/// resources). Memory stays bounded whatever the input: a few recent strings and the matches.
class VersionStringFinder
{
public:
    explicit VersionStringFinder(const VersionStrings& spec);

    void feed(QByteArrayView chunk);
    /// Ends the stream (a string that runs to its end counts) and returns the answer.
    BinaryVersion finish();

private:
    struct Run
    {
        QByteArray text;
        qint64 start = 0;
    };
    struct Recent
    {
        QString text;
        qint64 offset = 0;
    };
    struct Pending
    {
        std::size_t pattern = 0;
        QString version;
        QString text;
        qint64 offset = 0;
        int stringsLeft = 0;
    };
    struct Found
    {
        QString version;
        QString text;
        qint64 offset = 0;
    };

    void endRun(Run& run, bool wide);
    void onString(const QString& text, qint64 offset, bool wide);
    void confirm(std::size_t pattern, const QString& version, const QString& text, qint64 offset);

    const VersionStrings& m_spec;
    qint64 m_position = 0;
    Run m_ascii;
    Run m_wide[2];           ///< UTF-16LE runs starting at even and at odd offsets
    int m_low[2] = {-1, -1}; ///< the low byte of the current UTF-16 unit of each parity, or -1
    int m_window = 0;
    std::deque<Recent> m_recent;
    std::vector<Pending> m_pending;
    std::vector<std::vector<Found>> m_found; ///< per pattern, distinct versions in order of appearance
};

/// Reads at most spec.maxBytes of the file at path and returns what its strings say. False (and
/// *error set) when the file cannot be read.
bool readBinaryVersion(const QString& path, const VersionStrings& spec, BinaryVersion* out, QString* error);

} // namespace sig2rtm
