// SPDX-License-Identifier: MIT
#include "diagnostic.h"

namespace sig2rtm {

QString Diagnostic::toString() const
{
    QString text = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0) {
            text += u':' + QString::number(column);
        }
    }
    text += u": " + message;
    if (!pointer.isEmpty()) {
        text += u" (at " + pointer + u')';
    }
    return text;
}

QString toString(const Diagnostics& diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const auto& d : diagnostics) {
        lines << d.toString();
    }
    return lines.join(u'\n');
}

} // namespace sig2rtm
