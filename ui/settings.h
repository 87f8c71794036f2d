// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace sig2rtm::ui {

/// The application's persistent preferences: one typed wrapper around QSettings so that keys and
/// defaults live in one place.
class Settings final
{
public:
    Settings();
    /// For tests and tools: settings kept in an explicit INI file.
    explicit Settings(const QString& iniFile);
    Q_DISABLE_COPY_MOVE(Settings)

    static constexpr int kMaxRecent = 10;

    /// Extra globs every scan skips, on top of the engine's built-in folder skips.
    QStringList defaultExclusions() const;
    void setDefaultExclusions(const QStringList& globs);

    /// Whether the engine's default skipped folders (.git, node_modules, Pods, ...) apply.
    bool useDefaultSkips() const;
    void setUseDefaultSkips(bool use);

    /// "" follows the system; otherwise "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString& code);

    /// Folders and project descriptions assessed recently, most recent first.
    QStringList recentAssessments() const;
    void addRecentAssessment(const QString& path);
    void removeRecentAssessment(const QString& path);
    void clearRecentAssessments();

    /// How the last assessment of a recent path ended: its verdict ("incompatible", ...), when, and whether the
    /// scan was cancelled (its verdict may then be too kind).
    struct RecentOutcome
    {
        QString verdict;
        QDateTime when;
        bool partial = false;
    };
    std::optional<RecentOutcome> recentOutcome(const QString& path) const;
    void setRecentOutcome(const QString& path, const RecentOutcome& outcome);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// The formats chosen at the last export (HTML when none was made yet).
    QStringList lastExportFormats() const;
    void setLastExportFormats(const QStringList& formats);
    QString lastExportDirectory() const;
    void setLastExportDirectory(const QString& directory);
    /// The command that opens a file at a line: placeholders {file}, {line} and {column}. Empty: a known editor
    /// on the PATH (Visual Studio Code), else the system's default application (without the line).
    QString editorCommand() const;
    void setEditorCommand(const QString& command);

    bool openAfterExport() const;
    void setOpenAfterExport(bool open);

    QString lastAppId() const;
    void setLastAppId(const QString& appId);

    void sync();

private:
    QSettings m_settings;
};

} // namespace sig2rtm::ui
