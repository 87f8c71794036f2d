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

} // namespace sig2rtm
