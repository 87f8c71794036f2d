// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace sig2rtm::ui {

/// Chooses the UI language and installs the translators (ours and Qt's own).
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    /// code: "" (follow the system), "en" or "zh_CN". Replaces the translators installed before, so it
    /// also switches a running application: every widget receives QEvent::LanguageChange. Sets QLocale's
    /// default to the language used, so that reports follow the UI. Returns the language code in effect.
    static QString install(QCoreApplication* app, const QString& code);

    /// The language a code stands for, resolving "" to the system language we support.
    static QLocale localeFor(const QString& code);
};

} // namespace sig2rtm::ui
