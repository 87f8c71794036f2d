#pragma once

#include <QCoreApplication>
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
