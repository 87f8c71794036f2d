// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace sig2rtm {

/// A problem with an input file, located as precisely as we can: line and column (1-based, in
/// characters) and, for JSON inputs, the JSON pointer of the offending value.
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString pointer; ///< RFC 6901 JSON pointer, empty when not applicable
    QString message;

    /// "file:line:column: message (at /pointer)": the form compilers use, so editors can jump to it.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

QString toString(const Diagnostics& diagnostics);

} // namespace sig2rtm
