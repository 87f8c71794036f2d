// SPDX-License-Identifier: MIT
// A report compared with a previous one: new, fixed and unchanged findings and inventory uses, and the reading
// of saved reports that other people send (never a crash, always a located message).

#include "baseline.h"
#include "reportfixture.h"
#include "reportview.h"

#include <nlohmann/json.hpp>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sig2rtm;
using namespace sig2rtm::testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char* version)
{
    return QStringLiteral(SIG2RTM_TEST_DATA "/baseline/") + QString::fromLatin1(version);
}

/// A finding of rule at file:line with snippet, and its effect.
Finding finding(const char* rule, const char* file, int line, const char* snippet, Effect effect)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.row = QStringLiteral("special-features");
    f.file = QString::fromLatin1(file);
    f.line = line;
    f.snippet = QString::fromLatin1(snippet);
    f.effect = effect;
    f.reason = Message::literal(QStringLiteral("reason"));
    return f;
}

InventoryUse use(const char* api, const char* file, int line, const char* snippet)
{
    InventoryUse u;
    u.api = QString::fromLatin1(api);
    u.name = u.api;
    u.file = QString::fromLatin1(file);
    u.line = line;
    u.snippet = QString::fromLatin1(snippet);
    u.platform = QStringLiteral("web");
    return u;
}

PreviousFinding previousFinding(const Finding& f)
{
    PreviousFinding p;
    p.rule = f.rule;
    p.file = f.file;
    p.line = f.line;
    p.snippet = f.snippet;
    p.effect = f.effect;
    p.fingerprint = fingerprint(f);
    return p;
}

PreviousUse previousUse(const InventoryUse& u)
{
    PreviousUse p;
    p.api = u.api;
    p.name = u.name;
    p.file = u.file;
    p.line = u.line;
    p.snippet = u.snippet;
    p.fingerprint = fingerprint(u.api, u.snippet);
    return p;
}

QByteArray minimalReport(const QByteArray& members)
{
    return R"({"format": "sig2rtm-report/1", "generatedAt": "2025-03-14T09:30:00Z", )" + members + "}";
}

/// Reports write whole seconds.
QDateTime wholeSeconds(const QDateTime& time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), QTimeZone::utc());
}

QByteArray validMinimal()
{
    return minimalReport(R"("findings": [], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})");
}

} // namespace

class TestBaseline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void comparesTwoVersionsOfAFixture();
    void aReportComparedWithItselfIsUnchanged();
    void savedReportReadsBackAsWritten();
    void identicalUsesCountAsAMultiset();
    void blockingAndNotesAreMatchedApart();
    void jsonCarriesTheComparison();
    void aCancelledScanIsSaidToUndercount();
    void aReportThatDoesNotReadBackKeepsItsFigures();
    void olderReportsWithoutFingerprintsOrClientsCompare();
    void badReports_data();
    void badReports();
    void badFiles();
    void everyTruncationIsALocatedError();
    void aBrokenReportStopsAfterTwentyProblems();

private:
    QTemporaryDir m_dir;
    std::optional<Report> m_v1;
    std::optional<Report> m_v2;
};

void TestBaseline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_v1 = scanFolder(fixture("v1"), ReportLanguage::English);
    m_v2 = scanFolder(fixture("v2"), ReportLanguage::English);
    QVERIFY(m_v1 && m_v2);
}

void TestBaseline::comparesTwoVersionsOfAFixture()
{
    // v2 removes the presence channel (a blocking finding, two uses), sends the receipt as a string (a blocking
    // finding and a use gone, a note and a use new), adds a peer message (a finding to review and a use), drops
    // the Android leave() (a use), and inserts three lines at the top of chat.js: what stays is unchanged.
    const QString path = m_dir.filePath(QStringLiteral("v1.json"));
    QVERIFY(writeText(path, QString::fromUtf8(toJsonText(*m_v1))));
    Diagnostics problems;
    const auto previous = PreviousReport::loadFile(path, &problems);
    QVERIFY2(previous, qPrintable(toString(problems)));

    const BaselineComparison c = compareWithBaseline(*m_v2, *previous);
    QCOMPARE(c.file, path);
    QCOMPARE(c.previousGeneratedAt, wholeSeconds(m_v1->generatedAt));
    QCOMPARE(c.findings, (BaselineCounts{1, 2, 4}));
    QCOMPARE(c.notes, (BaselineCounts{1, 0, 4}));
    QCOMPARE(c.uses, (BaselineCounts{2, 4, 14}));
    QCOMPARE(c.previousTotals, (ProgressTotals{18, 53}));
    QCOMPARE(c.previousWork, 6);

    // previous = fixed + unchanged, current = new + unchanged.
    const auto work = [](const auto& findings) {
        return static_cast<int>(
            std::count_if(findings.begin(), findings.end(), [](const auto& f) { return isWork(f.effect); }));
    };
    QCOMPARE(work(previous->findings), c.findings.fixed + c.findings.unchanged);
    QCOMPARE(work(m_v2->findings), c.findings.added + c.findings.unchanged);
    QCOMPARE(static_cast<int>(previous->uses.size()), c.uses.fixed + c.uses.unchanged);
    QCOMPARE(static_cast<int>(m_v2->inventory.size()), c.uses.added + c.uses.unchanged);

    QStringList added;
    for (std::size_t i = 0; i < m_v2->findings.size(); ++i) {
        const Finding& f = m_v2->findings[i];
        if (c.findingState(i) == BaselineState::New) {
            added << f.snippet;
        }
        // The factory call moved from line 4 to line 7: still the same finding.
        if (f.rule == QLatin1String("sdk.web.factory")) {
            QCOMPARE(f.line, 7);
            QVERIFY(c.findingState(i) == BaselineState::Unchanged);
        }
    }
    added.sort();
    QCOMPARE(added,
             (QStringList{QStringLiteral("channel.messageChannelSend(JSON.stringify({ type: 'read', id: id }));"),
                          QStringLiteral("session.messageInstantSend(peer, text);")}));

    QStringList fixed;
    for (const auto& f : c.fixedFindings) {
        fixed << QStringLiteral("%1@%2:%3").arg(f.rule, f.file).arg(f.line);
        QVERIFY(!f.reason.isEmpty());
        QVERIFY(!f.id.isEmpty());
    }
    QCOMPARE(fixed, (QStringList{QStringLiteral("special.channel@web/js/chat.js:19"),
                                 QStringLiteral("web.message-argument@web/js/chat.js:31")}));

    QStringList removed;
    for (const auto& u : c.fixedUses) {
        removed << u.name;
        QVERIFY(!u.function.isEmpty());
    }
    removed.sort();
    QCOMPARE(removed, (QStringList{QStringLiteral("__agora_user_online"), QStringLiteral("channelJoin"),
                                   QStringLiteral("channelLeave"), QStringLiteral("messageChannelSend")}));
    QStringList addedUses;
    for (std::size_t i = 0; i < m_v2->inventory.size(); ++i) {
        if (c.useState(i) == BaselineState::New) {
            addedUses << m_v2->inventory[i].name;
        }
    }
    addedUses.sort();
    QCOMPARE(addedUses, (QStringList{QStringLiteral("messageChannelSend"), QStringLiteral("messageInstantSend")}));
}

void TestBaseline::aReportComparedWithItselfIsUnchanged()
{
    const BaselineComparison c = compareWithBaseline(*m_v2, PreviousReport::fromReport(*m_v2));
    QCOMPARE(c.findings.added + c.findings.fixed + c.notes.added + c.notes.fixed, 0);
    QCOMPARE(c.uses, (BaselineCounts{0, 0, static_cast<int>(m_v2->inventory.size())}));
    QVERIFY(c.fixedFindings.empty() && c.fixedUses.empty());
}

void TestBaseline::savedReportReadsBackAsWritten()
{
    const PreviousReport read = PreviousReport::fromReport(*m_v1);
    QCOMPARE(read.generatedAt, wholeSeconds(m_v1->generatedAt));
    QCOMPARE(read.findings.size(), m_v1->findings.size());
    for (std::size_t i = 0; i < read.findings.size(); ++i) {
        const auto& r = read.findings[i];
        const auto& f = m_v1->findings[i];
        QCOMPARE(r.fingerprint, fingerprint(f));
        QCOMPARE(r.id, f.id);
        QCOMPARE(r.line, f.line);
        QVERIFY(r.effect == f.effect);
        QVERIFY(r.context == f.context);
        QCOMPARE(r.row, f.row);
        QCOMPARE(r.reason, m_v1->render(f.reason));
    }
    QCOMPARE(read.uses.size(), m_v1->inventory.size());
    const InventoryView inventory = inventoryView(*m_v1);
    QCOMPARE(read.totals, (ProgressTotals{inventory.uses, inventory.points}));
    QVERIFY(read.partial == m_v1->partial);
}

void TestBaseline::identicalUsesCountAsAMultiset()
{
    // Two identical calls in one file are two calls: removing one of them is one fixed, not none.
    Report current;
    current.inventory = {use("login", "a.js", 3, "s.login(u, t);"), use("login", "a.js", 9, "s.login(u, t);")};
    PreviousReport previous;
    previous.uses = {previousUse(current.inventory[0])};
    BaselineComparison c = compareWithBaseline(current, previous);
    QCOMPARE(c.uses, (BaselineCounts{1, 0, 1}));
    QVERIFY(c.useState(0) == BaselineState::Unchanged);
    QVERIFY(c.useState(1) == BaselineState::New);

    previous.uses = {previousUse(current.inventory[0]), previousUse(current.inventory[1]),
                     previousUse(current.inventory[0])};
    current.inventory.pop_back();
    c = compareWithBaseline(current, previous);
    QCOMPARE(c.uses, (BaselineCounts{0, 2, 1}));
    QCOMPARE(c.fixedUses.size(), std::size_t(2));
    QCOMPARE(c.fixedUses[0].line, 9); // the first unmatched ones, in the previous report's order

    // White space inside the line does not make a use new; a different line does.
    current.inventory = {use("login", "a.js", 40, "s.login( u,   t );"), use("login", "b.js", 3, "s.login(u, t);")};
    previous.uses = {previousUse(use("login", "a.js", 3, "s.login( u, t );"))};
    c = compareWithBaseline(current, previous);
    QVERIFY(c.useState(0) == BaselineState::Unchanged);
    QVERIFY(c.useState(1) == BaselineState::New);
}

void TestBaseline::blockingAndNotesAreMatchedApart()
{
    // A suppressed finding becomes a note: the blocking one is fixed, the note is new.
    Report current;
    current.findings = {finding("special.channel", "a.js", 5, "join('__x');", Effect::Note),
                        finding("special.invoke", "a.js", 9, "invoke('y');", Effect::Review)};
    PreviousReport previous;
    previous.findings = {previousFinding(finding("special.channel", "a.js", 5, "join('__x');", Effect::Fail)),
                         previousFinding(finding("special.invoke", "a.js", 2, "invoke('y');", Effect::Fail)),
                         previousFinding(finding("sdk.web.comment", "a.js", 1, "// sdk", Effect::Note))};
    const BaselineComparison c = compareWithBaseline(current, previous);
    QCOMPARE(c.findings, (BaselineCounts{0, 1, 1})); // fail -> review is still work: unchanged
    QCOMPARE(c.notes, (BaselineCounts{1, 1, 0}));
    QVERIFY(c.findingState(0) == BaselineState::New);
    QVERIFY(c.findingState(1) == BaselineState::Unchanged);
    QCOMPARE(c.fixedFindings.size(), std::size_t(2));
    QCOMPARE(c.previousWork, 2);
}

void TestBaseline::jsonCarriesTheComparison()
{
    Report report = *m_v2;
    const auto plain = toJson(report);
    QVERIFY(!plain.contains("baseline"));
    QVERIFY(!plain["findings"][0].contains("baselineState"));

    report.baseline = compareWithBaseline(report, PreviousReport::fromReport(*m_v1));
    report.baseline->file = QStringLiteral("reports/v1.json");
    const auto json = toJson(report);
    const auto& b = json["baseline"];
    QCOMPARE(b["file"].get<std::string>(), std::string("reports/v1.json"));
    QCOMPARE(b["generatedAt"].get<std::string>(), m_v1->generatedAt.toUTC().toString(Qt::ISODate).toStdString());
    QCOMPARE(b["findings"].dump(), std::string(R"({"new":1,"fixed":2,"unchanged":4})"));
    QCOMPARE(b["notes"].dump(), std::string(R"({"new":1,"fixed":0,"unchanged":4})"));
    QCOMPARE(b["uses"].dump(), std::string(R"({"new":2,"fixed":4,"unchanged":14})"));
    QCOMPARE(b["fixedFindings"].size(), std::size_t(2));
    QCOMPARE(b["fixedUses"].size(), std::size_t(4));
    QCOMPARE(b["fixedFindings"][0]["rule"].get<std::string>(), std::string("special.channel"));
    QCOMPARE(b["fixedFindings"][0]["fingerprint"].get<std::string>().size(), std::size_t(32));

    int newFindings = 0;
    for (const auto& f : json["findings"]) {
        const auto state = f.at("baselineState").get<std::string>();
        QVERIFY(state == "new" || state == "unchanged");
        newFindings += state == "new" ? 1 : 0;
    }
    QCOMPARE(newFindings, 2);
    int newUses = 0;
    int uses = 0;
    for (const auto& api : json["inventory"]["apis"]) {
        for (const auto& u : api["uses"]) {
            ++uses;
            newUses += u.at("baselineState").get<std::string>() == "new" ? 1 : 0;
        }
    }
    QCOMPARE(uses, 16);
    QCOMPARE(newUses, 2);
}

void TestBaseline::aCancelledScanIsSaidToUndercount()
{
    // A cancelled scan misses uses: against it, what it did not reach looks fixed. The report says so.
    Report report = *m_v2;
    report.baseline = compareWithBaseline(report, PreviousReport::fromReport(*m_v1));
    QVERIFY(!ReportView::build(report).progress->baselineIntro.contains(QLatin1String("cancelled")));
    report.partial = true;
    QVERIFY2(ReportView::build(report).progress->baselineIntro.contains(QLatin1String("This scan was cancelled")),
             qPrintable(ReportView::build(report).progress->baselineIntro));
    report.partial = false;
    PreviousReport previous = PreviousReport::fromReport(*m_v1);
    previous.partial = true;
    report.baseline = compareWithBaseline(report, previous);
    QVERIFY(report.baseline->previousPartial);
    QVERIFY(
        ReportView::build(report).progress->baselineIntro.contains(QLatin1String("The previous scan was cancelled")));
}

void TestBaseline::aReportThatDoesNotReadBackKeepsItsFigures()
{
    // Without a catalog the JSON has no inventory and does not read back; the figures still come from the model
    // (a burn-down must never end on a zero that means "done").
    Report report = *m_v2;
    const auto expected = PreviousReport::fromReport(report).totals;
    QVERIFY(expected.uses > 0);
    report.generatedAt = QDateTime(); // "generatedAt" then fails to read back
    const auto fallback = PreviousReport::fromReport(report);
    QCOMPARE(fallback.totals, expected);
    QCOMPARE(fallback.clients.size(), report.clients.size());
}

void TestBaseline::olderReportsWithoutFingerprintsOrClientsCompare()
{
    // Reports written before fingerprints and clients existed: the fingerprint is recomputed from rule, file
    // and snippet, so they compare exactly like new ones.
    auto json = toJson(*m_v1);
    json.erase("clients");
    for (auto& f : json["findings"]) {
        f.erase("fingerprint");
        f.erase("client");
    }
    for (auto& api : json["inventory"]["apis"]) {
        for (auto& u : api["uses"]) {
            u.erase("fingerprint");
            u.erase("client");
        }
    }
    Diagnostics problems;
    const auto old =
        PreviousReport::load(QByteArray::fromStdString(json.dump()), QStringLiteral("old.json"), &problems);
    QVERIFY2(old, qPrintable(toString(problems)));
    QVERIFY(old->clients.empty());
    const BaselineComparison c = compareWithBaseline(*m_v2, *old);
    QCOMPARE(c.findings, (BaselineCounts{1, 2, 4}));
    QCOMPARE(c.uses, (BaselineCounts{2, 4, 14}));
}

void TestBaseline::badReports_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");   // 0: any
    QTest::addColumn<int>("column"); // 0: any
    QTest::addColumn<QString>("says");

    QTest::newRow("empty") << QByteArray() << 1 << 1 << u"invalid JSON"_s;
    QTest::newRow("not JSON") << QByteArray("hello, world") << 1 << 1 << u"invalid JSON"_s;
    QTest::newRow("1e999") << QByteArray("{\"format\": \"sig2rtm-report/1\",\n  \"generatedAt\": 1e999}") << 2 << 18
                           << u"too large"_s;
    QTest::newRow("-1e400 in a finding") << minimalReport(R"("findings": [{"line": -1e400}], "inventory": {})") << 1
                                         << 0 << u"too large"_s;
    QTest::newRow("invalid UTF-8") << minimalReport("\"project\": {\"name\": \"\xff\xfe\"}") << 1 << 0
                                   << u"invalid JSON"_s;
    QTest::newRow("too deep") << QByteArray(300, '[') + QByteArray(300, ']') << 1 << 257
                              << u"nested"_s; // the bracket one level too deep
    QTest::newRow("array") << QByteArray("[1, 2]") << 1 << 1 << u"expected an object"_s;
    QTest::newRow("null") << QByteArray("null") << 1 << 1 << u"expected an object"_s;
    QTest::newRow("no format: SARIF") << QByteArray(R"({"version": "2.1.0", "runs": []})") << 1 << 1
                                      << u"not a sig2rtm report"_s;
    QTest::newRow("format not a string") << QByteArray(R"({"format": 1})") << 1 << 1 << u"not a sig2rtm report"_s;
    QTest::newRow("project description") << QByteArray("{\n  \"format\": \"sig2rtm-project/1\",\n  \"name\": \"x\"\n}")
                                         << 2 << 13 << u"format \"sig2rtm-project/1\""_s;
    QTest::newRow("a later report format")
        << QByteArray(R"({"format": "sig2rtm-report/2"})") << 1 << 12 << u"expected \"sig2rtm-report/1\""_s;
    QTest::newRow("no date") << QByteArray(R"({"format": "sig2rtm-report/1", "findings": []})") << 1 << 1
                             << u"generatedAt"_s;
    QTest::newRow("bad date") << QByteArray("{\"format\": \"sig2rtm-report/1\",\n\"generatedAt\": \"yesterday\"}") << 2
                              << 16 << u"not a date and time"_s;
    QTest::newRow("findings not an array")
        << minimalReport(R"("findings": {}, "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})") << 1
        << 0 << u"expected an array"_s;
    QTest::newRow("line is a string")
        << minimalReport(R"("findings": [{"rule": "r", "file": "f", "snippet": "s", "line": "7", "effect": "fail", )"
                         R"("context": "code"}], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})")
        << 1 << 0 << u"expected an integer"_s;
    QTest::newRow("line is fractional")
        << minimalReport(R"("findings": [{"rule": "r", "file": "f", "snippet": "s", "line": 7.5, "effect": "fail", )"
                         R"("context": "code"}], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})")
        << 1 << 0 << u"expected an integer"_s;
    QTest::newRow("line is huge")
        << minimalReport(R"("findings": [{"rule": "r", "file": "f", "snippet": "s", "line": 99999999999999999999, )"
                         R"("effect": "fail", "context": "code"}], "inventory": {"summary": {"uses": 0, )"
                         R"("effortPoints": 0}, "apis": []})")
        << 1 << 0 << u"expected an integer"_s;
    QTest::newRow("line is negative")
        << minimalReport(R"("findings": [{"rule": "r", "file": "f", "snippet": "s", "line": -3, "effect": "fail", )"
                         R"("context": "code"}], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})")
        << 1 << 0 << u"must be between"_s;
    QTest::newRow("unknown effect")
        << minimalReport(R"("findings": [{"rule": "r", "file": "f", "snippet": "s", "line": 1, "effect": "boom", )"
                         R"("context": "code"}], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})")
        << 1 << 0 << u"unknown value \"boom\""_s;
    QTest::newRow("finding not an object")
        << minimalReport(R"("findings": [42], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []})")
        << 1 << 0 << u"expected an object"_s;
    QTest::newRow("no inventory") << minimalReport(R"("findings": [])") << 1 << 1 << u"no migration inventory"_s;
    QTest::newRow("uses not an array")
        << minimalReport(R"("findings": [], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, )"
                         R"("apis": [{"id": "login", "uses": "many"}]})")
        << 1 << 0 << u"expected an array"_s;
    QTest::newRow("client without inventory")
        << minimalReport(R"("findings": [], "inventory": {"summary": {"uses": 0, "effortPoints": 0}, "apis": []}, )"
                         R"("clients": [{"id": "web"}])")
        << 1 << 0 << u"missing required key \"inventory\""_s;
}

void TestBaseline::badReports()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    Diagnostics problems;
    const auto report = PreviousReport::load(text, QStringLiteral("sent.json"), &problems);
    QVERIFY(!report);
    QVERIFY(!problems.isEmpty());
    const Diagnostic& first = problems.front();
    QCOMPARE(first.file, QStringLiteral("sent.json"));
    QVERIFY2(first.message.contains(says), qPrintable(first.toString()));
    if (line > 0) {
        QCOMPARE(first.line, line);
    }
    if (column > 0) {
        QCOMPARE(first.column, column);
    }
    QVERIFY(first.toString().startsWith(QStringLiteral("sent.json:")));

    // The same without a syntax problem at the start of the text is reported where it is.
    QVERIFY(PreviousReport::load(validMinimal(), QStringLiteral("ok.json"), nullptr));
}

void TestBaseline::badFiles()
{
    Diagnostics problems;
    QVERIFY(!PreviousReport::loadFile(m_dir.filePath(QStringLiteral("missing.json")), &problems));
    QVERIFY(problems.back().message.contains(QLatin1String("no such file")));

    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.json")));
    QVERIFY(!PreviousReport::loadFile(m_dir.filePath(QStringLiteral("folder.json")), &problems));
    QVERIFY(problems.back().message.contains(QLatin1String("is a folder")));
    QCOMPARE(problems.back().file, m_dir.filePath(QStringLiteral("folder.json")));

#ifdef Q_OS_UNIX
    // A FIFO would block a reader forever: it is refused without being opened.
    const QString fifo = m_dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!PreviousReport::loadFile(fifo, &problems));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(problems.back().message.contains(QLatin1String("not a regular file")));
#endif

    const QString big = m_dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeText(big, QString(200, u' ') + QString::fromUtf8(validMinimal())));
    QVERIFY(!readUntrustedFile(big, 100, &problems));
    QVERIFY(problems.back().message.contains(QLatin1String("at most")));
    QVERIFY(readUntrustedFile(big, PreviousReport::kMaxBytes, &problems));
    QVERIFY(PreviousReport::loadFile(big, &problems));
}

void TestBaseline::everyTruncationIsALocatedError()
{
    // A report cut anywhere (a download that stopped) is an error with a place, never a crash or a half report.
    const QByteArray text = toJsonText(*m_v1);
    for (qsizetype cut = 0; cut < text.size() - 2; cut += 97) {
        Diagnostics problems;
        const auto report = PreviousReport::load(text.left(cut), QStringLiteral("cut.json"), &problems);
        QVERIFY2(!report, qPrintable(QString::number(cut)));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.front().line >= 1);
    }
}

void TestBaseline::aBrokenReportStopsAfterTwentyProblems()
{
    QByteArray findings = "[";
    for (int i = 0; i < 5000; ++i) {
        findings += (i > 0 ? "," : "") + QByteArray(R"({"rule": 1, "file": 2, "snippet": 3, "line": "x"})");
    }
    findings += "]";
    Diagnostics problems;
    QVERIFY(!PreviousReport::load(minimalReport("\"findings\": " + findings + R"(, "inventory": {})"),
                                  QStringLiteral("broken.json"), &problems));
    QCOMPARE(problems.size(), 21);
    QVERIFY(problems.back().message.contains(QLatin1String("first 20")));
}

QTEST_GUILESS_MAIN(TestBaseline)
#include "tst_baseline.moc"
