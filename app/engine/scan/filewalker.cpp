// SPDX-License-Identifier: MIT
#include "filewalker.h"

#include "message.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <system_error>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace sig2rtm {

namespace {

QString fromPath(const fs::path& p)
{
    return QString::fromStdString(p.generic_string());
}

#ifndef Q_OS_UNIX
fs::path toPath(const QString& s)
{
    return fs::path(s.toStdString());
}
#endif

/// Length of the valid UTF-8 sequence at data[i], or 0 when the byte there does not start one (overlong forms,
/// surrogates and code points above U+10FFFF are invalid too).
int utf8SequenceLength(QByteArrayView data, qsizetype i)
{
    const auto byte = [&](qsizetype at) { return static_cast<unsigned char>(data.at(at)); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) {
        return 1;
    }
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > data.size()) {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char c = byte(i + k);
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
            return 0;
        }
    }
    return length;
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
            m_result.skipped.push_back(
                {relative(root), Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "does not exist"))});
            return;
        }
        m_rootNative = QFile::encodeName(m_root);
        walkDirectory(m_root, m_rootNative, 0, false);
    }

private:
    QString relative(const QString& absolute) const
    {
        // Fast path: everything walked lies below the base.
        if (absolute.size() > m_base.size() + 1 && absolute.startsWith(m_base) && absolute.at(m_base.size()) == u'/') {
            return absolute.mid(m_base.size() + 1);
        }
        QString rel = QDir(m_base).relativeFilePath(absolute);
        return rel.isEmpty() ? QStringLiteral(".") : rel;
    }

    bool canceled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    enum class Kind { File, Directory, Symlink, Other };

    struct Listed
    {
        QString name;      ///< as shown (displayFileName)
        QByteArray native; ///< as the file system spells it
        Kind kind = Kind::Other;
        qint64 size = 0;
        QString error;
    };

    /// Lists one folder. On Unix with readdir and one fstatat per file (the file type comes from
    /// d_type): the walk is a large share of a scan's system calls on big trees.
    bool list(const QString& dir, const QByteArray& nativeDir, std::vector<Listed>& out, QString* error) const
    {
#ifdef Q_OS_UNIX
        Q_UNUSED(dir);
        DIR* handle = ::opendir(nativeDir.constData());
        if (!handle) {
            *error = qt_error_string(errno);
            return false;
        }
        const int fd = ::dirfd(handle);
        errno = 0;
        while (const dirent* e = ::readdir(handle)) {
            const char* name = e->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) {
                continue;
            }
            Listed item;
            item.native = QByteArray(name);
            item.name = displayFileName(item.native);
            unsigned char type = e->d_type;
            struct stat st;
            if (type == DT_REG && !m_options.sizes) {
                item.size = -1;
            } else if (type == DT_UNKNOWN || type == DT_REG) {
                if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                    item.error = qt_error_string(errno);
                    out.push_back(std::move(item));
                    continue;
                }
                type = S_ISREG(st.st_mode)   ? DT_REG
                       : S_ISDIR(st.st_mode) ? DT_DIR
                       : S_ISLNK(st.st_mode) ? DT_LNK
                                             : DT_UNKNOWN;
                item.size = static_cast<qint64>(st.st_size);
            }
            item.kind = type == DT_REG   ? Kind::File
                        : type == DT_DIR ? Kind::Directory
                        : type == DT_LNK ? Kind::Symlink
                                         : Kind::Other;
            out.push_back(std::move(item));
        }
        const int readError = errno;
        ::closedir(handle);
        if (readError != 0) {
            *error = qt_error_string(readError);
            return false;
        }
        return true;
#else
        Q_UNUSED(nativeDir);
        std::error_code ec;
        fs::directory_iterator it(toPath(dir), fs::directory_options::none, ec);
        if (ec) {
            *error = QString::fromStdString(ec.message());
            return false;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            if (ec) {
                *error = QString::fromStdString(ec.message());
                return false;
            }
            Listed item;
            item.name = QString::fromStdWString(it->path().filename().wstring());
            item.native = QFile::encodeName(item.name);
            std::error_code sec;
            const auto status = it->symlink_status(sec);
            if (sec) {
                item.error = QString::fromStdString(sec.message());
            } else if (fs::is_symlink(status)) {
                item.kind = Kind::Symlink;
            } else if (fs::is_directory(status)) {
                item.kind = Kind::Directory;
            } else if (fs::is_regular_file(status)) {
                item.kind = Kind::File;
                const auto size = it->file_size(sec);
                item.size = sec ? 0 : static_cast<qint64>(size);
            }
            out.push_back(std::move(item));
        }
        return true;
#endif
    }

    /// artifacts: inside a dependency folder. Its own contents are not reported as skipped one by one
    /// (the folder is, once), and only version-control folders are left out: what a package ships
    /// (its build or dist folder included) is where an SDK file would be.
    void walkDirectory(const QString& dir, const QByteArray& nativeDir, int depth, bool artifacts)
    {
        // Real trees are never this deep; a pathological one must not exhaust the stack.
        if (depth > 256) {
            m_result.skipped.push_back({relative(dir), Message::translated(QT_TRANSLATE_NOOP(
                                                           "sig2rtm", "folder nesting deeper than 256 levels"))});
            return;
        }
        std::vector<Listed> entries;
        QString error;
        if (!list(dir, nativeDir, entries, &error)) {
            if (artifacts) {
                return;
            }
            m_result.skipped.push_back(
                {relative(dir), Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "cannot read folder: %1"),
                                                    {Message::literal(error)})});
            return;
        }
        // Deterministic order whatever the file system returns.
        std::sort(entries.begin(), entries.end(), [](const Listed& a, const Listed& b) { return a.name < b.name; });

        for (const auto& entry : entries) {
            if (canceled()) {
                m_result.canceled = true;
                return;
            }
            const QString absolute = dir + u'/' + entry.name;
            const QByteArray native = nativeDir + '/' + entry.native;
            const QString rel = relative(absolute);
            if (artifacts && entry.kind != Kind::File && entry.kind != Kind::Directory) {
                continue;
            }
            if (!entry.error.isEmpty()) {
                if (artifacts) {
                    continue;
                }
                m_result.skipped.push_back({rel, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "cannot read: %1"),
                                                                     {Message::literal(entry.error)})});
                continue;
            }
            switch (entry.kind) {
            case Kind::Symlink:
                skipSymlink(fs::path(native.toStdString()), rel);
                break;
            case Kind::Directory: {
                bool dependency = artifacts;
                if (artifacts) {
                    if (m_versionControl.contains(entry.name)) {
                        break;
                    }
                } else if (m_options.skipDirectoryNames.contains(entry.name)) {
                    if (!m_options.artifactDirectoryNames.contains(entry.name) ||
                        m_versionControl.contains(entry.name)) {
                        m_result.skipped.push_back(
                            {rel, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "excluded by default: %1"),
                                                      {Message::literal(entry.name)})});
                        break;
                    }
                    dependency = true;
                }
                if (const QString glob = m_options.exclude.match(rel); !glob.isEmpty()) {
                    m_result.skipped.push_back(
                        {rel, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "excluded by pattern %1"),
                                                  {Message::literal(glob)})});
                    break;
                }
                if (dependency && !artifacts) {
                    m_result.skipped.push_back(
                        {rel,
                         Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "dependency folder %1: skipped for usage, "
                                                                          "read for SDK files"),
                                             {Message::literal(entry.name)})});
                }
                m_result.directories.push_back({absolute, rel, 0, true, dependency, native, m_rootNative});
                walkDirectory(absolute, native, depth + 1, dependency);
                if (m_result.canceled) {
                    return;
                }
                break;
            }
            case Kind::File:
                if (const QString glob = m_options.exclude.match(rel); !glob.isEmpty()) {
                    m_result.skipped.push_back(
                        {rel, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "excluded by pattern %1"),
                                                  {Message::literal(glob)})});
                    break;
                }
                if (m_options.onFile) {
                    m_options.onFile({absolute, rel, entry.size, false, artifacts, native, m_rootNative});
                } else {
                    m_result.files.push_back({absolute, rel, entry.size, false, artifacts, native, m_rootNative});
                }
                break;
            case Kind::Other:
                m_result.skipped.push_back(
                    {rel, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "not a regular file"))});
                break;
            }
        }
    }

    void skipSymlink(const fs::path& link, const QString& rel)
    {
        std::error_code ec;
        const auto target = fs::canonical(link, ec);
        if (ec) {
            m_result.skipped.push_back(
                {rel, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "broken symbolic link"))});
            return;
        }
        const QString canonical = fromPath(target);
        const QString parent = QFileInfo(QFileInfo(fromPath(link)).absolutePath()).canonicalFilePath();
        if (fs::is_directory(target) && isWithin(parent, canonical)) {
            m_result.skipped.push_back({rel, Message::translated(QT_TRANSLATE_NOOP(
                                                 "sig2rtm", "symbolic link loop (points to a parent folder)"))});
        } else if (!isWithin(canonical, m_root)) {
            m_result.skipped.push_back({rel, Message::translated(QT_TRANSLATE_NOOP(
                                                 "sig2rtm", "symbolic link to outside the scanned folder"))});
        } else {
            m_result.skipped.push_back({rel, Message::translated(QT_TRANSLATE_NOOP(
                                                 "sig2rtm", "symbolic link (its target is scanned at its own path)"))});
        }
    }

    QString m_base;
    QString m_root;
    QByteArray m_rootNative;
    const WalkOptions& m_options;
    const QStringList m_versionControl = WalkOptions::versionControlDirectories();
    WalkResult& m_result;
};

} // namespace

QString displayFileName(QByteArrayView native)
{
    QString shown;
    qsizetype run = 0; // start of the valid stretch not yet appended
    qsizetype i = 0;
    while (i < native.size()) {
        const int length = utf8SequenceLength(native, i);
        if (length > 0) {
            i += length;
            continue;
        }
        shown += QString::fromUtf8(native.sliced(run, i - run));
        shown += QStringLiteral("\\x") +
                 QString::number(static_cast<unsigned char>(native.at(i)), 16).toUpper().rightJustified(2, u'0');
        run = ++i;
    }
    if (run == 0) {
        return QString::fromUtf8(native);
    }
    return shown + QString::fromUtf8(native.sliced(run));
}

QStringList WalkOptions::defaultSkippedDirectories()
{
    return {QStringLiteral(".git"),         QStringLiteral(".svn"),        QStringLiteral(".hg"),
            QStringLiteral("node_modules"), QStringLiteral("Pods"),        QStringLiteral("vendor"),
            QStringLiteral("build"),        QStringLiteral("dist"),        QStringLiteral("out"),
            QStringLiteral("target"),       QStringLiteral("DerivedData"), QStringLiteral(".gradle"),
            QStringLiteral("__pycache__"),  QStringLiteral(".build"),      QStringLiteral("bower_components")};
}

QStringList WalkOptions::defaultArtifactDirectories()
{
    return {QStringLiteral("node_modules"), QStringLiteral("Pods"), QStringLiteral("vendor"),
            QStringLiteral("bower_components")};
}

QStringList WalkOptions::versionControlDirectories()
{
    return {QStringLiteral(".git"), QStringLiteral(".svn"), QStringLiteral(".hg")};
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
