// SPDX-License-Identifier: MIT
#pragma once

#include "baseline.h"

#include <optional>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

struct Report;

/// One report of a history: when it was made and what was left then, in the whole project and per client.
struct HistoryPoint
{
    QDateTime generatedAt;
    QString file;         ///< the report file; empty for the report being written (current)
    bool current = false; ///< the report being written, not a saved one
    bool partial = false; ///< a cancelled scan: its totals undercount
    ProgressTotals totals;
    /// Per client, for reports with per-client results; empty otherwise.
    std::vector<PreviousClient> clients;

    /// The totals of a client in this report, or nullopt when the report has none for it.
    std::optional<ProgressTotals> client(const QString& id) const;

    static HistoryPoint of(const PreviousReport& report);
};

/// One line of a burn-down: the whole project or one client, with a value (or none) at every point.
struct HistorySeries
{
    QString client; ///< client id; empty for the whole project
    QString name;   ///< the client's name in the latest report that has it; empty for the whole project
    std::vector<std::optional<ProgressTotals>> values; ///< parallel to History::points
};

/// Saved reports in date order: the burn-down of a migration (Report::history).
struct History
{
    QString source;                   ///< the folder (or first file) as the user named it
    std::vector<HistoryPoint> points; ///< oldest first (by generatedAt; ties keep file order)
    /// Files that were passed over: not JSON, not a sig2rtm report, unreadable. Each diagnostic is located
    /// like a loader's (file, line, column) and says why.
    Diagnostics skipped;

    /// Every *.json file of a folder (not its subfolders), in name order. Files that are not reports are
    /// skipped and listed in skipped; a folder that cannot be listed returns nullopt with a diagnostic.
    static std::optional<History> loadFolder(const QString& folder, Diagnostics* diagnostics);
    /// The given report files; those that cannot be read are listed in skipped.
    static History loadFiles(const QStringList& files);

    /// Adds a saved report, keeping date order.
    void add(const PreviousReport& report);
    /// Adds the report being written (marked current) as the last point; saved reports dated after it are
    /// moved to skipped.
    void addCurrent(const Report& report);

    /// The whole project first, then one series per client seen in any report when there are at least two
    /// clients (one client's line would repeat the project's), by first appearance.
    std::vector<HistorySeries> series() const;
    /// Ids of the clients seen in any point, by first appearance, with their latest names (kMaxClients at most).
    std::vector<std::pair<QString, QString>> clients() const;

    /// Reports a history keeps at most, the newest: a burn-down of more is not readable anyway.
    static constexpr int kMaxReports = 500;
    /// Files of a folder read at most (reports and other JSON files), in name order.
    static constexpr int kMaxFiles = 4 * kMaxReports;
    /// Clients followed at most, by first appearance: more lines than this help no one.
    static constexpr int kMaxClients = 1000;
};

/// The client series worth showing when not all fit: indexes into series (1 and up: 0 is the whole project) of
/// at most max clients, those whose effort points were highest at any point, in series order. The chart's lines
/// and the reports' history columns are the same clients.
std::vector<std::size_t> largestClients(const std::vector<HistorySeries>& series, std::size_t max);

/// The report's "history" object (docs/report-format.md).
nlohmann::ordered_json toJson(const History& history);

} // namespace sig2rtm
