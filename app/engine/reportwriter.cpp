#include "reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sig2rtm {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sig2rtm", text);
}
} // namespace

QStringList reportFormats()
{
    return {QStringLiteral("json")};
}

QString reportExtension(const QString& format)
{
    return format;
}

std::optional<QByteArray> renderReport(const Report& report, const QString& format, QString* error)
{
    if (format == QLatin1String("json")) {
        return toJsonText(report);
    }
    if (error) {
        *error = tr("unknown report format \"%1\" (available: %2)")
                     .arg(format, reportFormats().join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error = tr("%1: cannot create folder %2").arg(path, info.absolutePath());
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        }
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        if (error) {
            *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        }
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error) {
            *error = tr("%1: cannot save: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool writeReport(const Report& report, const QString& format, const QString& path, QString* error)
{
    const auto bytes = renderReport(report, format, error);
    return bytes && writeFileAtomically(path, *bytes, error);
}

} // namespace sig2rtm
