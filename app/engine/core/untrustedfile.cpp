// SPDX-License-Identifier: MIT
#include "untrustedfile.h"

#include <cerrno>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sig2rtm {

namespace {

template <typename Fail, typename TooLarge, typename CannotRead>
std::optional<QByteArray> readWithQFile(const QString& path, qint64 maxBytes, const Fail& fail,
                                        const TooLarge& tooLarge, const CannotRead& cannotRead)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(QCoreApplication::translate("sig2rtm", "no such file"));
    }
    if (info.isDir()) {
        return fail(QCoreApplication::translate("sig2rtm", "is a folder, not a file"));
    }
    if (!info.isFile()) {
        return fail(QCoreApplication::translate("sig2rtm", "is not a regular file"));
    }
    if (info.size() > maxBytes) {
        return tooLarge(info.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return cannotRead(file.errorString());
    }
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return cannotRead(file.errorString());
    }
    if (data.size() > maxBytes) {
        return tooLarge(data.size());
    }
    return data;
}

} // namespace

std::optional<QByteArray> readUntrustedFile(const QString& path, qint64 maxBytes, Diagnostics* diagnostics)
{
    const auto fail = [&](const QString& message) -> std::optional<QByteArray> {
        if (diagnostics) {
            *diagnostics << Diagnostic{path, 0, 0, {}, message};
        }
        return std::nullopt;
    };
    const auto tooLarge = [&](qint64 size) {
        return fail(QCoreApplication::translate("sig2rtm", "is %1 MB; at most %2 MB are read")
                        .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
                        .arg(maxBytes / (1024 * 1024)));
    };
    const auto cannotRead = [&](const QString& why) {
        return fail(QCoreApplication::translate("sig2rtm", "cannot read: %1").arg(why));
    };
    // Qt resources (the built-in catalog) are the program's own: read them through QFile.
#ifdef Q_OS_UNIX
    if (path.startsWith(u':')) {
        return readWithQFile(path, maxBytes, fail, tooLarge, cannotRead);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT) {
            return fail(QCoreApplication::translate("sig2rtm", "no such file"));
        }
        return cannotRead(qt_error_string(errno));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        return cannotRead(qt_error_string(errno));
    }
    if (S_ISDIR(st.st_mode)) {
        return fail(QCoreApplication::translate("sig2rtm", "is a folder, not a file"));
    }
    if (!S_ISREG(st.st_mode)) {
        return fail(QCoreApplication::translate("sig2rtm", "is not a regular file"));
    }
    if (st.st_size > maxBytes) {
        return tooLarge(st.st_size);
    }
    // Reading a regular file never blocks; clear the flag anyway so that a short read means the end.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QByteArray data(static_cast<qsizetype>(st.st_size) + 1, Qt::Uninitialized);
    qsizetype got = 0;
    for (;;) {
        if (got == data.size()) {
            if (got > maxBytes) {
                break;
            }
            data.resize(static_cast<qsizetype>(std::min<qint64>(maxBytes + 1, qint64(data.size()) * 2 + 4096)));
        }
        const ssize_t r = ::read(fd, data.data() + got, static_cast<size_t>(data.size() - got));
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            return cannotRead(qt_error_string(errno));
        }
        if (r == 0) {
            break;
        }
        got += r;
    }
    if (got > maxBytes) { // it grew since it was looked at
        return tooLarge(got);
    }
    data.truncate(got);
    return data;
#else
    return readWithQFile(path, maxBytes, fail, tooLarge, cannotRead);
#endif
}

} // namespace sig2rtm
