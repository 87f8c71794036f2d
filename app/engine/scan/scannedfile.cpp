// SPDX-License-Identifier: MIT
#include "scannedfile.h"

#include <cerrno>
#include <cstring>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sig2rtm {

namespace {

#ifdef Q_OS_UNIX
/// Whether the open file descriptor still lies inside root (both as the file system spells them). A file that
/// was swapped for a link, or a folder above it for one, while the scan ran would otherwise be read from outside
/// the tree. Where the system cannot tell an open file's path, the O_NOFOLLOW open is the only guard.
bool openedInside(int fd, const QByteArray& root)
{
    if (root.isEmpty()) {
        return true;
    }
    QByteArray path(4096 + 1, '\0');
#if defined(Q_OS_LINUX)
    const QByteArray proc = "/proc/self/fd/" + QByteArray::number(fd);
    const ssize_t length = ::readlink(proc.constData(), path.data(), static_cast<size_t>(path.size()));
    if (length < 0) {
        return true; // no /proc
    }
    if (length >= path.size()) {
        return false; // longer than any path the walk hands over
    }
    path.truncate(length);
#elif defined(Q_OS_MACOS)
    if (::fcntl(fd, F_GETPATH, path.data()) != 0) {
        return true;
    }
    path.truncate(static_cast<qsizetype>(std::strlen(path.constData())));
#else
    return true;
#endif
    return path.size() > root.size() && path.startsWith(root) && (root.endsWith('/') || path.at(root.size()) == '/');
}
#endif

} // namespace

ScannedFile::~ScannedFile()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) {
        ::close(m_fd);
    }
#endif
}

bool ScannedFile::open(const QString& path, const QByteArray& nativePath, const QByteArray& nativeRoot,
                       Message* failure)
{
#ifdef Q_OS_UNIX
    const QByteArray native = nativePath.isEmpty() ? QFile::encodeName(path) : nativePath;
    m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (m_fd < 0) {
        *failure = errno == ELOOP ? Message::translated(QT_TRANSLATE_NOOP(
                                        "sig2rtm", "became a symbolic link during the scan: not followed"))
                                  : cannotRead(qt_error_string(errno));
        return false;
    }
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        *failure = cannotRead(qt_error_string(errno));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *failure = Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "not a regular file (it changed during the scan)"));
        return false;
    }
    if (!openedInside(m_fd, nativeRoot)) {
        *failure = Message::translated(
            QT_TRANSLATE_NOOP("sig2rtm", "moved outside the scanned folder during the scan: not read"));
        return false;
    }
    m_size = static_cast<qint64>(st.st_size);
    return true;
#else
    Q_UNUSED(nativePath);
    Q_UNUSED(nativeRoot);
    m_file.setFileName(path);
    if (!QFileInfo(path).isFile()) {
        *failure = Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "not a regular file (it changed during the scan)"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        *failure = cannotRead(m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    return true;
#endif
}

qint64 ScannedFile::readAt(qint64 offset, char* data, qint64 n, Message* failure)
{
    qint64 got = 0;
#ifdef Q_OS_UNIX
    while (got < n) {
        const ssize_t r = ::pread(m_fd, data + got, static_cast<size_t>(n - got), static_cast<off_t>(offset + got));
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            *failure = cannotRead(qt_error_string(errno));
            return -1;
        }
        if (r == 0) {
            break;
        }
        got += r;
    }
#else
    if (!m_file.seek(offset)) {
        *failure = cannotRead(m_file.errorString());
        return -1;
    }
    while (got < n) {
        const qint64 r = m_file.read(data + got, n - got);
        if (r < 0) {
            *failure = cannotRead(m_file.errorString());
            return -1;
        }
        if (r == 0) {
            break;
        }
        got += r;
    }
#endif
    return got;
}

bool ScannedFile::readAt(qint64 offset, qint64 n, QByteArray& buffer, Message* failure)
{
    buffer.resize(static_cast<qsizetype>(n));
    const qint64 got = readAt(offset, buffer.data(), n, failure);
    if (got < 0) {
        return false;
    }
    buffer.truncate(static_cast<qsizetype>(got));
    return true;
}

} // namespace sig2rtm
