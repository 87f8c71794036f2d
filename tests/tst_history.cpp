// SPDX-License-Identifier: MIT
// A history of saved reports and its burn-down: the points in date order, the series per client, the chart's
// geometry, its SVG and its painting.

#include "chart.h"
#include "chartpainter.h"
#include "history.h"
#include "reportfixture.h"
#include "reportview.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sig2rtm;
using namespace Qt::StringLiterals;
using namespace sig2rtm::testing;

namespace {

const QString kHistory = QStringLiteral(SIG2RTM_TEST_DATA "/history");

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 0), QTimeZone::utc());
}

/// A point with whole-project totals and per-client ones ({id, uses, points}; uses < 0: the client is absent).
HistoryPoint point(const QDateTime& at, ProgressTotals totals,
                   std::initializer_list<std::tuple<const char*, int, int>> clients = {})
{
    HistoryPoint p;
    p.generatedAt = at;
    p.totals = totals;
    for (const auto& [id, uses, points] : clients) {
        if (uses >= 0) {
            p.clients.push_back({QString::fromLatin1(id), QString::fromLatin1(id), {uses, points}});
        }
    }
    return p;
}

std::vector<const ChartText*> texts(const ChartLayout& chart, ChartRole role)
{
    std::vector<const ChartText*> out;
    for (const auto& t : chart.texts) {
        if (t.role == role) {
            out.push_back(&t);
        }
    }
    return out;
}

std::vector<const ChartPolyline*> lines(const ChartLayout& chart, int panel, int series)
{
    std::vector<const ChartPolyline*> out;
    for (const auto& p : chart.polylines) {
        if (p.panel == panel && p.series == series) {
            out.push_back(&p);
        }
    }
    return out;
}

bool copy(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the CLI and the app run: English with its plural forms.
        QVERIFY(installTranslation(ReportLanguage::English));
    }
    void threeReportsInDateOrder();
    void orderIsByDateNotFileName();
    void filesThatAreNotReportsAreListed();
    void aFolderIsNeeded();
    void theCurrentReportIsTheLastPoint();
    void burnDownLayout();
    void aMissingValueBreaksTheLine();
    void manyClientsAreCapped();
    void tablesShowTheLargestClients();
    void oneReportIsAPoint();
    void hugeValuesKeepTheScaleSound();
    void namesOutsideTheBasicPlaneArePrinted();
    void reportsAfterThisScanAreLeftOut();
    void theNewestReportsAreKept();
    void timesWithoutAnOffsetAreUtc();
    void svgIsWellFormedAndEscaped();
    void chineseLabels();
    void paintsWithQPainter();
};

void TestHistory::threeReportsInDateOrder()
{
    Diagnostics problems;
    const auto history = History::loadFolder(kHistory, &problems);
    QVERIFY2(history, qPrintable(toString(problems)));
    QVERIFY2(history->skipped.isEmpty(), qPrintable(toString(history->skipped)));
    QCOMPARE(history->source, kHistory);
    QCOMPARE(history->points.size(), std::size_t(3));
    QCOMPARE(history->points[0].generatedAt, QDateTime(QDate(2025, 1, 6), QTime(9, 30), QTimeZone::utc()));
    QCOMPARE(history->points[1].generatedAt, QDateTime(QDate(2025, 2, 3), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(history->points[2].generatedAt, QDateTime(QDate(2025, 3, 3), QTime(8, 15), QTimeZone::utc()));
    QCOMPARE(history->points[0].totals, (ProgressTotals{18, 53}));
    QCOMPARE(history->points[1].totals, (ProgressTotals{16, 43}));
    QCOMPARE(history->points[2].totals, (ProgressTotals{10, 23}));
    QVERIFY(history->points[0].file.endsWith(QLatin1String("2025-01-06.json")));

    const auto series = history->series();
    QCOMPARE(series.size(), std::size_t(3));
    QVERIFY(series[0].client.isEmpty());
    // Clients in the order the reports first list them (by folder), named as the latest report names them.
    QCOMPARE(series[1].client, QStringLiteral("android"));
    QCOMPARE(series[1].name, QStringLiteral("android"));
    QCOMPARE(series[2].client, QStringLiteral("web"));
    QCOMPARE(series[2].name, QStringLiteral("web"));
    for (const auto& s : series) {
        QCOMPARE(s.values.size(), std::size_t(3));
        for (const auto& v : s.values) {
            QVERIFY(v.has_value());
        }
    }
    QCOMPARE(*series[2].values[0], (ProgressTotals{11, 33}));
    QCOMPARE(*series[2].values[2], (ProgressTotals{10, 23}));
    QCOMPARE(*series[1].values[0], (ProgressTotals{7, 20}));
    QCOMPARE(*series[1].values[1], (ProgressTotals{6, 20}));
    QCOMPARE(*series[1].values[2], (ProgressTotals{0, 0}));
}

void TestHistory::orderIsByDateNotFileName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copy(kHistory + QStringLiteral("/2025-03-03.json"), dir.filePath(QStringLiteral("a.json"))));
    QVERIFY(copy(kHistory + QStringLiteral("/2025-01-06.json"), dir.filePath(QStringLiteral("b.json"))));
    QVERIFY(copy(kHistory + QStringLiteral("/2025-02-03.json"), dir.filePath(QStringLiteral("c.json"))));
    const auto history = History::loadFolder(dir.path(), nullptr);
    QVERIFY(history);
    QCOMPARE(history->points.size(), std::size_t(3));
    QVERIFY(history->points[0].file.endsWith(QLatin1String("b.json")));
    QVERIFY(history->points[1].file.endsWith(QLatin1String("c.json")));
    QVERIFY(history->points[2].file.endsWith(QLatin1String("a.json")));
}

void TestHistory::filesThatAreNotReportsAreListed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : {"2025-01-06.json", "2025-02-03.json", "2025-03-03.json"}) {
        QVERIFY(copy(kHistory + u'/' + QString::fromLatin1(name), dir.filePath(QString::fromLatin1(name))));
    }
    QVERIFY(writeText(dir.filePath(QStringLiteral("project.json")),
                      QStringLiteral("{\n  \"format\": \"sig2rtm-project/1\",\n  \"name\": \"Chat\"\n}\n")));
    QVERIFY(writeText(dir.filePath(QStringLiteral("notes.json")), QStringLiteral("remember the milk\n")));
    QFile full(kHistory + QStringLiteral("/2025-01-06.json"));
    QVERIFY(full.open(QIODevice::ReadOnly));
    QVERIFY(writeText(dir.filePath(QStringLiteral("cut.json")), QString::fromUtf8(full.readAll().left(5000))));
    QVERIFY(writeText(dir.filePath(QStringLiteral("README.md")), QStringLiteral("# Saved reports\n")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("old.json")));
#ifdef Q_OS_UNIX
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.json"))).constData(), 0600), 0);
#endif

    Diagnostics problems;
    const auto history = History::loadFolder(dir.path(), &problems);
    QVERIFY(history);
    QVERIFY(problems.isEmpty());
    QCOMPARE(history->points.size(), std::size_t(3));
    QHash<QString, Diagnostic> skipped;
    for (const auto& d : history->skipped) {
        skipped.insert(QFileInfo(d.file).fileName(), d);
    }
    QStringList names = skipped.keys();
    names.sort();
#ifdef Q_OS_UNIX
    QCOMPARE(names, (QStringList{QStringLiteral("cut.json"), QStringLiteral("notes.json"), QStringLiteral("pipe.json"),
                                 QStringLiteral("project.json")}));
    QVERIFY(skipped[QStringLiteral("pipe.json")].message.contains(QLatin1String("not a regular file")));
#else
    QCOMPARE(names,
             (QStringList{QStringLiteral("cut.json"), QStringLiteral("notes.json"), QStringLiteral("project.json")}));
#endif
    const Diagnostic& project = skipped[QStringLiteral("project.json")];
    QCOMPARE(project.line, 2);
    QCOMPARE(project.column, 13);
    QVERIFY(project.message.contains(QLatin1String("sig2rtm-project/1")));
    QCOMPARE(skipped[QStringLiteral("notes.json")].line, 1);
    QVERIFY(skipped[QStringLiteral("notes.json")].message.contains(QLatin1String("invalid JSON")));
    QVERIFY(skipped[QStringLiteral("cut.json")].line > 100);

    // The JSON report lists them with their place.
    const auto json = toJson(*history);
    QCOMPARE(json["points"].size(), std::size_t(3));
    QCOMPARE(json["skipped"].size(), static_cast<std::size_t>(names.size()));
    for (const auto& s : json["skipped"]) {
        QVERIFY(!s["reason"].get<std::string>().empty());
    }
}

void TestHistory::aFolderIsNeeded()
{
    Diagnostics problems;
    QVERIFY(!History::loadFolder(kHistory + QStringLiteral("/2025-01-06.json"), &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.front().message.contains(QLatin1String("is not a folder")));
    QVERIFY(!History::loadFolder(kHistory + QStringLiteral("/missing"), &problems));
    QVERIFY(problems.back().message.contains(QLatin1String("no such folder")));

    // Named files work as well; a missing one is skipped, not fatal.
    const History files =
        History::loadFiles({kHistory + QStringLiteral("/2025-02-03.json"), kHistory + QStringLiteral("/nope.json")});
    QCOMPARE(files.points.size(), std::size_t(1));
    QCOMPARE(files.skipped.size(), 1);
}

void TestHistory::theCurrentReportIsTheLastPoint()
{
    auto history = History::loadFolder(kHistory, nullptr);
    QVERIFY(history);
    const auto report = scanFolder(QStringLiteral(SIG2RTM_TEST_DATA "/baseline/v2"), ReportLanguage::English);
    QVERIFY(report);
    history->addCurrent(*report);
    QCOMPARE(history->points.size(), std::size_t(4));
    const HistoryPoint& last = history->points.back();
    QVERIFY(last.current);
    QVERIFY(last.file.isEmpty());
    QCOMPARE(last.totals, (ProgressTotals{16, 43}));

    const auto json = toJson(*history);
    QCOMPARE(json["points"].size(), std::size_t(4));
    QVERIFY(json["points"][3]["current"].get<bool>());
    QVERIFY(!json["points"][3].contains("file"));
    QVERIFY(!json["points"][0]["current"].get<bool>());
    QCOMPARE(json["points"][0]["clients"].size(), std::size_t(2));
    QCOMPARE(json["points"][0]["clients"][1]["effortPoints"].get<int>(), 33);
    // The report being written has its clients too: every client's line reaches today.
    QCOMPARE(json["points"][3]["clients"].size(), std::size_t(2));
    const auto series = history->series();
    QCOMPARE(series.size(), std::size_t(3));
    QCOMPARE(*series[2].values[3], (ProgressTotals{10, 23}));
}

void TestHistory::burnDownLayout()
{
    const auto history = History::loadFolder(kHistory, nullptr);
    QVERIFY(history);
    BurnDownOptions options;
    options.size = QSizeF(720, 440);
    options.fontSize = 12;
    const ChartLayout chart = layOutBurnDown(*history, options);
    QCOMPARE(chart.size, QSizeF(720, 440));
    QVERIFY(!chart.isEmpty());
    QCOMPARE(chart.panels.size(), 2);
    QVERIFY(chart.panels[0].bottom() < chart.panels[1].top());

    // One line per series and panel, three points each, left to right in date order.
    for (int panel = 0; panel < 2; ++panel) {
        for (int series = 0; series < 3; ++series) {
            const auto found = lines(chart, panel, series);
            QCOMPARE(found.size(), std::size_t(1));
            const auto& points = found.front()->points;
            QCOMPARE(points.size(), 3);
            QVERIFY(points[0].x() < points[1].x() && points[1].x() < points[2].x());
            for (const auto& p : points) {
                QVERIFY(chart.panels[panel].adjusted(-0.01, -0.01, 0.01, 0.01).contains(p));
            }
        }
    }
    // The whole project burns down: 53 -> 43 -> 23 effort points, lower on the page each time.
    const auto whole = lines(chart, 0, 0).front()->points;
    QVERIFY(whole[0].y() < whole[1].y() && whole[1].y() < whole[2].y());
    // The Android app reached zero: its last point is on the axis.
    QCOMPARE(lines(chart, 0, 1).front()->points.back().y(), chart.panels[0].bottom());
    QCOMPARE(lines(chart, 1, 1).front()->points.back().y(), chart.panels[1].bottom());
    // Every point is a marker with its value, for tooltips.
    QCOMPARE(chart.markers.size(), std::size_t(2 * 3 * 3));
    for (const auto& m : chart.markers) {
        if (m.series == 0 && m.point == 0) {
            QCOMPARE(m.value, m.panel == 0 ? 53 : 18);
        }
    }

    QStringList legend;
    for (const auto* t : texts(chart, ChartRole::Legend)) {
        legend << t->text;
    }
    QCOMPARE(legend, (QStringList{QStringLiteral("Whole project"), QStringLiteral("android"), QStringLiteral("web")}));
    QStringList titles;
    for (const auto* t : texts(chart, ChartRole::PanelTitle)) {
        titles << t->text;
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Effort points left"), QStringLiteral("Legacy calls left")}));

    // Value ticks: 0 up to a round number above the highest value, once per panel.
    QStringList values;
    for (const auto* t : texts(chart, ChartRole::YTick)) {
        values << t->text;
    }
    QCOMPARE(values, (QStringList{QStringLiteral("0"), QStringLiteral("20"), QStringLiteral("40"), QStringLiteral("60"),
                                  QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("15"),
                                  QStringLiteral("20")}));
    // Date ticks under the lower panel only, inside the time span, left to right.
    const auto dates = texts(chart, ChartRole::XTick);
    QVERIFY(dates.size() >= 2);
    static const QRegularExpression date(QStringLiteral("^2025-(0[1-3])(-[0-3][0-9])?$"));
    double x = -1;
    for (const auto* t : dates) {
        QVERIFY2(date.match(t->text).hasMatch(), qPrintable(t->text));
        QVERIFY(t->at.y() > chart.panels[1].bottom());
        QVERIFY(t->at.x() > x);
        x = t->at.x();
    }
    for (const auto& t : chart.texts) {
        QVERIFY(t.at.x() >= 0 && t.at.x() <= 720 && t.at.y() >= 0 && t.at.y() <= 440);
    }
    QVERIFY(chart.description.contains(QLatin1String("from 53 to 23")));
}

void TestHistory::aMissingValueBreaksTheLine()
{
    History history;
    history.points = {point(utc(2025, 1, 1), {10, 30}, {{"web", 6, 20}, {"ios", 4, 10}}),
                      point(utc(2025, 2, 1), {8, 24}, {{"web", 5, 18}, {"ios", 3, 6}}),
                      point(utc(2025, 3, 1), {5, 12}, {{"web", -1, 0}, {"ios", 2, 4}}),
                      point(utc(2025, 4, 1), {2, 4}, {{"web", 2, 4}, {"ios", 0, 0}})};
    const ChartLayout chart = layOutBurnDown(history, {});
    const auto web = lines(chart, 0, 1);
    QCOMPARE(web.size(), std::size_t(1)); // Jan-Feb; April stands alone as a marker
    QCOMPARE(web.front()->points.size(), 2);
    int webMarkers = 0;
    for (const auto& m : chart.markers) {
        webMarkers += m.series == 1 && m.panel == 0 ? 1 : 0;
    }
    QCOMPARE(webMarkers, 3);
    QCOMPARE(lines(chart, 0, 2).front()->points.size(), 4);
}

void TestHistory::manyClientsAreCapped()
{
    History history;
    for (int month = 1; month <= 2; ++month) {
        HistoryPoint p = point(utc(2025, month, 1), {100, 300});
        for (int c = 0; c < 10; ++c) {
            p.clients.push_back({QStringLiteral("client-%1").arg(c), QStringLiteral("Client %1").arg(c), {c, c * 10}});
        }
        history.points.push_back(p);
    }
    const ChartLayout chart = layOutBurnDown(history, {});
    QStringList legend;
    for (const auto* t : texts(chart, ChartRole::Legend)) {
        legend << t->text;
    }
    QCOMPARE(legend.size(), 1 + 7 + 1);
    QCOMPARE(legend.last(), QStringLiteral("+3 more clients not drawn"));
    QVERIFY(!legend.contains(QStringLiteral("Client 0"))); // the least effort is what is left out
    QVERIFY(legend.contains(QStringLiteral("Client 9")));
    QSet<QString> colours;
    for (const auto& p : chart.polylines) {
        colours.insert(p.colour);
    }
    QCOMPARE(colours.size(), 8);
}

void TestHistory::tablesShowTheLargestClients()
{
    // Ten clients: the reports' history table shows the eight with the most effort, in their order, and says
    // how many are only in the JSON report; the chart draws its seven from the same ranking.
    auto report = scanFolder(QStringLiteral(SIG2RTM_TEST_DATA "/baseline/v2"), ReportLanguage::English);
    QVERIFY(report);
    History history;
    for (int month = 1; month <= 2; ++month) {
        HistoryPoint p = point(utc(2025, month, 1), {100, 300});
        for (int c = 0; c < 10; ++c) {
            p.clients.push_back({QStringLiteral("client-%1").arg(c), QStringLiteral("Client %1").arg(c), {c, c * 10}});
        }
        history.points.push_back(p);
    }
    report->history = history;
    const auto progress = ReportView::build(*report).progress;
    QVERIFY(progress && progress->hasHistory);
    QCOMPARE(progress->historyHeaders.size(), 4 + 8);
    QCOMPARE(progress->historyHeaders.mid(4).first(), u"Client 2"_s);
    QCOMPARE(progress->historyHeaders.last(), u"Client 9"_s);
    QCOMPARE(progress->points.front().clients.size(), 8);
    QCOMPARE(progress->points.front().clients.front(), u"20 / 2"_s);
    QVERIFY2(progress->historyIntro.contains(u"2 smaller clients are only in the JSON report."_s),
             qPrintable(progress->historyIntro));
    const auto largest = largestClients(history.series(), 7);
    QCOMPARE(largest.size(), std::size_t(7));
    QCOMPARE(largest.front(), std::size_t(4)); // series 4 is Client 3: 0, 1 and 2 have the least effort
}

void TestHistory::oneReportIsAPoint()
{
    History history;
    history.points = {point(utc(2025, 5, 20), {7, 21})};
    const ChartLayout chart = layOutBurnDown(history, {});
    QVERIFY(chart.polylines.empty());
    QCOMPARE(chart.markers.size(), std::size_t(2));
    QVERIFY(!texts(chart, ChartRole::XTick).empty());
    QVERIFY(layOutBurnDown(History(), {}).isEmpty());
}

void TestHistory::hugeValuesKeepTheScaleSound()
{
    // Saved reports are untrusted: totals near INT_MAX must not overflow the scale or its ticks.
    History history;
    history.points = {point(utc(2025, 1, 1), {std::numeric_limits<int>::max(), 2'000'000'000}),
                      point(utc(2025, 2, 1), {5, 7})};
    const ChartLayout chart = layOutBurnDown(history, {});
    const auto ticks = texts(chart, ChartRole::YTick);
    QVERIFY(!ticks.empty());
    QVERIFY2(ticks.size() <= 14, qPrintable(QString::number(ticks.size()))); // about five per panel
    for (const auto* t : ticks) {
        bool ok = false;
        QVERIFY2(t->text.toLongLong(&ok) >= 0 && ok, qPrintable(t->text));
    }
    for (const auto& m : chart.markers) {
        QVERIFY(std::isfinite(m.centre.y()));
        QVERIFY2(chart.panels[m.panel].adjusted(-1, -1, 1, 1).contains(m.centre), "a point outside its panel");
    }
}

void TestHistory::namesOutsideTheBasicPlaneArePrinted()
{
    History history;
    for (int month = 1; month <= 2; ++month) {
        history.points.push_back(point(utc(2025, month, 1), {3, 9}, {{"a", 1, 3}, {"b", 2, 6}}));
        history.points.back().clients[0].name = QStringLiteral("\U00020BB7 app \U0001F680");
    }
    const ChartLayout chart = layOutBurnDown(history, {});
    QStringList legend;
    for (const auto* t : texts(chart, ChartRole::Legend)) {
        legend << t->text;
    }
    QVERIFY2(legend.contains(QStringLiteral("\U00020BB7 app \U0001F680")), qPrintable(legend.join(u'|')));
}

void TestHistory::reportsAfterThisScanAreLeftOut()
{
    // A saved report dated after this scan (a wrong clock) is listed, not drawn: this scan is the last point.
    QTemporaryDir dir;
    QVERIFY(copy(kHistory + u"/2025-01-06.json"_s, dir.filePath(u"a.json"_s)));
    QFile file(kHistory + u"/2025-02-03.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto future = nlohmann::json::parse(file.readAll().toStdString());
    future["generatedAt"] = "9999-12-31T00:00:00Z";
    QFile out(dir.filePath(u"b.json"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(future.dump()));
    out.close();
    auto history = History::loadFolder(dir.path(), nullptr);
    QVERIFY(history);
    QCOMPARE(history->points.size(), std::size_t(2));
    const auto report = scanFolder(QStringLiteral(SIG2RTM_TEST_DATA "/baseline/v2"), ReportLanguage::English);
    QVERIFY(report);
    history->addCurrent(*report);
    QCOMPARE(history->points.size(), std::size_t(2));
    QVERIFY(history->points.back().current);
    QCOMPARE(history->skipped.size(), 1);
    QVERIFY(history->skipped.front().file.endsWith(u"b.json"_s));
    QVERIFY2(history->skipped.front().message.contains(u"after this scan"_s),
             qPrintable(history->skipped.front().message));
}

void TestHistory::theNewestReportsAreKept()
{
    // More reports than a burn-down shows: the oldest go, said once; the newest stay whatever their names.
    QTemporaryDir dir;
    QFile file(kHistory + u"/2025-01-06.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto report = nlohmann::json::parse(file.readAll().toStdString());
    const int count = History::kMaxReports + 3;
    const QDateTime start = utc(2020, 1, 1);
    for (int i = 0; i < count; ++i) {
        // Names run backwards in time: name order is not date order.
        report["generatedAt"] = start.addDays(i).toString(Qt::ISODate).toStdString();
        QFile out(dir.filePath(QStringLiteral("r%1.json").arg(count - i, 4, 10, QLatin1Char('0'))));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromStdString(report.dump()));
    }
    const auto history = History::loadFolder(dir.path(), nullptr);
    QVERIFY(history);
    QCOMPARE(history->points.size(), std::size_t(History::kMaxReports));
    QCOMPARE(history->points.front().generatedAt, start.addDays(3));
    QCOMPARE(history->points.back().generatedAt, start.addDays(count - 1));
    QCOMPARE(history->skipped.size(), 1);
    QVERIFY2(history->skipped.front().message.startsWith(u"3 oldest reports"_s),
             qPrintable(history->skipped.front().message));
}

void TestHistory::timesWithoutAnOffsetAreUtc()
{
    QFile file(kHistory + u"/2025-01-06.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto report = nlohmann::json::parse(file.readAll().toStdString());
    for (const auto& [text, expected] :
         {std::pair{"2025-03-14T09:30:00", QDateTime(QDate(2025, 3, 14), QTime(9, 30), QTimeZone::utc())},
          std::pair{"2025-03-14T09:30:00+08:00", QDateTime(QDate(2025, 3, 14), QTime(1, 30), QTimeZone::utc())},
          std::pair{"2025-03-14", QDateTime(QDate(2025, 3, 14), QTime(0, 0), QTimeZone::utc())}}) {
        report["generatedAt"] = text;
        Diagnostics problems;
        const auto read = PreviousReport::load(QByteArray::fromStdString(report.dump()), u"r.json"_s, &problems);
        QVERIFY2(read, qPrintable(toString(problems)));
        QCOMPARE(read->generatedAt, expected);
    }
}

void TestHistory::svgIsWellFormedAndEscaped()
{
    const QString hostile = QStringLiteral("</text><script>alert(1)</script>&\"' onload=x");
    History history;
    history.points = {point(utc(2025, 1, 1), {10, 30}, {{"web", 6, 20}, {"ios", 4, 10}}),
                      point(utc(2025, 2, 1), {8, 24}, {{"web", 5, 18}, {"ios", 3, 6}})};
    history.points[1].clients[0].name = hostile;
    history.points[1].partial = true;
    const QString svg = chartToSvg(layOutBurnDown(history, {}));
    QVERIFY(svg.startsWith(QLatin1String("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    QVERIFY(!svg.contains(QLatin1String("<script")));
    QVERIFY(!svg.contains(QLatin1String("style=")));

    QXmlStreamReader reader(svg);
    QStringList textContent;
    QStringList elements;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            elements << reader.name().toString();
            for (const auto& a : reader.attributes()) {
                QVERIFY2(!a.name().startsWith(QLatin1String("on")), qPrintable(a.name().toString()));
                QVERIFY(a.name() != QLatin1String("style"));
            }
            if (reader.name() == QLatin1String("text")) {
                textContent << reader.readElementText();
            }
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(!elements.contains(QStringLiteral("script")));
    QCOMPARE(elements.front(), QStringLiteral("svg"));
    QVERIFY(elements.contains(QStringLiteral("title")) && elements.contains(QStringLiteral("polyline")));
    // The name is shown as text, cut to the legend's length.
    QVERIFY(textContent.contains(hostile.left(27) + u'…'));
    // A cancelled scan's point is hollow and explained.
    QVERIFY(svg.contains(QLatin1String("fill=\"#ffffff\"")));
    QVERIFY(textContent.contains(QStringLiteral("Hollow points: cancelled scans (values incomplete).")));
}

void TestHistory::chineseLabels()
{
    const auto history = History::loadFolder(kHistory, nullptr);
    QVERIFY(history);
    BurnDownOptions options;
    options.language = ReportLanguage::Chinese;
    const ChartLayout chart = layOutBurnDown(*history, options);
    QStringList titles;
    for (const auto* t : texts(chart, ChartRole::PanelTitle)) {
        titles << t->text;
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("剩余工作量点数"), QStringLiteral("剩余旧版调用")}));
    QCOMPARE(texts(chart, ChartRole::Legend).front()->text, QStringLiteral("整个项目"));
    QVERIFY(chart.title.contains(QStringLiteral("燃尽图")));
}

void TestHistory::paintsWithQPainter()
{
    const auto history = History::loadFolder(kHistory, nullptr);
    QVERIFY(history);
    const ChartLayout chart = layOutBurnDown(*history, {});
    QImage image(1000, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        // A target narrower than the chart's shape: scaled to fit, centred vertically.
        paintChart(painter, chart, QRectF(100, 0, 720, 600));
    }
    QHash<QRgb, int> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            ++colours[image.pixel(x, y)];
        }
    }
    // The lines' own colours are there (solid pixels inside the strokes).
    for (const char* colour : {"#172033", "#0072b2", "#d55e00"}) {
        QVERIFY2(colours.value(QColor::fromString(QLatin1String(colour)).rgb()) > 20, colour);
    }
    // Nothing outside the target.
    for (int y = 0; y < image.height(); y += 7) {
        QCOMPARE(image.pixel(50, y), QColor(Qt::white).rgb());
        QCOMPARE(image.pixel(900, y), QColor(Qt::white).rgb());
    }
    // Nothing above or below the chart, which keeps its shape (720 x 440 in 720 x 600).
    QCOMPARE(image.pixel(460, 30), QColor(Qt::white).rgb());
    QCOMPARE(image.pixel(460, 570), QColor(Qt::white).rgb());

    // Under the mouse: the widget position maps back into the chart, to the marker there and its value.
    const QTransform toTarget = chartTransform(chart, QRectF(100, 0, 720, 600));
    QCOMPARE(toTarget.map(QPointF(0, 0)), QPointF(100, 80));
    const ChartMarker& first = chart.markers.front();
    const QPointF mouse = toTarget.map(first.centre) + QPointF(2, -1);
    const ChartMarker* hit = markerNear(chart, toTarget.inverted().map(mouse), 6);
    QVERIFY(hit);
    QCOMPARE(hit->value, first.value);
    QCOMPARE(hit->point, first.point);
    QVERIFY(!markerNear(chart, QPointF(1, 1), 6));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
