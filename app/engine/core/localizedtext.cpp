// SPDX-License-Identifier: MIT
#include "localizedtext.h"

namespace sig2rtm {

ReportLanguage reportLanguageFromCode(const QString& code)
{
    return code.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? ReportLanguage::Chinese
                                                                     : ReportLanguage::English;
}

QString reportLanguageCode(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QLocale localeOf(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString formatBytes(qint64 bytes, ReportLanguage language)
{
    return localeOf(language).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace sig2rtm
