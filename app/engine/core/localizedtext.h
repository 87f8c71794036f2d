// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace sig2rtm {

/// Report and UI language. The catalog carries every user-facing text in both.
enum class ReportLanguage { English, Chinese };

/// "en" / "zh_CN" <-> ReportLanguage. Unknown codes give English.
ReportLanguage reportLanguageFromCode(const QString& code);
QString reportLanguageCode(ReportLanguage language);

struct LocalizedText
{
    QString en;
    QString zh;

    const QString& get(ReportLanguage language) const
    {
        return language == ReportLanguage::Chinese && !zh.isEmpty() ? zh : en;
    }
    bool isEmpty() const { return en.isEmpty(); }
};

/// The locale that formats numbers and sizes for a language.
QLocale localeOf(ReportLanguage language);

/// A byte count for people ("88.3 MB"), the one formatting every front end and report uses.
QString formatBytes(qint64 bytes, ReportLanguage language);

/// An engine message for people (diagnostics, skip reasons), through Qt's translator.
inline QString engineTr(const char* text)
{
    return QCoreApplication::translate("sig2rtm", text);
}

/// Report text whose two languages are written side by side in the code: the one for the report.
inline QString pick(ReportLanguage language, const char* en, const char* zh)
{
    return QString::fromUtf8(language == ReportLanguage::Chinese ? zh : en);
}

} // namespace sig2rtm
