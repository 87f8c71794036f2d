#include "filewalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace sig2rtm {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sig2rtm", text);
}

QString fromPath(const fs::path& p)
{
    return QString::fromStdString(p.generic_string());
}

fs::path toPath(const QString& s)
{
    return fs::path(s.toStdString());
}

bool isWithin(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

class Walker
{
public:
    Walker(const QString& base, const WalkOptions& options, WalkResult& result)
        : m_base(base), m_options(options), m_result(result)
    {
    }

    void walkRoot(const QString& root)
    {
        m_root = QFileInfo(root).canonicalFilePath();
        if (m_root.isEmpty()) {
            m_result.skipped.push_back({relative(root), tr("does not exist")});
            return;
        }
        walkDirectory(toPath(m_root), 0);
    }

private:
    QString relative(const QString& absolute) const
    {
        QString rel = QDir(m_base).relativeFilePath(absolute);
        return rel.isEmpty() ? QStringLiteral(".") : rel;
    }

    bool canceled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    void walkDirectory(const fs::path& dir, int depth)
    {
        // Real trees are never this deep; a pathological one must not exhaust the stack.
        if (depth > 256) {
            m_result.skipped.push_back({relative(fromPath(dir)), tr("folder nesting deeper than 256 levels")});
            return;
        }
        std::error_code ec;
        fs::directory_iterator it(dir, fs::directory_options::none, ec);
        if (ec) {
            m_result.skipped.push_back(
                {relative(fromPath(dir)), tr("cannot read folder: %1").arg(QString::fromStdString(ec.message()))});
            return;
        }
        std::vector<fs::directory_entry> entries;
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) {
                m_result.skipped.push_back({relative(fromPath(dir)),
                                            tr("cannot list folder: %1").arg(QString::fromStdString(ec.message()))});
                break;
            }
            entries.push_back(*it);
        }
        // Deterministic order whatever the file system returns.
        std::sort(entries.begin(), entries.end(),
                  [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });

        for (const auto& entry : entries) {
            if (canceled()) {
                m_result.canceled = true;
                return;
            }
            const QString absolute = fromPath(entry.path());
            const QString rel = relative(absolute);
            const QString name = QString::fromStdString(entry.path().filename().string());
            std::error_code sec;
            const auto status = entry.symlink_status(sec);
            if (sec) {
                m_result.skipped.push_back({rel, tr("cannot read: %1").arg(QString::fromStdString(sec.message()))});
                continue;
            }
            if (fs::is_symlink(status)) {
                skipSymlink(entry.path(), rel);
                continue;
            }
            if (fs::is_directory(status)) {
                if (m_options.skipDirectoryNames.contains(name)) {
                    m_result.skipped.push_back({rel, tr("excluded by default: %1").arg(name)});
                    continue;
                }
                if (const QString glob = m_options.exclude.match(rel); !glob.isEmpty()) {
                    m_result.skipped.push_back({rel, tr("excluded by pattern %1").arg(glob)});
                    continue;
                }
                m_result.directories.push_back({absolute, rel, 0, true});
                walkDirectory(entry.path(), depth + 1);
                if (m_result.canceled) {
                    return;
                }
                continue;
            }
            if (!fs::is_regular_file(status)) {
                m_result.skipped.push_back({rel, tr("not a regular file")});
                continue;
            }
            if (const QString glob = m_options.exclude.match(rel); !glob.isEmpty()) {
                m_result.skipped.push_back({rel, tr("excluded by pattern %1").arg(glob)});
                continue;
            }
            const auto size = entry.file_size(sec);
            m_result.files.push_back({absolute, rel, sec ? 0 : static_cast<qint64>(size), false});
        }
    }

    void skipSymlink(const fs::path& link, const QString& rel)
    {
        std::error_code ec;
        const auto target = fs::canonical(link, ec);
        if (ec) {
            m_result.skipped.push_back({rel, tr("broken symbolic link")});
            return;
        }
        const QString canonical = fromPath(target);
        const QString parent = QFileInfo(QFileInfo(fromPath(link)).absolutePath()).canonicalFilePath();
        if (fs::is_directory(target) && isWithin(parent, canonical)) {
            m_result.skipped.push_back({rel, tr("symbolic link loop (points to a parent folder)")});
        } else if (!isWithin(canonical, m_root)) {
            m_result.skipped.push_back({rel, tr("symbolic link to outside the scanned folder")});
        } else {
            m_result.skipped.push_back({rel, tr("symbolic link (its target is scanned at its own path)")});
        }
    }

    QString m_base;
    QString m_root;
    const WalkOptions& m_options;
    WalkResult& m_result;
};

} // namespace

QStringList WalkOptions::defaultSkippedDirectories()
{
    return {QStringLiteral(".git"),        QStringLiteral(".svn"),   QStringLiteral(".hg"),
            QStringLiteral("node_modules"), QStringLiteral("Pods"),   QStringLiteral("vendor"),
            QStringLiteral("build"),       QStringLiteral("dist"),   QStringLiteral("out"),
            QStringLiteral("target"),      QStringLiteral("DerivedData"), QStringLiteral(".gradle"),
            QStringLiteral("__pycache__"), QStringLiteral(".build"), QStringLiteral("bower_components")};
}

QString commonBase(const QStringList& roots)
{
    QStringList canonical;
    for (const auto& r : roots) {
        const QString c = QFileInfo(r).canonicalFilePath();
        canonical << (c.isEmpty() ? QFileInfo(r).absoluteFilePath() : c);
    }
    if (canonical.isEmpty()) {
        return QDir::currentPath();
    }
    QString base = canonical.first();
    if (QFileInfo(base).isFile()) {
        base = QFileInfo(base).absolutePath();
    }
    for (const auto& c : canonical) {
        while (!isWithin(c, base) && base.contains(u'/')) {
            base = QFileInfo(base).absolutePath();
            if (base == QLatin1String("/")) {
                break;
            }
        }
    }
    return base;
}

WalkResult walkTree(const QStringList& roots, const QString& base, const WalkOptions& options)
{
    WalkResult result;
    Walker walker(base, options, result);
    for (const auto& root : roots) {
        walker.walkRoot(root);
        if (result.canceled) {
            break;
        }
    }
    return result;
}

} // namespace sig2rtm
