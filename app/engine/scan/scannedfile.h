// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"

#include <QByteArray>
#include <QString>

#ifndef Q_OS_UNIX
#include <QFile>
#endif

namespace sig2rtm {

/// A file of the scanned tree, open for reads at any offset. The tree may change while it is scanned: the whole-file
/// path (scanner.cpp) and the windowed one (largefile.cpp) both open through here.
class ScannedFile
{
public:
    ScannedFile() = default;
    ~ScannedFile();
    Q_DISABLE_COPY_MOVE(ScannedFile)

    /// Opens a regular file without following a link or waiting on a FIFO; the type is checked on the open
    /// descriptor, and when nativeRoot is given the file opened must still lie inside it. nativePath: the path as
    /// the file system spells it (QFile::encodeName(path) when empty). On failure, failure is the skip reason.
    bool open(const QString& path, const QByteArray& nativePath, const QByteArray& nativeRoot, Message* failure);
    qint64 size() const { return m_size; }
    /// Reads up to n bytes at offset into data: returns how many (fewer at the end of the file), -1 on an error.
    qint64 readAt(qint64 offset, char* data, qint64 n, Message* failure);
    /// The same into buffer, resized to what was read.
    bool readAt(qint64 offset, qint64 n, QByteArray& buffer, Message* failure);

private:
    static Message cannotRead(const QString& error)
    {
        return Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "cannot read: %1"), {Message::literal(error)});
    }

#ifdef Q_OS_UNIX
    int m_fd = -1;
#else
    QFile m_file;
#endif
    qint64 m_size = 0;
};

} // namespace sig2rtm
