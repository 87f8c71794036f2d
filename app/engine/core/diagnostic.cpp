// SPDX-License-Identifier: MIT
#include "diagnostic.h"

#include <QCoreApplication>

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
    text += u": ";
    // The JSON pointer says where in the document, for files too long to count lines by eye.
    text += pointer.isEmpty() ? message : QCoreApplication::translate("sig2rtm", "%1 (at %2)").arg(message, pointer);
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
