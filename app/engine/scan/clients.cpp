// SPDX-License-Identifier: MIT
#include "clients.h"

#include <algorithm>
#include <map>

namespace sig2rtm {

namespace {

bool nameMatches(QStringView name, const QStringList& patterns)
{
    return std::any_of(patterns.begin(), patterns.end(), [&](const QString& pattern) {
        return pattern.startsWith(QLatin1String("*.")) ? name.endsWith(QStringView(pattern).mid(1), Qt::CaseInsensitive)
                                                       : name.compare(pattern, Qt::CaseInsensitive) == 0;
    });
}

QString parentOf(const QString& path)
{
    const auto slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString(QLatin1String("")) : path.left(slash);
}

bool holds(const QString& folder, const QString& path)
{
    return folder.isEmpty() || path == folder ||
           (path.size() > folder.size() && path.startsWith(folder) && path[folder.size()] == u'/');
}

} // namespace

int clientMarkerOf(const std::vector<ClientMarker>& markers, QStringView name, bool directory)
{
    for (std::size_t i = 0; i < markers.size(); ++i) {
        if (nameMatches(name, directory ? markers[i].folders : markers[i].files)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::vector<ClientRoot> detectClientRoots(const std::vector<ClientMarker>& markers, const QStringList& markerPaths)
{
    // folder -> build systems and marker paths. One folder with markers of several build systems (a
    // package.json beside a CMakeLists.txt) is one client.
    struct Folder
    {
        QStringList systems;
        QStringList paths;
    };
    std::map<QString, Folder> folders;
    for (const auto& path : markerPaths) {
        const QStringView name = QStringView(path).mid(path.lastIndexOf(u'/') + 1);
        int m = clientMarkerOf(markers, name, false);
        if (m < 0) {
            m = clientMarkerOf(markers, name, true);
        }
        if (m < 0) {
            continue;
        }
        Folder& folder = folders[parentOf(path)];
        const QString& system = markers[static_cast<std::size_t>(m)].buildSystem;
        if (!folder.systems.contains(system)) {
            folder.systems << system;
        }
        folder.paths << path;
    }
    const auto nests = [&](const QString& system) {
        return std::any_of(markers.begin(), markers.end(),
                           [&](const ClientMarker& marker) { return marker.buildSystem == system && marker.nests; });
    };
    const auto partOf = [&](const QString& inner, const QStringList& outer) {
        return std::any_of(markers.begin(), markers.end(), [&](const ClientMarker& marker) {
            return marker.buildSystem == inner &&
                   std::any_of(marker.partOf.begin(), marker.partOf.end(),
                               [&](const QString& system) { return outer.contains(system); });
        });
    };
    // Outer folders come first (map order puts "a" before "a/b"): a folder joins the nearest root that holds
    // it when they share a build system, or when all of its build systems are part of the root's.
    std::vector<ClientRoot> roots;
    std::vector<QStringList> systems;
    for (auto& [folder, content] : folders) {
        int owner = -1;
        for (int i = static_cast<int>(roots.size()) - 1; i >= 0; --i) {
            const auto& candidate = roots[static_cast<std::size_t>(i)];
            if (candidate.folder == folder || !holds(candidate.folder, folder)) {
                continue;
            }
            const QStringList& theirs = systems[static_cast<std::size_t>(i)];
            const bool shared = std::any_of(content.systems.begin(), content.systems.end(),
                                            [&](const QString& s) { return theirs.contains(s) && nests(s); });
            const bool part = std::all_of(content.systems.begin(), content.systems.end(),
                                          [&](const QString& s) { return partOf(s, theirs); });
            if (shared || part) {
                owner = i;
            }
            break; // only the nearest root that holds it counts
        }
        if (owner >= 0) {
            roots[static_cast<std::size_t>(owner)].markers << content.paths;
            continue;
        }
        ClientRoot root;
        root.folder = folder;
        root.id = folder.isEmpty() ? QStringLiteral(".") : folder;
        root.name = root.id;
        root.markers = content.paths;
        roots.push_back(std::move(root));
        systems.push_back(content.systems);
    }
    return roots;
}

ClientIndex::ClientIndex(const std::vector<ClientRoot>& roots)
{
    m_byFolder.reserve(static_cast<qsizetype>(roots.size()));
    for (std::size_t i = 0; i < roots.size(); ++i) {
        if (!roots[i].folder.isNull() && !m_byFolder.contains(roots[i].folder)) {
            m_byFolder.insert(roots[i].folder, static_cast<int>(i));
        }
    }
}

int ClientIndex::of(QStringView path) const
{
    // The path itself (a marker folder), then each folder above it, then the root ("").
    for (QStringView folder = path; !folder.isEmpty();) {
        if (const auto it = m_byFolder.constFind(folder.toString()); it != m_byFolder.cend()) {
            return *it;
        }
        folder = folder.left(std::max<qsizetype>(folder.lastIndexOf(u'/'), 0));
    }
    return m_byFolder.value(QString(QLatin1String("")), -1);
}

int clientOf(const std::vector<ClientRoot>& roots, const QString& path)
{
    return ClientIndex(roots).of(path);
}

} // namespace sig2rtm
