// SPDX-License-Identifier: MIT
#pragma once

#include "filescan.h"
#include "message.h"
#include "ruleindex.h"

#include <atomic>
#include <QByteArray>
#include <QString>

namespace sig2rtm {

/// Text files larger than this are analysed in windows by analyzeLargeFile, never read whole. The whole-file path
/// (analyzeFile) holds the bytes, their UTF-16 text and a token every few characters: measured, a 4 MiB file of
/// dense code peaks at about 160 MB for the whole process, an 8 MiB one above 300 MB.
inline constexpr qint64 kLargeFileBytes = 4 * 1024 * 1024;

/// The sizes of the windowed analysis. Memory follows windowBytes + afterBytes, whatever the file's size: with these,
/// a 50 MB file of dense code peaks near 55 MB for the whole process. Larger windows see further (a variable assigned
/// before the call that uses it) but cost more than they save: 2 MiB windows peaked at 130 MB and ran twice as long,
/// their token vectors no longer reused from one window to the next.
struct LargeFileOptions
{
    qint64 windowBytes = 512 * 1024;          ///< bytes at the start of a window: where its findings are kept
    qint64 afterBytes = 128 * 1024;           ///< read past them, for what follows a call (its arguments)
    qint64 chunkBytes = 8 * 1024 * 1024;      ///< bytes per read of the first pass (the prefilter)
    QByteArray nativeRoot;                    ///< the scanned folder: the file opened must lie in it (empty: unchecked)
    const std::atomic_bool* cancel = nullptr; ///< when set, the analysis stops at the next chunk or window
};

/// What analyzeLargeFile made of a file.
struct LargeFileScan
{
    enum class Status {
        Analysed, ///< scan holds the result (possibly nothing: no literal of the rules in the file)
        Binary,   ///< a NUL byte in its first 8 KB, as looksBinary
        TooLarge, ///< larger than maxBytes: not read
        Failed,   ///< could not be read: failure says why
        Canceled  ///< options.cancel was set before the analysis ended: nothing of the file is kept
    };
    Status status = Status::Failed;
    FileScan scan;
    Message failure;     ///< Failed: the reason to list the file as skipped with
    qint64 size = 0;     ///< bytes of the file as opened
    int windows = 0;     ///< windows read in the second pass (0 when no literal of the rules is in the file)
    int blindStarts = 0; ///< windows that had to start where the lexer's state is not known (see largefile.cpp)
};

/// Applies every content rule to one text file, in memory bounded by the options whatever the file's size (files of
/// more than 2 GiB included), instead of analyzeFile, which needs the whole file: for files over kLargeFileBytes.
/// The file is opened without following a link or blocking, and only a regular file is read. A first pass runs the
/// prefilter over the file in chunks; when a literal is found, a second pass decodes and analyses the file in
/// windows that start where the lexer is in its initial state, and maps each finding back to its line, column and
/// snippet in the file. Findings are those of analyzeFile, except what needs context from further away than a window
/// (largefile.cpp lists the limits). path: for messages and on Windows; nativePath: the path as the file system
/// spells it (QFile::encodeName(path) when empty). relativePath and sdkFile: as analyzeFile. The file is never
/// deferred (FileScan::deferredReceivers): deferral would read it whole later.
LargeFileScan analyzeLargeFile(const RuleIndex& index, const QString& path, const QByteArray& nativePath,
                               const QString& relativePath, qint64 maxBytes, bool sdkFile,
                               const LargeFileOptions& options = {});

} // namespace sig2rtm
