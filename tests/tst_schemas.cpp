// SPDX-License-Identifier: MIT
#include "assessment.h"
#include "catalog.h"
#include "projectdescription.h"
#include "report.h"
#include "reportfixture.h"
#include "testsupport.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

namespace {

// Debian's python3-jsonschema validates with a full draft 2020-12 implementation; the engine has none.
// One python3 validates every file (importing jsonschema costs more than validating): it reads
// "instance<TAB>schema" lines and answers each with one line, "0" (valid), "1 <message>" (invalid) or
// "2 <message>" (another error), the message as a JSON string.
const QString kValidator = uR"(import json, sys
import jsonschema
validators = {}
for line in sys.stdin:
    instance, schema = line.rstrip("\n").split("\t")
    try:
        if schema not in validators:
            validators[schema] = jsonschema.Draft202012Validator(json.load(open(schema)))
        validators[schema].validate(json.load(open(instance)))
        print("0", flush=True)
    except jsonschema.ValidationError as e:
        print("1 " + json.dumps("ValidationError: " + str(e)), flush=True)
    except Exception as e:
        print("2 " + json.dumps(type(e).__name__ + ": " + str(e)), flush=True)
)"_s;
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
    process.start(python3Program(), arguments);
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

/// The text of each ```json block of a document that is a complete file of the given format.
QList<QByteArray> jsonBlocks(const QString& path, const QByteArray& format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> blocks;
    QByteArray block;
    bool inside = false;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!inside && line.trimmed() == "```json") {
            inside = true;
            block.clear();
        } else if (inside && line.trimmed() == "```") {
            inside = false;
            if (block.trimmed().startsWith('{') && block.contains(QByteArray("\"format\": \"" + format + "\""))) {
                blocks << block;
            }
        } else if (inside) {
            block += line + '\n';
        }
    }
    return blocks;
}

QByteArray dumped(const nlohmann::ordered_json& json)
{
    return QByteArray::fromStdString(json.dump(2)) + '\n';
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
    void cleanupTestCase();
    void schemasAreValid_data();
    void schemasAreValid();
    void builtinCatalog();
    void validRules_data();
    void validRules();
    void invalidRules_data();
    void invalidRules();
    void rulesLoaderOnlyChecks_data();
    void rulesLoaderOnlyChecks();
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
    void reportWithBaselineAndHistory();

private:
    QString writeFile(const QString& name, const QByteArray& text);
    PythonRun validate(const QString& instance, const QString& schema);
    /// The compiled-in catalog with each edit applied (each "from" must occur exactly once), or empty.
    QByteArray editedCatalog(const QList<std::pair<QByteArray, QByteArray>>& edits) const;
    /// The compiled-in catalog with rule inserted first in "rules".
    QByteArray catalogWithRule(const QByteArray& rule) const;
    /// The compiled-in catalog, parsed, to edit and dump.
    nlohmann::ordered_json catalogJson() const;

    QTemporaryDir m_dir;
    QProcess m_validator;
    QString m_projectSchema;
    QString m_reportSchema;
    QString m_rulesSchema;
    QByteArray m_catalogText; ///< the compiled-in catalog
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

PythonRun TestSchemas::validate(const QString& instance, const QString& schema)
{
    if (m_validator.state() == QProcess::NotRunning) {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PYTHONUTF8"_s, u"1"_s); // reports hold Chinese text whatever the locale
        m_validator.setProcessEnvironment(environment);
        m_validator.start(python3Program(), {u"-c"_s, kValidator});
        if (!m_validator.waitForStarted(30000)) {
            return {false, -1, m_validator.errorString()};
        }
    }
    m_validator.write((instance + u'\t' + schema + u'\n').toUtf8());
    while (!m_validator.canReadLine()) {
        if (!m_validator.waitForReadyRead(120000)) {
            return {false, -1,
                    u"the validator did not answer: "_s + m_validator.errorString() + u'\n' +
                        QString::fromUtf8(m_validator.readAllStandardError())};
        }
    }
    const QByteArray line = m_validator.readLine().trimmed();
    const QString message =
        line.size() > 2 ? QJsonDocument::fromJson("[" + line.mid(2) + "]").array().at(0).toString() : QString();
    return {true, line.left(1).toInt(), message};
}

QByteArray TestSchemas::editedCatalog(const QList<std::pair<QByteArray, QByteArray>>& edits) const
{
    QByteArray text = m_catalogText;
    for (const auto& [from, to] : edits) {
        if (text.count(from) != 1) {
            qWarning("the built-in catalog holds %s %lld times, expected once", from.constData(),
                     static_cast<long long>(text.count(from)));
            return {};
        }
        text.replace(from, to);
    }
    return text;
}

nlohmann::ordered_json TestSchemas::catalogJson() const
{
    return nlohmann::ordered_json::parse(m_catalogText.constBegin(), m_catalogText.constEnd());
}

QByteArray TestSchemas::catalogWithRule(const QByteArray& rule) const
{
    return editedCatalog({{R"("rules": [)", R"("rules": [)" + rule + ','}});
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
    m_rulesSchema = extract(u":/sig2rtm/schemas/rules.schema.json"_s);
    QVERIFY2(!m_projectSchema.isEmpty(), "project-description.schema.json is missing from the engine's resources");
    QVERIFY2(!m_reportSchema.isEmpty(), "report.schema.json is missing from the engine's resources");
    QVERIFY2(!m_rulesSchema.isEmpty(), "rules.schema.json is missing from the engine's resources");
    QFile catalog(u":/sig2rtm/rules/signaling-rtm.json"_s);
    QVERIFY(catalog.open(QIODevice::ReadOnly));
    m_catalogText = catalog.readAll();
    QVERIFY(!m_catalogText.isEmpty());

    // Relative "sources" of the inline descriptions resolve against m_dir.
    QVERIFY(QDir(m_dir.path()).mkpath(u"src"_s));
    QFile plain(m_dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly) && plain.write("not a folder\n") > 0);
}

void TestSchemas::cleanupTestCase()
{
    if (m_validator.state() != QProcess::NotRunning) {
        m_validator.closeWriteChannel();
        if (!m_validator.waitForFinished(30000)) {
            m_validator.kill();
            m_validator.waitForFinished(30000);
        }
    }
}

void TestSchemas::schemasAreValid_data()
{
    QTest::addColumn<QString>("schema");
    QTest::newRow("project-description") << u"project-description"_s;
    QTest::newRow("report") << u"report"_s;
    QTest::newRow("rules") << u"rules"_s;
}

void TestSchemas::schemasAreValid()
{
    QFETCH(QString, schema);
    const QString path = schema == u"report"_s  ? m_reportSchema
                         : schema == u"rules"_s ? m_rulesSchema
                                                : m_projectSchema;
    const auto run = runPython({u"-c"_s, kCheckSchema, path});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

void TestSchemas::builtinCatalog()
{
    const QString path = writeFile(u"signaling-rtm.json"_s, m_catalogText);
    QVERIFY(!path.isEmpty());
    Diagnostics diagnostics;
    QVERIFY2(Catalog::load(m_catalogText, path, &diagnostics), qPrintable(toString(diagnostics)));

    const auto run = validate(path, m_rulesSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

void TestSchemas::validRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("full"); // a full catalog (Catalog::load), else a rules-only extension of the built-in one

    // Every ```json block of the rules format's documentation that is a whole file.
    const auto examples =
        jsonBlocks(QStringLiteral(SIG2RTM_SOURCE_DIR) + u"/docs/rules-format.md"_s, "sig2rtm-rules/1");
    if (examples.isEmpty()) {
        QTest::newRow("docs/rules-format.md has no example file") << QByteArray() << false;
    }
    for (qsizetype i = 0; i < examples.size(); ++i) {
        QTest::addRow("docs/rules-format.md example %lld", static_cast<long long>(i + 1)) << examples.at(i) << false;
    }

    const QByteArray reason = R"("reason": {"en": "Team rule.", "zh_CN": "团队规则。"})";
    const auto extension = [](const QByteArray& rules) -> QByteArray {
        return R"({"format": "sig2rtm-rules/1", "rules": [)" + rules + "]}\n";
    };
    const auto rule = [&](const QByteArray& id, const QByteArray& match, const QByteArray& members = {}) -> QByteArray {
        return R"({"id": ")" + id + R"(", "row": "pstn", "platform": "*", "languages": ["*"], "match": )" + match +
               R"(, "requires": "none", "effect": "review", )" + members + reason + '}';
    };
    QTest::newRow("no rules") << extension({}) << false;
    QTest::newRow("replaces a built-in rule")
        << extension(rule("pstn.call", R"({"kind": "identifier", "names": ["dialPhone"], "call": true})")) << false;
    QTest::newRow("presence rule")
        << extension(R"({"id": "team.sdk", "sdk": "signaling", "platform": "apple", "languages": ["objc", "swift"],)"
                     R"( "match": {"kind": "path", "globs": ["TeamSig-*.zip", "vendor/team/sig.h"]},)"
                     R"j( "version": {"regex": "TeamSig-(\\d+(?:\\.\\d+)+)", "source": "match", "default": "1.0",)j"
                     R"( "missing": {"en": "No version.", "zh_CN": "无版本号。"}},)"
                     R"( "requires": "none", "confidence": "medium", )" +
                     reason + '}')
        << false;
    QTest::newRow("every match kind and key")
        << extension(
               rule("t.path", R"({"kind": "path", "globs": ["a.js"], "literals": [], "sdkFile": true})") + ',' +
               rule("t.fingerprint", R"({"kind": "fingerprint", "literals": ["aa", "bb", "cc"], "min": 2})") + ',' +
               rule("t.import",
                    R"({"kind": "import", "regex": "^team-sig$", "literals": ["team-sig"], "jsonKeys": true})") +
               ',' +
               rule("t.identifier",
                    R"({"kind": "identifier", "names": ["makeSig", "helper"], "call": true, "factory": true,)"
                    R"( "objectTypes": ["Sig"], "staticFactories": ["shared"],)"
                    R"( "markerCalls": ["sigJoin"], "markerStringPrefixes": ["team.sig."]})",
                    R"("confidence": "low", )") +
               ',' +
               rule("t.string",
                    R"({"kind": "string", "regex": "^x$", "literals": ["x"], "tokens": ["string", "identifier"],)"
                    R"( "inCall": ["call", "invoke"], "argument": 0, "callHasString": "^y$",)"
                    R"( "callHasStringFor": ["invoke"]})",
                    R"("fallback": {"effect": "note", "confidence": "low",)"
                    R"( "reason": {"en": "Not in a call.", "zh_CN": "不在调用中。"}}, )") +
               ',' +
               rule("t.text", R"({"kind": "text", "regex": "team_sig", "literals": ["team_sig"], "fileRegex": "x"})") +
               ',' +
               rule("t.selector", R"({"kind": "objc-selector", "selector": "join:with:", "literals": ["join:"]})") +
               ',' +
               rule("t.project", R"({"kind": "project", "markers": ["team.json"], "ambiguousMarkers": ["app.cfg"],)"
                                 R"( "pages": ["*.page"]})") +
               ',' + rule("t.message", R"({"kind": "message-argument", "calls": {"sendTeam": 1, "broadcast": 0}})"))
        << false;
    QByteArray everyRequirement;
    for (const char* requirement : {"none", "signaling", "signaling-web", "signaling-web-file", "signaling-receiver",
                                    "not-shim", "signaling-web-in-project"}) {
        everyRequirement +=
            rule(QByteArray("t.") + requirement, R"({"kind": "identifier", "names": ["a"]})")
                .replace(R"("requires": "none")", QByteArray(QByteArray(R"("requires": ")") + requirement + '"')) +
            ',';
    }
    QTest::newRow("every language, platform and requirement, a remediation")
        << extension(
               everyRequirement +
               R"({"id": "t.all", "row": "pstn", "platform": "native", "remediation": "no-equivalent",)"
               R"( "languages": ["*code", "unknown", "javascript", "typescript", "java", "kotlin", "objc", "swift",)"
               R"( "cpp", "python", "gradle", "cmake", "make", "json", "xml", "html", "pbxproj", "ruby",)"
               R"( "pip-requirements", "text"], "match": {"kind": "identifier", "names": ["b"]},)"
               R"( "requires": "none", "effect": "note", )" +
               reason + "}," +
               rule("t.apple", R"({"kind": "identifier", "names": ["c"]})")
                   .replace(R"("platform": "*")", R"("platform": "apple")") +
               ',' +
               rule("t.mini", R"({"kind": "identifier", "names": ["d"]})")
                   .replace(R"("platform": "*")", R"("platform": "mini-program")"))
        << false;
    QTest::newRow("full catalog with a sixth row")
        << editedCatalog({{R"("rows": [)",
                           R"("rows": [{"id": "team-policy", "title": {"en": "T", "zh_CN": "T"},)"
                           R"( "explanation": {"en": "E", "zh_CN": "E"}, "recommendation": {"en": "R", "zh_CN": "R"},)"
                           R"( "pass": {"en": "P", "zh_CN": "P"}, "remediation": [], "needsSupport": false},)"},
                          {R"("rules": [)", R"("rules": [)" +
                                                rule("team.policy", R"({"kind": "identifier", "names": ["x"]})")
                                                    .replace(R"("row": "pstn")", R"("row": "team-policy")") +
                                                ','}})
        << true;
}

void TestSchemas::validRules()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, full);
    QVERIFY2(!text.isEmpty(), "no text to check");
    const QString path = writeFile(u"rules.json"_s, text);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    const auto catalog =
        full ? Catalog::load(text, path, &diagnostics) : Catalog::extend(Catalog::builtin(), text, path, &diagnostics);
    QVERIFY2(catalog, qPrintable(toString(diagnostics)));

    const auto run = validate(path, m_rulesSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));
}

void TestSchemas::invalidRules_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("full");
    QTest::addColumn<QString>("pointer"); // where the loader says the problem is
    QTest::addColumn<QString>("message"); // part of what the loader says

    const auto full = [](const char* name, const QByteArray& text, const QString& pointer, const QString& message) {
        QTest::newRow(name) << text << true << pointer << message;
    };
    const auto extension = [](const char* name, const QByteArray& text, const QString& pointer,
                              const QString& message) { QTest::newRow(name) << text << false << pointer << message; };
    const QByteArray reason = R"("reason": {"en": "Team rule.", "zh_CN": "团队规则。"})";
    const auto rule = [&](const QByteArray& match, const QByteArray& members = {}) -> QByteArray {
        return R"({"id": "team.rule", "row": "pstn", "platform": "*", "languages": ["*code"], "match": )" + match +
               R"(, "requires": "none", "effect": "fail", )" + members + reason + '}';
    };
    const QByteArray identifier = R"({"kind": "identifier", "names": ["dialPhone"]})";
    const auto withRule = [this](const QByteArray& r) -> QByteArray { return catalogWithRule(r); };
    const auto rulesOnly = [](const QByteArray& rules) -> QByteArray {
        return R"({"format": "sig2rtm-rules/1", "rules": [)" + rules + "]}\n";
    };

    // The file
    full("other format", editedCatalog({{R"("format": "sig2rtm-rules/1")", R"("format": "sig2rtm-rules/2")"}}),
         u"/format"_s, uR"(unsupported format "sig2rtm-rules/2")"_s);
    extension("missing format", R"({"rules": []})", u"/"_s, uR"(missing required key "format")"_s);
    extension("missing rules", R"({"format": "sig2rtm-rules/1"})", u"/"_s, uR"(missing required key "rules")"_s);
    extension("unknown root key", R"({"format": "sig2rtm-rules/1", "$schema": "rules.schema.json", "rules": []})",
              u"/$schema"_s, uR"(unknown key "$schema")"_s);
    extension("rules not an array", R"({"format": "sig2rtm-rules/1", "rules": {}})", u"/rules"_s,
              u"expected an array, found object"_s);
    auto noTimeline = catalogJson();
    noTimeline.erase("timeline");
    full("full catalog without timeline", dumped(noTimeline), u"/"_s, uR"(missing required key "timeline")"_s);
    auto noRemediations = catalogJson();
    noRemediations.erase("remediations");
    full("full catalog without remediations", dumped(noRemediations), u"/"_s,
         uR"(missing required key "remediations")"_s);
    auto noRows = catalogJson();
    noRows["rows"] = nlohmann::ordered_json::array();
    full("no rows", dumped(noRows), u"/rows"_s, u"a catalog needs at least one row"_s);

    // Texts and links
    full("http link",
         editedCatalog({{R"("url": "https://agora-ticket.agora.io/")", R"("url": "http://agora-ticket.agora.io/")"}}),
         u"/remediations/contact-support/url"_s, u"links must use https"_s);
    full("text without Chinese", withRule(rule(identifier).replace(reason, R"("reason": {"en": "Team rule."})")),
         u"/rules/0/reason"_s, uR"(missing required key "zh_CN")"_s);
    full("blank text", withRule(rule(identifier).replace(reason, R"("reason": {"en": "Team rule.", "zh_CN": " "})")),
         u"/rules/0/reason/zh_CN"_s, u"must not be empty"_s);
    full("text in a third language",
         withRule(rule(identifier).replace(reason, R"("reason": {"en": "T", "zh_CN": "T", "fr": "T"})")),
         u"/rules/0/reason/fr"_s, uR"(unknown key "fr")"_s);
    full("text as a string", editedCatalog({{R"("texts": {)", R"("texts": {"teamNote": "Team note.",)"}}),
         u"/texts/teamNote"_s, u"expected an object, found string"_s);
    full("blank email", editedCatalog({{R"("email": "support@agora.io")", R"("email": "")"}}),
         u"/remediations/contact-support/email"_s, u"must not be empty"_s);

    // Platforms, declarations, rows
    full("unknown platform",
         editedCatalog({{R"("platforms": {)", R"("platforms": {"symbian": {"name": {"en": "S", "zh_CN": "S"}},)"}}),
         u"/platforms/symbian"_s, uR"(unknown platform "symbian")"_s);
    full("platform without name", editedCatalog({{R"("ios": {"name": {"en": "iOS", "zh_CN": "iOS"},)", R"("ios": {)"}}),
         u"/platforms/ios"_s, uR"(missing required key "name")"_s);
    full("unknown declarations key",
         editedCatalog({{R"("declarations": {)", R"("declarations": {"questionnaire": true,)"}}),
         u"/declarations/questionnaire"_s, uR"(unknown key "questionnaire")"_s);
    full("declared client on an unknown platform",
         editedCatalog({{R"({"platform": "mini-program", "rule": "declared.mini-program")",
                         R"({"platform": "wechat", "rule": "declared.mini-program")"}}),
         u"/declarations/clients/0/platform"_s, uR"(unknown platform "wechat")"_s);
    full("declared value with an unknown effect",
         editedCatalog({{R"({"id": "unknown", "effect": "review",)", R"({"id": "unknown", "effect": "ask",)"}}),
         u"/declarations/messageTypes/values/5/effect"_s, uR"(unknown value "ask")"_s);
    // The rows by position: the version row (the one with a minimum version) and the last row, another one.
    const auto rows = catalogJson()["rows"];
    const auto versionRow =
        std::find_if(rows.begin(), rows.end(), [](const auto& row) { return row.contains("minimumVersion"); }) -
        rows.begin();
    const auto lastRow = static_cast<std::ptrdiff_t>(rows.size()) - 1;
    const QString versionRowPointer = u"/rows/"_s + QString::number(versionRow);
    const QString lastRowPointer = u"/rows/"_s + QString::number(lastRow);
    QVERIFY(versionRow < lastRow);
    auto needsSupport = catalogJson();
    needsSupport["rows"][lastRow]["needsSupport"] = "no";
    full("row needsSupport as a string", dumped(needsSupport), lastRowPointer + u"/needsSupport"_s,
         u"expected true or false, found string"_s);
    auto twoVersionRows = catalogJson();
    twoVersionRows["rows"][lastRow]["minimumVersion"] = "2.0";
    twoVersionRows["rows"][lastRow]["versionUnknown"] = {{"en", "V"}, {"zh_CN", "V"}};
    full("two minimum versions", dumped(twoVersionRows), lastRowPointer + u"/minimumVersion"_s,
         u"only one row can have a minimum version"_s);
    auto noVersionText = catalogJson();
    noVersionText["rows"][versionRow].erase("versionUnknown");
    full("minimum version without its text", dumped(noVersionText), versionRowPointer,
         uR"(missing required key "versionUnknown")"_s);

    // Rules
    full("unknown key in a rule", withRule(rule(identifier, R"("severity": 3, )")), u"/rules/0/severity"_s,
         uR"(unknown key "severity")"_s);
    full("unknown key in a match", withRule(rule(R"({"kind": "identifier", "names": ["x"], "name": "x"})")),
         u"/rules/0/match/name"_s, uR"(unknown key "name")"_s);
    full("missing reason", withRule(rule(identifier).replace(QByteArray(", " + reason), "")), u"/rules/0"_s,
         uR"(missing required key "reason")"_s);
    full("neither row nor sdk", withRule(rule(identifier).replace(R"("row": "pstn", )", "")), u"/rules/0"_s,
         uR"(a rule needs a "row" or an "sdk")"_s);
    full("row rule without effect", withRule(rule(identifier).replace(R"("effect": "fail", )", "")), u"/rules/0"_s,
         uR"(a row rule needs an "effect")"_s);
    full("unknown sdk", withRule(rule(identifier).replace(R"("row": "pstn", )", R"("sdk": "legacy", )")),
         u"/rules/0/sdk"_s, uR"(unknown value "legacy")"_s);
    full("unknown rule platform", withRule(rule(identifier).replace(R"("platform": "*")", R"("platform": "symbian")")),
         u"/rules/0/platform"_s, uR"(unknown platform "symbian")"_s);
    full("unknown language", withRule(rule(identifier).replace(R"(["*code"])", R"(["java", "cobol"])")),
         u"/rules/0/languages/1"_s, uR"(unknown language "cobol")"_s);
    full("unknown requirement", withRule(rule(identifier).replace(R"("requires": "none")", R"("requires": "rtm")")),
         u"/rules/0/requires"_s, uR"(unknown value "rtm")"_s);
    full("unknown effect", withRule(rule(identifier).replace(R"("effect": "fail")", R"("effect": "block")")),
         u"/rules/0/effect"_s, uR"(unknown value "block")"_s);
    full("unknown confidence", withRule(rule(identifier, R"("confidence": "certain", )")), u"/rules/0/confidence"_s,
         uR"(unknown value "certain")"_s);
    full(
        "fallback without reason",
        withRule(rule(R"({"kind": "string", "regex": "x", "literals": ["x"]})", R"("fallback": {"effect": "note"}, )")),
        u"/rules/0/fallback"_s, uR"(missing required key "reason")"_s);
    full("version source", withRule(rule(identifier, R"("version": {"source": "file"}, )")),
         u"/rules/0/version/source"_s, uR"(expected "match" or "content")"_s);
    full("version pattern without a group", withRule(rule(identifier, R"("version": {"regex": "v\\d+"}, )")),
         u"/rules/0/version/regex"_s, u"the version pattern needs a capture group"_s);

    // Match kinds
    full("unknown match kind", withRule(rule(R"({"kind": "telepathy", "names": ["x"]})")), u"/rules/0/match/kind"_s,
         uR"(unknown value "telepathy")"_s);
    full("match without kind", withRule(rule(R"({"names": ["x"]})")), u"/rules/0/match"_s,
         uR"(missing required key "kind")"_s);
    full("path without globs", withRule(rule(R"({"kind": "path"})")), u"/rules/0/match"_s,
         uR"(missing required key "globs")"_s);
    full("fingerprint without literals", withRule(rule(R"({"kind": "fingerprint", "min": 2})")), u"/rules/0/match"_s,
         uR"(missing required key "literals")"_s);
    full("fingerprint min 0", withRule(rule(R"({"kind": "fingerprint", "literals": ["a"], "min": 0})")),
         u"/rules/0/match/min"_s, u"must be between 1 and 100"_s);
    full("fractional min", withRule(rule(R"({"kind": "fingerprint", "literals": ["a"], "min": 1.5})")),
         u"/rules/0/match/min"_s, u"expected an integer, found number"_s);
    full("import without regex", withRule(rule(R"({"kind": "import", "literals": ["a"]})")), u"/rules/0/match"_s,
         uR"(missing required key "regex")"_s);
    full("identifier without names", withRule(rule(R"({"kind": "identifier", "call": true})")), u"/rules/0/match"_s,
         uR"(missing required key "names")"_s);
    full("empty name", withRule(rule(R"({"kind": "identifier", "names": [""]})")), u"/rules/0/match/names/0"_s,
         u"must not be empty"_s);
    full("call as a string", withRule(rule(R"({"kind": "identifier", "names": ["x"], "call": "yes"})")),
         u"/rules/0/match/call"_s, u"expected true or false, found string"_s);
    full("factory on a text rule",
         withRule(rule(R"({"kind": "text", "regex": "x", "literals": ["x"], "factory": true})")),
         u"/rules/0/match/factory"_s, u"only an identifier rule creates SDK objects"_s);
    full("static factories without object types",
         withRule(rule(R"({"kind": "identifier", "names": ["x"], "staticFactories": ["shared"]})")),
         u"/rules/0/match/staticFactories"_s, uR"(static factories need "objectTypes")"_s);
    full("string argument 33",
         withRule(rule(R"({"kind": "string", "regex": "x", "literals": ["x"], "inCall": ["f"], "argument": 33})")),
         u"/rules/0/match/argument"_s, u"must be between 0 and 32"_s);
    full("unknown token kind",
         withRule(rule(R"({"kind": "string", "regex": "x", "literals": ["x"], "tokens": ["comment"]})")),
         u"/rules/0/match/tokens/0"_s, uR"(unknown token kind "comment")"_s);
    full("objc-selector without selector", withRule(rule(R"({"kind": "objc-selector", "literals": ["x:"]})")),
         u"/rules/0/match"_s, uR"(missing required key "selector")"_s);
    full("project without markers", withRule(rule(R"({"kind": "project", "pages": ["*.page"]})")), u"/rules/0/match"_s,
         uR"(missing required key "markers")"_s);
    full("ambiguous markers without pages",
         withRule(rule(R"({"kind": "project", "markers": ["a.cfg"], "ambiguousMarkers": ["b.cfg"]})")),
         u"/rules/0/match"_s, uR"(missing required key "pages")"_s);
    full("markers on an identifier rule", withRule(rule(R"({"kind": "identifier", "names": ["x"], "markers": ["a"]})")),
         u"/rules/0/match/markers"_s, u"only a project rule has markers and pages"_s);
    full("message-argument without calls", withRule(rule(R"({"kind": "message-argument"})")), u"/rules/0/match"_s,
         uR"(missing required key "calls")"_s);
    full("message-argument index 17", withRule(rule(R"({"kind": "message-argument", "calls": {"send": 17}})")),
         u"/rules/0/match/calls/send"_s, u"expected an argument index from 0 to 16"_s);

    // A rules-only extension is checked the same way.
    extension("extension: unknown match kind", rulesOnly(rule(R"({"kind": "regex", "names": ["x"]})")),
              u"/rules/0/match/kind"_s, uR"(unknown value "regex")"_s);
    extension("extension: missing reason", rulesOnly(rule(identifier).replace(QByteArray(", " + reason), "")),
              u"/rules/0"_s, uR"(missing required key "reason")"_s);
    extension("extension: languages not a list", rulesOnly(rule(identifier).replace(R"(["*code"])", R"("*code")")),
              u"/rules/0/languages"_s, u"expected an array, found string"_s);
}

void TestSchemas::invalidRules()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, full);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QVERIFY2(!text.isEmpty(), "the edit did not apply to the built-in catalog");
    const QString path = writeFile(u"invalid-rules.json"_s, text);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    const auto catalog =
        full ? Catalog::load(text, path, &diagnostics) : Catalog::extend(Catalog::builtin(), text, path, &diagnostics);
    QVERIFY2(!catalog, "the loader accepted an invalid catalog");
    const auto said = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                   [&](const Diagnostic& d) { return d.message.contains(message); });
    QVERIFY2(said != diagnostics.cend(),
             qPrintable(u"expected \""_s + message + u"\", got:\n"_s + toString(diagnostics)));
    QCOMPARE(said->file, path);
    QVERIFY2(said->line > 0 && said->column > 0, qPrintable(said->toString()));
    QCOMPARE(said->pointer, pointer);

    const auto run = validate(path, m_rulesSchema);
    QVERIFY2(run.finished, qPrintable(run.output));
    QVERIFY2(run.exitCode != 0, "the schema accepted an invalid catalog");
    QVERIFY2(run.output.contains(u"ValidationError"_s),
             qPrintable(u"python3 failed for another reason than validation:\n"_s + run.output));
}

void TestSchemas::rulesLoaderOnlyChecks_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    // What a schema cannot know: references to rows and remediations (a full catalog may define its own), the
    // uniqueness of ids inside objects of an array, Perl-compatible regular expressions, and 1.0 as an integer
    // (JSON Schema's integer is a number without a fraction, however it is written).
    const QByteArray reason = R"("reason": {"en": "Team rule.", "zh_CN": "团队规则。"})";
    const auto rule = [&](const QByteArray& id, const QByteArray& members) -> QByteArray {
        return R"({"id": ")" + id + R"(", "platform": "*", "languages": ["*code"], "requires": "none", )" + members +
               reason + '}';
    };
    const QByteArray identifier = R"("match": {"kind": "identifier", "names": ["x"]}, )";
    const auto rulesOnly = [](const QByteArray& rules) -> QByteArray {
        return R"({"format": "sig2rtm-rules/1", "rules": [)" + rules + "]}\n";
    };
    QTest::newRow("unknown row") << rulesOnly(rule("a", identifier + R"("row": "phones", "effect": "fail", )"))
                                 << uR"(unknown row "phones")"_s;
    QTest::newRow("unknown remediation")
        << rulesOnly(rule("a", identifier + R"("row": "pstn", "effect": "fail", "remediation": "rewrite", )"))
        << uR"(unknown remediation "rewrite")"_s;
    QTest::newRow("duplicate rule id") << rulesOnly(rule("a", identifier + R"("sdk": "rtm", )") + ',' +
                                                    rule("a", identifier + R"("sdk": "rtm", )"))
                                       << uR"(duplicate rule id "a")"_s;
    QTest::newRow("invalid regular expression")
        << rulesOnly(rule("a", R"("sdk": "rtm", "match": {"kind": "text", "regex": "(x", "literals": ["x"]}, )"))
        << u"invalid regular expression"_s;
    QTest::newRow("version pattern with a group that captures nothing")
        << rulesOnly(rule("a", identifier + R"j("sdk": "rtm", "version": {"regex": "v(?:\\d+)"}, )j"))
        << u"the version pattern needs a capture group"_s;
    QTest::newRow("integer written 1.0")
        << rulesOnly(rule("a", R"("sdk": "rtm", "match": {"kind": "fingerprint", "literals": ["x"], "min": 1.0}, )"))
        << u"expected an integer, found number"_s;
}

void TestSchemas::rulesLoaderOnlyChecks()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const QString path = writeFile(u"loader-only-rules.json"_s, text);
    QVERIFY(!path.isEmpty());

    Diagnostics diagnostics;
    QVERIFY(!Catalog::extend(Catalog::builtin(), text, path, &diagnostics));
    QVERIFY2(toString(diagnostics).contains(message), qPrintable(toString(diagnostics)));

    const auto run = validate(path, m_rulesSchema);
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
    // Two declared clients are two clients: the one without a version is not settled by the other's.
    row("each declared client is judged alone",
        description(R"("clients": [{"platform": "android"}, {"platform": "android", "sdkVersion": "1.3"}])"),
        u"needs-review"_s, u"pass review pass pass pass"_s);
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

void TestSchemas::reportWithBaselineAndHistory()
{
    // Every key a comparison and a burn-down add, with fixed findings and uses, clients and a skipped file.
    auto report = testing::progressReport();
    QVERIFY(report);
    report->history->skipped << Diagnostic{u"reports/notes.json"_s, 1, 1, {}, u"invalid JSON: syntax error"_s};
    report->history->points.front().partial = true;
    const auto json = toJson(*report);
    QVERIFY(json.contains("baseline") && json.contains("history"));
    QVERIFY(!json["baseline"]["fixedFindings"].empty() && !json["baseline"]["fixedUses"].empty());
    const QString path = writeFile(u"progress.json"_s, toJsonText(*report));
    const auto run = validate(path, m_reportSchema);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.output));

    // The schema knows the states: a report with an unknown one is refused.
    auto wrong = json;
    wrong["findings"][0]["baselineState"] = "absent";
    const QString wrongPath = writeFile(u"wrong-state.json"_s, QByteArray::fromStdString(wrong.dump()));
    const auto refused = validate(wrongPath, m_reportSchema);
    QVERIFY(refused.finished && refused.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestSchemas)
#include "tst_schemas.moc"
