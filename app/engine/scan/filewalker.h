// SPDX-License-Identifier: MIT
#pragma once

#include "glob.h"
#include "types.h"

#include <atomic>
#include <functional>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

struct WalkEntry
{
    QString absolutePath;
    QString relativePath; ///< forward slashes, relative to the walk's base
    qint64 size = 0;      ///< bytes, or -1 when not looked up (WalkOptions::sizes)
    bool directory = false;
    /// Inside a dependency folder (WalkOptions::artifactDirectoryNames): skipped for usage, read only to
    /// find the SDK's own files.
    bool artifactsOnly = false;
    /// The path as the file system spells it, for opening. A name that is not valid UTF-8 shows escaped in
    /// absolutePath and relativePath ("x\xFF.js") and opens by its own bytes.
    QByteArray nativePath;
    /// The root it was walked from, canonical, as the file system spells it: an opened file must still lie in it.
    QByteArray nativeRoot;
};

/// A file name as shown: its UTF-8 text, with every byte that is not part of valid UTF-8 written as \xHH, so
/// that two names differing only in such bytes stay different.
QString displayFileName(QByteArrayView native);

struct WalkOptions
{
    QStringList skipDirectoryNames = defaultSkippedDirectories();
    /// Skipped folders that hold other people's code rather than build output (vendor, node_modules, ...):
    /// walked anyway, their files handed over as artifactsOnly. Only names that are also skipped count.
    QStringList artifactDirectoryNames = defaultArtifactDirectories();
    GlobSet exclude;
    const std::atomic_bool* cancel = nullptr;
    /// Look up each file's size (one stat per file). When false, WalkEntry::size is -1 unless the
    /// file system did not tell the entry's type anyway.
    bool sizes = true;
    /// When set, files are handed over as they are found (in walk order) instead of collected in
    /// WalkResult::files, so that scanning can start while the tree is still being listed.
    std::function<void(WalkEntry&&)> onFile;

    /// .git, node_modules, Pods, vendor and build outputs: skipped unless the user asks otherwise.
    static QStringList defaultSkippedDirectories();
    /// The dependency folders among them: node_modules, Pods, vendor, bower_components.
    static QStringList defaultArtifactDirectories();
    /// Version-control folders: never walked, not even inside a dependency folder.
    static QStringList versionControlDirectories();
};

struct WalkResult
{
    std::vector<WalkEntry> files;
    std::vector<WalkEntry> directories; ///< every directory walked into (for directory-name rules)
    std::vector<SkippedEntry> skipped;
    bool canceled = false;
};

/// Lists the regular files below roots. Never follows a symbolic link (a link inside the tree is
/// scanned at its real path; one leading outside is out of scope; one into an ancestor is a loop),
/// never throws, and records everything it leaves out, with the reason, in skipped.
/// Relative paths are taken against base (the roots' common folder).
WalkResult walkTree(const QStringList& roots, const QString& base, const WalkOptions& options);

/// The deepest folder that contains every root.
QString commonBase(const QStringList& roots);

} // namespace sig2rtm
