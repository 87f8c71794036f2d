// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// A folder that holds one client of the project (an app, a web page, a server): where its build or package
/// file is. Findings below it belong to it.
struct ClientRoot
{
    QString id;          ///< the folder relative to the report's root ("." for the root itself), or a declared name
    QString name;        ///< what to show: a declared name, else the folder
    QString folder;      ///< relative to the report's root, forward slashes; "" for the root; null when declared only
    QStringList markers; ///< the files that make the folder a client ("package.json", "app/build.gradle", ...)
    bool declared = false;
};

/// Index of the catalog's client marker (build system) that a file or folder name is, or -1.
int clientMarkerOf(const std::vector<ClientMarker>& markers, QStringView name, bool directory);

/// Client roots from the marker paths a walk found (relative to the report's root). A marker below a root
/// of the same build system belongs to that root (an Android app module under its Gradle project, a CMake
/// subfolder), and so does one whose build system is partOf the root's (native code in an app); any other
/// marker is a client of its own (an iOS app inside a React Native project). Sorted by folder.
std::vector<ClientRoot> detectClientRoots(const std::vector<ClientMarker>& markers, const QStringList& markerPaths);

/// Which root holds a path, looked up by the path's folders (its depth), not by trying every root.
class ClientIndex
{
public:
    explicit ClientIndex(const std::vector<ClientRoot>& roots);
    /// Index of the root whose folder holds path (the deepest one; of equal folders the first), or -1. Roots
    /// declared without a folder hold nothing.
    int of(QStringView path) const;

private:
    QHash<QString, int> m_byFolder;
};

/// ClientIndex(roots).of(path), for a single lookup.
int clientOf(const std::vector<ClientRoot>& roots, const QString& path);

} // namespace sig2rtm
