// SPDX-License-Identifier: MIT
#include "reportfixture.h"
#include "sarifwriter.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <set>

using namespace sig2rtm;
using namespace sig2rtm::testing;
using nlohmann::json;

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
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
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

    void verifyConsistent(const json& sarif, const Report& report)
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
        }
        if (!report.root.isEmpty()) {
            const QString base = q(run["originalUriBaseIds"]["%SRCROOT%"]["uri"]);
            QVERIFY2(base.startsWith(QLatin1String("file:///")) && base.endsWith(u'/'), qPrintable(base));
            QCOMPARE(QUrl(base).toLocalFile(), QString(report.root + u'/'));
        }
        QCOMPARE(run["results"].size(), report.findings.size());
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
            QCOMPARE(location.contains("region"), f->line > 0);
            if (f->line > 0) {
                QCOMPARE(location["region"]["startLine"].get<int>(), f->line);
            }
            QVERIFY(result["partialFingerprints"].size() == 1);
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
                QCOMPARE(q(rule["helpUri"]), report.catalog->remediations().value(QStringLiteral("code-change")).url);
            }
            if (q(rule["id"]) == QLatin1String("special.channel")) {
                QCOMPARE(q(rule["helpUri"]),
                         report.catalog->remediations().value(QStringLiteral("rest-event-api")).url);
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
        QCOMPARE(f1["region"]["startLine"].get<int>(), 34);
        QCOMPARE(f1["region"]["startColumn"].get<int>(), 33);
        QCOMPARE(f1["region"]["endColumn"].get<int>(), 54);
        QCOMPARE(q(f1["region"]["snippet"]["text"]), QStringLiteral("'__agora_user_online'"));
        QCOMPARE(q(f1["contextRegion"]["snippet"]["text"]), report.findings[0].snippet);

        // Line 0 (a binary file): no region.
        const auto& f6 = (*resultFor(sarif, QStringLiteral("F6")))["locations"][0]["physicalLocation"];
        QVERIFY(!f6.contains("region"));

        // Hostile names are percent-encoded, relative, and decode back.
        const auto& f2 = (*resultFor(sarif, QStringLiteral("F2")))["locations"][0]["physicalLocation"];
        const QString uri = q(f2["artifactLocation"]["uri"]);
        QVERIFY(!uri.contains(u'<') && !uri.contains(u' ') && !uri.startsWith(u'/'));
        QCOMPARE(QUrl::fromPercentEncoding(uri.toUtf8()), report.findings[1].file);
        const auto& f4 = (*resultFor(sarif, QStringLiteral("F4")))["locations"][0]["physicalLocation"];
        QVERIFY(!q(f4["artifactLocation"]["uri"]).startsWith(QLatin1String("javascript:")));

        // The root has a space: the base URI is encoded and ends with a slash.
        QCOMPARE(q(sarif["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]),
                 QStringLiteral("file:///src/my%20project/"));
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
        QCOMPARE(run["results"].size(), report->findings.size() + 2);
        QCOMPARE(run["properties"]["baseline"]["findings"]["fixed"].get<int>(), 2);
        QCOMPARE(q(run["properties"]["baseline"]["file"]), QStringLiteral("reports/v1.json"));

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
