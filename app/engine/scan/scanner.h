// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "inventory.h"
#include "types.h"

#include <atomic>
#include <functional>
#include <memory>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

struct ScanOptions
{
    QStringList roots;              ///< folders to scan
    QString base;                   ///< paths in findings are relative to it (default: the roots' common folder)
    QStringList exclude;            ///< globs (see GlobSet)
    QStringList skipDirectoryNames; ///< folder names never entered; default: WalkOptions::defaultSkippedDirectories()
    bool useDefaultSkips = true;
    qint64 maxTextFileBytes = 16 * 1024 * 1024; ///< larger text files are skipped (listed in skipped[])
    int threads = 0;                            ///< 0: one per core
    std::shared_ptr<const Catalog> catalog;
};

struct ScanProgress
{
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString currentFile;
    bool walking = false; ///< still listing the tree: totals are not known yet
};

/// Receives progress and results while a scan runs. Called from worker threads: implementations
/// must be thread-safe and quick.
class ScanObserver
{
public:
    virtual ~ScanObserver() = default;
    /// At most every 50 ms, and once at the end.
    virtual void progress(const ScanProgress& progress) { Q_UNUSED(progress); }
    /// Matches in one file as soon as it is scanned (before project-level checks, so a match may
    /// still be dropped from the final result).
    virtual void findings(const std::vector<Finding>& findings) { Q_UNUSED(findings); }
};

struct ScanOutput
{
    QString base;
    std::vector<Finding> findings; ///< final evidence, deterministic order
    std::vector<SkippedEntry> skipped;
    ScanStats stats;
    bool partial = false; ///< canceled before the end
    /// Every use of a legacy API of the catalog's inventory, in files that show the legacy SDK; file order.
    std::vector<InventoryUse> inventory;
    /// Files and folders that mark a client's root (the catalog's clientMarkers), outside dependency folders; walk
    /// order.
    QStringList clientMarkers;
};

/// Scans folders for legacy Signaling SDK use. Blocks the calling thread; files are scanned on a pool
/// of threads, and the result does not depend on their number. Setting cancel makes it return
/// within about 100 ms with what it has, marked partial.
ScanOutput scanTree(const ScanOptions& options, ScanObserver* observer = nullptr,
                    const std::atomic_bool* cancel = nullptr);

} // namespace sig2rtm
