// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStringList>

namespace sig2rtm {

/// Receiver names of calls to name in raw bytes, without lexing: "view" in view.name(...), "getApi" in
/// getApi().name(...), "sharedKit" in [[X sharedKit] name:1]. Appends each name once to out.
/// Approximate by design (comments and strings are not told apart): it only decides whether a file
/// is worth a full analysis.
void receiversInBytes(const QByteArray& bytes, const QByteArray& name, QStringList& out);

} // namespace sig2rtm
