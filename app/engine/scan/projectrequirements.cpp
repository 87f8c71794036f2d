// SPDX-License-Identifier: MIT
#include "projectrequirements.h"

#include "fileanalyzer.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace sig2rtm {

namespace {

QString folderOf(const QString& path)
{
    const auto slash = path.lastIndexOf(u'/');
    return slash >= 0 ? path.left(slash) : QString();
}

bool isWithin(const QString& path, const QString& folder)
{
    return folder.isEmpty() || path.startsWith(folder + u'/');
}

/// What a path or snippet says about an Apple platform: "macos", "ios" or nothing.
QString appleHint(const Finding& f)
{
    static const QRegularExpression mac(QStringLiteral("(^|[/_\\-.\\s])([Mm]ac(OS|os|osx)?|OSX|osx)(?![a-z])"));
    static const QRegularExpression ios(QStringLiteral("(^|[/_\\-.\\s])(iOS|ios|iPhone|iphone|iPad|ipad)(?![a-z])"));
    for (const QString* text : {&f.file, &f.snippet}) {
        if (mac.match(*text).hasMatch()) {
            return QStringLiteral("macos");
        }
        if (ios.match(*text).hasMatch()) {
            return QStringLiteral("ios");
        }
    }
    return {};
}

/// The projects of one Project rule found in the tree: folders holding one of its markers, or one of
/// its ambiguous markers with a page at or below.
struct Projects
{
    const Rule* rule = nullptr;
    QStringList roots;
    QSet<QString> reported; // files whose evidence was already reported for the rule

    /// The root of the project holding file ("." for the scan's base), or an empty string.
    QString rootOf(const QString& file) const
    {
        for (const auto& root : roots) {
            if (isWithin(file, root)) {
                return root.isEmpty() ? QStringLiteral(".") : root;
            }
        }
        return {};
    }
};

std::vector<Projects> findProjects(const RuleIndex& index, const std::vector<FileScan>& scans)
{
    std::vector<Projects> out;
    for (int r : index.projectRules()) {
        Projects projects;
        projects.rule = &index.rule(r);
        QStringList pageFolders;
        for (const auto& s : scans) {
            for (const auto& m : s.projectMarkers) {
                if (m.rule == r && m.role == ProjectMarker::Role::Page) {
                    pageFolders << folderOf(s.file);
                }
            }
        }
        for (const auto& s : scans) {
            for (const auto& m : s.projectMarkers) {
                if (m.rule != r || m.role == ProjectMarker::Role::Page) {
                    continue;
                }
                const QString folder = folderOf(s.file);
                const bool hasPages = std::any_of(pageFolders.begin(), pageFolders.end(),
                                                  [&](const QString& f) { return f == folder || isWithin(f, folder); });
                if ((m.role == ProjectMarker::Role::Root || hasPages) && !projects.roots.contains(folder)) {
                    projects.roots << folder;
                }
            }
        }
        out.push_back(std::move(projects));
    }
    return out;
}

/// The files a relative JS module specifier ("./session", "../lib/sig") may name, relative to the scan's base,
/// in the order a bundler tries them.
QStringList moduleFiles(const QString& importer, const QString& specifier)
{
    const QString folder = folderOf(importer);
    const QString path = QDir::cleanPath(folder.isEmpty() ? specifier : folder + u'/' + specifier);
    if (path.startsWith(QLatin1String("../")) || path == QLatin1String("..")) {
        return {}; // outside the scanned tree
    }
    QStringList out{path};
    for (const char* ext : {".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx"}) {
        out << path + QLatin1String(ext);
    }
    out << path + QStringLiteral("/index.js") << path + QStringLiteral("/index.ts");
    return out;
}

/// Whether a module that the file imports uses the APIs that corroborate its factory calls. Each module
/// is read once per scan (cache), and only for files whose own text did not corroborate them.
bool importedModuleCorroborates(const RuleIndex& index, const FileScan& s, const QString& base,
                                QHash<QString, bool>& cache)
{
    for (const auto& specifier : s.localImports) {
        for (const auto& file : moduleFiles(s.file, specifier)) {
            if (const auto it = cache.constFind(file); it != cache.cend()) {
                if (*it) {
                    return true;
                }
                continue;
            }
            QFile module(QDir(base).filePath(file));
            bool uses = false;
            if (QFileInfo(module).isFile() && module.size() < 8 * 1024 * 1024 && module.open(QIODevice::ReadOnly)) {
                uses = usesFactoryMarkers(index, file, module.readAll());
            }
            cache.insert(file, uses);
            if (uses) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

std::vector<Finding> applyProjectRequirements(const RuleIndex& index, std::vector<FileScan>& scans, const QString& base,
                                              QSet<QString>* sdkObjects)
{
    QSet<QString> shims;
    QSet<QString> bound(index.objectNames().begin(), index.objectNames().end());
    bool webVendored = false;
    for (const auto& s : scans) {
        for (const auto& n : s.shimClasses) {
            shims.insert(n);
        }
        for (const auto& n : s.boundNames) {
            bound.insert(n);
        }
    }
    // Files set aside because only receiver-gated calls could match: analyse those whose receivers
    // are SDK objects after all.
    for (auto& s : scans) {
        if (s.deferredReceivers.isEmpty()) {
            continue;
        }
        const bool relevant = std::any_of(s.deferredReceivers.begin(), s.deferredReceivers.end(),
                                          [&](const QString& r) { return bound.contains(r); });
        if (!relevant) {
            continue;
        }
        QFile file(QDir(base).filePath(s.file));
        if (file.open(QIODevice::ReadOnly)) {
            FileScan full = analyzeFile(index, s.file, file.readAll(), false, false);
            for (const auto& n : full.boundNames) {
                bound.insert(n);
            }
            s = std::move(full);
        }
    }
    // Drop imports of project-local shims first: they decide whether the legacy SDK is present at all.
    for (auto& s : scans) {
        auto& c = s.candidates;
        c.erase(std::remove_if(c.begin(), c.end(),
                               [&](const Candidate& x) {
                                   return x.requirement == Requirement::NotShim && shims.contains(x.subject);
                               }),
                c.end());
        for (const auto& x : c) {
            if (x.finding.sdk == SdkKind::Signaling && x.finding.platform == QLatin1String("web") &&
                x.requirement != Requirement::SignalingWebFile) {
                webVendored = true;
            }
        }
    }
    // A project with its own function of a factory's name (a reactive-state primitive) calls that one.
    const bool ownFactory =
        std::any_of(scans.begin(), scans.end(), [](const FileScan& s) { return s.definesFactory && !s.sdkFile; });
    // A factory call whose file holds no other Signaling Web API use may still be corroborated by a module
    // the file imports (a session wrapper in "./session.js").
    QHash<QString, bool> modules;
    for (auto& s : scans) {
        if (!s.webMarker && !s.localImports.isEmpty() && importedModuleCorroborates(index, s, base, modules)) {
            s.webMarker = true;
        }
    }
    bool signaling = false;
    bool web = false;
    bool windows = false;
    bool linux = false;
    for (auto& s : scans) {
        auto& c = s.candidates;
        c.erase(std::remove_if(c.begin(), c.end(),
                               [&](const Candidate& x) {
                                   return x.requirement == Requirement::SignalingWebFile && !webVendored &&
                                          (!s.webMarker || ownFactory);
                               }),
                c.end());
        for (const auto& x : c) {
            if (x.finding.sdk == SdkKind::Signaling && !isMention(x.finding.context)) {
                signaling = true;
                web = web || x.finding.platform == QLatin1String("web");
                windows = windows || x.finding.platform == QLatin1String("windows");
                linux = linux || x.finding.platform == QLatin1String("linux");
            }
        }
    }

    std::vector<Projects> projects = findProjects(index, scans);

    // Apple evidence without a hint of its own follows the project: macOS only when nothing says iOS.
    int macHints = 0;
    int iosHints = 0;
    for (const auto& s : scans) {
        for (const auto& x : s.candidates) {
            if (x.finding.platform == QLatin1String("apple")) {
                const QString hint = appleHint(x.finding);
                macHints += hint == QLatin1String("macos");
                iosHints += hint == QLatin1String("ios");
            }
        }
    }
    const QString appleDefault = macHints > 0 && iosHints == 0 ? QStringLiteral("macos") : QStringLiteral("ios");

    std::vector<Finding> out;
    for (auto& s : scans) {
        for (auto& x : s.candidates) {
            Finding& f = x.finding;
            bool keep = true;
            switch (x.requirement) {
            case Requirement::Signaling:
                keep = signaling;
                break;
            case Requirement::SignalingWeb:
                keep = web;
                break;
            case Requirement::SignalingReceiver:
                keep = signaling && bound.contains(x.subject);
                break;
            default:
                break;
            }
            if (!keep) {
                continue;
            }
            if (f.platform == QLatin1String("apple")) {
                const QString hint = appleHint(f);
                f.platform = hint.isEmpty() ? appleDefault : hint;
            } else if (f.platform == QLatin1String("native")) {
                const bool winHint = f.snippet.contains(QLatin1String("_win")) ||
                                     f.snippet.contains(QLatin1String("Win")) ||
                                     f.snippet.contains(QLatin1String("pragma"));
                f.platform = (winHint || (windows && !linux)) ? QStringLiteral("windows") : QStringLiteral("linux");
            }
            // Web evidence inside a project of a Project rule belongs to that rule's platform, and legacy
            // Web SDK evidence there is evidence for the rule itself (once per file).
            for (auto& p : projects) {
                const QString root = p.rootOf(f.file);
                if (root.isEmpty()) {
                    continue;
                }
                if (f.platform == QLatin1String("web") || f.platform.isEmpty()) {
                    f.platform = p.rule->platform;
                    if (p.rule->requirement == Requirement::SignalingWebInProject && f.sdk == SdkKind::Signaling &&
                        !isMention(f.context) && !p.reported.contains(f.file)) {
                        p.reported.insert(f.file);
                        Finding m = f;
                        m.rule = p.rule->id;
                        m.row = p.rule->row;
                        m.sdk.reset();
                        m.version.clear();
                        m.versionMissing = {};
                        m.effect = p.rule->effect;
                        m.confidence = p.rule->confidence;
                        m.reason = p.rule->reasonMessage().followedBy(Message::translated(
                            QT_TRANSLATE_NOOP("sig2rtm", "(mini-program: %1)"), {Message::literal(root)}));
                        out.push_back(std::move(m));
                    }
                }
                break;
            }
            out.push_back(std::move(f));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.file, a.line, a.column, a.rule) < std::tie(b.file, b.line, b.column, b.rule);
    });
    if (sdkObjects) {
        *sdkObjects = bound;
    }
    return out;
}

} // namespace sig2rtm
