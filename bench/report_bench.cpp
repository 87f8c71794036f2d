// SPDX-License-Identifier: MIT
// bench_reports: how long the report writers take on a large report (not a test).
//
//   bench_reports [--findings N] [--files F] [--runs R] [--lang en|zh_CN] [--scan FOLDER] [--write DIR]
//
// Builds a Report with N findings over F files and every row (or scans FOLDER), renders each format R
// times and prints the median time per format and the process's peak RSS (VmHWM). --write DIR also
// writes one file per format, for looking at the output.

#include "assessment.h"
#include "catalog.h"
#include "reportwriter.h"
#include "syntheticreport.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

using namespace sig2rtm;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').front().toLongLong();
        }
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char* argv[])
{
    // PDF rendering needs a QGuiApplication; a benchmark has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("findings"), QStringLiteral("findings in the synthetic report"), QStringLiteral("N"),
         QStringLiteral("10000")},
        {QStringLiteral("files"), QStringLiteral("files they are spread over"), QStringLiteral("F"),
         QStringLiteral("1500")},
        {QStringLiteral("runs"), QStringLiteral("renders per format"), QStringLiteral("R"), QStringLiteral("5")},
        {QStringLiteral("lang"), QStringLiteral("en or zh_CN"), QStringLiteral("LANG"), QStringLiteral("en")},
        {QStringLiteral("scan"), QStringLiteral("scan FOLDER instead of the synthetic report"),
         QStringLiteral("FOLDER")},
        {QStringLiteral("write"), QStringLiteral("also write one report per format to DIR"), QStringLiteral("DIR")},
        {QStringLiteral("formats"), QStringLiteral("formats to time"), QStringLiteral("LIST"),
         QStringLiteral("html,pdf")},
    });
    parser.process(app);
    QTextStream out(stdout);
    const auto language = reportLanguageFromCode(parser.value(QStringLiteral("lang")));

    Report report;
    if (parser.isSet(QStringLiteral("scan"))) {
        AssessmentRequest request;
        request.inputs = {parser.value(QStringLiteral("scan"))};
        request.language = language;
        Diagnostics diagnostics;
        auto scanned = assess(request, nullptr, nullptr, &diagnostics);
        if (!scanned) {
            out << toString(diagnostics) << "\n";
            return 2;
        }
        report = std::move(*scanned);
    } else {
        report = bench::syntheticReport(parser.value(QStringLiteral("findings")).toInt(),
                                        std::max(1, parser.value(QStringLiteral("files")).toInt()), language);
    }
    out << "report: " << report.findings.size() << " findings, " << report.rows.size() << " rows\n";

    if (parser.isSet(QStringLiteral("write"))) {
        const QDir dir(parser.value(QStringLiteral("write")));
        for (const auto& format : reportFormats()) {
            QString error;
            const QString path = dir.filePath(QStringLiteral("report.") + reportExtension(format));
            if (!writeReport(report, format, path, &error)) {
                out << error << "\n";
                return 1;
            }
            out << "wrote " << path << "\n";
        }
    }

    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    for (const auto& format : parser.value(QStringLiteral("formats")).split(u',', Qt::SkipEmptyParts)) {
        std::vector<double> times;
        qsizetype size = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            const auto bytes = renderReport(report, format, &error);
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (!bytes) {
                out << format << ": " << error << "\n";
                return 1;
            }
            size = bytes->size();
        }
        out << QStringLiteral("%1: median %2 ms over %3 runs (min %4, max %5), %6 KB\n")
                   .arg(format, -5)
                   .arg(median(times), 0, 'f', 1)
                   .arg(runs)
                   .arg(*std::min_element(times.begin(), times.end()), 0, 'f', 1)
                   .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
                   .arg(size / 1024);
        out.flush();
    }
    out << "peak RSS (VmHWM): " << peakRssKb() / 1024 << " MB\n";
    return 0;
}
