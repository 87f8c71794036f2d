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

#include <algorithm>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

using namespace sig2rtm;

namespace {

struct RuleShape
{
    const char* rule;
    const char* row;
    const char16_t* snippet;
    int column;
    int length;
    Effect effect;
};

// One realistic finding per row (and presence evidence), cycled over the synthetic files.
const RuleShape kShapes[] = {
    {"special.channel", "special-features", u"presence = session.channelJoin('__agora_user_online');", 33, 21,
     Effect::Fail},
    {"special.set-background", "special-features", u"signal.setBackground(true);", 8, 13, Effect::Fail},
    {"sdk.web.import", "sdk-version", u"<script src=\"js/AgoraSig-1.0.5.js\"></script>", 15, 22, Effect::Fail},
    {"sdk.android.import", "sdk-version", u"import io.agora.AgoraAPIOnlySignal;", 8, 27, Effect::Review},
    {"mini.whitelist", "mini-program", u"const LBS = 'https://lbs-wx.agora.io/getaddr';", 22, 15, Effect::Fail},
    {"web.message-argument", "web-non-string-message", u"room.messageChannelSend({ type: 'chat', text: text });", 29,
     28, Effect::Fail},
    {"pstn.call", "pstn", u"m_agoraAPI.channelInvitePhone3(channelName, phone, callerId, extra);", 24, 19,
     Effect::Fail},
    {"pstn.invite-msg", "pstn", u"public void onInviteMsg(String channelID, String account, int uid) {", 17, 11,
     Effect::Review},
    {"sdk.web.factory", "sdk-version", u"var signal = Signal(APP_ID);", 18, 6, Effect::Note},
};

Report syntheticReport(int findings, int files, ReportLanguage language)
{
    Report report;
    report.catalog = Catalog::builtin();
    report.language = language;
    report.toolVersion = toolVersion();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.inputKind = QStringLiteral("folder");
    report.inputPaths = {QStringLiteral("/src/big-app")};
    report.root = QStringLiteral("/src/big-app");
    report.projectName = QStringLiteral("big-app");
    report.verdict = Verdict::Incompatible;
    report.signalingDetected = true;
    for (const auto& id : Catalog::builtin()->rowIds()) {
        ReportRow row;
        row.id = id;
        report.rows.push_back(row);
    }
    const auto* catalog = report.catalog.get();
    for (int i = 0; i < findings; ++i) {
        const auto& shape = kShapes[static_cast<std::size_t>(i) % std::size(kShapes)];
        Finding f;
        f.id = QStringLiteral("F%1").arg(i + 1);
        f.rule = QString::fromLatin1(shape.rule);
        f.row = QString::fromLatin1(shape.row);
        f.file = QStringLiteral("src/module%1/feature%2/file%3.js").arg(i % 37).arg(i % 11).arg(i % files);
        f.line = 10 + (i * 7) % 900;
        f.column = shape.column;
        f.length = shape.length;
        f.snippet = QString::fromUtf16(shape.snippet);
        f.effect = shape.effect;
        f.confidence = Confidence::High;
        const auto* rule = catalog->rule(f.rule);
        f.reason = rule ? Message::catalog(QStringLiteral("rule/%1/reason").arg(rule->id))
                        : Message::literal(QStringLiteral("Synthetic finding."));
        f.platform = QStringLiteral("web");
        report.findings.push_back(f);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        auto& f = report.findings[i];
        f.id = QStringLiteral("F%1").arg(i + 1);
        auto& row = report.rows[static_cast<std::size_t>(catalog->rowIndex(f.row))];
        row.findingIds << f.id;
        (f.effect == Effect::Fail ? row.failCount : f.effect == Effect::Review ? row.reviewCount : row.noteCount) += 1;
    }
    for (auto& row : report.rows) {
        row.status = row.failCount > 0 ? RowStatus::Fail : row.reviewCount > 0 ? RowStatus::Review : RowStatus::Pass;
        row.summary = Message::literal(QStringLiteral("%1 blocking finding(s).").arg(row.failCount));
    }
    SdkEvidence sdk;
    sdk.platform = QStringLiteral("web");
    sdk.version = QStringLiteral("1.0.5");
    report.sdk = {sdk};
    for (int i = 0; i < 200; ++i) {
        report.skipped.push_back(
            {QStringLiteral("vendor/lib%1.min.js").arg(i), Message::literal(QStringLiteral("larger than 16 MB"))});
    }
    report.stats = {files, qint64(files) * 4096, 1234};
    return report;
}

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
        report = syntheticReport(parser.value(QStringLiteral("findings")).toInt(),
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
