// SPDX-License-Identifier: MIT
#include "atomicfile.h"

#include "localizedtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sig2rtm {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error =
                QCoreApplication::translate("sig2rtm", "%1: cannot create folder %2").arg(path, info.absolutePath());
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm", "%1: cannot write: %2").arg(path, file.errorString());
        }
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm", "%1: cannot write: %2").arg(path, file.errorString());
        }
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) {
            *error = QCoreApplication::translate("sig2rtm", "%1: cannot save: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace sig2rtm
