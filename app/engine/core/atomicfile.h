// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace sig2rtm {

/// Writes bytes atomically to path (QSaveFile), creating the folder when needed: on any failure the
/// previous file stays as it was and error says why. Shared by every writer of the project.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace sig2rtm
