// SPDX-License-Identifier: MIT
#pragma once

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

} // namespace sig2rtm
