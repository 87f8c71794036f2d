// SPDX-License-Identifier: MIT
// sig2rtm-cli: the command-line front end, for CI and scripts.
// Exit codes: 0 no row fails, 1 a row fails or nothing could be assessed (or needs review with --fail-on review,
// or the legacy SDK is present with --fail-on legacy), 2 usage or input error.

#include "assessment.h"
#include "atomicfile.h"
#include "baseline.h"
#include "catalog.h"
#include "history.h"
#include "reporttext.h"
#include "reportwriter.h"
#include "untrustedfile.h"

#include <atomic>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <ctime>
#include <unistd.h>
#endif

using namespace sig2rtm;

namespace {

// QT_LOGGING_RULES="sig2rtm.cli.debug=true": how long the scan took to stop after Ctrl+C
// (bench/run_interrupt_bench.sh).
Q_LOGGING_CATEGORY(lcCli, "sig2rtm.cli", QtInfoMsg)

/// Text for the terminal: names and values from files (a report, a description, a file name) may hold escape
/// sequences or bidi controls; each line is shown with them made visible.
QString printable(const QString& text)
{
    QStringList lines = text.split(u'\n');
    for (auto& line : lines) {
        line = visibleText(line);
    }
    return lines.join(u'\n');
}

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInterrupted = 130; // 128 + SIGINT, as shells report it

/// Set by the first Ctrl+C (SIGINT) or SIGTERM: the scan stops, and what it found so far is written as a partial
/// report. A second signal ends the program at once.
std::atomic_bool g_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free);

#ifdef Q_OS_UNIX
/// The monotonic clock, in nanoseconds, when the first signal came (clock_gettime is async-signal-safe).
std::atomic<std::int64_t> g_interruptedAtNs{0};
static_assert(std::atomic<std::int64_t>::is_always_lock_free);

std::int64_t monotonicNs()
{
    timespec now = {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec;
}
#endif

extern "C" void onInterrupt(int signal)
{
    if (g_interrupted.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
#ifdef Q_OS_UNIX
    g_interruptedAtNs.store(monotonicNs());
#endif
#ifndef Q_OS_UNIX
    std::signal(signal, onInterrupt); // Windows resets the handler at each signal
#endif
}

void catchInterrupts()
{
#ifdef Q_OS_UNIX
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
#endif
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int usageError(const QString& message)
{
    err() << "sig2rtm-cli: " << message << "\n"
          << QCoreApplication::translate("cli", "Try 'sig2rtm-cli --help'.") << "\n";
    err().flush();
    return kExitUsage;
}

/// Progress on one terminal line, redrawn in place. Only used when stderr is a terminal.
class TerminalProgress final : public ScanObserver
{
public:
    explicit TerminalProgress(ReportLanguage language) : m_language(language) {}

    void progress(const ScanProgress& p) override
    {
        QMutexLocker lock(&m_mutex);
        QString line;
        if (p.walking) {
            line = QCoreApplication::translate("cli", "Listing files…");
        } else {
            QString current = p.currentFile;
            if (current.size() > 50) {
                current = QStringLiteral("…") + current.right(49);
            }
            line = QStringLiteral("%1/%2 files, %3/%4  %5")
                       .arg(p.filesDone)
                       .arg(p.filesTotal)
                       .arg(formatBytes(p.bytesDone, m_language), formatBytes(p.bytesTotal, m_language), current);
        }
        err() << "\r\033[K" << line;
        err().flush();
    }

    void clear()
    {
        err() << "\r\033[K";
        err().flush();
    }

private:
    QMutex m_mutex;
    const ReportLanguage m_language;
};

std::shared_ptr<const Catalog> loadCatalog(const QStringList& ruleFiles, int* exitCode)
{
    auto catalog = Catalog::builtin();
    for (const auto& path : ruleFiles) {
        Diagnostics diagnostics;
        const auto bytes = readUntrustedFile(path, Catalog::kMaxFileBytes, &diagnostics);
        if (!bytes) {
            err() << printable(toString(diagnostics)) << "\n";
            *exitCode = kExitUsage;
            return nullptr;
        }
        catalog = Catalog::extend(catalog, *bytes, path, &diagnostics);
        if (!catalog) {
            err() << printable(toString(diagnostics)) << "\n";
            *exitCode = kExitUsage;
            return nullptr;
        }
    }
    return catalog;
}

int listRules(const QCommandLineParser& parser, const std::shared_ptr<const Catalog>& catalog)
{
    const auto language = reportLanguageFromCode(parser.value(QStringLiteral("lang")));
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.isSet(QStringLiteral("tokens"))) {
        for (const auto& literal : catalog->prefilterLiterals()) {
            out() << literal << "\n";
        }
        return kExitOk;
    }
    if (format == QLatin1String("json")) {
        nlohmann::json rows = nlohmann::json::array();
        for (const auto& row : catalog->rows()) {
            nlohmann::json rules = nlohmann::json::array();
            for (const auto& rule : catalog->rules()) {
                if (rule.row == row.id) {
                    rules.push_back(rule.id.toStdString());
                }
            }
            rows.push_back({{"id", row.id.toStdString()},
                            {"title", row.title.get(language).toStdString()},
                            {"remediation", row.remediation.join(u',').toStdString()},
                            {"rules", rules}});
        }
        out() << QString::fromStdString(nlohmann::json{{"rows", rows}}.dump(2)) << "\n";
        return kExitOk;
    }
    for (std::size_t i = 0; i < catalog->rows().size(); ++i) {
        const auto& row = catalog->rows()[i];
        out() << i + 1 << ". " << row.id << " — " << row.title.get(language) << "\n";
        out() << "   " << row.explanation.get(language) << "\n";
        for (const auto& rule : catalog->rules()) {
            if (rule.row == row.id) {
                out() << "   - " << rule.id << " (" << toString(rule.confidence) << ")\n";
            }
        }
    }
    out() << QCoreApplication::translate("cli", "SDK presence rules:") << "\n";
    for (const auto& rule : catalog->rules()) {
        if (rule.row.isEmpty()) {
            out() << "   - " << rule.id << " [" << (rule.sdk ? toString(*rule.sdk) : QString()) << ", " << rule.platform
                  << "]\n";
        }
    }
    return kExitOk;
}

int scan(const QCommandLineParser& parser, const QStringList& paths, const std::shared_ptr<const Catalog>& catalog)
{
    if (paths.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "scan needs at least one folder or project description"));
    }
    QStringList formats;
    for (const auto& f : parser.value(QStringLiteral("format")).split(u',', Qt::SkipEmptyParts)) {
        const QString format = f.trimmed().toLower();
        if (!reportFormats().contains(format)) {
            return usageError(QCoreApplication::translate("cli", "unknown format \"%1\" (available: %2)")
                                  .arg(format, reportFormats().join(QStringLiteral(", "))));
        }
        if (!formats.contains(format)) {
            formats << format;
        }
    }
    const QStringList outputFiles = parser.values(QStringLiteral("output"));
    if (outputFiles.size() > 1) {
        return usageError(QCoreApplication::translate("cli", "-o is given %1 times; write several formats with "
                                                             "--format LIST --output-dir DIR")
                              .arg(outputFiles.size()));
    }
    const QString outputFile = outputFiles.isEmpty() ? QString() : outputFiles.front();
    if (formats.isEmpty()) {
        // Without --format, "-o report.html" asks for HTML by its extension; JSON otherwise.
        const QString byName = reportFormatForFileName(outputFile);
        formats << (byName.isEmpty() ? QStringLiteral("json") : byName);
    }
    const QString outputDir = parser.value(QStringLiteral("output-dir"));
    if (formats.size() > 1 && outputDir.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "several formats need --output-dir DIR"));
    }
    if (!outputFile.isEmpty() && !outputDir.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "use either -o FILE or --output-dir DIR"));
    }
    const QString failOn = parser.value(QStringLiteral("fail-on"));
    if (failOn != QLatin1String("fail") && failOn != QLatin1String("review") && failOn != QLatin1String("never") &&
        failOn != QLatin1String("legacy")) {
        return usageError(
            QCoreApplication::translate("cli", "--fail-on takes fail, review, legacy or never, not \"%1\"")
                .arg(failOn));
    }
    if (const QString paper = parser.value(QStringLiteral("paper")).toLower();
        !paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter")) {
        return usageError(QCoreApplication::translate("cli", "--paper takes a4 or letter, not \"%1\"")
                              .arg(parser.value(QStringLiteral("paper"))));
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang != QLatin1String("en") && lang != QLatin1String("zh_CN")) {
        return usageError(QCoreApplication::translate("cli", "--lang takes en or zh_CN, not \"%1\"").arg(lang));
    }
    bool ok = true;
    const int maxMb = parser.value(QStringLiteral("max-file-size")).toInt(&ok);
    if (!ok || maxMb < 1 || maxMb > 4096) {
        return usageError(QCoreApplication::translate("cli", "--max-file-size takes a number of MB from 1 to 4096"));
    }
    const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || threads < 0 || threads > 256) {
        return usageError(QCoreApplication::translate("cli", "--threads takes a number from 0 (auto) to 256"));
    }

    // A previous report and a history folder are read before the scan: a mistake in them costs no scan.
    std::optional<PreviousReport> baseline;
    if (const QString path = parser.value(QStringLiteral("baseline")); !path.isEmpty()) {
        installTranslation(reportLanguageFromCode(lang));
        Diagnostics problems;
        baseline = PreviousReport::loadFile(path, &problems);
        if (!baseline) {
            err() << printable(toString(problems)) << "\n";
            err().flush();
            return kExitUsage;
        }
    }
    std::optional<History> history;
    if (const QString folder = parser.value(QStringLiteral("history")); !folder.isEmpty()) {
        installTranslation(reportLanguageFromCode(lang));
        Diagnostics problems;
        history = History::loadFolder(folder, &problems);
        if (!history) {
            err() << printable(toString(problems)) << "\n";
            err().flush();
            return kExitUsage;
        }
        // Other files in the folder are no mistake of the command: they are listed, not fatal.
        if (!parser.isSet(QStringLiteral("quiet"))) {
            for (const auto& skipped : std::as_const(history->skipped)) {
                err() << QCoreApplication::translate("cli", "%1 (not in the burn-down)")
                             .arg(printable(skipped.toString()))
                      << "\n";
            }
        }
    }

    AssessmentRequest request;
    request.inputs = paths;
    request.exclude = parser.values(QStringLiteral("exclude"));
    request.useDefaultSkips = !parser.isSet(QStringLiteral("no-default-excludes"));
    request.maxTextFileBytes = qint64(maxMb) * 1024 * 1024;
    request.threads = threads;
    request.catalog = catalog;
    request.language = reportLanguageFromCode(lang);
    // Diagnostics and skip reasons are worded in the report's language too.
    installTranslation(request.language);

    const bool interactive = isatty(fileno(stderr)) && !parser.isSet(QStringLiteral("quiet"));
    TerminalProgress progress(request.language);
    Diagnostics diagnostics;
    catchInterrupts();
    auto report = assess(request, interactive ? &progress : nullptr, &g_interrupted, &diagnostics);
#ifdef Q_OS_UNIX
    if (const std::int64_t at = g_interruptedAtNs.load(); at != 0) {
        qCDebug(lcCli, "interrupted: the scan stopped and was assessed %.1f ms after the signal",
                double(monotonicNs() - at) / 1e6);
    }
#endif
    if (interactive) {
        progress.clear();
    }
    if (!report) {
        err() << printable(toString(diagnostics)) << "\n";
        err().flush();
        return kExitUsage;
    }
    if (baseline) {
        report->baseline = compareWithBaseline(*report, *baseline);
    }
    if (history) {
        history->addCurrent(*report);
        report->history = std::move(*history);
    }

    RenderOptions renderOptions;
    renderOptions.absolutePaths = parser.isSet(QStringLiteral("absolute-paths"));
    renderOptions.sarifPresenceNotes = parser.isSet(QStringLiteral("sarif-notes"));
    renderOptions.sarifRepositoryRoot = parser.isSet(QStringLiteral("sarif-repo-root"));
    renderOptions.paper = parser.value(QStringLiteral("paper")).toLower();
    // Every format is rendered before anything is written, then all are written or none (writeFilesAtomically):
    // a full disk leaves the earlier set of reports as it was.
    std::vector<PendingFile> files;
    for (const auto& format : formats) {
        QString error;
        auto bytes = renderReport(*report, format, &error, renderOptions);
        if (!bytes) {
            err() << "sig2rtm-cli: " << error << "\n";
            return kExitUsage;
        }
        if (outputFile.isEmpty() && outputDir.isEmpty()) {
            QFile stdoutFile;
            if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(*bytes) != bytes->size() ||
                !stdoutFile.flush()) {
                err() << "sig2rtm-cli: "
                      << QCoreApplication::translate("cli", "cannot write to standard output: %1")
                             .arg(qt_error_string(errno))
                      << "\n";
                return kExitUsage;
            }
            continue;
        }
        const QString path =
            !outputFile.isEmpty()
                ? outputFile
                : QDir(outputDir).filePath(QStringLiteral("sig2rtm-report.") + reportExtension(format));
        files.push_back({path, std::move(*bytes)});
    }
    if (!files.empty()) {
        QString error;
        if (!writeFilesAtomically(files, &error)) {
            err() << "sig2rtm-cli: " << error << "\n"
                  << QCoreApplication::translate("cli", "no report was written; earlier reports are unchanged") << "\n";
            return kExitUsage;
        }
        if (!parser.isSet(QStringLiteral("quiet"))) {
            for (const auto& file : files) {
                err() << QCoreApplication::translate("cli", "wrote %1").arg(QDir::toNativeSeparators(file.path))
                      << "\n";
            }
        }
    }

    if (g_interrupted.load()) {
#ifdef Q_OS_UNIX
        qCDebug(lcCli, "interrupted: the partial report was written %.1f ms after the signal",
                double(monotonicNs() - g_interruptedAtNs.load()) / 1e6);
#endif
        // Said even with --quiet: a partial report must not pass for a whole one.
        err() << QCoreApplication::translate("cli", "interrupted: the scan stopped early and the report is partial")
              << "\n";
        err().flush();
        return kExitInterrupted;
    }

    bool anyFail = false;
    bool anyReview = false;
    for (const auto& row : report->rows) {
        anyFail = anyFail || row.status == RowStatus::Fail;
        anyReview = anyReview || row.status == RowStatus::Review;
    }
    if (!parser.isSet(QStringLiteral("quiet")) && (!outputFile.isEmpty() || !outputDir.isEmpty())) {
        if (const auto m = report->migration()) {
            err() << report->render(m->headline) << "\n" << report->render(m->interop) << "\n";
        }
        err() << QCoreApplication::translate("cli", "verdict: %1").arg(toString(report->verdict)) << "\n";
        for (const auto& row : report->rows) {
            QString line = QStringLiteral("  %1  %2").arg(toString(row.status).toUpper(), -6).arg(row.id);
            if (row.suppressedCount > 0) {
                line += u' ' + QCoreApplication::translate("cli", "(%n suppressed)", nullptr, row.suppressedCount);
            }
            err() << line << "\n";
        }
        // Each client on a line of its own when there are several: verdict, stage and effort.
        if (report->clients.size() > 1) {
            err() << QCoreApplication::translate("cli", "clients:") << "\n";
            for (const auto& client : report->clients) {
                const InventoryView inventory = inventoryView(*report, client.id);
                err() << QStringLiteral("  %1  %2  %3, ")
                             .arg(toString(client.verdict), -13)
                             .arg(visibleText(client.id), migrationStage(client))
                      << QCoreApplication::translate("cli", "%n effort point(s)", nullptr, inventory.points) << "\n";
            }
        }
        if (const auto& b = report->baseline) {
            const auto counts = [](const BaselineCounts& c) {
                return QCoreApplication::translate("cli", "%1 fixed, %2 new, %3 unchanged")
                    .arg(c.fixed)
                    .arg(c.added)
                    .arg(c.unchanged);
            };
            err()
                << QCoreApplication::translate("cli", "since %1:").arg(formatTimestamp(b->previousGeneratedAt))
                << "\n  " << QCoreApplication::translate("cli", "legacy calls: %1").arg(counts(b->uses)) << "\n  "
                << QCoreApplication::translate("cli", "findings that block or need review: %1").arg(counts(b->findings))
                << "\n";
        }
        if (const auto& h = report->history) {
            err() << QCoreApplication::translate("cli", "burn-down: %1 reports, effort points left %2 → %3")
                         .arg(h->points.size())
                         .arg(h->points.front().totals.effortPoints)
                         .arg(h->points.back().totals.effortPoints)
                  << "\n";
        }
    }
    if (report->verdict == Verdict::NotAssessed) {
        // Said even with --quiet: a tree that gives no answer must not look like a pass in a build log.
        const auto examined = static_cast<int>(std::min<qint64>(report->stats.files, std::numeric_limits<int>::max()));
        err() << QCoreApplication::translate("cli",
                                             "nothing could be assessed: %n file(s) examined, none of them source "
                                             "code, an SDK file or a declared fact; %1 skipped",
                                             nullptr, examined)
                     .arg(report->skipped.size())
              << "\n";
    }
    err().flush();
    if (failOn == QLatin1String("never")) {
        return kExitOk;
    }
    // Nothing assessed is no pass: a gate on this tree would otherwise pass on no evidence at all.
    if (report->verdict == Verdict::NotAssessed) {
        return kExitFindings;
    }
    // "legacy": the build fails while any legacy SDK code is left, whatever the rows say (a migration gate).
    if (anyFail || (failOn == QLatin1String("review") && anyReview) ||
        (failOn == QLatin1String("legacy") && report->signalingDetected)) {
        return kExitFindings;
    }
    return kExitOk;
}

/// PDF layout needs fonts, hence a QGuiApplication; everything else runs without one (and without a display).
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if ((arg == "-f" || arg == "--format") && i + 1 < argc && QByteArrayView(argv[i + 1]).contains("pdf")) {
            return true;
        }
        if (arg.startsWith("--format=") && arg.contains("pdf")) {
            return true;
        }
        // "-o report.pdf" asks for PDF by its extension.
        const auto isPdf = [](QByteArrayView file) { return file.toByteArray().toLower().endsWith(".pdf"); };
        if ((arg == "-o" || arg == "--output") && i + 1 < argc && isPdf(argv[i + 1])) {
            return true;
        }
        if (arg.startsWith("--output=") && isPdf(arg)) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        // No display is needed for PDF. Windows and macOS load their native platform without one, and the
        // deployed packages carry only that plugin.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("sig2rtm-cli"));
    QCoreApplication::setApplicationVersion(toolVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Finds where a project uses the legacy Agora Signaling SDK in ways the Agora RTM SDK cannot "
               "interoperate with.\n\n"
               "Commands:\n"
               "  scan PATH...   scan folders and/or project descriptions (.json) and write a report\n"
               "  rules          list the compatibility rows and detection rules\n\n"
               "Exit codes: 0 no row fails, 1 a row fails or nothing could be assessed (or needs review with\n"
               "--fail-on review, or the legacy SDK is present at all with --fail-on legacy), 2 usage error or\n"
               "invalid input, 130 interrupted (Ctrl+C; the report written is marked partial)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "scan or rules"));
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QCoreApplication::translate("cli", "folders or project descriptions to scan"),
                                 QStringLiteral("[PATH...]"));
    parser.addOptions({
        {{QStringLiteral("f"), QStringLiteral("format")},
         QCoreApplication::translate(
             "cli", "report format(s), comma separated: %1 (default: from the -o file's extension, else json)")
             .arg(reportFormats().join(u',')),
         QStringLiteral("FORMAT")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("cli", "write the report to FILE (default: standard output)"),
         QStringLiteral("FILE")},
        {QStringLiteral("output-dir"),
         QCoreApplication::translate("cli", "write every format to DIR/sig2rtm-report.<ext>"), QStringLiteral("DIR")},
        {QStringLiteral("exclude"), QCoreApplication::translate("cli", "skip paths matching GLOB (repeatable)"),
         QStringLiteral("GLOB")},
        {QStringLiteral("no-default-excludes"),
         QCoreApplication::translate("cli", "also scan .git, node_modules, Pods, vendor and build output folders")},
        {QStringLiteral("rules"), QCoreApplication::translate("cli", "add or replace detection rules from FILE"),
         QStringLiteral("FILE")},
        {QStringLiteral("lang"), QCoreApplication::translate("cli", "report language: en or zh_CN (default en)"),
         QStringLiteral("LANG"), QStringLiteral("en")},
        {QStringLiteral("fail-on"),
         QCoreApplication::translate(
             "cli", "exit 1 when a row fails (fail), fails or needs review (review), whenever the legacy SDK is "
                    "present (legacy), or never (default fail)"),
         QStringLiteral("LEVEL"), QStringLiteral("fail")},
        {QStringLiteral("max-file-size"),
         QCoreApplication::translate("cli", "skip text files larger than MB megabytes (default 16, at most 4096); "
                                            "files over 4 MB are read in windows, "
                                            "in bounded memory"),
         QStringLiteral("MB"), QStringLiteral("16")},
        {QStringLiteral("threads"), QCoreApplication::translate("cli", "worker threads (default: one per core)"),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("baseline"),
         QCoreApplication::translate("cli", "compare with a previous JSON report: every finding and legacy call is "
                                            "new, fixed or unchanged"),
         QStringLiteral("FILE")},
        {QStringLiteral("history"),
         QCoreApplication::translate("cli", "draw the burn-down over the JSON reports saved in DIR, this scan "
                                            "included"),
         QStringLiteral("DIR")},
        {QStringLiteral("absolute-paths"),
         QCoreApplication::translate("cli",
                                     "show the scanned folder's absolute path in HTML, PDF, Markdown and "
                                     "SARIF reports (default: its name only, as the reports are often sent on)")},
        {QStringLiteral("sarif-notes"),
         QCoreApplication::translate("cli", "SARIF: also list which SDK each file shows (presence notes)")},
        {QStringLiteral("sarif-repo-root"),
         QCoreApplication::translate("cli", "SARIF: locate results relative to the git repository that holds the "
                                            "scanned folder")},
        {QStringLiteral("paper"),
         QCoreApplication::translate("cli", "PDF paper: a4 or letter (default: from the locale)"),
         QStringLiteral("SIZE")},
        {{QStringLiteral("q"), QStringLiteral("quiet")},
         QCoreApplication::translate("cli", "print no progress or summary")},
        {QStringLiteral("tokens"),
         QCoreApplication::translate("cli", "rules: print the literal tokens the scanner looks for")},
    });
    if (!parser.parse(QCoreApplication::arguments())) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "sig2rtm-cli " << toolVersion() << "\n";
        return kExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return usageError(QCoreApplication::translate("cli", "missing command: scan or rules"));
    }
    const QString command = positional.takeFirst();
    int exitCode = kExitOk;
    const auto catalog = loadCatalog(parser.values(QStringLiteral("rules")), &exitCode);
    if (!catalog) {
        return exitCode;
    }
    if (command == QLatin1String("scan")) {
        return scan(parser, positional, catalog);
    }
    if (command == QLatin1String("rules")) {
        if (!positional.isEmpty()) {
            return usageError(QCoreApplication::translate("cli", "rules takes no paths"));
        }
        return listRules(parser, catalog);
    }
    return usageError(
        QCoreApplication::translate("cli", "unknown command \"%1\" (expected scan or rules)").arg(command));
}
