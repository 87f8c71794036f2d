// SPDX-License-Identifier: MIT
// sig2rtm-cli end to end: runs the built binary and checks exit codes, output and error messages.

#include "testsupport.h"

#include <nlohmann/json.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(SIG2RTM_CLI_PATH), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fixture(const char* name)
{
    return QStringLiteral(SIG2RTM_TEST_DATA "/projects/") + QString::fromUtf8(name);
}

QString str(const nlohmann::json& j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString::fromStdString(j.dump());
}

bool haveJsonSchema()
{
    return QProcess::execute(python3Program(), {QStringLiteral("-c"), QStringLiteral("import jsonschema")}) == 0;
}

QString validate(const QString& instance, const QString& schema)
{
    QProcess p;
    p.start(
        python3Program(),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import json,sys,jsonschema\n"
             "jsonschema.Draft202012Validator(json.load(open(sys.argv[2]))).validate(json.load(open(sys.argv[1])))"),
         instance, schema});
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

#ifdef Q_OS_LINUX
/// Whether process \a pid has a handler for \a signal: bit signal-1 of SigCgt in /proc/PID/status.
bool catchesSignal(qint64 pid, int signal)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) {
        return false;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:")) {
            bool ok = false;
            const qulonglong mask = line.mid(7).trimmed().toULongLong(&ok, 16);
            return ok && (mask >> (signal - 1) & 1U) != 0;
        }
    }
    return false;
}
#endif

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void usage_data();
    void usage();
    void exitCodes_data();
    void exitCodes();
    void nothingAssessedIsNoPass_data();
    void nothingAssessedIsNoPass();
    void declaredPstnAndOldWebSdk();
    void badDescriptionNamesLineAndColumn();
    void missingInput();
    void writesFileAndValidatesAgainstSchema();
    void outputExtensionChoosesTheFormat();
    void failedWriteKeepsEarlierFile();
    void severalFormatsAreWrittenAllOrNone();
    void outputThroughASymlinkIsRefused();
    void reportOnAFullStandardOutputFails();
    void specialInputFilesAreRefusedAtOnce();
    void interruptWritesAPartialReport();
    void noProgressWhenNotATerminal();
    void chineseReport();
    void rulesListing();
    void rulesExtension();
    void excludeOption();
    void baselineAndHistory();
    void badBaseline_data();
    void badBaseline();
    void badHistory();
};

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("no command") << QStringList{} << 2 << "missing command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2 << "unknown command";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("scan"), QStringLiteral("--colour")} << 2
                                    << "Unknown option";
    QTest::newRow("scan nothing") << QStringList{QStringLiteral("scan")} << 2 << "at least one";
    QTest::newRow("bad fail-on") << QStringList{QStringLiteral("scan"), QStringLiteral("."),
                                                QStringLiteral("--fail-on"), QStringLiteral("sometimes")}
                                 << 2 << "--fail-on";
    QTest::newRow("bad lang") << QStringList{QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--lang"),
                                             QStringLiteral("fr")}
                              << 2 << "--lang";
    QTest::newRow("bad format") << QStringList{QStringLiteral("scan"), QStringLiteral("."), QStringLiteral("--format"),
                                               QStringLiteral("docx")}
                                << 2 << "unknown format";
    QTest::newRow("formats need a dir") << QStringList{QStringLiteral("scan"), QStringLiteral("."),
                                                       QStringLiteral("--format"), QStringLiteral("json,json2")}
                                        << 2 << "unknown format";
    QTest::newRow("-o twice") << QStringList{QStringLiteral("scan"),   QStringLiteral("."),  QStringLiteral("-o"),
                                             QStringLiteral("a.html"), QStringLiteral("-o"), QStringLiteral("b.pdf")}
                              << 2 << "--output-dir";
    QTest::newRow("bad threads") << QStringList{QStringLiteral("scan"), QStringLiteral("."),
                                                QStringLiteral("--threads"), QStringLiteral("many")}
                                 << 2 << "--threads";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << "";
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrHas);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, code);
    QVERIFY2(run.err.contains(stderrHas), qPrintable(run.err));
    if (args == QStringList{QStringLiteral("--version")}) {
        QVERIFY(
            QString::fromUtf8(run.out).contains(QRegularExpression(QStringLiteral("^sig2rtm-cli \\d+\\.\\d+\\.\\d+"))));
    }
    if (args == QStringList{QStringLiteral("--help")}) {
        QVERIFY(run.out.contains("--fail-on"));
        QVERIFY(run.out.contains("Exit codes"));
    }
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("failOn");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("compatible") << fixture("01-web-string-messages") << "fail" << 0 << "compatible";
    QTest::newRow("no signaling") << fixture("12-web-rtm-signaling-branding") << "fail" << 0 << "no-signaling";
    QTest::newRow("incompatible") << fixture("02-web-object-message") << "fail" << 1 << "incompatible";
    QTest::newRow("review passes by default") << fixture("18-android-java-chat") << "fail" << 0 << "needs-review";
    QTest::newRow("review fails on review") << fixture("18-android-java-chat") << "review" << 1 << "needs-review";
    QTest::newRow("never") << fixture("02-web-object-message") << "never" << 0 << "incompatible";
    // A migration gate: any legacy SDK code left fails, even with no interop blocker.
    QTest::newRow("legacy fails a compatible project")
        << fixture("01-web-string-messages") << "legacy" << 1 << "compatible";
    QTest::newRow("legacy passes a migrated one")
        << fixture("12-web-rtm-signaling-branding") << "legacy" << 0 << "no-signaling";
}

void TestCli::exitCodes()
{
    QFETCH(QString, folder);
    QFETCH(QString, failOn);
    QFETCH(int, code);
    QFETCH(QString, verdict);
    const Run run = cli({QStringLiteral("scan"), folder, QStringLiteral("--fail-on"), failOn});
    QCOMPARE(run.exitCode, code);
    const auto report = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    QVERIFY2(!report.is_discarded(), run.out.left(200).constData());
    QCOMPARE(QString::fromStdString(report["verdict"].get<std::string>()), verdict);
    QCOMPARE(report["rows"].size(), std::size_t(5));
    // The report leads with the migration whenever the legacy SDK is there.
    QCOMPARE(report["migration"]["required"].get<bool>(), verdict != QLatin1String("no-signaling"));
}

void TestCli::nothingAssessedIsNoPass_data()
{
    QTest::addColumn<QStringList>("files"); // name=content
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<int>("code");
    QTest::newRow("empty folder") << QStringList() << "not-assessed" << 1;
    QTest::newRow("documents and images only") << QStringList{u"README.md=# Chat\nUses the Signaling SDK.\n"_s,
                                                              u"docs/logo.png=\x89PNG"_s, u"notes.txt=signal.login()"_s}
                                               << "not-assessed" << 1;
    // The control: one source file without the legacy SDK is an answer, and a pass.
    QTest::newRow("one source file") << QStringList{u"src/app.js=console.log('hi');\n"_s} << "no-signaling" << 0;
}

void TestCli::nothingAssessedIsNoPass()
{
    QFETCH(QStringList, files);
    QFETCH(QString, verdict);
    QFETCH(int, code);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto& entry : files) {
        const auto name = entry.section(u'=', 0, 0);
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(name)).path()));
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(entry.section(u'=', 1).toUtf8());
    }
    const Run run = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("-q")});
    QCOMPARE(run.exitCode, code);
    const auto report = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    QVERIFY2(!report.is_discarded(), run.out.left(200).constData());
    QCOMPARE(str(report["verdict"]), verdict);
    QCOMPARE(report["stats"]["sourceFiles"].get<int>(), verdict == u"no-signaling"_s ? 1 : 0);
    for (const auto& row : report["rows"]) {
        QCOMPARE(str(row["status"]), verdict == u"no-signaling"_s ? u"pass"_s : u"review"_s);
    }
    // Said even with -q, and --fail-on never still reports without failing the build.
    QCOMPARE(run.err.contains(u"nothing could be assessed"_s), code != 0);
    const Run never = cli({QStringLiteral("scan"), dir.path(), QStringLiteral("-q"), u"--fail-on"_s, u"never"_s});
    QCOMPARE(never.exitCode, 0);
}

void TestCli::declaredPstnAndOldWebSdk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
  "format": "sig2rtm-project/1",
  "name": "Team chat",
  "clients": [
    {"platform": "android", "sdkVersion": "1.4.4", "features": ["pstn"]},
    {"platform": "web", "sdkVersion": "1.0.5"}
  ]
})");
    file.close();
    const Run run = cli({QStringLiteral("scan"), path});
    QCOMPARE(run.exitCode, 1);
    const auto report = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(str(report["verdict"]), QStringLiteral("incompatible"));
    QCOMPARE(str(report["input"]["kind"]), QStringLiteral("description"));
    std::map<std::string, std::string> rows;
    for (const auto& row : report["rows"]) {
        rows[row["id"]] = row["status"];
    }
    QVERIFY(rows["pstn"] == "fail");
    QVERIFY(rows["sdk-version"] == "fail");
    QVERIFY(rows["special-features"] == "pass");
    QVERIFY(rows["mini-program"] == "pass");
    QVERIFY(rows["web-non-string-message"] == "pass");
    // The evidence points at the lines of the description.
    bool pstnAtLine5 = false;
    for (const auto& f : report["findings"]) {
        pstnAtLine5 = pstnAtLine5 || (f["row"] == "pstn" && f["line"] == 5 && f["file"] == "team.json");
    }
    QVERIFY(pstnAtLine5);
}

void TestCli::badDescriptionNamesLineAndColumn()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\n  \"format\": \"sig2rtm-project/1\",\n  \"name\": \"x\",\n  \"clients\": [{\"platform\": \"palm\"}]\n}\n");
    file.close();
    const Run run = cli({QStringLiteral("scan"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(path + QStringLiteral(":4:28: unknown platform \"palm\"")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("/clients/0/platform")));

    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"format\": \"sig2rtm-project/1\",\n  \"name\": \"x\"\n  \"clients\": []\n}\n");
    broken.close();
    const Run syntax = cli({QStringLiteral("scan"), path});
    QCOMPARE(syntax.exitCode, 2);
    QVERIFY2(syntax.err.contains(path + QStringLiteral(":4:3: invalid JSON")), qPrintable(syntax.err));
}

void TestCli::missingInput()
{
    const Run run = cli({QStringLiteral("scan"), QStringLiteral("/nonexistent/place")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("/nonexistent/place: no such file or folder")));
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    const Run other = cli({QStringLiteral("scan"), text});
    QCOMPARE(other.exitCode, 2);
    QVERIFY(other.err.contains(QLatin1String("neither a folder nor a project description")));
}

void TestCli::writesFileAndValidatesAgainstSchema()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("nested/report.json"));
    const Run run = cli({QStringLiteral("scan"), fixture("43-mixed-monorepo"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(QFile::exists(out));
    QVERIFY(run.err.contains(QLatin1String("verdict: incompatible")));
    if (!haveJsonSchema()) {
        SIG2RTM_SKIP_UNLESS_CI("python3 with jsonschema is not installed (scripts/deps.sh installs it)");
    }
    const QString problem = validate(out, QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/schemas/report.schema.json"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCli::outputExtensionChoosesTheFormat()
{
    // Without --format, the -o file's extension says what to write; --format still wins.
    QTemporaryDir dir;
    const struct
    {
        const char* name;
        const char* starts;
    } cases[] = {{"r.html", "<!DOCTYPE html>"},
                 {"r.HTM", "<!DOCTYPE html>"},
                 {"r.md", "## "},
                 {"r.pdf", "%PDF-"},
                 {"r.sarif", "{"},
                 {"r.txt", "{"}};
    for (const auto& c : cases) {
        const QString out = dir.filePath(QString::fromLatin1(c.name));
        const Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("-o"), out,
                             QStringLiteral("--fail-on"), QStringLiteral("never")});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY2(file.open(QIODevice::ReadOnly), c.name);
        QVERIFY2(file.readAll().startsWith(c.starts), c.name);
    }
    const QString sarif = dir.filePath(QStringLiteral("r.sarif"));
    QFile sarifFile(sarif);
    QVERIFY(sarifFile.open(QIODevice::ReadOnly));
    QVERIFY(sarifFile.readAll().contains("\"$schema\""));
    const QString forced = dir.filePath(QStringLiteral("forced.html"));
    QCOMPARE(
        cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("-f"), QStringLiteral("json"),
             QStringLiteral("-o"), forced, QStringLiteral("--fail-on"), QStringLiteral("never")})
            .exitCode,
        0);
    QFile forcedFile(forced);
    QVERIFY(forcedFile.open(QIODevice::ReadOnly));
    QVERIFY(forcedFile.readAll().startsWith("{"));
}

void TestCli::failedWriteKeepsEarlierFile()
{
    QTemporaryDir dir;
    // A path whose parent is a regular file cannot be written, even by root.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("-o"),
                         blocker + QStringLiteral("/report.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("cannot")), qPrintable(run.err));
    QFile check(blocker);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("keep me"));
}

void TestCli::severalFormatsAreWrittenAllOrNone()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sig2rtm-report.json"));
    QFile earlier(json);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier report");
    earlier.close();
    // The Markdown report cannot be written (a folder holds its name): the JSON one must not be replaced either,
    // or the folder would hold a mixed set.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sig2rtm-report.md")));
    Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("-f"),
                   QStringLiteral("json,md"), QStringLiteral("--output-dir"), dir.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("sig2rtm-report.md")) &&
                 run.err.contains(QLatin1String("no report was written")),
             qPrintable(run.err));
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("earlier report"));
    earlier.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left

    QVERIFY(QDir(dir.path()).rmdir(QStringLiteral("sig2rtm-report.md")));
    run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("-f"),
               QStringLiteral("json,md"), QStringLiteral("--output-dir"), dir.path(), QStringLiteral("-q")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QVERIFY(earlier.readAll().startsWith("{"));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("sig2rtm-report.md"))).size() > 100);
}

void TestCli::outputThroughASymlinkIsRefused()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("someone-elses.txt"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a report");
    file.close();
    const QString link = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(QFile::link(target, link));
    const Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("-o"), link});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("symbolic link")), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a report"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void TestCli::reportOnAFullStandardOutputFails()
{
#ifdef Q_OS_LINUX
    // /dev/full: every write fails with ENOSPC. The report is lost, so the exit code must say so.
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(SIG2RTM_CLI_PATH), {QStringLiteral("scan"), fixture("01-web-string-messages")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("cannot write to standard output")) &&
                 err.contains(QLatin1String("No space left")),
             qPrintable(err));
#else
    QSKIP("/dev/full is Linux's");
#endif
}

void TestCli::specialInputFilesAreRefusedAtOnce()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("rules.json"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    const QString description = dir.filePath(QStringLiteral("project.json"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {description}), 0);
    // Each would hang (a FIFO nobody writes) or grow without end (/dev/zero) if it were read.
    for (const QStringList& args :
         {QStringList{QStringLiteral("rules"), QStringLiteral("--rules"), fifo},
          QStringList{QStringLiteral("rules"), QStringLiteral("--rules"), QStringLiteral("/dev/zero")},
          QStringList{QStringLiteral("scan"), description},
          QStringList{QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("--baseline"),
                      QStringLiteral("/dev/zero")}}) {
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
    }
    // A number beyond a double in a rules file is a located error, not an abort.
    const QString overflow = dir.filePath(QStringLiteral("overflow.json"));
    QFile file(overflow);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"rules\": [1e999]\n}");
    file.close();
    const Run run = cli({QStringLiteral("rules"), QStringLiteral("--rules"), overflow});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("overflow.json:2:13:")), qPrintable(run.err));
#else
    QSKIP("FIFOs and /dev/zero are Unix's");
#endif
}

void TestCli::interruptWritesAPartialReport()
{
#ifdef Q_OS_UNIX
    // A tree big enough to be still scanning when the signal comes.
    QTemporaryDir dir;
    const QByteArray code("var signal = Signal(APP_ID);\nsession.messageInstantSend('peer', {a: 1});\n");
    for (int folder = 0; folder < 40; ++folder) {
        const QString sub = dir.filePath(QStringLiteral("src/m%1").arg(folder));
        QVERIFY(QDir().mkpath(sub));
        for (int i = 0; i < 500; ++i) {
            QFile f(QDir(sub).filePath(QStringLiteral("f%1.js").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4000, ' ') + code);
        }
    }
    const QString out = dir.filePath(QStringLiteral("report.json"));
    QProcess process;
    process.start(QStringLiteral(SIG2RTM_CLI_PATH),
                  {QStringLiteral("scan"), dir.filePath(QStringLiteral("src")), QStringLiteral("--threads"),
                   QStringLiteral("1"), QStringLiteral("-o"), out});
    QVERIFY(process.waitForStarted());
    // The signal must come once the CLI catches it (it does when the scan starts): a slow start (a sanitized build,
    // a busy machine) would otherwise end the test with the default action instead of the handler.
    const qint64 pid = process.processId();
#ifdef Q_OS_LINUX
    // Linux tells: the mask of caught signals in /proc/PID/status holds SIGINT's bit.
    QTRY_VERIFY_WITH_TIMEOUT(catchesSignal(pid, SIGINT), 30000);
    QTest::qWait(50);
#else
    QTest::qWait(1000);
#endif
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(pid), SIGINT);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("partial")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto report = nlohmann::json::parse(file.readAll().toStdString());
    QCOMPARE(report["partial"].get<bool>(), true);
    QVERIFY(report["stats"]["files"].get<int>() < 20000);
#else
    QSKIP("signals are Unix's");
#endif
}

void TestCli::noProgressWhenNotATerminal()
{
    const Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::chineseReport()
{
    const Run run = cli({QStringLiteral("scan"), fixture("21-android-pstn-invite-phone3"), QStringLiteral("--lang"),
                         QStringLiteral("zh_CN")});
    QCOMPARE(run.exitCode, 1);
    const auto report = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(str(report["language"]), QStringLiteral("zh_CN"));
    QCOMPARE(QString::fromStdString(report["rows"][4]["title"].get<std::string>()), QStringLiteral("使用 PSTN 功能"));
}

void TestCli::rulesListing()
{
    const Run run = cli({QStringLiteral("rules")});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    for (const auto* id : {"special-features", "sdk-version", "mini-program", "web-non-string-message", "pstn"}) {
        QVERIFY2(text.contains(QString::fromLatin1(id)), id);
    }
    QVERIFY(text.contains(QLatin1String("pstn.call")));
    const Run json = cli({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(nlohmann::json::parse(json.out.toStdString())["rows"].size(), std::size_t(5));
    const Run tokens = cli({QStringLiteral("rules"), QStringLiteral("--tokens")});
    const auto lines = QString::fromUtf8(tokens.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("channelInviteDTMF")));
    QVERIFY(lines.contains(QStringLiteral("agora_user_online")));
}

void TestCli::rulesExtension()
{
    QTemporaryDir dir;
    const QString rules = dir.filePath(QStringLiteral("team-rules.json"));
    QFile file(rules);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "{\n  \"format\": \"sig2rtm-rules/1\",\n  \"rules\": [\n    {\"id\": \"x\", \"row\": \"pstn\"}\n  ]\n}\n");
    file.close();
    const Run bad = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("--rules"), rules});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(rules + QStringLiteral(":4:5: missing required key")), qPrintable(bad.err));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format": "sig2rtm-rules/1", "rules": [
      {"id": "team.sendJson", "row": "web-non-string-message", "platform": "web", "languages": ["javascript"],
       "match": {"kind": "identifier", "names": ["sendJson"], "call": true},
       "requires": "signaling", "confidence": "medium", "effect": "review",
       "reason": {"en": "Our sendJson helper may send objects.", "zh_CN": "sendJson 可能发送对象。"}}]})");
    file.close();
    QTemporaryDir tree;
    QFile js(tree.filePath(QStringLiteral("app.js")));
    QVERIFY(js.open(QIODevice::WriteOnly));
    js.write("var s = Signal('a');\nvar c = s.login('u','t').channelJoin('room');\nhelpers.sendJson(c, {a: 1});\n");
    js.close();
    const Run run = cli({QStringLiteral("scan"), tree.path(), QStringLiteral("--rules"), rules});
    QCOMPARE(run.exitCode, 0);
    const auto report = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(str(report["rows"][3]["status"]), QStringLiteral("review"));
}

void TestCli::excludeOption()
{
    const Run all = cli({QStringLiteral("scan"), fixture("02-web-object-message")});
    QCOMPARE(all.exitCode, 1);
    const Run some = cli({QStringLiteral("scan"), fixture("02-web-object-message"), QStringLiteral("--exclude"),
                          QStringLiteral("src/chat-room.js")});
    QCOMPARE(some.exitCode, 0);
    const auto report = nlohmann::json::parse(some.out.toStdString());
    bool listed = false;
    for (const auto& s : report["skipped"]) {
        listed = listed || s["path"] == "src/chat-room.js";
    }
    QVERIFY(listed);
}

void TestCli::baselineAndHistory()
{
    QTemporaryDir dir;
    const QString v1 = dir.filePath(QStringLiteral("v1.json"));
    const QString baseline = QStringLiteral(SIG2RTM_TEST_DATA "/baseline/");
    QCOMPARE(cli({QStringLiteral("scan"), baseline + QStringLiteral("v1"), QStringLiteral("-o"), v1,
                  QStringLiteral("-q"), QStringLiteral("--fail-on"), QStringLiteral("never")})
                 .exitCode,
             0);
    const QString out = dir.filePath(QStringLiteral("v2.json"));
    const Run run =
        cli({QStringLiteral("scan"), baseline + QStringLiteral("v2"), QStringLiteral("--baseline"), v1,
             QStringLiteral("--history"), QStringLiteral(SIG2RTM_TEST_DATA "/history"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0); // v2 needs review only: the gate is the same with or without a baseline
    QVERIFY2(run.err.contains(QLatin1String("legacy calls: 4 fixed, 2 new, 14 unchanged")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("findings that block or need review: 2 fixed, 1 new, 4 unchanged")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("burn-down: 4 reports, effort points left 53 → 43")), qPrintable(run.err));

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto report = nlohmann::json::parse(file.readAll().toStdString());
    QCOMPARE(str(report["baseline"]["file"]), v1);
    const auto counts = [&](const char* kind) {
        const auto& c = report["baseline"][kind];
        return QStringLiteral("%1/%2/%3")
            .arg(c["new"].get<int>())
            .arg(c["fixed"].get<int>())
            .arg(c["unchanged"].get<int>());
    };
    QCOMPARE(counts("uses"), QStringLiteral("2/4/14"));
    QCOMPARE(counts("findings"), QStringLiteral("1/2/4"));
    QCOMPARE(counts("notes"), QStringLiteral("1/0/4"));
    QCOMPARE(report["history"]["points"].size(), std::size_t(4));
    QVERIFY(report["history"]["points"][3]["current"].get<bool>());
    QCOMPARE(report["history"]["points"][0]["effortPoints"].get<int>(), 53);
    for (const auto& f : report["findings"]) {
        QVERIFY(f.contains("baselineState"));
    }
    if (!haveJsonSchema()) {
        SIG2RTM_SKIP_UNLESS_CI("python3 with jsonschema is not installed (scripts/deps.sh installs it)");
    }
    const QString problem = validate(out, QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/schemas/report.schema.json"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCli::badBaseline_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: a folder of that name
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("{ nope") << QStringLiteral("bad.json:1:3: invalid JSON");
    QTest::newRow("number overflow") << QByteArray("{\"format\": \"sig2rtm-report/1\", \"generatedAt\": 1e999}")
                                     << QStringLiteral("bad.json:1:47: invalid JSON: a number too large to read");
    QTest::newRow("project description") << QByteArray(
                                                "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": []}")
                                         << QStringLiteral("bad.json:1:12: not a report this version reads");
    QTest::newRow("folder") << QByteArray() << QStringLiteral("bad.json: is a folder, not a file");
    // A value the message repeats is shown with its escape sequence made visible: it never retitles or clears
    // the terminal.
    QTest::newRow("terminal escape")
        << QByteArray("{\"format\": \"\\u001b]0;owned\\u0007\\u001b[2J\"}")
        << QStringLiteral(
               "bad.json:1:12: not a report this version reads: format \"<U+001B>]0;owned<U+0007><U+001B>[2J\"");
}

void TestCli::badBaseline()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    if (content.isEmpty()) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.json")));
    } else {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("--baseline"), bad});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty()); // refused before the scan: no report
    QVERIFY2(run.err.contains(QString(dir.path() + u'/' + says)), qPrintable(run.err));
    QVERIFY(!run.err.contains(QChar(0x1b)));

    const Run missing = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("--baseline"),
                             dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QLatin1String("missing.json: no such file")), qPrintable(missing.err));
}

void TestCli::badHistory()
{
    QTemporaryDir dir;
    const Run notFolder = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("--history"),
                               QStringLiteral(SIG2RTM_TEST_DATA "/history/2025-01-06.json")});
    QCOMPARE(notFolder.exitCode, 2);
    QVERIFY2(notFolder.err.contains(QLatin1String("2025-01-06.json: is not a folder")), qPrintable(notFolder.err));

    // Files of the folder that are not reports are named on standard error and left out; the scan goes on.
    QVERIFY(QFile::copy(QStringLiteral(SIG2RTM_TEST_DATA "/history/2025-01-06.json"),
                        dir.filePath(QStringLiteral("2025-01-06.json"))));
    QFile junk(dir.filePath(QStringLiteral("package.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"name\": \"web\"}");
    junk.close();
    const Run run = cli({QStringLiteral("scan"), fixture("01-web-string-messages"), QStringLiteral("--history"),
                         dir.path(), QStringLiteral("--fail-on"), QStringLiteral("never")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("package.json:1:1: not a sig2rtm report")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("(not in the burn-down)")));
    const auto report = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(report["history"]["points"].size(), std::size_t(2));
    QCOMPARE(report["history"]["skipped"].size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
