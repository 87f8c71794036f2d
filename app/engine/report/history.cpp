// SPDX-License-Identifier: MIT
#include "history.h"

#include "report.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace sig2rtm {

std::optional<ProgressTotals> HistoryPoint::client(const QString& id) const
{
    for (const auto& c : clients) {
        if (c.id == id) {
            return c.totals;
        }
    }
    return std::nullopt;
}

HistoryPoint HistoryPoint::of(const PreviousReport& report)
{
    HistoryPoint point;
    point.generatedAt = report.generatedAt;
    point.file = report.file;
    point.partial = report.partial;
    point.totals = report.totals;
    point.clients = report.clients;
    return point;
}

std::optional<History> History::loadFolder(const QString& folder, Diagnostics* diagnostics)
{
    const QFileInfo info(folder);
    if (!info.isDir()) {
        if (diagnostics) {
            *diagnostics << Diagnostic{folder,
                                       0,
                                       0,
                                       {},
                                       info.exists() ? QCoreApplication::translate("sig2rtm", "is not a folder")
                                                     : QCoreApplication::translate("sig2rtm", "no such folder")};
        }
        return std::nullopt;
    }
    QDir dir(folder);
    if (!dir.isReadable()) {
        if (diagnostics) {
            *diagnostics << Diagnostic{
                folder, 0, 0, {}, QCoreApplication::translate("sig2rtm", "cannot list the folder")};
        }
        return std::nullopt;
    }
    // Regular files and links to them; FIFOs and devices named *.json are listed as skipped by the reader.
    const QStringList names = dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.JSON")},
                                            QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    QStringList files;
    for (const auto& name : names) {
        files << dir.filePath(name);
    }
    History history = loadFiles(files);
    history.source = folder;
    return history;
}

namespace {
const char* const kMoreFiles =
    QT_TRANSLATE_N_NOOP("sig2rtm", "%n more file(s) from here on not read: a history reads at most %1 files");
const char* const kOldestLeftOut =
    QT_TRANSLATE_N_NOOP("sig2rtm", "%n oldest report(s), from this one on, left out: a burn-down shows the newest %1");
} // namespace

History History::loadFiles(const QStringList& files)
{
    History history;
    history.source = files.isEmpty() ? QString() : files.front();
    const qsizetype read = std::min<qsizetype>(files.size(), kMaxFiles);
    for (qsizetype i = 0; i < read; ++i) {
        Diagnostics problems;
        if (const auto report = PreviousReport::loadFile(files[i], &problems)) {
            history.add(*report);
        } else if (!problems.isEmpty()) {
            // The first problem says why; a broken report lists more than anyone reads in a skip list.
            history.skipped << problems.front();
        }
    }
    // Limits, each said once: not a line per file left out.
    if (files.size() > read) {
        history.skipped << Diagnostic{
            files[read],
            0,
            0,
            {},
            QCoreApplication::translate("sig2rtm", kMoreFiles, nullptr, static_cast<int>(files.size() - read))
                .arg(kMaxFiles)};
    }
    if (history.points.size() > static_cast<std::size_t>(kMaxReports)) {
        const auto dropped = static_cast<qsizetype>(history.points.size()) - kMaxReports;
        history.skipped << Diagnostic{
            history.points.front().file,
            0,
            0,
            {},
            QCoreApplication::translate("sig2rtm", kOldestLeftOut, nullptr, static_cast<int>(dropped))
                .arg(kMaxReports)};
        history.points.erase(history.points.begin(), history.points.begin() + dropped);
    }
    return history;
}

namespace {

void insertInOrder(std::vector<HistoryPoint>& points, HistoryPoint point)
{
    // After every point of the same time or earlier: equal times keep the order they were added in.
    const auto at = std::upper_bound(points.begin(), points.end(), point.generatedAt,
                                     [](const QDateTime& t, const HistoryPoint& p) { return t < p.generatedAt; });
    points.insert(at, std::move(point));
}

} // namespace

void History::add(const PreviousReport& report)
{
    insertInOrder(points, HistoryPoint::of(report));
}

void History::addCurrent(const Report& report)
{
    HistoryPoint point = HistoryPoint::of(PreviousReport::fromReport(report));
    point.file.clear();
    point.current = true;
    // This scan is the last point: a saved report dated later (a wrong clock, a hand-edited date) would
    // stretch the time axis and end the line on a value that is not today's.
    const auto later = std::stable_partition(
        points.begin(), points.end(), [&](const HistoryPoint& p) { return !(p.generatedAt > point.generatedAt); });
    for (auto it = later; it != points.end(); ++it) {
        skipped << Diagnostic{it->file,
                              0,
                              0,
                              {},
                              QCoreApplication::translate("sig2rtm", "dated %1, after this scan: left out")
                                  .arg(it->generatedAt.toUTC().toString(Qt::ISODate))};
    }
    points.erase(later, points.end());
    points.push_back(std::move(point));
}

std::vector<std::pair<QString, QString>> History::clients() const
{
    std::vector<std::pair<QString, QString>> out;
    QHash<QString, std::size_t> index;
    for (const auto& point : points) {
        for (const auto& c : point.clients) {
            if (const auto it = index.constFind(c.id); it != index.cend()) {
                out[*it].second = c.name; // the latest name wins: points are in date order
            } else if (out.size() < static_cast<std::size_t>(kMaxClients)) {
                index.insert(c.id, out.size());
                out.emplace_back(c.id, c.name);
            }
        }
    }
    return out;
}

std::vector<HistorySeries> History::series() const
{
    std::vector<HistorySeries> out;
    HistorySeries whole;
    for (const auto& point : points) {
        whole.values.emplace_back(point.totals);
    }
    out.push_back(std::move(whole));
    const auto ids = clients();
    if (ids.size() < 2) {
        return out;
    }
    QHash<QString, std::size_t> seriesOf;
    for (const auto& [id, name] : ids) {
        seriesOf.insert(id, out.size());
        HistorySeries series;
        series.client = id;
        series.name = name;
        series.values.resize(points.size());
        out.push_back(std::move(series));
    }
    // One pass over each point's clients: a report's own clients, not every client of the history.
    for (std::size_t p = 0; p < points.size(); ++p) {
        for (const auto& c : points[p].clients) {
            if (const auto it = seriesOf.constFind(c.id); it != seriesOf.cend() && !out[*it].values[p]) {
                out[*it].values[p] = c.totals;
            }
        }
    }
    return out;
}

std::vector<std::size_t> largestClients(const std::vector<HistorySeries>& series, std::size_t max)
{
    std::vector<std::pair<int, std::size_t>> byEffort; // (peak effort, series)
    for (std::size_t s = 1; s < series.size(); ++s) {
        int peak = 0;
        for (const auto& v : series[s].values) {
            peak = std::max(peak, v ? v->effortPoints : 0);
        }
        byEffort.emplace_back(peak, s);
    }
    std::stable_sort(byEffort.begin(), byEffort.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    byEffort.resize(std::min(byEffort.size(), max));
    std::vector<std::size_t> out;
    out.reserve(byEffort.size());
    for (const auto& e : byEffort) {
        out.push_back(e.second);
    }
    std::sort(out.begin(), out.end());
    return out;
}

nlohmann::ordered_json toJson(const History& history)
{
    using json = nlohmann::ordered_json;
    const auto s = [](const QString& text) { return text.toStdString(); };
    json points = json::array();
    for (const auto& p : history.points) {
        json point = {{"generatedAt", s(p.generatedAt.toUTC().toString(Qt::ISODate))}};
        if (!p.current) {
            point["file"] = s(p.file);
        }
        point["current"] = p.current;
        point["partial"] = p.partial;
        point["uses"] = p.totals.uses;
        point["effortPoints"] = p.totals.effortPoints;
        json clients = json::array();
        for (const auto& c : p.clients) {
            clients.push_back({{"id", s(c.id)},
                               {"name", s(c.name)},
                               {"uses", c.totals.uses},
                               {"effortPoints", c.totals.effortPoints}});
        }
        point["clients"] = std::move(clients);
        points.push_back(std::move(point));
    }
    json skipped = json::array();
    for (const auto& d : history.skipped) {
        skipped.push_back({{"file", s(d.file)}, {"line", d.line}, {"column", d.column}, {"reason", s(d.message)}});
    }
    return {{"source", s(history.source)}, {"points", std::move(points)}, {"skipped", std::move(skipped)}};
}

} // namespace sig2rtm
