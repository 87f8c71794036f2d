// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QStandardPaths>
#include <QString>
#include <QTest>

/// The Python 3 interpreter: "python3" where it has that name (Debian, macOS), else "python" (Windows); empty
/// when there is none.
inline QString python3Program()
{
    const QString python3 = QStandardPaths::findExecutable(QStringLiteral("python3"));
    return python3.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python")) : python3;
}

/// Skips the current test because the machine lacks a tool or a capability it needs (pdftotext, python3 with
/// jsonschema, setpriv, the pinned fonts, ...). Under CI (the environment variable CI set and not empty) the
/// same condition fails instead: a CI machine that lost a tool must not turn a check green by skipping it.
#define SIG2RTM_SKIP_UNLESS_CI(message)                                                                                \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("CI")) {                                                                       \
            QSKIP(message);                                                                                            \
        }                                                                                                              \
        QFAIL(QByteArray(QByteArray("CI does not skip: ") + (message)).constData());                                   \
    } while (false)
