// SPDX-License-Identifier: MIT
#include "reportfonts.h"

#include <mutex>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLoggingCategory>

// The PDF library is static: its resources must be registered explicitly.
static void initReportFontResources()
{
    Q_INIT_RESOURCE(reportfonts);
}

namespace sig2rtm {

Q_LOGGING_CATEGORY(lcPdfFonts, "sig2rtm.pdf.fonts", QtInfoMsg)

QString ReportFonts::shippedFamily()
{
    return QStringLiteral("sig2rtm Report Sans SC");
}

bool ReportFonts::loadShipped()
{
    static std::once_flag once;
    static bool loaded = false;
    std::call_once(once, [] {
        initReportFontResources();
        loaded = true;
        for (const auto* weight : {"regular", "bold"}) {
            QFile file(QStringLiteral(":/sig2rtm/fonts/sig2rtm-report-sans-sc-%1.otf").arg(QLatin1String(weight)));
            const int id =
                file.open(QIODevice::ReadOnly) ? QFontDatabase::addApplicationFontFromData(file.readAll()) : -1;
            if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(shippedFamily())) {
                qCWarning(lcPdfFonts) << "cannot load the PDF report's font" << file.fileName();
                loaded = false;
            }
        }
    });
    return loaded;
}

QStringList ReportFonts::textFamilies(ReportLanguage language)
{
    const QStringList latin = {QStringLiteral("Noto Sans"), QStringLiteral("Helvetica Neue"), QStringLiteral("Arial"),
                               QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")};
    const QStringList cjk = {shippedFamily(),
                             QStringLiteral("Noto Sans CJK SC"),
                             QStringLiteral("Source Han Sans SC"),
                             QStringLiteral("PingFang SC"),
                             QStringLiteral("Microsoft YaHei"),
                             QStringLiteral("WenQuanYi Micro Hei")};
    return language == ReportLanguage::Chinese ? cjk + latin : latin + cjk;
}

QStringList ReportFonts::monoFamilies()
{
    return {QStringLiteral("DejaVu Sans Mono"),
            QStringLiteral("Liberation Mono"),
            QStringLiteral("Menlo"),
            QStringLiteral("Consolas"),
            QStringLiteral("Noto Sans Mono CJK SC"),
            QStringLiteral("Noto Sans CJK SC"),
            shippedFamily()};
}

FontCoverage::FontCoverage(QFont font) : m_font(std::move(font)) {}

bool FontCoverage::covers(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
        return true;
    default:
        break;
    }
    if (c == QChar::ObjectReplacementCharacter) {
        return true;
    }
    // Printable ASCII: every text font has it (and the shipped font does when nothing else is installed).
    if (c < 0x7f) {
        return true;
    }
    if (const auto it = m_known.constFind(c); it != m_known.cend()) {
        return *it;
    }
    // The font's engine for the text, with the fallback families and the system's fallbacks: what the layout draws.
    const bool covered = QFontMetricsF(m_font).inFontUcs4(c);
    m_known.insert(c, covered);
    return covered;
}

} // namespace sig2rtm
