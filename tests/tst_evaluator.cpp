// SPDX-License-Identifier: MIT
// The evaluator: declared facts and scan evidence -> the five rows and the verdict.

#include "assessment.h"
#include "evaluator.h"

#include <QRegularExpression>
#include <QTest>

using namespace sig2rtm;

namespace {

ProjectDescription describe(const QByteArray& clients, const QByteArray& extra = {})
{
    const QByteArray text =
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"Team app\", \"clients\": " + clients + extra + "}";
    Diagnostics diagnostics;
    auto d = ProjectDescription::load(text, QStringLiteral("project.json"), {}, &diagnostics);
    if (!d) {
        qWarning().noquote() << toString(diagnostics);
        return {};
    }
    return *d;
}

QString statuses(const Report& report)
{
    QStringList parts;
    for (const auto& row : report.rows) {
        parts << toString(row.status);
    }
    return parts.join(u' ');
}

Finding scanned(const QString& rule, const QString& row, const QString& file, int line, Effect effect)
{
    Finding f;
    f.rule = rule;
    f.row = row;
    f.file = file;
    f.line = line;
    f.column = 1;
    f.snippet = QStringLiteral("x");
    f.effect = effect;
    f.reason = Message::literal(QStringLiteral("because"));
    return f;
}

Finding presence(const QString& platform, const QString& version, const QString& file)
{
    Finding f = scanned(QStringLiteral("sdk.test"), {}, file, 1, Effect::Note);
    f.sdk = SdkKind::Signaling;
    f.platform = platform;
    f.version = version;
    if (version.isEmpty()) {
        f.versionMissing = Message::literal(QStringLiteral("no version string"));
    }
    return f;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void declared_data();
    void declared();
    void acceptanceExample();
    void versionsAndUnknownVersions();
    void scanEvidenceDecidesRows();
    void suppressionsKeepEvidenceAsNotes();
    void findingsAreOrderedAndNumbered();
    void chineseReport();
    void supportRequestNamesTheRowsThatNeedIt();
};

void TestEvaluator::declared_data()
{
    QTest::addColumn<QByteArray>("clients");
    QTest::addColumn<QString>("rows"); // special-features sdk-version mini-program web-non-string-message pstn
    QTest::addColumn<QString>("verdict");

    QTest::newRow("no clients") << QByteArray("[]") << "pass pass pass pass pass" << "no-signaling";
    QTest::newRow("rtm only") << QByteArray(R"([{"platform": "web", "sdk": "rtm"}])") << "pass pass pass pass pass"
                              << "no-signaling";
    QTest::newRow("web 1.2.1 strings")
        << QByteArray(R"([{"platform": "web", "sdkVersion": "1.2.1", "messageTypes": ["string"]}])")
        << "pass pass pass pass pass" << "compatible";
    QTest::newRow("exactly 1.1") << QByteArray(R"([{"platform": "android", "sdkVersion": "1.1"}])")
                                 << "pass pass pass pass pass" << "compatible";
    QTest::newRow("1.0.9.99") << QByteArray(R"([{"platform": "ios", "sdkVersion": "1.0.9.99"}])")
                              << "pass fail pass pass pass" << "incompatible";
    QTest::newRow("unknown version") << QByteArray(R"([{"platform": "android"}])") << "pass review pass pass pass"
                                     << "needs-review";
    QTest::newRow("explicit unknown") << QByteArray(R"([{"platform": "java-server", "sdkVersion": "unknown"}])")
                                      << "pass review pass pass pass" << "needs-review";
    QTest::newRow("special channels")
        << QByteArray(R"([{"platform": "web", "sdkVersion": "1.4.0", "features": ["special-channels"]}])")
        << "fail pass pass pass pass" << "incompatible";
    QTest::newRow("set background")
        << QByteArray(R"([{"platform": "ios", "sdkVersion": "1.3.3", "features": ["set-background"]}])")
        << "fail pass pass pass pass" << "incompatible";
    QTest::newRow("special invoke and attributes")
        << QByteArray(
               R"([{"platform": "linux", "sdkVersion": "1.2.0", "features": ["special-invoke", "special-attributes"]}])")
        << "fail pass pass pass pass" << "incompatible";
    QTest::newRow("mini program") << QByteArray(R"([{"platform": "mini-program", "sdkVersion": "1.4.0"}])")
                                  << "pass pass fail pass pass" << "incompatible";
    QTest::newRow("rtm mini program") << QByteArray(R"([{"platform": "mini-program", "sdk": "rtm"}])")
                                      << "pass pass pass pass pass" << "no-signaling";
    QTest::newRow("web objects")
        << QByteArray(R"([{"platform": "web", "sdkVersion": "1.3.0", "messageTypes": ["string", "object"]}])")
        << "pass pass pass fail pass" << "incompatible";
    QTest::newRow("web numbers") << QByteArray(
                                        R"([{"platform": "web", "sdkVersion": "1.3.0", "messageTypes": ["number"]}])")
                                 << "pass pass pass fail pass" << "incompatible";
    QTest::newRow("web unknown messages")
        << QByteArray(R"([{"platform": "web", "sdkVersion": "1.3.0", "messageTypes": ["unknown"]}])")
        << "pass pass pass review pass" << "needs-review";
    QTest::newRow("pstn") << QByteArray(R"([{"platform": "android", "sdkVersion": "1.4.4", "features": ["pstn"]}])")
                          << "pass pass pass pass fail" << "incompatible";
    QTest::newRow("fail beats review") << QByteArray(R"([{"platform": "android", "features": ["pstn"]}])")
                                       << "pass review pass pass fail" << "incompatible";
    QTest::newRow("everything")
        << QByteArray(R"([{"platform": "mini-program", "sdkVersion": "1.0.0", "messageTypes": ["array"],
                          "features": ["special-channels", "pstn"]}])")
        << "fail fail fail fail fail" << "incompatible";
}

void TestEvaluator::declared()
{
    QFETCH(QByteArray, clients);
    QFETCH(QString, rows);
    QFETCH(QString, verdict);
    const ProjectDescription d = describe(clients);
    QVERIFY(!d.name.isEmpty());
    const Report report = assessDescription(d, nullptr, ReportLanguage::English);
    QCOMPARE(statuses(report), rows);
    QCOMPARE(toString(report.verdict), verdict);
    QCOMPARE(report.projectName, QStringLiteral("Team app"));
    for (const auto& row : report.rows) {
        QVERIFY2(!report.render(row.summary).isEmpty(), qPrintable(row.id));
        // Every non-pass mark is backed by a finding that points at the description.
        if (row.status != RowStatus::Pass) {
            const auto findings = report.findingsOf(row);
            QVERIFY(!findings.empty());
            for (const auto* f : findings) {
                QCOMPARE(f->file, QStringLiteral("project.json"));
                QVERIFY(f->line > 0);
                QVERIFY(f->context == Context::Declared);
            }
            QVERIFY(!report.remediationKinds(row).isEmpty());
        } else {
            QVERIFY(report.remediationKinds(row).isEmpty());
        }
    }
}

void TestEvaluator::acceptanceExample()
{
    const ProjectDescription d = describe(R"([{"platform": "android", "sdkVersion": "1.4.4", "features": ["pstn"]},
                      {"platform": "web", "sdkVersion": "1.0.5", "messageTypes": ["string"]}])");
    const Report report = assessDescription(d, nullptr, ReportLanguage::English);
    QCOMPARE(statuses(report), QStringLiteral("pass fail pass pass fail"));
    QCOMPARE(toString(report.verdict), QStringLiteral("incompatible"));
    QVERIFY(report.signalingDetected);
    QCOMPARE(report.sdk.size(), std::size_t(2));
    QCOMPARE(report.row(QStringLiteral("sdk-version"))->failCount, 1);
    QCOMPARE(report.remediationKinds(*report.row(QStringLiteral("pstn"))),
             QStringList{QStringLiteral("no-equivalent")});
    QCOMPARE(report.remediationKinds(*report.row(QStringLiteral("sdk-version"))),
             (QStringList{QStringLiteral("upgrade-sdk"), QStringLiteral("contact-support")}));
}

void TestEvaluator::versionsAndUnknownVersions()
{
    EvaluationInput input;
    input.catalog = Catalog::builtin();
    input.findings = {presence(QStringLiteral("web"), QStringLiteral("1.2.1"), QStringLiteral("index.html")),
                      presence(QStringLiteral("web"), {}, QStringLiteral("app.js")),
                      presence(QStringLiteral("android"), {}, QStringLiteral("app/libs/agora-sig-sdk.jar"))};
    const Report report = evaluate(std::move(input));
    // web has a version (the versionless evidence joins it); android has none: review, saying why.
    QCOMPARE(report.sdk.size(), std::size_t(2));
    const auto& android = report.sdk[0];
    QCOMPARE(android.platform, QStringLiteral("android"));
    QVERIFY(!android.version);
    QCOMPARE(report.render(android.missing), QStringLiteral("no version string"));
    const auto& web = report.sdk[1];
    QCOMPARE(web.version.value_or(QString()), QStringLiteral("1.2.1"));
    QCOMPARE(web.findingIds.size(), 2);
    const auto* row = report.row(QStringLiteral("sdk-version"));
    QCOMPARE(toString(row->status), QStringLiteral("review"));
    QVERIFY2(report.render(row->summary).contains(QLatin1String("Android (no version string)")),
             qPrintable(report.render(row->summary)));
    QCOMPARE(toString(report.verdict), QStringLiteral("needs-review"));
}

void TestEvaluator::scanEvidenceDecidesRows()
{
    EvaluationInput input;
    input.catalog = Catalog::builtin();
    input.findings = {
        presence(QStringLiteral("web"), QStringLiteral("1.3.0"), QStringLiteral("a.js")),
        scanned(QStringLiteral("special.channel"), QStringLiteral("special-features"), QStringLiteral("b.js"), 4,
                Effect::Review),
        scanned(QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("c.js"), 9, Effect::Note)};
    const Report report = evaluate(std::move(input));
    QCOMPARE(statuses(report), QStringLiteral("review pass pass pass pass"));
    QCOMPARE(toString(report.verdict), QStringLiteral("needs-review"));
    QCOMPARE(report.row(QStringLiteral("pstn"))->noteCount, 1);
    QVERIFY(report.render(report.row(QStringLiteral("special-features"))->summary).contains(QLatin1String("b.js:4")));
}

void TestEvaluator::suppressionsKeepEvidenceAsNotes()
{
    const ProjectDescription d = describe(
        "[]",
        R"(, "suppressions": [{"rule": "pstn.call", "file": "src/**/*.java", "reason": "dead code, removed in 2.0"}])");
    EvaluationInput input;
    input.catalog = Catalog::builtin();
    input.description = &d;
    input.descriptionFile = QStringLiteral("project.json");
    input.findings = {presence(QStringLiteral("android"), QStringLiteral("1.4.4"), QStringLiteral("x.java")),
                      scanned(QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("src/a/Dialer.java"),
                              3, Effect::Fail),
                      scanned(QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("other/Dialer.java"),
                              3, Effect::Fail)};
    const Report report = evaluate(std::move(input));
    const auto* pstn = report.row(QStringLiteral("pstn"));
    QCOMPARE(pstn->failCount, 1);
    QCOMPARE(pstn->noteCount, 1);
    const auto* suppressed = report.finding(pstn->findingIds.first());
    QCOMPARE(suppressed->file, QStringLiteral("other/Dialer.java"));
    const auto* note = report.finding(pstn->findingIds.last());
    QVERIFY(report.render(note->reason).startsWith(QLatin1String("Suppressed (dead code, removed in 2.0)")));
}

void TestEvaluator::findingsAreOrderedAndNumbered()
{
    EvaluationInput input;
    input.catalog = Catalog::builtin();
    input.findings = {
        scanned(QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("b.js"), 2, Effect::Fail),
        scanned(QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("a.js"), 9, Effect::Fail),
        scanned(QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("a.js"), 3, Effect::Fail)};
    const Report report = evaluate(std::move(input));
    QCOMPARE(report.findings[0].file + u':' + QString::number(report.findings[0].line), QStringLiteral("a.js:3"));
    QCOMPARE(report.findings[2].file, QStringLiteral("b.js"));
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        QCOMPARE(report.findings[i].id, QStringLiteral("F%1").arg(i + 1));
        QCOMPARE(report.finding(report.findings[i].id), &report.findings[i]);
    }
    QCOMPARE(report.row(QStringLiteral("pstn"))->findingIds,
             (QStringList{QStringLiteral("F1"), QStringLiteral("F2"), QStringLiteral("F3")}));
}

void TestEvaluator::chineseReport()
{
    const ProjectDescription d = describe(R"([{"platform": "android", "features": ["pstn"]}])");
    const Report report = assessDescription(d, nullptr, ReportLanguage::Chinese);
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const auto& row : report.rows) {
        QVERIFY2(cjk.match(report.render(row.summary)).hasMatch(), qPrintable(report.render(row.summary)));
    }
    for (const auto& f : report.findings) {
        QVERIFY2(cjk.match(report.render(f.reason)).hasMatch(), qPrintable(report.render(f.reason)));
    }
    const QString request = report.supportRequest();
    QVERIFY2(request.contains(QStringLiteral("声网技术支持")), qPrintable(request));
    QVERIFY(request.contains(QStringLiteral("信令 SDK 版本号过低")));
}

void TestEvaluator::supportRequestNamesTheRowsThatNeedIt()
{
    const ProjectDescription d = describe(R"([{"platform": "web", "sdkVersion": "1.0.5", "messageTypes": ["object"],
                                               "features": ["pstn"]}])",
                                          R"(, "appId": "0123456789abcdef0123456789abcdef")");
    const Report report = assessDescription(d, nullptr, ReportLanguage::English);
    const QString text = report.supportRequest();
    QVERIFY(text.contains(QLatin1String("0123456789abcdef0123456789abcdef")));
    QVERIFY(text.contains(QLatin1String("Team app")));
    QVERIFY(text.contains(QLatin1String("Signaling SDK older than v1.1")));
    QVERIFY(text.contains(QLatin1String("Signaling Web SDK sends non-string messages")));
    // PSTN has no back-end switch: it must not be asked for.
    QVERIFY(!text.contains(QLatin1String("PSTN")));
    QVERIFY(
        report.supportRequest(QStringLiteral("feedfeedfeedfeedfeedfeedfeedfeed")).contains(QLatin1String("feedfeed")));
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
