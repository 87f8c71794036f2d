// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include <cerrno>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sig2rtm {

namespace {

/// The system's reason for the last failed call, else Qt's (which can be "Unknown error" for a full disk).
QString failureReason(int savedErrno, const QFileDevice& file)
{
    return savedErrno != 0 ? qt_error_string(savedErrno) : file.errorString();
}

} // namespace

bool writeFilesAtomically(const std::vector<PendingFile>& files, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    // Each QSaveFile discards its temporary copy when it is destroyed uncommitted.
    std::vector<std::unique_ptr<QSaveFile>> open;
    open.reserve(files.size());
    for (const auto& pending : files) {
        const QFileInfo info(pending.path);
        if (info.isSymLink()) {
            return fail(QCoreApplication::translate("sig2rtm",
                                                    "%1: is a symbolic link (to %2); it is not followed: remove the "
                                                    "link or choose another name")
                            .arg(pending.path, info.symLinkTarget()));
        }
        if (info.isDir()) {
            return fail(QCoreApplication::translate("sig2rtm", "%1: is a folder").arg(pending.path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return fail(QCoreApplication::translate("sig2rtm", "%1: cannot create folder %2")
                            .arg(pending.path, info.absolutePath()));
        }
        auto file = std::make_unique<QSaveFile>(pending.path);
        if (!file->open(QIODevice::WriteOnly)) {
            return fail(
                QCoreApplication::translate("sig2rtm", "%1: cannot write: %2").arg(pending.path, file->errorString()));
        }
        errno = 0;
        bool written = file->write(pending.bytes) == pending.bytes.size() && file->flush();
#ifdef Q_OS_UNIX
        // A file system may report a full disk only when the data goes to the disk.
        written = written && ::fsync(file->handle()) == 0;
#endif
        if (!written) {
            const int savedErrno = errno;
            return fail(QCoreApplication::translate("sig2rtm", "%1: cannot write: %2")
                            .arg(pending.path, failureReason(savedErrno, *file)));
        }
        open.push_back(std::move(file));
    }
    for (std::size_t i = 0; i < open.size(); ++i) {
        errno = 0;
        if (!open[i]->commit()) {
            const int savedErrno = errno;
            return fail(QCoreApplication::translate("sig2rtm", "%1: cannot save: %2")
                            .arg(files[i].path, failureReason(savedErrno, *open[i])));
        }
    }
    return true;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    return writeFilesAtomically({{path, bytes}}, error);
}

} // namespace sig2rtm
