// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace sig2rtm {

/// A file to write: where, and what.
struct PendingFile
{
    QString path;
    QByteArray bytes;
};

/// Writes every file or none (QSaveFile each, creating folders when needed). Each file is written in full to its
/// temporary copy and flushed to the disk first; only when all of them are written are they put in place, so a
/// full disk or an unwritable folder leaves every earlier file as it was, and no mixed set of old and new. A path
/// that is a symbolic link is refused rather than followed: replacing the file a link points to would write
/// outside where the user asked. On failure, error names the file and the reason. Shared by every writer.
bool writeFilesAtomically(const std::vector<PendingFile>& files, QString* error);

/// writeFilesAtomically for one file.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace sig2rtm
