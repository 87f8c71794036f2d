// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "atomicfile.h"
#include "csvwriter.h"
#include "htmlwriter.h"
#include "markdownwriter.h"
#include "pdfwriter.h"
#include "sarifwriter.h"

#include <QCoreApplication>

namespace sig2rtm {

QStringList reportFormats()
{
    return {QStringLiteral("json"),  QStringLiteral("html"), QStringLiteral("pdf"),
            QStringLiteral("sarif"), QStringLiteral("csv"),  QStringLiteral("md")};
}

QString reportExtension(const QString& format)
{
    return format;
}

QString reportFormatForFileName(const QString& fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot < 0 || fileName.indexOf(u'/', dot) >= 0) {
        return {};
    }
    QString extension = fileName.sliced(dot + 1).toLower();
    if (extension == QLatin1String("htm")) {
        extension = QStringLiteral("html");
    } else if (extension == QLatin1String("markdown")) {
        extension = QStringLiteral("md");
    }
    return reportFormats().contains(extension) ? extension : QString();
}

std::optional<QByteArray> renderReport(const Report& report, const QString& format, QString* error,
                                       const RenderOptions& options)
{
    if (format == QLatin1String("json")) {
        return toJsonText(report);
    }
    if (format == QLatin1String("html")) {
        return renderHtml(report, options);
    }
    if (format == QLatin1String("pdf")) {
        return renderPdf(report, error, options);
    }
    if (format == QLatin1String("sarif")) {
        return renderSarif(report, options);
    }
    if (format == QLatin1String("csv")) {
        return renderCsv(report);
    }
    if (format == QLatin1String("md")) {
        return renderMarkdown(report, kMarkdownFindingsPerRow, options);
    }
    if (error) {
        *error = QCoreApplication::translate("sig2rtm", "unknown report format \"%1\" (available: %2)")
                     .arg(format, reportFormats().join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

bool writeReport(const Report& report, const QString& format, const QString& path, QString* error,
                 const RenderOptions& options)
{
    const auto bytes = renderReport(report, format, error, options);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace sig2rtm
