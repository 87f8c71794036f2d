// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace sig2rtm {

/// Reads an input file that other people may have written or sent (a project description, a rules file, an
/// earlier report): only a regular file of at most maxBytes. A folder, FIFO, socket or device is refused without
/// waiting on it: the open does not block, and the type is checked on the opened descriptor, so a file swapped
/// for a FIFO after a check cannot hang the read. A file that grows past maxBytes while it is read is refused.
/// On failure returns nullopt and adds a diagnostic naming path.
std::optional<QByteArray> readUntrustedFile(const QString& path, qint64 maxBytes, Diagnostics* diagnostics);

} // namespace sig2rtm
