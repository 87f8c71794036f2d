// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QVariantMap>

namespace sig2rtm::ui {

namespace {
const QString kExclusions = QStringLiteral("scan/exclusions");
const QString kDefaultSkips = QStringLiteral("scan/useDefaultSkips");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("recent/assessments");
const QString kOutcomes = QStringLiteral("recent/outcomes");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kExportFormats = QStringLiteral("export/formats");
const QString kEditorCommand = QStringLiteral("evidence/editorCommand");
const QString kExportDirectory = QStringLiteral("export/directory");
const QString kOpenAfterExport = QStringLiteral("export/openAfter");
const QString kAppId = QStringLiteral("support/appId");

QString normalized(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}
} // namespace

Settings::Settings() = default;

Settings::Settings(const QString& iniFile) : m_settings(iniFile, QSettings::IniFormat) {}

QStringList Settings::defaultExclusions() const
{
    return m_settings.value(kExclusions).toStringList();
}

void Settings::setDefaultExclusions(const QStringList& globs)
{
    QStringList cleaned;
    for (const auto& glob : globs) {
        if (const auto g = glob.trimmed(); !g.isEmpty() && !cleaned.contains(g)) {
            cleaned << g;
        }
    }
    m_settings.setValue(kExclusions, cleaned);
}

bool Settings::useDefaultSkips() const
{
    return m_settings.value(kDefaultSkips, true).toBool();
}

void Settings::setUseDefaultSkips(bool use)
{
    m_settings.setValue(kDefaultSkips, use);
}

QString Settings::language() const
{
    const auto code = m_settings.value(kLanguage).toString();
    return code == QLatin1String("en") || code == QLatin1String("zh_CN") ? code : QString();
}

void Settings::setLanguage(const QString& code)
{
    m_settings.setValue(kLanguage, code);
}

QStringList Settings::recentAssessments() const
{
    return m_settings.value(kRecent).toStringList();
}

void Settings::addRecentAssessment(const QString& path)
{
    const auto entry = normalized(path);
    auto list = recentAssessments();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > kMaxRecent) {
        list.removeLast();
    }
    m_settings.setValue(kRecent, list);
}

void Settings::removeRecentAssessment(const QString& path)
{
    auto list = recentAssessments();
    list.removeAll(path);
    list.removeAll(normalized(path));
    m_settings.setValue(kRecent, list);
}

void Settings::clearRecentAssessments()
{
    m_settings.remove(kRecent);
    m_settings.remove(kOutcomes);
}

std::optional<Settings::RecentOutcome> Settings::recentOutcome(const QString& path) const
{
    const QVariantMap entry = m_settings.value(kOutcomes).toMap().value(normalized(path)).toMap();
    RecentOutcome outcome;
    outcome.verdict = entry.value(QStringLiteral("verdict")).toString();
    outcome.when = QDateTime::fromString(entry.value(QStringLiteral("when")).toString(), Qt::ISODate);
    outcome.partial = entry.value(QStringLiteral("partial")).toBool();
    if (outcome.verdict.isEmpty() || !outcome.when.isValid()) {
        return std::nullopt;
    }
    return outcome;
}

void Settings::setRecentOutcome(const QString& path, const RecentOutcome& outcome)
{
    // Only for paths in the list: outcomes of paths that fell off it are dropped with them.
    const QStringList recent = recentAssessments();
    QVariantMap outcomes = m_settings.value(kOutcomes).toMap();
    for (auto it = outcomes.begin(); it != outcomes.end();) {
        it = recent.contains(it.key()) ? std::next(it) : outcomes.erase(it);
    }
    if (recent.contains(normalized(path))) {
        outcomes.insert(normalized(path),
                        QVariantMap{{QStringLiteral("verdict"), outcome.verdict},
                                    {QStringLiteral("when"), outcome.when.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("partial"), outcome.partial}});
    }
    m_settings.setValue(kOutcomes, outcomes);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

QString Settings::editorCommand() const
{
    return m_settings.value(kEditorCommand).toString().trimmed();
}

void Settings::setEditorCommand(const QString& command)
{
    m_settings.setValue(kEditorCommand, command.trimmed());
}

QStringList Settings::lastExportFormats() const
{
    const QStringList formats = m_settings.value(kExportFormats).toStringList();
    return formats.isEmpty() ? QStringList{QStringLiteral("html")} : formats;
}

void Settings::setLastExportFormats(const QStringList& formats)
{
    m_settings.setValue(kExportFormats, formats);
}

QString Settings::lastExportDirectory() const
{
    return m_settings.value(kExportDirectory).toString();
}

void Settings::setLastExportDirectory(const QString& directory)
{
    m_settings.setValue(kExportDirectory, directory);
}

bool Settings::openAfterExport() const
{
    return m_settings.value(kOpenAfterExport, true).toBool();
}

void Settings::setOpenAfterExport(bool open)
{
    m_settings.setValue(kOpenAfterExport, open);
}

QString Settings::lastAppId() const
{
    return m_settings.value(kAppId).toString();
}

void Settings::setLastAppId(const QString& appId)
{
    m_settings.setValue(kAppId, appId);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace sig2rtm::ui
