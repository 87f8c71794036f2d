#include "assessment.h"
#include "catalog.h"
#include "projectdescription.h"
#include "report.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

namespace {

// Debian's python3-jsonschema validates with a full draft 2020-12 implementation; the engine has none.
const QString kValidate = u"import json,jsonschema,sys; "
                          u"jsonschema.Draft202012Validator(json.load(open(sys.argv[2])))"
                          u".validate(json.load(open(sys.argv[1])))"_s;
const QString kCheckSchema = u"import json,jsonschema,sys; "
                             u"jsonschema.Draft202012Validator.check_schema(json.load(open(sys.argv[1])))"_s;

struct PythonRun
{
    bool finished = false;
    int exitCode = -1;
    QString output; ///< stderr, or why python3 did not run
};

PythonRun runPython(const QStringList& arguments)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONUTF8"_s, u"1"_s); // reports hold Chinese text whatever the locale
    process.setProcessEnvironment(environment);
    process.start(u"python3"_s, arguments);
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        return {false, -1, process.errorString()};
    }
    return {process.exitStatus() == QProcess::NormalExit, process.exitCode(),
            QString::fromUtf8(process.readAllStandardError())};
}

QString exampleFile(const QString& name)
{
    return QStringLiteral(SIG2RTM_SOURCE_DIR) + u"/docs/examples/"_s + name;
}

QByteArray description(const QByteArray& members)
{
    return R"({"format": "sig2rtm-project/1", "name": "Test", )" + members + "}\n";
}

QString statusesOf(const Report& report)
{
    QStringList statuses;
    for (const auto& row : report.rows) {
        statuses << toString(row.status);
    }
    return statuses.join(u' ');
}

} // namespace

class TestSchemas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemasAreValid_data();
    void schemasAreValid();
    void validDescriptions_data();
    void validDescriptions();
    void invalidDescriptions_data();
    void invalidDescriptions();
    void loaderOnlyChecks_data();
    void loaderOnlyChecks();
    void savedDescriptions_data();
    void savedDescriptions();
    void reports_data();
    void reports();

private:
    QString writeFile(const QString& name, const QByteArray& text);
    PythonRun validate(const QString& instance, const QString& schema) const;

    QTemporaryDir m_dir;
    QString m_projectSchema;
    QString m_reportSchema;
    int m_files = 0;
};

QString TestSchemas::writeFile(const QString& name, const QByteArray& text)
{
    const QString path = m_dir.filePath(QString::number(++m_files) + u'-' + name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        qWarning("cannot write %s", qPrintable(path));
        return {};
    }
    return path;
}

PythonRun TestSchemas::validate(const QString& instance, const QString& schema) const
{
    return runPython({u"-c"_s, kValidate, instance, schema});
}

void TestSchemas::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());

    const auto probe = runPython({u"-c"_s, u"import jsonschema"_s});
    if (!probe.finished || probe.exitCode != 0) {
        SIG2RTM_SKIP_UNLESS_CI(qPrintable(u"python3 with jsonschema is not available (install python3-jsonschema): "_s +
                                          probe.output.trimmed()));
    }

    // The schemas ship inside the engine; validate the compiled-in copies. builtin() registers the resources.
    QVERIFY(Catalog::builtin());
    const auto extract = [this](const QString& resource) {
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly)) {
            return QString();
        }
        return writeFile(QFileInfo(resource).fileName(), file.readAll());
    };
    m_projectSchema = extract(u":/sig2rtm/schemas/project-description.schema.json"_s);
    m_reportSchema = extract(u":/sig2rtm/schemas/report.schema.json"_s);
    QVERIFY2(!m_projectSchema.isEmpty(), "project-description.schema.json is missing from the engine's resources");
    QVERIFY2(!m_reportSchema.isEmpty(), "report.schema.json is missing from the engine's resources");

    // Relative "sources" of the inline descriptions resolve against m_dir.
    QVERIFY(QDir(m_dir.path()).mkpath(u"src"_s));
    QFile plain(m_dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly) && plain.write("not a folder\n") > 0);
}

void TestSchemas::schemasAreValid_data()
{
    QTest::addColumn<bool>("report");
    QTest::newRow("project-description") << false;
    QTest::newRow("report") << true;
}

void TestSchemas::schemasAreValid()
{
    QFETCH(bool, report);
    const auto run = runPython({u"-c"_s, kCheckSchema, report ? m_reportSchema : m_projectSchema});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

void TestSchemas::validDescriptions_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("example declared-only") << u"declared-only.json"_s << QByteArray();
    QTest::newRow("example scan-and-declare") << u"scan-and-declare.json"_s << QByteArray();

    const auto row = [](const char* name, const QByteArray& text) { QTest::newRow(name) << QString() << text; };
    row("minimal client", description(R"("clients": [{"platform": "web"}])"));
    row("empty clients", description(R"("clients": [])"));
    row("sources only", description(R"("sources": ["src"])"));
    row("empty sources", description(R"("sources": [])"));
    row("absolute source", description(R"("sources": [")" + QDir(QDir::tempPath()).absolutePath().toUtf8() + R"("])"));
    row("every key", R"({
  "$schema": "https://sig2rtm.dev/schemas/project-description-1.json",
  "format": "sig2rtm-project/1",
  "name": "Every key",
  "appId": "0123456789ABCDEF0123456789abcdef",
  "clients": [
    {
      "platform": "web",
      "sdk": "signaling",
      "sdkVersion": "1.0.5",
      "features": ["special-channels", "special-attributes", "special-invoke", "set-background", "pstn"],
      "messageTypes": ["string", "object", "array", "number", "boolean", "unknown"],
      "notes": "all of it"
    }
  ],
  "sources": ["src", "./src/"],
  "exclude": ["*.min.js", "generated", "src/**/gen/*.js"],
  "suppressions": [
    {"rule": "*", "file": "src/**", "reason": "accepted"},
    {"rule": "special.channel", "file": "src/app.js", "line": 100000000, "reason": "accepted"}
  ]
})");
    row("every platform", description(R"("clients": [{"platform": "web"}, {"platform": "android"}, )"
                                      R"({"platform": "ios"}, {"platform": "macos"}, {"platform": "windows"}, )"
                                      R"({"platform": "linux"}, {"platform": "java-server"}, )"
                                      R"({"platform": "python"}, {"platform": "mini-program"}])"));
    row("versions", description(R"("clients": [{"platform": "android", "sdkVersion": "unknown"}, )"
                                R"({"platform": "ios", "sdkVersion": "2"}, )"
                                R"({"platform": "python", "sdkVersion": "1.0.0.84"}])"));
    row("rtm client with ignored facts",
        description(
            R"("clients": [{"platform": "android", "sdk": "rtm", "sdkVersion": "1.0", "features": ["pstn"]}])"));
    row("mini-program message types",
        description(R"("clients": [{"platform": "mini-program", "messageTypes": ["string", "unknown"]}])"));
    row("empty message types on android", description(R"("clients": [{"platform": "android", "messageTypes": []}])"));
    row("repeated feature", description(R"("clients": [{"platform": "ios", "features": ["pstn", "pstn"]}])"));
    row("empty notes", description(R"("clients": [{"platform": "linux", "notes": ""}])"));
    row("suppression on any line", description(R"("clients": [], "suppressions": )"
                                               R"([{"rule": "declared.feature", "file": "*.json", "reason": "ok"}])"));
}

void TestSchemas::validDescriptions()
{
    QFETCH(QString, example);
    QFETCH(QByteArray, text);
    const QString path = example.isEmpty() ? writeFile(u"valid.json"_s, text) : exampleFile(example);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    const auto loaded = ProjectDescription::loadFile(path, &diagnostics);
    QVERIFY2(loaded, qPrintable(toString(diagnostics)));

    const auto run = validate(path, m_projectSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

void TestSchemas::invalidDescriptions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message"); // part of what the loader says

    const auto row = [](const char* name, const QByteArray& text, const QString& message) {
        QTest::newRow(name) << text << message;
    };
    const auto client = [](const QByteArray& members) {
        return description(R"("clients": [{"platform": "web", )" + members + "}]");
    };
    const auto suppression = [](const QByteArray& members) {
        return description(R"("clients": [], "suppressions": [)" + members + "]");
    };

    row("array root", "[]\n", u"expected an object, found array"_s);
    row("string root", "\"sig2rtm-project/1\"\n", u"expected an object, found string"_s);
    row("missing format", R"({"name": "x", "clients": []})", uR"(missing required key "format")"_s);
    row("other format", R"({"format": "sig2rtm-project/2", "name": "x", "clients": []})",
        uR"(unsupported format "sig2rtm-project/2")"_s);
    row("format not a string", R"({"format": 1, "name": "x", "clients": []})", u"expected a string, found integer"_s);
    row("missing name", R"({"format": "sig2rtm-project/1", "clients": []})", uR"(missing required key "name")"_s);
    row("empty name", R"({"format": "sig2rtm-project/1", "name": "", "clients": []})", u"must not be empty"_s);
    row("blank name", R"({"format": "sig2rtm-project/1", "name": " \t ", "clients": []})", u"must not be empty"_s);
    row("unknown root key", description(R"("client": [])"), uR"(unknown key "client")"_s);
    row("neither clients nor sources", description(R"("exclude": ["*.js"])"), uR"(a description needs "clients")"_s);
    row("empty $schema", description(R"("$schema": "", "clients": [])"), u"must not be empty"_s);
    row("$schema not a string", description(R"("$schema": {}, "clients": [])"), u"expected a string, found object"_s);
    row("short appId", description(R"("appId": "0123456789abcdef", "clients": [])"),
        u"an App ID is 32 hexadecimal characters"_s);
    row("non-hex appId", description(R"("appId": "0123456789abcdefg123456789abcdef", "clients": [])"),
        u"an App ID is 32 hexadecimal characters"_s);
    row("long appId", description(R"("appId": "0123456789abcdef0123456789abcdef0", "clients": [])"),
        u"an App ID is 32 hexadecimal characters"_s);
    row("numeric appId", description(R"("appId": 123, "clients": [])"), u"expected a string, found integer"_s);

    row("clients not an array", description(R"("clients": {"platform": "web"})"), u"expected an array, found object"_s);
    row("client not an object", description(R"("clients": ["web"])"), u"expected an object, found string"_s);
    row("client without platform", description(R"("clients": [{"sdk": "signaling"}])"),
        uR"(missing required key "platform")"_s);
    row("unknown platform", description(R"("clients": [{"platform": "iOS"}])"), uR"(unknown platform "iOS")"_s);
    row("platform not a string", description(R"("clients": [{"platform": null}])"), u"expected a string, found null"_s);
    row("unknown client key", client(R"("version": "1.0")"), uR"(unknown key "version")"_s);
    row("unknown sdk", client(R"("sdk": "RTM")"), uR"(unknown SDK "RTM")"_s);
    row("version with a v", client(R"("sdkVersion": "v1.0")"), uR"("v1.0" is not a version)"_s);
    row("version with five parts", client(R"("sdkVersion": "1.0.5.1.2")"), uR"("1.0.5.1.2" is not a version)"_s);
    row("version with a suffix", client(R"("sdkVersion": "1.2-beta")"), uR"("1.2-beta" is not a version)"_s);
    row("empty version", client(R"("sdkVersion": "")"), u"must not be empty"_s);
    row("numeric version", client(R"("sdkVersion": 1.1)"), u"expected a string, found number"_s);
    row("unknown feature", client(R"("features": ["PSTN"])"), uR"(unknown value "PSTN")"_s);
    row("features not an array", client(R"("features": "pstn")"), u"expected an array, found string"_s);
    row("feature not a string", client(R"("features": [1])"), u"expected a string, found integer"_s);
    row("unknown message type", client(R"("messageTypes": ["json"])"), uR"(unknown value "json")"_s);
    row("message types on android", description(R"("clients": [{"platform": "android", "messageTypes": ["string"]}])"),
        u"messageTypes applies only to clients of these platforms: web, mini-program"_s);
    row("message types on a python server",
        description(R"("clients": [{"platform": "python", "messageTypes": ["object"]}])"),
        u"messageTypes applies only to clients of these platforms: web, mini-program"_s);
    row("notes not a string", client(R"("notes": null)"), u"expected a string, found null"_s);

    row("sources not an array", description(R"("sources": "src")"), u"expected an array, found string"_s);
    row("empty source", description(R"("sources": [""])"), u"must not be empty"_s);
    row("source not a string", description(R"("sources": [1])"), u"expected a string, found integer"_s);
    row("exclude not an array", description(R"("clients": [], "exclude": "*.js")"),
        u"expected an array, found string"_s);
    row("empty exclude glob", description(R"("clients": [], "exclude": [" "])"), u"must not be empty"_s);

    row("suppressions not an array", description(R"("clients": [], "suppressions": {})"),
        u"expected an array, found object"_s);
    row("suppression not an object", suppression(R"("special.channel")"), u"expected an object, found string"_s);
    row("suppression without reason", suppression(R"({"rule": "*", "file": "a.js"})"),
        uR"(missing required key "reason")"_s);
    row("suppression without rule", suppression(R"({"file": "a.js", "reason": "ok"})"),
        uR"(missing required key "rule")"_s);
    row("suppression without file", suppression(R"({"rule": "*", "reason": "ok"})"),
        uR"(missing required key "file")"_s);
    row("suppression with empty reason", suppression(R"({"rule": "*", "file": "a.js", "reason": ""})"),
        u"must not be empty"_s);
    row("suppression unknown key", suppression(R"({"rule": "*", "file": "a.js", "lines": 3, "reason": "ok"})"),
        uR"(unknown key "lines")"_s);
    row("suppression line 0", suppression(R"({"rule": "*", "file": "a.js", "line": 0, "reason": "ok"})"),
        u"must be between 1 and 100000000"_s);
    row("suppression line too large",
        suppression(R"({"rule": "*", "file": "a.js", "line": 100000001, "reason": "ok"})"),
        u"must be between 1 and 100000000"_s);
    row("suppression fractional line", suppression(R"({"rule": "*", "file": "a.js", "line": 1.5, "reason": "ok"})"),
        u"expected an integer, found number"_s);
    row("suppression line as string", suppression(R"({"rule": "*", "file": "a.js", "line": "3", "reason": "ok"})"),
        u"expected an integer, found string"_s);
}

void TestSchemas::invalidDescriptions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const QString path = writeFile(u"invalid.json"_s, text);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    const auto loaded = ProjectDescription::loadFile(path, &diagnostics);
    QVERIFY2(!loaded, "the loader accepted an invalid description");
    const QString said = toString(diagnostics);
    QVERIFY2(said.contains(message), qPrintable(u"expected \""_s + message + u"\", got:\n"_s + said));

    const auto run = validate(path, m_projectSchema);
    QVERIFY2(run.finished, qPrintable(run.output));
    QVERIFY2(run.exitCode != 0, "the schema accepted an invalid description");
    QVERIFY2(run.output.contains(u"ValidationError"_s),
             qPrintable(u"python3 failed for another reason than validation:\n"_s + run.output));
}

void TestSchemas::loaderOnlyChecks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    // What a schema cannot know: the file system.
    QTest::newRow("missing source folder")
        << description(R"("sources": ["no-such-folder"])") << uR"(source folder "no-such-folder" does not exist)"_s;
    QTest::newRow("source is a file") << description(R"("sources": ["plain.txt"])")
                                      << uR"(source "plain.txt" is not a folder)"_s;
}

void TestSchemas::loaderOnlyChecks()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const QString path = writeFile(u"loader-only.json"_s, text);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    QVERIFY(!ProjectDescription::loadFile(path, &diagnostics));
    QVERIFY2(toString(diagnostics).contains(message), qPrintable(toString(diagnostics)));

    const auto run = validate(path, m_projectSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

void TestSchemas::savedDescriptions_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("declared-only") << u"declared-only.json"_s << QByteArray();
    QTest::newRow("scan-and-declare") << u"scan-and-declare.json"_s << QByteArray();
    QTest::newRow("versions and message types")
        << QString()
        << description(R"("appId": "0123456789abcdef0123456789abcdef", "clients": [)"
                       R"({"platform": "web", "sdkVersion": "1.0.5", "messageTypes": ["object", "unknown"]}, )"
                       R"({"platform": "android", "sdkVersion": "unknown"}, {"platform": "ios", "sdk": "rtm"}])");
    QTest::newRow("sources and suppressions")
        << QString()
        << description(R"("sources": ["src"], "exclude": ["*.min.js"], "suppressions": [)"
                       R"({"rule": "*", "file": "src/**", "reason": "ok"}, )"
                       R"({"rule": "pstn.call", "file": "src/a.java", "line": 3, "reason": "ok"}])");
}

// What the questionnaire saves (ProjectDescription::toJsonText) is a valid description that loads again.
void TestSchemas::savedDescriptions()
{
    QFETCH(QString, example);
    QFETCH(QByteArray, text);
    const QString path = example.isEmpty() ? writeFile(u"original.json"_s, text) : exampleFile(example);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    const auto original = ProjectDescription::loadFile(path, &diagnostics);
    QVERIFY2(original, qPrintable(toString(diagnostics)));

    const QString saved = writeFile(u"saved.json"_s, original->toJsonText(m_dir.path()));
    QVERIFY(!saved.isEmpty());
    const auto run = validate(saved, m_projectSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));

    const auto reloaded = ProjectDescription::loadFile(saved, &diagnostics);
    QVERIFY2(reloaded, qPrintable(toString(diagnostics)));
    QCOMPARE(reloaded->name, original->name);
    QCOMPARE(reloaded->appId, original->appId);
    QCOMPARE(reloaded->clients.size(), original->clients.size());
    QCOMPARE(reloaded->sources, original->sources);
    QCOMPARE(reloaded->exclude, original->exclude);
    QCOMPARE(reloaded->suppressions.size(), original->suppressions.size());
}

void TestSchemas::reports_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("scan");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("statuses"); // special-features sdk-version mini-program web-non-string-message pstn

    const auto example = [](const char* name, const QString& file, bool scan, const QString& language,
                            const QString& verdict, const QString& statuses) {
        QTest::newRow(name) << file << QByteArray() << scan << language << verdict << statuses;
    };
    const auto row = [](const char* name, const QByteArray& text, const QString& verdict, const QString& statuses) {
        QTest::newRow(name) << QString() << text << false << u"en"_s << verdict << statuses;
    };

    example("declared-only", u"declared-only.json"_s, false, u"en"_s, u"incompatible"_s, u"pass fail pass pass fail"_s);
    example("declared-only zh_CN", u"declared-only.json"_s, false, u"zh_CN"_s, u"incompatible"_s,
            u"pass fail pass pass fail"_s);
    example("scan-and-declare, declared facts only", u"scan-and-declare.json"_s, false, u"en"_s, u"incompatible"_s,
            u"fail pass pass pass pass"_s);
    example("scan-and-declare, scanned", u"scan-and-declare.json"_s, true, u"en"_s, u"incompatible"_s,
            u"fail fail pass fail fail"_s);
    example("scan-and-declare, scanned zh_CN", u"scan-and-declare.json"_s, true, u"zh_CN"_s, u"incompatible"_s,
            u"fail fail pass fail fail"_s);

    row("nothing declared", description(R"("clients": [])"), u"no-signaling"_s, u"pass pass pass pass pass"_s);
    row("rtm only", description(R"("clients": [{"platform": "web", "sdk": "rtm"}])"), u"no-signaling"_s,
        u"pass pass pass pass pass"_s);
    row("compatible",
        description(R"("clients": [{"platform": "web", "sdkVersion": "1.2", "messageTypes": ["string"]}])"),
        u"compatible"_s, u"pass pass pass pass pass"_s);
    row("unknown version", description(R"("clients": [{"platform": "android"}])"), u"needs-review"_s,
        u"pass review pass pass pass"_s);
    row("unknown message type",
        description(R"("clients": [{"platform": "web", "sdkVersion": "1.1", "messageTypes": ["unknown"]}])"),
        u"needs-review"_s, u"pass pass pass review pass"_s);
    row("object messages",
        description(R"("clients": [{"platform": "web", "sdkVersion": "1.1", "messageTypes": ["string", "object"]}])"),
        u"incompatible"_s, u"pass pass pass fail pass"_s);
    row("mini-program", description(R"("clients": [{"platform": "mini-program"}])"), u"incompatible"_s,
        u"pass review fail pass pass"_s);
    row("every feature",
        description(R"("clients": [{"platform": "ios", "sdkVersion": "1.0.0.84", "features": )"
                    R"(["special-channels", "set-background", "pstn"]}])"),
        u"incompatible"_s, u"fail fail pass pass fail"_s);
    row("versioned evidence settles an unknown version",
        description(R"("clients": [{"platform": "android"}, {"platform": "android", "sdkVersion": "1.3"}])"),
        u"compatible"_s, u"pass pass pass pass pass"_s);
    row("suppressed",
        description(R"("clients": [{"platform": "web", "sdkVersion": "1.0.5"}], "suppressions": )"
                    R"([{"rule": "declared.sdk", "file": "*.json", "reason": "upgrading in May"}])"),
        u"compatible"_s, u"pass pass pass pass pass"_s);
}

void TestSchemas::reports()
{
    QFETCH(QString, example);
    QFETCH(QByteArray, text);
    QFETCH(bool, scan);
    QFETCH(QString, language);
    QFETCH(QString, verdict);
    QFETCH(QString, statuses);

    const QString path = example.isEmpty() ? writeFile(u"description.json"_s, text) : exampleFile(example);
    QVERIFY(!path.isEmpty());
    const auto reportLanguage = reportLanguageFromCode(language);

    std::optional<Report> report;
    Diagnostics diagnostics;
    if (scan) {
        AssessmentRequest request;
        request.inputs = {path};
        request.language = reportLanguage;
        report = assess(request, nullptr, nullptr, &diagnostics);
    } else if (const auto loaded = ProjectDescription::loadFile(path, &diagnostics)) {
        report = assessDescription(*loaded, nullptr, reportLanguage);
    }
    QVERIFY2(report, qPrintable(toString(diagnostics)));
    QCOMPARE(toString(report->verdict), verdict);
    QCOMPARE(statusesOf(*report), statuses);

    const QString reportPath = writeFile(u"report.json"_s, toJsonText(*report));
    QVERIFY(!reportPath.isEmpty());
    const auto run = validate(reportPath, m_reportSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
