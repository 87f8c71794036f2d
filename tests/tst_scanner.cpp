// SPDX-License-Identifier: MIT
// The scanner against known answers: every fixture project under tests/data/projects (and the bundled
// sample) with its .expect.json, plus the tree walker's hard cases, cancellation and determinism.

#include "assessment.h"
#include "reportview.h"
#include "scanner.h"
#include "testsupport.h"

#include <mutex>
#include <nlohmann/json.hpp>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace sig2rtm;

namespace {

nlohmann::json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return nlohmann::json::parse(file.readAll().toStdString());
}

QString s(const nlohmann::json& value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

Report scanFolder(const QString& folder, int threads = 0)
{
    AssessmentRequest request;
    request.inputs = {folder};
    request.threads = threads;
    Diagnostics diagnostics;
    auto report = assess(request, nullptr, nullptr, &diagnostics);
    if (!report) {
        qWarning().noquote() << toString(diagnostics);
        return {};
    }
    return *report;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// A skip reason as the English report shows it.
QString english(const Message& message)
{
    return message.render(ReportLanguage::English, nullptr);
}

/// The skip entry of path in a ScanOutput or a Report, or nullptr.
template <typename Skips> const SkippedEntry* skippedAt(const Skips& out, const QString& path)
{
    for (const auto& e : out.skipped) {
        if (e.path == path) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyFixtureHasAnExpectation();
    void fixtures_data();
    void fixtures();
    void sampleFailsAllFiveRows();
    void skipsLoopsUnreadableAndHugeBinaries();
    void utf16WithoutByteOrderMarkIsText();
    void namesThatAreNotUtf8StayDistinctAndAreRead();
    void unreadableFolderIsListedWhenNotRoot();
    void defaultSkipsAreListedAndConfigurable();
    void vendoredSdkCountsAsInLib_data();
    void vendoredSdkCountsAsInLib();
    void dependencyFoldersReadOnlySdkFiles();
    void binariesThatAreNoSdkAreNeverRead();
    void importedModuleCorroboratesFactory_data();
    void importedModuleCorroboratesFactory();
    void excludeGlobs();
    void resultDoesNotDependOnThreads();
    void commentMentionIsTheFirstOne();
    void handlerThatOnlyLooksLikeLoggingIsUse();
    void cancelReturnsPartialQuickly();
    void streamsFindingsAndProgress();
    void neverWritesIntoTheScannedTree();
};

void TestScanner::everyFixtureHasAnExpectation()
{
    const QDir dir(QStringLiteral(SIG2RTM_TEST_DATA "/projects"));
    const auto folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const auto expectations = dir.entryList({QStringLiteral("*.expect.json")}, QDir::Files);
    QVERIFY2(folders.size() >= 25, "at least 25 fixture projects");
    for (const auto& f : folders) {
        QVERIFY2(expectations.contains(f + QStringLiteral(".expect.json")), qPrintable(f + u" has no .expect.json"));
    }
    for (const auto& e : expectations) {
        QVERIFY2(folders.contains(e.chopped(12)), qPrintable(e + u" has no fixture folder"));
    }
}

void TestScanner::fixtures_data()
{
    QTest::addColumn<QString>("folder");
    const QDir dir(QStringLiteral(SIG2RTM_TEST_DATA "/projects"));
    for (const auto& f : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    QTest::newRow("sample legacy-chat") << QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat");
}

void TestScanner::fixtures()
{
    QFETCH(QString, folder);
    const auto expect = readJson(folder + QStringLiteral(".expect.json"));
    QVERIFY2(expect.is_object(), "expectation file readable");
    const Report report = scanFolder(folder);
    QVERIFY(report.catalog);

    QCOMPARE(toString(report.verdict), s(expect["verdict"]));
    QCOMPARE(report.rows.size(), std::size_t(5));
    for (const auto& row : report.rows) {
        QVERIFY2(expect["rows"].contains(row.id.toStdString()), qPrintable(row.id));
        const QString want = s(expect["rows"][row.id.toStdString()]);
        QVERIFY2(toString(row.status) == want,
                 qPrintable(QStringLiteral("row %1: got %2, want %3 (%4)")
                                .arg(row.id, toString(row.status), want, report.render(row.summary))));
    }

    QStringList gotSdk;
    for (const auto& e : report.sdk) {
        gotSdk
            << QStringLiteral("%1/%2/%3").arg(toString(e.kind), e.platform, e.version.value_or(QStringLiteral("null")));
    }
    QStringList wantSdk;
    for (const auto& e : expect["sdk"]) {
        wantSdk << QStringLiteral("%1/%2/%3")
                       .arg(s(e["kind"]), s(e["platform"]),
                            e["version"].is_null() ? QStringLiteral("null") : s(e["version"]));
    }
    gotSdk.sort();
    wantSdk.sort();
    QCOMPARE(gotSdk, wantSdk);

    for (const auto& want : expect["findings"]) {
        const QString row = s(want["row"]);
        const QString file = s(want["file"]);
        const int line = want["line"].get<int>();
        const QString effect = want.contains("effect") ? s(want["effect"]) : QString();
        const QString context = want.contains("context") ? s(want["context"]) : QString();
        const QString confidence = want.contains("confidence") ? s(want["confidence"]) : QString();
        // Findings in binaries have no line: their version's byte offset says where.
        const qint64 offset = want.contains("offset") ? want["offset"].get<qint64>() : -2;
        const bool found = std::any_of(report.findings.begin(), report.findings.end(), [&](const Finding& f) {
            return f.row == row && f.file == file && f.line == line &&
                   (effect.isEmpty() || toString(f.effect) == effect) &&
                   (context.isEmpty() || toString(f.context) == context) &&
                   (confidence.isEmpty() || toString(f.confidence) == confidence) &&
                   (offset == -2 || f.offset == offset);
        });
        QVERIFY2(found,
                 qPrintable(QStringLiteral("missing %1 finding at %2:%3 (%4)").arg(row, file).arg(line).arg(effect)));
        // Every finding carries its evidence.
        for (const auto& f : report.findings) {
            if (f.file == file && f.line == line) {
                QVERIFY(!f.reason.isEmpty());
                QVERIFY(!f.snippet.isEmpty());
                QVERIFY(f.line == 0 || f.column > 0);
            }
        }
    }
    if (expect.contains("inventory")) {
        // The migration inventory: uses per legacy API, the RTM replacement on the platform, and effort.
        const auto& want = expect["inventory"];
        const auto json = toJson(report)["inventory"];
        for (const auto& key : {"uses", "apis", "noEquivalent", "effortPoints"}) {
            QVERIFY2(json["summary"][key] == want["summary"][key],
                     qPrintable(QStringLiteral("inventory %1: got %2")
                                    .arg(QLatin1String(key), QString::fromStdString(json["summary"].dump()))));
        }
        for (const auto& [id, entry] : want["apis"].items()) {
            const auto it =
                std::find_if(json["apis"].begin(), json["apis"].end(), [&](const auto& a) { return a["id"] == id; });
            QVERIFY2(it != json["apis"].end(), id.c_str());
            QCOMPARE((*it)["uses"].size(), entry["uses"].get<std::size_t>());
            QCOMPARE((*it)["effortPoints"].get<int>(), entry["effortPoints"].get<int>());
            if (entry.contains("replacement")) {
                QVERIFY2((*it)["replacement"] == entry["replacement"], (*it)["replacement"].dump().c_str());
            }
        }
    }
    if (expect.contains("clients")) {
        // One result per client, each judged on its own evidence; exactly the clients expected.
        const auto json = toJson(report)["clients"];
        QStringList got;
        for (const auto& c : json) {
            got << s(c["id"]);
        }
        QStringList want;
        for (const auto& [id, entry] : expect["clients"].items()) {
            want << QString::fromStdString(id);
        }
        got.sort();
        want.sort();
        QCOMPARE(got, want);
        for (const auto& c : json) {
            const auto& e = expect["clients"][c["id"].get<std::string>()];
            const QString id = s(c["id"]);
            QVERIFY2(c["folder"] == e["folder"], qPrintable(id));
            QVERIFY2(c["verdict"] == e["verdict"], qPrintable(id + u": " + s(c["verdict"])));
            QVERIFY2(c["stage"] == e["stage"], qPrintable(id + u": " + s(c["stage"])));
            if (e.contains("markers")) {
                QVERIFY2(c["markers"] == e["markers"], c["markers"].dump().c_str());
            }
            for (const auto& r : c["rows"]) {
                if (e.contains("rows")) {
                    QVERIFY2(r["status"] == e["rows"][r["id"].get<std::string>()],
                             qPrintable(id + u" " + s(r["id"]) + u": " + s(r["status"])));
                }
            }
            QStringList sdk;
            for (const auto& x : c["sdk"]) {
                sdk << s(x["kind"]) + u'/' + s(x["platform"]) + u'/' +
                           (x["version"].is_null() ? QStringLiteral("null") : s(x["version"]));
            }
            QStringList wantSdk;
            for (const auto& x : e["sdk"]) {
                wantSdk << s(x);
            }
            QCOMPARE(sdk, wantSdk);
            for (const auto& key : {"uses", "apis", "noEquivalent", "effortPoints"}) {
                QVERIFY2(c["inventory"][key] == e["inventory"][key],
                         qPrintable(id + u": " + QString::fromStdString(c["inventory"].dump())));
            }
        }
    }
    if (expect.contains("totalFindings")) {
        QCOMPARE(report.findings.size(), expect["totalFindings"].get<std::size_t>());
    }
    if (expect.contains("listedOtherEvidence")) {
        // Human-readable reports list the evidence that no row lists rolled up per file and rule.
        const ReportView view = ReportView::build(report);
        const auto other = std::find_if(view.findings.begin(), view.findings.end(),
                                        [](const ReportView::FindingList& l) { return l.row == nullptr; });
        QVERIFY(other != view.findings.end());
        QCOMPARE(other->items.size(), expect["listedOtherEvidence"].get<std::size_t>());
    }
    for (const auto& absent : expect["absent"]) {
        const QString file = s(absent["file"]);
        if (!absent.contains("line")) {
            // No line: nothing at all comes from the file, not even a note.
            for (const auto& f : report.findings) {
                QVERIFY2(f.file != file, qPrintable(QStringLiteral("unexpected %1 (%2) in %3: %4")
                                                        .arg(f.rule, toString(f.effect), file, s(absent["why"]))));
            }
            continue;
        }
        const int line = absent["line"].get<int>();
        for (const auto& f : report.findings) {
            const bool counts = !f.row.isEmpty() && (f.effect == Effect::Fail || f.effect == Effect::Review);
            QVERIFY2(!(counts && f.file == file && f.line == line),
                     qPrintable(QStringLiteral("unexpected %1 (%2) at %3:%4: %5")
                                    .arg(f.rule, toString(f.effect), file)
                                    .arg(line)
                                    .arg(s(absent["why"]))));
        }
    }
}

void TestScanner::sampleFailsAllFiveRows()
{
    const Report report = scanFolder(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat"));
    QCOMPARE(toString(report.verdict), QStringLiteral("incompatible"));
    QVERIFY(report.signalingDetected);
    for (const auto& row : report.rows) {
        QVERIFY2(row.status == RowStatus::Fail, qPrintable(row.id));
        QVERIFY(row.failCount > 0);
        QVERIFY(!report.remediationKinds(row).isEmpty());
    }
}

void TestScanner::commentMentionIsTheFirstOne()
{
    // A comment naming two calls of one rule is reported at the first, whatever order the rule keeps its
    // calls in (that order once changed from run to run with Qt's hash seed).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("tree"));
    writeFile(root + QStringLiteral("/web/app.js"),
              "var s = Signal('id');\nvar session = s.login('a', 't');\nsession.channelJoin('x');\n"
              "// old: session.messageInstantSend(p, m) then channel.messageChannelSend(m)\n");
    ScanOptions options;
    options.roots = {root};
    const ScanOutput out = scanTree(options);
    const Finding* mention = nullptr;
    for (const auto& f : out.findings) {
        if (f.context == Context::Comment && f.file == QLatin1String("web/app.js")) {
            QVERIFY2(!mention, "one mention per rule and comment");
            mention = &f;
        }
    }
    QVERIFY(mention);
    QCOMPARE(mention->line, 4);
    QCOMPARE(mention->column, 17);
    QVERIFY(english(mention->reason).endsWith(QLatin1String("messageInstantSend")));
}

void TestScanner::handlerThatOnlyLooksLikeLoggingIsUse()
{
    // std:: and System. head logging calls (std::cout, System.out) and other calls alike: only the logging
    // ones make a handler do nothing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("tree"));
    writeFile(root + QStringLiteral("/src/gateway.cpp"),
              "#include <iostream>\n#include <thread>\n"
              "class Quiet : public agora_sdk_cpp::ICallBack {\n"
              "    void onInviteMsg(char const* c, size_t n) override { std::cout << c << std::endl; }\n"
              "};\n"
              "class Worker : public agora_sdk_cpp::ICallBack {\n"
              "    void onInviteMsg(char const* c, size_t n) override { std::thread([c] { dial(c); }).detach(); }\n"
              "};\n"
              "int main() { agora_sdk_cpp::IAgoraAPI* api = agora_sdk_cpp::getAgoraSDKInstanceCPP(); }\n");
    writeFile(root + QStringLiteral("/android/Gateway.java"),
              "class Gateway extends AgoraAPI.CallBack {\n"
              "    @Override public void onInviteMsg(String c, String a, int uid, String t, String d, String e) {\n"
              "        System.exit(1);\n"
              "    }\n"
              "    void start(Context ctx) { AgoraAPIOnlySignal.getInstance(ctx, \"id\"); }\n"
              "}\n");
    ScanOptions options;
    options.roots = {root};
    const ScanOutput out = scanTree(options);
    QHash<QString, QString> effects;
    for (const auto& f : out.findings) {
        if (f.rule == QLatin1String("pstn.invite-msg")) {
            effects.insert(f.file + u':' + QString::number(f.line), toString(f.effect));
        }
    }
    QCOMPARE(effects.value(QStringLiteral("src/gateway.cpp:4")), QStringLiteral("note"));
    QCOMPARE(effects.value(QStringLiteral("src/gateway.cpp:7")), QStringLiteral("review"));
    QCOMPARE(effects.value(QStringLiteral("android/Gateway.java:2")), QStringLiteral("review"));
}

void TestScanner::skipsLoopsUnreadableAndHugeBinaries()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("tree"));
    writeFile(root + QStringLiteral("/src/app.js"),
              "var s = Signal('id');\nvar session = s.login('a', 't');\nsession.channelJoin('x');\n"
              "call.channelInviteDTMF('1');\n");
    // A loop back to the root, a link out of the tree, and a broken link.
    QVERIFY(QFile::link(root, root + QStringLiteral("/src/loop")));
    QTemporaryDir elsewhere;
    QVERIFY(QFile::link(elsewhere.path(), root + QStringLiteral("/outside")));
    QVERIFY(QFile::link(root + QStringLiteral("/nowhere"), root + QStringLiteral("/broken")));
    // A 100 MB binary file (sparse: cheap to create, but 100 MB to the scanner).
    {
        QFile big(root + QStringLiteral("/assets/video.dat"));
        QDir().mkpath(root + QStringLiteral("/assets"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(100) * 1024 * 1024));
    }

    ScanOptions options;
    options.roots = {root};
    QElapsedTimer timer;
    timer.start();
    const ScanOutput out = scanTree(options);
    QVERIFY(!out.partial);
    const auto* loop = skippedAt(out, QStringLiteral("src/loop"));
    QVERIFY(loop);
    QVERIFY2(english(loop->reason).contains(QLatin1String("loop")), qPrintable(english(loop->reason)));
    const auto* outside = skippedAt(out, QStringLiteral("outside"));
    QVERIFY(outside);
    QVERIFY(english(outside->reason).contains(QLatin1String("outside")));
    QVERIFY(skippedAt(out, QStringLiteral("broken")));
    const auto* big = skippedAt(out, QStringLiteral("assets/video.dat"));
    QVERIFY(big);
    QCOMPARE(english(big->reason), QStringLiteral("binary file"));
    // The real code was still scanned.
    QVERIFY(std::any_of(out.findings.begin(), out.findings.end(),
                        [](const Finding& f) { return f.rule == QLatin1String("pstn.call") && f.line == 4; }));
}

void TestScanner::utf16WithoutByteOrderMarkIsText()
{
    // Windows tools write UTF-16 without a byte order mark: it holds NUL bytes, but it is no binary file.
    QTemporaryDir dir;
    const QString call = QStringLiteral("var signal = Signal(APP_ID);\nvar s = signal.login('a', 't');\n"
                                        "s.channelJoin('__agora_user_online');\n");
    QStringEncoder le(QStringEncoder::Utf16LE);
    QStringEncoder be(QStringEncoder::Utf16BE);
    writeFile(dir.filePath(QStringLiteral("le.js")), le.encode(call));
    writeFile(dir.filePath(QStringLiteral("be.js")), be.encode(call));
    const Report report = scanFolder(dir.path());
    QVERIFY(report.skipped.empty());
    QSet<QString> files;
    for (const auto& f : report.findings) {
        if (f.rule == QLatin1String("special.channel")) {
            files.insert(f.file);
            QCOMPARE(f.line, 3);
        }
    }
    QCOMPARE(files, (QSet<QString>{QStringLiteral("le.js"), QStringLiteral("be.js")}));
}

void TestScanner::namesThatAreNotUtf8StayDistinctAndAreRead()
{
#ifdef Q_OS_LINUX
    // Two names that differ only in bytes that are not UTF-8: each is opened by its own bytes and shown escaped.
    QTemporaryDir dir;
    const QByteArray code("var signal = Signal(APP_ID);\nvar s = signal.login('a', 't');\n"
                          "s.channelJoin('__agora_user_online');\n");
    for (const char* name : {"x\xff.js", "x\xfe.js"}) {
        const QByteArray path = QFile::encodeName(dir.path()) + '/' + name;
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, code.constData(), static_cast<size_t>(code.size())), static_cast<ssize_t>(code.size()));
        ::close(fd);
    }
    const Report report = scanFolder(dir.path());
    QVERIFY2(report.skipped.empty(), qPrintable(report.skipped.empty() ? QString() : report.skipped.front().path));
    QSet<QString> files;
    for (const auto& f : report.findings) {
        if (f.rule == QLatin1String("special.channel")) {
            files.insert(f.file);
        }
    }
    QCOMPARE(files, (QSet<QString>{QStringLiteral("x\\xFF.js"), QStringLiteral("x\\xFE.js")}));
    // QDir cannot name these files to remove them; their own bytes can.
    for (const char* name : {"x\xff.js", "x\xfe.js"}) {
        QCOMPARE(::unlink(QByteArray(QFile::encodeName(dir.path()) + '/' + name).constData()), 0);
    }
#else
    QSKIP("file names of arbitrary bytes are a Linux matter");
#endif
}

void TestScanner::unreadableFolderIsListedWhenNotRoot()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX permissions");
#else
    // Root reads everything, so as root the scan runs with the effective user and group of "nobody" (65534).
    // In this process, not in a child: the ThreadSanitizer build runs this test, and it cannot follow the
    // vfork that starts a child from a process with threads. tst_hostiletree scans as "nobody" through the CLI.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("tree"));
    writeFile(root + QStringLiteral("/ok/app.js"), "console.log('hello');\n");
    writeFile(root + QStringLiteral("/secret/app.js"), "console.log('hidden');\n");
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QVERIFY(QFile::setPermissions(root + QStringLiteral("/secret"), {}));
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(root + QStringLiteral("/secret"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });

    const bool asRoot = geteuid() == 0;
    Report report;
    {
        // Restored however the block is left; the ids go back in the reverse order they were changed.
        auto backToRoot = qScopeGuard([&] {
            if (asRoot) {
                QVERIFY(seteuid(0) == 0);
                QVERIFY(setegid(0) == 0);
            }
        });
        if (asRoot) {
            QVERIFY(setegid(65534) == 0);
            QVERIFY(seteuid(65534) == 0);
        }
        report = scanFolder(root);
    }
    if (asRoot) {
        QCOMPARE(geteuid(), uid_t(0)); // the tests after this one run as root again
    }

    QVERIFY(report.catalog);
    const SkippedEntry* secret = skippedAt(report, QStringLiteral("secret"));
    QVERIFY2(secret, "the unreadable folder is listed");
    QVERIFY2(english(secret->reason).startsWith(QLatin1String("cannot read folder")),
             qPrintable(english(secret->reason)));
    // What could be read was read.
    QCOMPARE(report.stats.files, qint64(1));
#endif
}

void TestScanner::defaultSkipsAreListedAndConfigurable()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/node_modules/x/index.js"), "call.channelInviteDTMF('1');\n");
    writeFile(root + QStringLiteral("/vendor/AgoraSig-1.0.5.js"), "var SIGNALING = 1;\n");
    writeFile(root + QStringLiteral("/vendor/.git/AgoraSig-1.2.0.js"), "x\n");
    writeFile(root + QStringLiteral("/.git/config"), "[core]\n");
    writeFile(root + QStringLiteral("/build/AgoraSig-1.3.0.js"), "x\n");

    ScanOptions options;
    options.roots = {root};
    const ScanOutput skipped = scanTree(options);
    for (const auto* name : {".git", "build"}) {
        const auto* entry = skippedAt(skipped, QString::fromLatin1(name));
        QVERIFY2(entry, name);
        QCOMPARE(english(entry->reason), QStringLiteral("excluded by default: %1").arg(QLatin1String(name)));
    }
    // Dependency folders are skipped for usage (the DTMF call in node_modules is not the project's) but
    // read for SDK files: the vendored SDK shows its version, as it would anywhere else.
    for (const auto* name : {"node_modules", "vendor"}) {
        const auto* entry = skippedAt(skipped, QString::fromLatin1(name));
        QVERIFY2(entry, name);
        QCOMPARE(
            english(entry->reason),
            QStringLiteral("dependency folder %1: skipped for usage, read for SDK files").arg(QLatin1String(name)));
    }
    QCOMPARE(skipped.findings.size(), std::size_t(1));
    QCOMPARE(skipped.findings.front().file, QStringLiteral("vendor/AgoraSig-1.0.5.js"));
    QCOMPARE(skipped.findings.front().version, QStringLiteral("1.0.5"));
    QVERIFY(!skippedAt(skipped, QStringLiteral("node_modules/x/index.js")));

    options.useDefaultSkips = false;
    const ScanOutput all = scanTree(options);
    QVERIFY(std::any_of(all.findings.begin(), all.findings.end(), [](const Finding& f) {
        return f.file == QLatin1String("node_modules/x/index.js") && !f.row.isEmpty();
    }));
    QVERIFY(std::any_of(all.findings.begin(), all.findings.end(), [](const Finding& f) {
        return f.file == QLatin1String("build/AgoraSig-1.3.0.js") && f.version == QLatin1String("1.3.0");
    }));
}

void TestScanner::vendoredSdkCountsAsInLib_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sdk"); // "platform/version" the report must list wherever the file sits

    const QByteArray elf = QByteArray("\x7f"
                                      "ELF\x02\x01\x01",
                                      7) +
                           QByteArray(64, '\x01');
    QTest::newRow("web file by name") << QStringLiteral("AgoraSig-1.0.5.js") << QByteArray("var x = 1;\n")
                                      << QStringLiteral("web/1.0.5");
    QTest::newRow("web file by fingerprint")
        << QStringLiteral("im-core.min.js")
        << QByteArray("var SIGNALING_SDK_VERSION=\"1.3.0\",a=\"https://lbs-1-sig.agora.io\",b=\"-sig-web.agora.io\","
                      "c=\"/getaddr?vid=\";\n")
        << QStringLiteral("web/1.3.0");
    QTest::newRow("linux library strings")
        << QStringLiteral("libagorasig.so") << elf + QByteArray("agora_sig_sdk version 1.0.3\0", 28)
        << QStringLiteral("linux/1.0.3");
    QTest::newRow("framework binary strings")
        << QStringLiteral("AgoraSigKit.framework/AgoraSigKit") << elf + QByteArray("AgoraSigKit 1.2.1.43\0", 21)
        << QStringLiteral("ios/1.2.1.43");
    QTest::newRow("framework header")
        << QStringLiteral("AgoraSigKit.framework/Headers/AgoraSigKit.h")
        << QByteArray("#define AGORA_SDK_VERSION \"1.0.0.84\"\n@interface AgoraAPI : NSObject\n@end\n")
        << QStringLiteral("ios/1.0.0.84");
    QTest::newRow("android jar") << QStringLiteral("agora-sig-sdk.jar") << QByteArray("PK\x03\x04\0\0", 6)
                                 << QStringLiteral("android/null");
}

void TestScanner::vendoredSdkCountsAsInLib()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sdk);
    for (const auto* folder : {"lib", "vendor", "node_modules/im-kit/dist", "Pods/AgoraSigKit", "bower_components/x"}) {
        QTemporaryDir dir;
        writeFile(dir.filePath(QLatin1String(folder) + u'/' + file), bytes);
        const Report report = scanFolder(dir.path());
        QStringList got;
        for (const auto& e : report.sdk) {
            got << e.platform + u'/' + e.version.value_or(QStringLiteral("null"));
        }
        QVERIFY2(got == QStringList{sdk}, qPrintable(QLatin1String(folder) + u": " + got.join(u", ")));
        const auto* row = report.row(report.catalog->versionRow()->id);
        QVERIFY(row);
        const bool old = sdk.endsWith(QLatin1String("/null"))
                             ? false
                             : compareVersions(sdk.section(u'/', 1), QStringLiteral("1.1")) < 0;
        QCOMPARE(toString(row->status), sdk.endsWith(QLatin1String("/null")) ? QStringLiteral("review")
                                        : old                                ? QStringLiteral("fail")
                                                                             : QStringLiteral("pass"));
    }
}

void TestScanner::dependencyFoldersReadOnlySdkFiles()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    // Usage in a dependency is not the project's; its package.json is no project marker; what a
    // package ships under build/ or dist/ is read; its version control is not; links are not listed.
    writeFile(root + QStringLiteral("/node_modules/helper/index.js"),
              "var s = Signal(id); s.login(a, t); s.messageInstantSend(p, {n: 1});\n");
    writeFile(root + QStringLiteral("/node_modules/helper/package.json"), "{\"name\": \"helper\"}\n");
    writeFile(root + QStringLiteral("/node_modules/helper/build/AgoraSig-1.2.0.js"), "x\n");
    writeFile(root + QStringLiteral("/node_modules/helper/.git/AgoraSig-1.0.0.js"), "x\n");
    writeFile(root + QStringLiteral("/vendor/lib/libcrypto.so.1.0.0"), QByteArray("\x7f"
                                                                                  "ELF\0agora sig sdk 0.9.1\0",
                                                                                  24));
    writeFile(root + QStringLiteral("/vendor/tool.exe"), QByteArray("MZ\0\0", 4));
#ifndef Q_OS_WIN
    QVERIFY(QFile::link(root + QStringLiteral("/node_modules/helper"), root + QStringLiteral("/node_modules/.bin")));
#endif
    ScanOptions options;
    options.roots = {root};
    const ScanOutput out = scanTree(options);
    QStringList files;
    for (const auto& f : out.findings) {
        files << f.file + u':' + f.rule;
    }
    QCOMPARE(files, QStringList{QStringLiteral("node_modules/helper/build/AgoraSig-1.2.0.js:sdk.web.file")});
    QStringList skipped;
    for (const auto& e : out.skipped) {
        skipped << e.path;
    }
    // The two dependency folders, once each: nothing inside them is listed one by one.
    QCOMPARE(skipped, (QStringList{QStringLiteral("node_modules"), QStringLiteral("vendor")}));
}

void TestScanner::binariesThatAreNoSdkAreNeverRead()
{
    // Binaries no presence rule names are told by their name alone (versioned shared libraries included),
    // even when their strings look like an SDK's: the scan reads no byte of them.
    QTemporaryDir dir;
    const QByteArray strings = QByteArray("\x7f"
                                          "ELF\0agora_sig_sdk version 0.9.1\0",
                                          32) +
                               QByteArray(64 * 1024, '\1');
    writeFile(dir.filePath(QStringLiteral("libs/libssl.so.1.0.0")), strings);
    writeFile(dir.filePath(QStringLiteral("libs/libz.so.1")), strings);
    writeFile(dir.filePath(QStringLiteral("bin/tool.dll")), strings);
    ScanOptions options;
    options.roots = {dir.path()};
    const ScanOutput out = scanTree(options);
    QCOMPARE(out.stats.files, qint64(3));
    QCOMPARE(out.stats.bytes, qint64(0));
    QVERIFY(out.findings.empty());
    QVERIFY(skippedAt(out, QStringLiteral("libs/libssl.so.1.0.0")));
}

void TestScanner::importedModuleCorroboratesFactory_data()
{
    QTest::addColumn<QByteArray>("app");     // src/app.js
    QTest::addColumn<QString>("module");     // path of the imported module
    QTest::addColumn<QByteArray>("content"); // its text
    QTest::addColumn<bool>("signaling");

    const QByteArray session = "export const open = (c) => c.login(u, t);\n";
    QTest::newRow("parent folder index") << QByteArray("import s from '../lib/sig';\nconst c = Signal(id);\n")
                                         << QStringLiteral("lib/sig/index.js") << session << true;
    QTest::newRow("require with extension") << QByteArray("const s = require('./s.ts');\nconst c = Signal(id);\n")
                                            << QStringLiteral("src/s.ts") << session << true;
    QTest::newRow("dynamic import") << QByteArray("const c = Signal(id);\nimport('./chan').then(m => m.go(c));\n")
                                    << QStringLiteral("src/chan.mjs")
                                    << QByteArray("export const go = (s) => s.channelJoin('x');\n") << true;
    QTest::newRow("marker string") << QByteArray("import './cfg';\nconst c = Signal(id);\n")
                                   << QStringLiteral("src/cfg.js")
                                   << QByteArray("invoke('io.agora.signal.user_query_user_status', '{}');\n") << true;
    QTest::newRow("module without the API")
        << QByteArray("import s from './s';\nconst c = Signal(id);\n") << QStringLiteral("src/s.js")
        << QByteArray("export const login = 1;\n") << false;
    QTest::newRow("a package is no local module")
        << QByteArray("import s from 's';\nconst c = Signal(id);\n") << QStringLiteral("src/s.js") << session << false;
    QTest::newRow("outside the tree") << QByteArray("import s from '../../s';\nconst c = Signal(id);\n")
                                      << QStringLiteral("s.js") << session << false;
}

void TestScanner::importedModuleCorroboratesFactory()
{
    QFETCH(QByteArray, app);
    QFETCH(QString, module);
    QFETCH(QByteArray, content);
    QFETCH(bool, signaling);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("src/app.js")), app);
    writeFile(dir.filePath(module), content);
    const Report report = scanFolder(dir.path());
    QCOMPARE(report.signalingDetected, signaling);
}

void TestScanner::excludeGlobs()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/js/AgoraSig-1.2.1.js"), "x\n");
    writeFile(root + QStringLiteral("/generated/AgoraSig-1.0.0.js"), "x\n");
    ScanOptions options;
    options.roots = {root};
    options.exclude = {QStringLiteral("generated")};
    const ScanOutput out = scanTree(options);
    QVERIFY(skippedAt(out, QStringLiteral("generated")));
    QCOMPARE(out.findings.size(), std::size_t(1));
    QCOMPARE(out.findings.front().file, QStringLiteral("js/AgoraSig-1.2.1.js"));

    options.exclude = {QStringLiteral("**/AgoraSig-1.2*.js")};
    const ScanOutput out2 = scanTree(options);
    QVERIFY(skippedAt(out2, QStringLiteral("js/AgoraSig-1.2.1.js")));
}

void TestScanner::resultDoesNotDependOnThreads()
{
    const QString folder = QStringLiteral(SIG2RTM_TEST_DATA "/projects");
    const Report one = scanFolder(folder, 1);
    const Report many = scanFolder(folder, 4);
    QVERIFY(one.findings.size() > 50);
    QCOMPARE(one.findings.size(), many.findings.size());
    for (std::size_t i = 0; i < one.findings.size(); ++i) {
        QCOMPARE(one.findings[i].id, many.findings[i].id);
        QCOMPARE(one.findings[i].file, many.findings[i].file);
        QCOMPARE(one.findings[i].line, many.findings[i].line);
        QCOMPARE(one.findings[i].rule, many.findings[i].rule);
    }
}

void TestScanner::cancelReturnsPartialQuickly()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    // Enough work that the scan is still running when it is canceled: files that pass the literal
    // prefilter, so each one is decoded and lexed (about 40 MB in all).
    const QByteArray line = "function f(a) { return session.channelJoin('room-' + a); } // padding padding\n";
    QByteArray body;
    for (int i = 0; i < 500; ++i) {
        body += line;
    }
    for (int i = 0; i < 1000; ++i) {
        writeFile(root + QStringLiteral("/d%1/f%2.js").arg(i % 30).arg(i), body);
    }
    std::atomic_bool cancel{false};
    ScanOptions options;
    options.roots = {root};
    ScanOutput out;
    QElapsedTimer sinceCancel;
    std::thread worker([&] { out = scanTree(options, nullptr, &cancel); });
    QThread::msleep(30);
    cancel = true;
    sinceCancel.start();
    worker.join();
    const qint64 took = sinceCancel.elapsed();
    qInfo("scan returned %lld ms after cancel, %lld files scanned", took, static_cast<long long>(out.stats.files));
    QVERIFY(out.partial);
    // The contract is 100 ms; the margin absorbs a loaded CI machine without hiding a scan that ignores cancel.
    QVERIFY2(took < 250, qPrintable(QStringLiteral("returned %1 ms after cancel").arg(took)));
    QVERIFY(out.stats.files < 1000);
}

void TestScanner::streamsFindingsAndProgress()
{
    struct Recorder final : ScanObserver
    {
        std::mutex mutex;
        int progressCalls = 0;
        ScanProgress last;
        std::vector<Finding> found;
        void progress(const ScanProgress& p) override
        {
            std::lock_guard lock(mutex);
            ++progressCalls;
            last = p;
        }
        void findings(const std::vector<Finding>& f) override
        {
            std::lock_guard lock(mutex);
            found.insert(found.end(), f.begin(), f.end());
        }
    } recorder;
    ScanOptions options;
    options.roots = {QStringLiteral(SIG2RTM_TEST_DATA "/projects/21-android-pstn-invite-phone3")};
    const ScanOutput out = scanTree(options, &recorder);
    QVERIFY(recorder.progressCalls >= 2);
    QCOMPARE(recorder.last.filesDone, recorder.last.filesTotal);
    QCOMPARE(recorder.last.bytesDone, recorder.last.bytesTotal);
    QVERIFY(recorder.last.bytesTotal > 0);
    QVERIFY(!recorder.found.empty());
    QVERIFY(std::any_of(recorder.found.begin(), recorder.found.end(),
                        [](const Finding& f) { return f.row == QLatin1String("pstn"); }));
    QVERIFY(!out.findings.empty());
    // Statistics count bytes read (the jar is recognised by name, never read) and do not depend on
    // whether anyone watches progress.
    QVERIFY(out.stats.bytes > 0);
    QVERIFY(out.stats.bytes < recorder.last.bytesTotal);
    const ScanOutput unobserved = scanTree(options);
    QCOMPARE(unobserved.stats.bytes, out.stats.bytes);
    QCOMPARE(unobserved.stats.files, out.stats.files);
    QCOMPARE(unobserved.findings.size(), out.findings.size());
}

void TestScanner::neverWritesIntoTheScannedTree()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("tree"));
    writeFile(root + QStringLiteral("/a.js"), "session.channelJoin('__agora_user_online');\n");
    QFile::setPermissions(root, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
    const auto before = QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QDateTime modified = QFileInfo(root).lastModified();
    scanFolder(root);
    QCOMPARE(QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QCOMPARE(QFileInfo(root).lastModified(), modified);
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
