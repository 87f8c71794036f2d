// SPDX-License-Identifier: MIT
#include "evaluator.h"
#include "reportfixture.h"
#include "sarifwriter.h"
#include "testsupport.h"
#include "visibletext.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <set>

using namespace sig2rtm;
using namespace sig2rtm::testing;
using nlohmann::json;

/// QCOMPARE for JSON values, which QTest cannot print: the failure shows both as text.
#define SIG2RTM_COMPARE_JSON(actual, expected)                                                                         \
    QVERIFY2((actual) == (expected), (json(actual).dump() + " != " + json(expected).dump()).c_str())

namespace {

QString q(const json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

const json* resultFor(const json& sarif, const QString& findingId)
{
    for (const auto& result : sarif["runs"][0]["results"]) {
        if (q(result["properties"]["findingId"]) == findingId) {
            return &result;
        }
    }
    return nullptr;
}

const json* ruleFor(const json& sarif, const QString& ruleId)
{
    for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
        if (q(rule["id"]) == ruleId) {
            return &rule;
        }
    }
    return nullptr;
}

QString uriOf(const json& result)
{
    return q(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]);
}

/// True when a folder is inside a git work tree (a ".git" at or above it).
bool findGitAbove(const QString& folder)
{
    for (QDir dir(QFileInfo(folder).canonicalFilePath()); !dir.path().isEmpty();) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git")))) {
            return true;
        }
        if (!dir.cdUp()) {
            return false;
        }
    }
    return false;
}

/// What toSarif() lists by default: everything but the SDK-presence notes (unless suppressed).
bool isPresenceNote(const Finding& f)
{
    return f.sdk && f.effect == Effect::Note && f.suppressedBy.isEmpty() && f.rule != hiddenCharactersRule();
}

Finding makeFinding(const QString& id, const QString& rule, const QString& row, const QString& file, int line,
                    const QString& snippet, Effect effect = Effect::Fail)
{
    Finding f;
    f.id = id;
    f.rule = rule;
    f.row = row;
    f.file = file;
    f.line = line;
    f.column = line > 0 ? 1 : 0;
    f.length = line > 0 ? 4 : 0;
    f.snippet = snippet;
    f.effect = effect;
    f.reason = Message::literal(QStringLiteral("A reason."));
    return f;
}

/// A work tree as git leaves it on disk, without git: .git/HEAD, .git/config and the refs.
struct FakeRepository
{
    QString root;
    QString head = QStringLiteral("ref: refs/heads/main\n");
    QString config = QStringLiteral("[core]\n\tbare = false\n[remote \"origin\"]\n"
                                    "\turl = https://ci-bot:s3cr3t@github.com/example/legacy-chat.git\n"
                                    "\tfetch = +refs/heads/*:refs/remotes/origin/*\n");
    QString looseRef = QStringLiteral("refs/heads/main");
    QString looseId = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
    QString packedRefs;

    bool write() const
    {
        const QString git = root + QStringLiteral("/.git");
        return QDir().mkpath(git + QStringLiteral("/objects")) && writeText(git + QStringLiteral("/HEAD"), head) &&
               writeText(git + QStringLiteral("/config"), config) &&
               (looseRef.isEmpty() || writeText(git + u'/' + looseRef, looseId + u'\n')) &&
               (packedRefs.isEmpty() || writeText(git + QStringLiteral("/packed-refs"), packedRefs));
    }
};

} // namespace

class TestSarifWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Validates with the official OASIS schema through python3-jsonschema. Skips only when python3 itself
    /// is missing; a missing jsonschema module or an invalid log fails.
    void validate(const QByteArray& sarif, const QString& name)
    {
        const QString python = python3Program();
        if (python.isEmpty()) {
            SIG2RTM_SKIP_UNLESS_CI("python3 is not installed");
        }
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(sarif), sarif.size());
        file.close();
        const QString schema = QStringLiteral(SIG2RTM_TEST_DATA "/schemas/sarif-schema-2.1.0.json");
        QVERIFY2(QFile::exists(schema), qPrintable(schema));
        QProcess process;
        process.start(python,
                      {QStringLiteral("-c"),
                       QStringLiteral("import json,jsonschema,sys; jsonschema.validate(json.load(open(sys.argv[1])), "
                                      "json.load(open(sys.argv[2])))"),
                       path, schema});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
    }

    void verifyConsistent(const json& sarif, const Report& report, const RenderOptions& options = {})
    {
        QCOMPARE(sarif["version"].get<std::string>(), std::string("2.1.0"));
        QVERIFY(q(sarif["$schema"]).startsWith(QLatin1String("https://")));
        const auto& run = sarif["runs"][0];
        const auto& driver = run["tool"]["driver"];
        QCOMPARE(q(driver["name"]), QStringLiteral("sig2rtm"));
        QVERIFY(q(driver["informationUri"]).startsWith(QLatin1String("https://")));
        const auto& rules = driver["rules"];
        QSet<QString> ids;
        for (const auto& rule : rules) {
            const QString id = q(rule["id"]);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            for (const auto* key : {"name", "shortDescription", "fullDescription", "helpUri", "help",
                                    "defaultConfiguration", "properties"}) {
                QVERIFY2(rule.contains(key), qPrintable(id + u' ' + QString::fromLatin1(key)));
            }
            QVERIFY(q(rule["helpUri"]).startsWith(QLatin1String("https://")));
            QVERIFY(!q(rule["help"]["text"]).isEmpty());
            QVERIFY(!q(rule["help"]["markdown"]).isEmpty());
            QVERIFY(rule["properties"].contains("tags"));
            QVERIFY(rule["properties"].contains("category"));
            QVERIFY(rule["properties"].contains("row"));
            const QString severity = q(rule["properties"]["problem.severity"]);
            QVERIFY2(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("recommendation")})
                         .contains(severity),
                     qPrintable(id + u' ' + severity));
            // Only the security rule has a security severity.
            QCOMPARE(rule["properties"].contains("security-severity"), id == hiddenCharactersRule());
        }
        QVERIFY(ids.contains(hiddenCharactersRule()));
        const auto& base = run["originalUriBaseIds"]["%SRCROOT%"];
        QVERIFY(!q(base["description"]["text"]).isEmpty());
        if (!report.root.isEmpty() && options.absolutePaths) {
            const QString uri = q(base["uri"]);
            QVERIFY2(uri.startsWith(QLatin1String("file:///")) && uri.endsWith(u'/'), qPrintable(uri));
            QCOMPARE(QUrl(uri).toLocalFile(), QString(report.root + u'/'));
        } else {
            QVERIFY(!base.contains("uri"));
        }
        const QString category = q(run["automationDetails"]["id"]);
        QVERIFY2(category.startsWith(QLatin1String("sig2rtm/")) && category.endsWith(u'/'), qPrintable(category));
        const auto listed = std::count_if(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
            return options.sarifPresenceNotes || !isPresenceNote(f);
        });
        QCOMPARE(run["results"].size(), static_cast<std::size_t>(listed));
        static const QRegularExpression kLineHash(QStringLiteral("^[0-9a-f]{16}:[1-9][0-9]*$"));
        for (const auto& result : run["results"]) {
            const auto index = result["ruleIndex"].get<std::size_t>();
            QVERIFY(index < rules.size());
            QCOMPARE(q(rules[index]["id"]), q(result["ruleId"]));
            const auto& location = result["locations"][0]["physicalLocation"];
            QCOMPARE(q(location["artifactLocation"]["uriBaseId"]), QStringLiteral("%SRCROOT%"));
            const auto* f = report.finding(q(result["properties"]["findingId"]));
            QVERIFY(f);
            // The relative URI decodes back to the finding's path.
            QCOMPARE(QUrl::fromPercentEncoding(q(location["artifactLocation"]["uri"]).toUtf8()), f->file);
            // Every result has a region: line 1 for whole-file evidence.
            QVERIFY(location.contains("region"));
            QCOMPARE(location["region"]["startLine"].get<int>(), std::max(f->line, 1));
            if (!options.sarifPresenceNotes) {
                QVERIFY(!isPresenceNote(*f));
            }
            QCOMPARE(result["partialFingerprints"].size(), std::size_t(2));
            QVERIFY(kLineHash.match(q(result["partialFingerprints"]["primaryLocationLineHash"])).hasMatch());
            QCOMPARE(q(result["partialFingerprints"]["sig2rtm/v2"]).size(), 32);
            // Texts show hidden characters as escapes; only their own line breaks stay.
            for (const auto& line : q(result["message"]["text"]).split(u'\n')) {
                QVERIFY2(!hasHiddenCharacters(line, VisibleMode::Code), qPrintable(line));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void validatesAgainstTheOfficialSchema()
    {
        const Report report = handMadeReport();
        const QByteArray text = renderSarif(report);
        validate(text, QStringLiteral("hand.sarif"));
        verifyConsistent(json::parse(text.toStdString()), report);

        const Report zh = questionnaireReport(ReportLanguage::Chinese);
        const QByteArray zhText = renderSarif(zh);
        validate(zhText, QStringLiteral("questionnaire.sarif"));
        verifyConsistent(json::parse(zhText.toStdString()), zh);
        QCOMPARE(q(json::parse(zhText.toStdString())["runs"][0]["language"]), QStringLiteral("zh-CN"));
    }

    void scannedProjectValidates()
    {
        QTemporaryDir dir;
        QVERIFY(writeHostileProject(dir.path()));
        const auto report = scanFolder(dir.path(), ReportLanguage::English);
        QVERIFY(report);
        QVERIFY(!report->findings.empty());
        const QByteArray text = renderSarif(*report);
        validate(text, QStringLiteral("scan.sarif"));
        verifyConsistent(json::parse(text.toStdString()), *report);

        const QString sample = QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat");
        if (QFileInfo(sample).isDir()) {
            const auto legacy = scanFolder(sample, ReportLanguage::English);
            QVERIFY(legacy);
            const QByteArray legacyText = renderSarif(*legacy);
            validate(legacyText, QStringLiteral("sample.sarif"));
            verifyConsistent(json::parse(legacyText.toStdString()), *legacy);
        }
    }

    void everyRuleHasADescriptor()
    {
        const Report report = handMadeReport();
        const json sarif = toSarif(report);
        QSet<QString> ids;
        for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
            ids.insert(q(rule["id"]));
        }
        for (const auto& rule : report.catalog->rules()) {
            QVERIFY2(ids.contains(rule.id), qPrintable(rule.id));
        }
        // Declared facts are not catalog rules but still need a descriptor.
        QVERIFY(ids.contains(QStringLiteral("declared.message-type")));
        for (const auto& rule : sarif["runs"][0]["tool"]["driver"]["rules"]) {
            if (q(rule["id"]) == QLatin1String("declared.message-type")) {
                QCOMPARE(q(rule["properties"]["row"]), QStringLiteral("web-non-string-message"));
                QCOMPARE(q(rule["defaultConfiguration"]["level"]), QStringLiteral("error"));
                // The code change is in the Web guide: the platform of the message-type declaration.
                QCOMPARE(q(rule["helpUri"]), report.catalog->remediationUrl(QStringLiteral("code-change"),
                                                                            QStringLiteral("web"), report.language));
                QVERIFY(q(rule["helpUri"]).contains(QLatin1String("rtm_signaling_web")));
            }
            if (q(rule["id"]) == QLatin1String("special.channel")) {
                QCOMPARE(q(rule["helpUri"]),
                         report.catalog->remediationUrl(QStringLiteral("rest-event-api"), QString(), report.language));
                QCOMPARE(q(rule["name"]), QStringLiteral("SpecialChannel"));
                QCOMPARE(q(rule["properties"]["category"]), QStringLiteral("compatibility"));
            }
            if (q(rule["id"]) == QLatin1String("rtm.web")) {
                QCOMPARE(q(rule["properties"]["category"]), QStringLiteral("sdk-evidence"));
                QVERIFY(rule["properties"]["row"].is_null());
                QCOMPARE(q(rule["defaultConfiguration"]["level"]), QStringLiteral("note"));
            }
        }
        // A rule unknown to the catalog (e.g. from a finding made with --rules) gets one too.
        Report extra = report;
        extra.findings.front().rule = QStringLiteral("custom.rule");
        const json custom = toSarif(extra);
        bool found = false;
        for (const auto& rule : custom["runs"][0]["tool"]["driver"]["rules"]) {
            found = found || q(rule["id"]) == QLatin1String("custom.rule");
        }
        QVERIFY(found);
    }

    void levelsFollowEffectAndRowStatus()
    {
        const Report report = handMadeReport();
        const json sarif = toSarif(report);
        const auto level = [&](const char* id) { return q((*resultFor(sarif, QString::fromLatin1(id)))["level"]); };
        QCOMPARE(level("F1"), QStringLiteral("error"));   // fail in a failing row
        QCOMPARE(level("F4"), QStringLiteral("note"));    // suppressed: note
        QCOMPARE(level("F5"), QStringLiteral("warning")); // review in a review row
        QCOMPARE(level("F8"), QStringLiteral("error"));   // declared fail
        QCOMPARE(level("F9"), QStringLiteral("note"));    // RTM evidence, no row

        // A blocking finding never outranks its row: in a passing row it is a note.
        Report capped = report;
        capped.rows[0].status = RowStatus::Review;
        QCOMPARE(q((*resultFor(toSarif(capped), QStringLiteral("F1")))["level"]), QStringLiteral("warning"));
    }

    void regionsSnippetsAndUris()
    {
        const Report report = handMadeReport();
        const json sarif = toSarif(report);
        const auto& f1 = (*resultFor(sarif, QStringLiteral("F1")))["locations"][0]["physicalLocation"];
        QCOMPARE(q(sarif["runs"][0]["columnKind"]), QStringLiteral("utf16CodeUnits"));
        QCOMPARE(f1["region"]["startLine"].get<int>(), 34);
        QCOMPARE(f1["region"]["startColumn"].get<int>(), 33);
        // Column 33, 21 code units long: the end column is the one after the match, on the same line.
        QCOMPARE(f1["region"]["endLine"].get<int>(), 34);
        QCOMPARE(f1["region"]["endColumn"].get<int>(), 54);
        QCOMPARE(q(f1["region"]["snippet"]["text"]), QStringLiteral("'__agora_user_online'"));
        QCOMPARE(q(f1["contextRegion"]["snippet"]["text"]), report.findings[0].snippet);

        // Line 0 (a .jar): the whole file, on line 1, without columns or a snippet.
        const auto& f6 = (*resultFor(sarif, QStringLiteral("F6")))["locations"][0]["physicalLocation"];
        SIG2RTM_COMPARE_JSON(f6["region"], json({{"startLine", 1}}));
        // A declared fact with a column but no length: no end.
        const auto& f8 = (*resultFor(sarif, QStringLiteral("F8")))["locations"][0]["physicalLocation"];
        QCOMPARE(f8["region"]["startColumn"].get<int>(), 23);
        QVERIFY(!f8["region"].contains("endColumn") && !f8["region"].contains("endLine"));

        // Hostile names are percent-encoded, relative, and decode back.
        const auto& f2 = (*resultFor(sarif, QStringLiteral("F2")))["locations"][0]["physicalLocation"];
        const QString uri = q(f2["artifactLocation"]["uri"]);
        QVERIFY(!uri.contains(u'<') && !uri.contains(u' ') && !uri.startsWith(u'/'));
        QCOMPARE(QUrl::fromPercentEncoding(uri.toUtf8()), report.findings[1].file);
        const auto& f4 = (*resultFor(sarif, QStringLiteral("F4")))["locations"][0]["physicalLocation"];
        QVERIFY(!q(f4["artifactLocation"]["uri"]).startsWith(QLatin1String("javascript:")));

        // The root has a space: with absolute paths asked for, the base URI is encoded and ends with a slash.
        RenderOptions absolute;
        absolute.absolutePaths = true;
        QCOMPARE(q(toSarif(report, absolute)["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]),
                 QStringLiteral("file:///src/my%20project/"));
    }

    void binaryEvidenceIsOnLineOne()
    {
        Report report = handMadeReport();
        Finding& jar = report.findings[5];
        QCOMPARE(jar.id, QStringLiteral("F6"));
        jar.offset = 1234; // a version read from the library's strings
        const QByteArray text = renderSarif(report);
        validate(text, QStringLiteral("binary.sarif"));
        const json sarif = json::parse(text.toStdString());
        const json& result = *resultFor(sarif, QStringLiteral("F6"));
        SIG2RTM_COMPARE_JSON(result["locations"][0]["physicalLocation"]["region"], json({{"startLine", 1}}));
        QCOMPARE(result["properties"]["byteOffset"].get<int>(), 1234);
        QCOMPARE(uriOf(result), QStringLiteral("android/libs/agora-sig-sdk.jar"));
    }

    void identicalLinesKeepTheirOwnLineHash()
    {
        Report report = handMadeReport();
        const QString rule = QStringLiteral("special.channel");
        const QString row = QStringLiteral("special-features");
        const QString file = QStringLiteral("web/room.js");
        report.findings = {
            makeFinding(QStringLiteral("A"), rule, row, file, 3, QStringLiteral("foo(a, b);")),
            makeFinding(QStringLiteral("B"), rule, row, file, 10, QStringLiteral("foo(a,  b);")), // more white space
            makeFinding(QStringLiteral("C"), QStringLiteral("special.invoke"), row, file, 10,
                        QStringLiteral("foo(a,  b);")), // another rule on line 10
            makeFinding(QStringLiteral("D"), rule, row, file, 12, QStringLiteral("s.join(room);")),
            makeFinding(QStringLiteral("E"), rule, row, QStringLiteral("web/other.js"), 40,
                        QStringLiteral("foo(a, b);")),
        };
        const auto lineHash = [](const json& sarif, const char* id) {
            return q((*resultFor(sarif, QString::fromLatin1(id)))["partialFingerprints"]["primaryLocationLineHash"]);
        };
        const json sarif = toSarif(report);
        // sha256 of the line without white space, its first 8 bytes; then the n-th line of the file with it.
        QCOMPARE(lineHash(sarif, "A"), QStringLiteral("928025cb6157274f:1"));
        QCOMPARE(lineHash(sarif, "B"), QStringLiteral("928025cb6157274f:2"));
        QCOMPARE(lineHash(sarif, "C"), QStringLiteral("928025cb6157274f:2")); // the same line
        QCOMPARE(lineHash(sarif, "D"), QStringLiteral("723544abccbc5aeb:1"));
        QCOMPARE(lineHash(sarif, "E"), QStringLiteral("928025cb6157274f:1")); // counted per file
        // Two identical lines of one file stay two alerts: their stable fingerprints are equal, the line hashes
        // are not.
        const auto stable = [](const json& sarif, const char* id) {
            return q((*resultFor(sarif, QString::fromLatin1(id)))["partialFingerprints"]["sig2rtm/v2"]);
        };
        QCOMPARE(stable(sarif, "A"), stable(sarif, "B"));
        QVERIFY(lineHash(sarif, "A") != lineHash(sarif, "B"));

        // Code inserted above: the lines move, the values stay.
        Report moved = report;
        for (auto& f : moved.findings) {
            f.line += 7;
        }
        const json after = toSarif(moved);
        for (const char* id : {"A", "B", "C", "D", "E"}) {
            QCOMPARE(lineHash(after, id), lineHash(sarif, id));
        }
    }

    void repositoryRootAnchorsPaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeRepository repo;
        repo.root = dir.filePath(QStringLiteral("checkout"));
        QVERIFY(repo.write());
        const QString scanned = repo.root + QStringLiteral("/apps/chat");
        QVERIFY(QDir().mkpath(scanned));
        Report report = handMadeReport();
        report.root = scanned;

        // Without the option: paths from the scanned folder, as always; the provenance is there, but the
        // scanned folder is not the repository's root, so it is mapped to nothing.
        const json plain = toSarif(report);
        QCOMPARE(uriOf(*resultFor(plain, QStringLiteral("F1"))), QStringLiteral("web/js/app.js"));
        QCOMPARE(q(plain["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["description"]["text"]),
                 QStringLiteral("The folder the scanned paths are relative to."));
        QVERIFY(!plain["runs"][0]["versionControlProvenance"][0].contains("mappedTo"));

        RenderOptions options;
        options.sarifRepositoryRoot = true;
        const QByteArray text = renderSarif(report, options);
        validate(text, QStringLiteral("repo.sarif"));
        const json sarif = json::parse(text.toStdString());
        const auto& run = sarif["runs"][0];
        QCOMPARE(uriOf(*resultFor(sarif, QStringLiteral("F1"))), QStringLiteral("apps/chat/web/js/app.js"));
        const QString hostile = uriOf(*resultFor(sarif, QStringLiteral("F2")));
        QVERIFY(hostile.startsWith(QLatin1String("apps/chat/web/")));
        QCOMPARE(QUrl::fromPercentEncoding(hostile.toUtf8()), QStringLiteral("apps/chat/") + report.findings[1].file);
        for (const auto& result : run["results"]) {
            QCOMPARE(q(result["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]),
                     QStringLiteral("%SRCROOT%"));
        }
        // Skipped files too.
        QCOMPARE(q(run["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
                      ["artifactLocation"]["uri"]),
                 QStringLiteral("apps/chat/node_modules"));
        const auto& base = run["originalUriBaseIds"]["%SRCROOT%"];
        QVERIFY(!base.contains("uri"));
        QCOMPARE(q(base["description"]["text"]),
                 QStringLiteral("The root of the git repository that holds the scanned folder."));
        SIG2RTM_COMPARE_JSON(run["versionControlProvenance"][0]["mappedTo"], json({{"uriBaseId", "%SRCROOT%"}}));

        // The same project scanned from the repository's root gets the same paths and fingerprints.
        Report fromTop = report;
        fromTop.root = repo.root;
        for (auto& f : fromTop.findings) {
            f.file = QStringLiteral("apps/chat/") + f.file;
        }
        const json top = toSarif(fromTop);
        QCOMPARE(top["runs"][0]["results"].size(), run["results"].size());
        for (std::size_t i = 0; i < run["results"].size(); ++i) {
            SIG2RTM_COMPARE_JSON(top["runs"][0]["results"][i]["partialFingerprints"],
                                 run["results"][i]["partialFingerprints"]);
            QCOMPARE(uriOf(top["runs"][0]["results"][i]), uriOf(run["results"][i]));
        }
        SIG2RTM_COMPARE_JSON(top["runs"][0]["versionControlProvenance"][0]["mappedTo"],
                             json({{"uriBaseId", "%SRCROOT%"}}));

        // With absolute paths asked for, the base is the repository's root.
        options.absolutePaths = true;
        const json absolute = toSarif(report, options);
        const QString uri = q(absolute["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]);
        QCOMPARE(QUrl(uri).toLocalFile(), QFileInfo(repo.root).canonicalFilePath() + u'/');

        // Outside any repository the option changes nothing but says so.
        Report elsewhere = handMadeReport();
        QTemporaryDir outside;
        elsewhere.root = outside.path();
        RenderOptions repoRoot;
        repoRoot.sarifRepositoryRoot = true;
        if (!findGitAbove(outside.path())) {
            const json alone = toSarif(elsewhere, repoRoot);
            QCOMPARE(uriOf(*resultFor(alone, QStringLiteral("F1"))), QStringLiteral("web/js/app.js"));
            QVERIFY(!alone["runs"][0].contains("versionControlProvenance"));
            QCOMPARE(q(alone["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"]),
                     QStringLiteral("The scanned folder is in no git repository: paths are relative to the scanned "
                                    "folder."));
        }
    }

    void versionControlProvenance_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("looseRef");
        QTest::addColumn<QString>("packedRefs");
        QTest::addColumn<bool>("absolutePaths");
        QTest::addColumn<QString>("repositoryUri"); // empty: no versionControlProvenance
        QTest::addColumn<QString>("revisionId");
        QTest::addColumn<QString>("branch");

        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        const QString packedId = QStringLiteral("89abcdef0123456789abcdef0123456789abcdef");
        const QString onMain = QStringLiteral("ref: refs/heads/main\n");
        const auto origin = [](const QString& url) -> QString {
            return QStringLiteral("[core]\n\tbare = false\n[remote \"origin\"]\n\turl = ") + url +
                   QStringLiteral("\n[branch \"main\"]\n\tremote = origin\n");
        };
        const QString https = QStringLiteral("https://github.com/example/legacy-chat.git");
        QTest::newRow("loose ref, credentials stripped")
            << onMain << origin(QStringLiteral("https://ci-bot:s3cr3t@github.com/example/legacy-chat.git"))
            << QStringLiteral("refs/heads/main") << QString() << false << https << id << QStringLiteral("main");
        QTest::newRow("packed ref, token in the query dropped")
            << QStringLiteral("ref: refs/heads/release/2.x\n")
            << origin(QStringLiteral("https://github.com/example/legacy-chat.git?token=abc#x")) << QString()
            << QStringLiteral("# pack-refs with: peeled fully-peeled sorted\n") + id +
                   QStringLiteral(" refs/heads/main\n") + packedId + QStringLiteral(" refs/heads/release/2.x\n^") + id +
                   u'\n'
            << false << https << packedId << QStringLiteral("release/2.x");
        QTest::newRow("detached HEAD, scp-like remote")
            << id + u'\n' << origin(QStringLiteral("git@github.com:example/legacy-chat.git")) << QString() << QString()
            << false << QStringLiteral("ssh://github.com/example/legacy-chat.git") << id << QString();
        QTest::newRow("branch without commits")
            << QStringLiteral("ref: refs/heads/fresh\n") << origin(https) << QString() << QString() << false << https
            << QString() << QStringLiteral("fresh");
        QTest::newRow("quoted url, comment, other remotes first")
            << onMain
            << QStringLiteral("[remote \"upstream\"]\n\turl = https://example.com/other.git\n"
                              "[Remote \"origin\"]\n  URL = \"https://github.com/example/legacy-chat.git\" ; main\n")
            << QStringLiteral("refs/heads/main") << QString() << false << https << id << QStringLiteral("main");
        QTest::newRow("no origin: nothing")
            << onMain << QStringLiteral("[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = ") + https + u'\n'
            << QStringLiteral("refs/heads/main") << QString() << false << QString() << QString() << QString();
        QTest::newRow("local remote: not without absolute paths")
            << onMain << origin(QStringLiteral("/srv/git/legacy-chat.git")) << QStringLiteral("refs/heads/main")
            << QString() << false << QString() << QString() << QString();
        QTest::newRow("local remote with absolute paths")
            << onMain << origin(QStringLiteral("/srv/git/legacy-chat.git")) << QStringLiteral("refs/heads/main")
            << QString() << true << QStringLiteral("file:///srv/git/legacy-chat.git") << id << QStringLiteral("main");
        QTest::newRow("HEAD pointing out of refs/ is not read")
            << QStringLiteral("ref: ../../outside\n") << origin(https) << QString() << QString() << false << https
            << QString() << QString();
    }

    void versionControlProvenance()
    {
        QFETCH(QString, head);
        QFETCH(QString, config);
        QFETCH(QString, looseRef);
        QFETCH(QString, packedRefs);
        QFETCH(bool, absolutePaths);
        QFETCH(QString, repositoryUri);
        QFETCH(QString, revisionId);
        QFETCH(QString, branch);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeRepository repo;
        repo.root = dir.path();
        repo.head = head;
        repo.config = config;
        repo.looseRef = looseRef;
        repo.packedRefs = packedRefs;
        QVERIFY(repo.write());
        Report report = handMadeReport();
        report.root = dir.path();
        RenderOptions options;
        options.absolutePaths = absolutePaths;
        const QByteArray text = renderSarif(report, options);
        const json run = json::parse(text.toStdString())["runs"][0];
        QVERIFY(!text.contains("s3cr3t") && !text.contains("ci-bot") && !text.contains("token=abc"));
        if (repositoryUri.isEmpty()) {
            QVERIFY(!run.contains("versionControlProvenance"));
            return;
        }
        QCOMPARE(run["versionControlProvenance"].size(), std::size_t(1));
        const json& vcs = run["versionControlProvenance"][0];
        QCOMPARE(q(vcs["repositoryUri"]), repositoryUri);
        QCOMPARE(vcs.contains("revisionId") ? q(vcs["revisionId"]) : QString(), revisionId);
        QCOMPARE(vcs.contains("branch") ? q(vcs["branch"]) : QString(), branch);
        // Scanned at the repository's root: %SRCROOT% is the repository.
        SIG2RTM_COMPARE_JSON(vcs["mappedTo"], json({{"uriBaseId", "%SRCROOT%"}}));
    }

    void linkedWorktreeReadsTheCommonDirectory()
    {
        // "git worktree add": the work tree has a .git file; HEAD is in its own folder, refs and config in the
        // main repository's.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeRepository main;
        main.root = dir.filePath(QStringLiteral("main"));
        QVERIFY(main.write());
        const QString own = main.root + QStringLiteral("/.git/worktrees/feature");
        const QString featureId = QStringLiteral("fedcba9876543210fedcba9876543210fedcba98");
        QVERIFY(writeText(own + QStringLiteral("/HEAD"), QStringLiteral("ref: refs/heads/feature\n")));
        QVERIFY(writeText(own + QStringLiteral("/commondir"), QStringLiteral("../..\n")));
        QVERIFY(writeText(main.root + QStringLiteral("/.git/refs/heads/feature"), featureId + u'\n'));
        const QString tree = dir.filePath(QStringLiteral("feature"));
        QVERIFY(writeText(tree + QStringLiteral("/.git"), QStringLiteral("gitdir: ") + own + u'\n'));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/src")));

        Report report = handMadeReport();
        report.root = tree + QStringLiteral("/src");
        RenderOptions options;
        options.sarifRepositoryRoot = true;
        const json sarif = toSarif(report, options);
        const json& vcs = sarif["runs"][0]["versionControlProvenance"][0];
        QCOMPARE(q(vcs["repositoryUri"]), QStringLiteral("https://github.com/example/legacy-chat.git"));
        QCOMPARE(q(vcs["revisionId"]), featureId);
        QCOMPARE(q(vcs["branch"]), QStringLiteral("feature"));
        QCOMPARE(uriOf(*resultFor(sarif, QStringLiteral("F1"))), QStringLiteral("src/web/js/app.js"));
    }

    void readsTheTreeWithoutWritingIt()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FakeRepository repo;
        repo.root = dir.path();
        QVERIFY(repo.write());
        const auto listing = [&] {
            QStringList out;
            QDirIterator it(dir.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                out << path + u' ' + QString::number(QFileInfo(path).size()) + u' ' +
                           QFileInfo(path).lastModified().toString(Qt::ISODateWithMs);
            }
            out.sort();
            return out;
        };
        const QStringList before = listing();
        Report report = handMadeReport();
        report.root = dir.path();
        RenderOptions options;
        options.sarifRepositoryRoot = true;
        QVERIFY(!renderSarif(report, options).isEmpty());
        QCOMPARE(listing(), before);
    }

    void automationCategory_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("id");
        QTest::newRow("project name") << QStringLiteral("Legacy Chat") << QStringLiteral("/src/x")
                                      << QStringLiteral("sig2rtm/legacy-chat/");
        QTest::newRow("markup and slashes")
            << QStringLiteral("<b>Legacy</b> & \"chat\"") << QString() << QStringLiteral("sig2rtm/b-legacy-b-chat/");
        QTest::newRow("Chinese") << QStringLiteral("聊天 App") << QString() << QStringLiteral("sig2rtm/聊天-app/");
        QTest::newRow("hidden characters")
            << QStringLiteral("chat\u202Egnp") << QString() << QStringLiteral("sig2rtm/chat-gnp/");
        QTest::newRow("folder name") << QString() << QStringLiteral("/src/my project")
                                     << QStringLiteral("sig2rtm/my-project/");
        QTest::newRow("folder name, trailing slash")
            << QString() << QStringLiteral("/src/web_app.v2/") << QStringLiteral("sig2rtm/web_app.v2/");
        QTest::newRow("nothing") << QString() << QString() << QStringLiteral("sig2rtm/");
    }

    void automationCategory()
    {
        QFETCH(QString, project);
        QFETCH(QString, root);
        QFETCH(QString, id);
        Report report = handMadeReport();
        report.projectName = project;
        report.root = root;
        QCOMPARE(q(toSarif(report)["runs"][0]["automationDetails"]["id"]), id);
    }

    void presenceNotesOnlyWhenAsked()
    {
        Report report = handMadeReport();
        report.findings[8].sdk = SdkKind::Rtm; // F9: RTM evidence, on no row: a presence note
        Finding& jar = report.findings[5];     // F6: Signaling evidence whose version passes its row: a note
        jar.sdk = SdkKind::Signaling;
        jar.effect = Effect::Note;
        report.findings[4].sdk = SdkKind::Signaling; // F5: Signaling evidence that needs review: stays
        Finding& accepted = report.findings[3];      // F4: suppressed evidence: the decision stays on record
        accepted.sdk = SdkKind::Signaling;
        accepted.suppressedBy = QStringLiteral("reviewed: not shipped");
        // F10: a note on the PSTN row that is not SDK evidence: stays
        const QByteArray text = renderSarif(report);
        validate(text, QStringLiteral("notes-off.sarif"));
        const json off = json::parse(text.toStdString());
        verifyConsistent(off, report);
        QVERIFY(!resultFor(off, QStringLiteral("F9")));
        QVERIFY(!resultFor(off, QStringLiteral("F6")));
        QVERIFY(resultFor(off, QStringLiteral("F5")));
        QVERIFY(resultFor(off, QStringLiteral("F10")));
        QCOMPARE(q((*resultFor(off, QStringLiteral("F4")))["suppressions"][0]["justification"]),
                 QStringLiteral("reviewed: not shipped"));
        QCOMPARE(off["runs"][0]["results"].size(), report.findings.size() - 2);
        // Its rule keeps its descriptor, and the indexes still point at the right rules.
        QVERIFY(ruleFor(off, QStringLiteral("rtm.web")));
        for (const auto& result : off["runs"][0]["results"]) {
            QCOMPARE(q(off["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"].get<std::size_t>()]["id"]),
                     q(result["ruleId"]));
        }

        RenderOptions options;
        options.sarifPresenceNotes = true;
        const json on = toSarif(report, options);
        verifyConsistent(on, report, options);
        QCOMPARE(on["runs"][0]["results"].size(), report.findings.size());
        QCOMPARE(q((*resultFor(on, QStringLiteral("F9")))["level"]), QStringLiteral("note"));
        QCOMPARE(q((*resultFor(on, QStringLiteral("F9")))["properties"]["sdk"]), QStringLiteral("rtm"));
        // Listing the notes does not move anyone's line hash.
        for (const auto& result : off["runs"][0]["results"]) {
            const json& same = *resultFor(on, q(result["properties"]["findingId"]));
            SIG2RTM_COMPARE_JSON(same["partialFingerprints"], result["partialFingerprints"]);
        }
    }

    void scannedPresenceNotes()
    {
        QTemporaryDir dir;
        QVERIFY(writeHostileProject(dir.path()));
        const auto report = scanFolder(dir.path(), ReportLanguage::English);
        QVERIFY(report);
        const auto notes = std::count_if(report->findings.begin(), report->findings.end(), isPresenceNote);
        QVERIFY(notes > 0);
        QCOMPARE(toSarif(*report)["runs"][0]["results"].size(), report->findings.size() - std::size_t(notes));
        RenderOptions options;
        options.sarifPresenceNotes = true;
        const QByteArray text = renderSarif(*report, options);
        validate(text, QStringLiteral("scan-notes.sarif"));
        verifyConsistent(json::parse(text.toStdString()), *report, options);
    }

    void warnsAboveGitHubsResultLimit_data()
    {
        QTest::addColumn<int>("findings");
        QTest::addColumn<bool>("warning");
        QTest::newRow("5,000") << 5000 << false;
        QTest::newRow("5,001") << 5001 << true;
    }

    void warnsAboveGitHubsResultLimit()
    {
        QFETCH(int, findings);
        QFETCH(bool, warning);
        Report report = handMadeReport();
        const Finding first = report.findings.front();
        report.findings.clear();
        report.rows[0].findingIds.clear();
        for (int i = 0; i < findings; ++i) {
            Finding f = first;
            f.id = QStringLiteral("F%1").arg(i + 1);
            f.file = QStringLiteral("web/js/app%1.js").arg(i % 50);
            f.line = 10 + i;
            report.findings.push_back(f);
            report.rows[0].findingIds << f.id;
        }
        const json sarif = toSarif(report);
        QCOMPARE(sarifResultCount(sarif), findings);
        const auto& notifications = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
        QCOMPARE(notifications.size(), report.skipped.size() + (warning ? 1 : 0));
        if (warning) {
            const json& n = notifications[0];
            QCOMPARE(q(n["level"]), QStringLiteral("warning"));
            QCOMPARE(q(n["message"]["text"]),
                     QStringLiteral("This log has 5,001 results; GitHub code scanning shows at most 5,000 of a run "
                                    "(the most severe first), so some will not appear there. The HTML and JSON "
                                    "reports list every finding."));
            QCOMPARE(n["properties"]["resultCount"].get<int>(), 5001);
            QCOMPARE(n["properties"]["resultLimit"].get<int>(), kSarifResultLimit);
        }
        // The run still executed successfully.
        QVERIFY(sarif["runs"][0]["invocations"][0]["executionSuccessful"].get<bool>());
    }

    void noAbsolutePathUnlessAsked()
    {
        Report report = handMadeReport();
        report.root = QStringLiteral("/home/alice/projects/legacy-chat");
        report.projectName.clear();
        const QByteArray text = renderSarif(report);
        validate(text, QStringLiteral("private.sarif"));
        QVERIFY(!text.contains("/home/alice"));
        QVERIFY(!text.contains("file:"));
        const json sarif = json::parse(text.toStdString());
        verifyConsistent(sarif, report);
        // The folder's name alone still makes the category.
        QCOMPARE(q(sarif["runs"][0]["automationDetails"]["id"]), QStringLiteral("sig2rtm/legacy-chat/"));

        RenderOptions options;
        options.absolutePaths = true;
        const QByteArray absolute = renderSarif(report, options);
        validate(absolute, QStringLiteral("absolute.sarif"));
        QVERIFY(absolute.contains("\"file:///home/alice/projects/legacy-chat/\""));
        verifyConsistent(json::parse(absolute.toStdString()), report, options);
    }

    void securityRuleHasItsOwnDescriptor()
    {
        Report report = handMadeReport();
        Finding trojan = makeFinding(QStringLiteral("F11"), hiddenCharactersRule(), QString(),
                                     QStringLiteral("web/admin\u202Egnp.js"), 7,
                                     QStringLiteral("if (isAdmin\u202E /* } */) {"), Effect::Review);
        trojan.column = 0; // the whole line
        trojan.length = 0;
        trojan.reason = Message::literal(QStringLiteral("Hidden in web/admin\u202Egnp.js: <U+202E>"));
        report.findings.push_back(trojan);
        Finding name = trojan;
        name.id = QStringLiteral("F12");
        name.line = 0;
        name.column = 0;
        name.length = 0;
        name.snippet.clear();
        report.findings.push_back(name);

        const QByteArray text = renderSarif(report);
        validate(text, QStringLiteral("security.sarif"));
        // The override is nowhere in the log as itself: escaped in texts, percent-encoded in URIs.
        QVERIFY(!QString::fromUtf8(text).contains(QChar(0x202E)));
        const json sarif = json::parse(text.toStdString());
        verifyConsistent(sarif, report);

        const json& rule = *ruleFor(sarif, hiddenCharactersRule());
        QCOMPARE(q(rule["name"]), QStringLiteral("SecurityHiddenCharacters"));
        QCOMPARE(q(rule["shortDescription"]["text"]),
                 QStringLiteral("A file name or source line holds hidden or control characters."));
        QVERIFY(q(rule["fullDescription"]["text"]).contains(QLatin1String("Trojan Source")));
        QCOMPARE(q(rule["defaultConfiguration"]["level"]), QStringLiteral("warning"));
        SIG2RTM_COMPARE_JSON(rule["properties"]["tags"], json::array({"security"}));
        QCOMPARE(q(rule["properties"]["security-severity"]), QStringLiteral("7.5"));
        QCOMPARE(q(rule["properties"]["problem.severity"]), QStringLiteral("warning"));
        QCOMPARE(q(rule["properties"]["category"]), QStringLiteral("security"));
        QVERIFY(q(rule["helpUri"]).startsWith(QLatin1String("https://")));

        // Its results are warnings (no row caps them), listed by default, located, and spoof nothing.
        for (const char* id : {"F11", "F12"}) {
            const json& result = *resultFor(sarif, QString::fromLatin1(id));
            QCOMPARE(q(result["level"]), QStringLiteral("warning"));
            QCOMPARE(q(result["message"]["text"]), QStringLiteral("Hidden in web/admin<U+202E>gnp.js: <U+202E>"));
            // The URI is the real name, percent-encoded.
            QCOMPARE(uriOf(result), QStringLiteral("web/admin%E2%80%AEgnp.js"));
            QCOMPARE(QUrl::fromPercentEncoding(uriOf(result).toUtf8()), trojan.file);
        }
        const json& line = (*resultFor(sarif, QStringLiteral("F11")))["locations"][0]["physicalLocation"]["region"];
        QCOMPARE(line["startLine"].get<int>(), 7);
        QCOMPARE(q(line["snippet"]["text"]), QStringLiteral("if (isAdmin<U+202E> /* } */) {"));
        SIG2RTM_COMPARE_JSON((*resultFor(sarif, QStringLiteral("F12")))["locations"][0]["physicalLocation"]["region"],
                             json({{"startLine", 1}}));

        // Even without a finding of it, and with presence notes off, the rule is described.
        QVERIFY(ruleFor(toSarif(handMadeReport()), hiddenCharactersRule()));
    }

    void scannedHiddenCharacters()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = QStringLiteral("/admin\u202Egnp.js");
        QVERIFY(writeText(dir.path() + name,
                          QStringLiteral("var signal = Signal(APP_ID);\nvar session = signal.login(uid, token);\n"
                                         "var presence = session.channelJoin('__agora_user_online'); // \u2067x\n")));
        const auto report = scanFolder(dir.path(), ReportLanguage::English);
        QVERIFY(report);
        const QByteArray text = renderSarif(*report);
        validate(text, QStringLiteral("trojan.sarif"));
        const json sarif = json::parse(text.toStdString());
        verifyConsistent(sarif, *report);
        int security = 0;
        for (const auto& result : sarif["runs"][0]["results"]) {
            if (q(result["ruleId"]) != hiddenCharactersRule()) {
                continue;
            }
            ++security;
            QCOMPARE(q(result["level"]), QStringLiteral("warning"));
            QVERIFY(q(result["message"]["text"]).contains(QLatin1String("<U+")));
        }
        QVERIFY(security > 0);
        // No bidi control reaches a text of the log; the URIs percent-encode them.
        const QString all = QString::fromUtf8(text);
        QVERIFY(!all.contains(QChar(0x202E)) && !all.contains(QChar(0x2067)));
    }

    void fingerprintsAreStable()
    {
        const Report report = handMadeReport();
        const json a = toSarif(report);
        Report later = report;
        later.generatedAt = later.generatedAt.addDays(3);
        later.findings[0].line += 10; // code moved down: same rule, file and line text
        const json b = toSarif(later);
        std::set<std::string> seen;
        for (std::size_t i = 0; i < report.findings.size(); ++i) {
            const auto& fa = a["runs"][0]["results"][i]["partialFingerprints"];
            const auto& fb = b["runs"][0]["results"][i]["partialFingerprints"];
            QVERIFY(fa == fb);
            seen.insert(fa.begin()->get<std::string>());
        }
        QCOMPARE(seen.size(), report.findings.size());
    }

    void skippedFilesBecomeNotifications()
    {
        const Report report = handMadeReport();
        const json sarif = toSarif(report);
        const auto& invocation = sarif["runs"][0]["invocations"][0];
        QVERIFY(invocation["executionSuccessful"].get<bool>());
        QCOMPARE(invocation["toolExecutionNotifications"].size(), report.skipped.size());
    }

    void baselineStatesOnEveryResult()
    {
        const auto report = progressReport();
        QVERIFY(report);
        const QByteArray bytes = renderSarif(*report);
        validate(bytes, QStringLiteral("baseline.sarif"));
        const json sarif = json::parse(bytes.toStdString());
        const auto& run = sarif["runs"][0];
        // SARIF 2.1.0 3.27.24: present on one result, present on all.
        int fresh = 0;
        int absent = 0;
        for (const auto& result : run["results"]) {
            QVERIFY(result.contains("baselineState"));
            const QString state = q(result["baselineState"]);
            if (state == QLatin1String("absent")) {
                ++absent;
                // A viewer that ignores baselineState shows it as resolved, not as a problem.
                QCOMPARE(q(result["kind"]), QStringLiteral("pass"));
                QCOMPARE(q(result["level"]), QStringLiteral("none"));
                QVERIFY(q(result["message"]["text"]).startsWith(QLatin1String("Gone since the previous report: ")));
                QCOMPARE(q(result["ruleId"]), q(run["tool"]["driver"]["rules"][result["ruleIndex"].get<int>()]["id"]));
                QCOMPARE(q(result["partialFingerprints"]["sig2rtm/v2"]).size(), 32);
            } else {
                QVERIFY(state == QLatin1String("new") || state == QLatin1String("unchanged"));
                fresh += state == QLatin1String("new") ? 1 : 0;
            }
        }
        QCOMPARE(fresh, 2);
        QCOMPARE(absent, 2);
        // SDK-presence notes are left out by default, here as everywhere.
        const auto notes = std::count_if(report->findings.begin(), report->findings.end(), isPresenceNote);
        QVERIFY(notes > 0);
        QCOMPARE(run["results"].size(), report->findings.size() - std::size_t(notes) + 2);
        QCOMPARE(run["properties"]["baseline"]["findings"]["fixed"].get<int>(), 2);
        QCOMPARE(q(run["properties"]["baseline"]["file"]), QStringLiteral("reports/v1.json"));
        // Absent results have regions and both fingerprints too.
        for (const auto& result : run["results"]) {
            QVERIFY(result["locations"][0]["physicalLocation"]["region"]["startLine"].get<int>() >= 1);
            QVERIFY(result["partialFingerprints"].contains("primaryLocationLineHash"));
        }

        // A baseline named by its absolute path shows its file name only, unless absolute paths are asked for.
        Report named = *report;
        named.baseline->file = QStringLiteral("/home/alice/reports/v1.json");
        QCOMPARE(q(toSarif(named)["runs"][0]["properties"]["baseline"]["file"]), QStringLiteral("v1.json"));
        RenderOptions absolute;
        absolute.absolutePaths = true;
        QCOMPARE(q(toSarif(named, absolute)["runs"][0]["properties"]["baseline"]["file"]),
                 QStringLiteral("/home/alice/reports/v1.json"));

        // No baseline: no result has the property.
        Report plain = *report;
        plain.baseline.reset();
        const json without = toSarif(plain);
        for (const auto& result : without["runs"][0]["results"]) {
            QVERIFY(!result.contains("baselineState"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSarifWriter)
#include "tst_sarifwriter.moc"
