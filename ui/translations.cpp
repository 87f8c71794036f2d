// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "sig2rtm.ui.i18n", QtInfoMsg)

namespace sig2rtm::ui {

namespace {
// The translators in effect: removed again when the user picks another language.
QPointer<QTranslator> g_qtTranslator;
QPointer<QTranslator> g_ourTranslator;

void uninstall(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QLocale Translations::localeFor(const QString& code)
{
    if (code == QLatin1String("zh_CN")) {
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    }
    if (code == QLatin1String("en")) {
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    // Following the system: Chinese if the system prefers Chinese, otherwise English.
    for (const auto& language : QLocale::system().uiLanguages()) {
        if (language.startsWith(QLatin1String("zh"))) {
            return localeFor(QStringLiteral("zh_CN"));
        }
        if (language.startsWith(QLatin1String("en"))) {
            break;
        }
    }
    return QLocale::system().language() == QLocale::Chinese ? localeFor(QStringLiteral("zh_CN"))
                                                            : localeFor(QStringLiteral("en"));
}

QString Translations::install(QCoreApplication* app, const QString& code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    uninstall(g_qtTranslator);
    uninstall(g_ourTranslator);
    if (locale.language() != QLocale::Chinese) {
        // English needs only its plural forms: "1 note", "2 notes" where the code says "%n note(s)".
        auto* plurals = new QTranslator(app);
        if (plurals->load(QStringLiteral(":/i18n/sig2rtm_en.qm"))) {
            QCoreApplication::installTranslator(plurals);
            g_ourTranslator = plurals;
        } else {
            qCWarning(lcI18n) << "the English plural forms are missing from the resources";
            delete plurals;
        }
        return QStringLiteral("en");
    }
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/sig2rtm_zh_CN.qm"))) {
        QCoreApplication::installTranslator(ours);
        g_ourTranslator = ours;
    } else {
        qCWarning(lcI18n) << "the Chinese translation is missing from the resources";
        delete ours;
    }
    return QStringLiteral("zh_CN");
}

} // namespace sig2rtm::ui
