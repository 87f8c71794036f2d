// SPDX-License-Identifier: MIT
// Clients: which folders hold a client (the catalog's build and package files), which client a finding
// belongs to, and clients named by a project description.

#include "assessment.h"
#include "clients.h"
#include "evaluator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

namespace {

QString describe(const std::vector<ClientRoot>& roots)
{
    QStringList parts;
    for (const auto& r : roots) {
        parts << r.id + u'=' + r.markers.join(u',');
    }
    return parts.join(u" | ");
}

Report assessFolder(const QString& folder)
{
    AssessmentRequest request;
    request.inputs = {folder};
    Diagnostics diagnostics;
    auto report = assess(request, nullptr, nullptr, &diagnostics);
    if (!report) {
        qWarning().noquote() << toString(diagnostics);
        return {};
    }
    return *report;
}

std::vector<ClientRoot> detect(const QStringList& paths)
{
    return detectClientRoots(Catalog::builtin()->clientMarkers(), paths);
}

} // namespace

class TestClients : public QObject
{
    Q_OBJECT

private slots:
    void markers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("directory");
        QTest::addColumn<bool>("marker");
        QTest::newRow("package.json") << u"package.json"_s << false << true;
        QTest::newRow("case-insensitive") << u"PACKAGE.JSON"_s << false << true;
        QTest::newRow("gradle kts") << u"build.gradle.kts"_s << false << true;
        QTest::newRow("Podfile") << u"Podfile"_s << false << true;
        QTest::newRow("solution by extension") << u"Chat.sln"_s << false << true;
        QTest::newRow("xcodeproj folder") << u"Chat.xcodeproj"_s << true << true;
        QTest::newRow("xcodeproj as a file name is no folder") << u"Chat.xcodeproj"_s << false << false;
        QTest::newRow("package.json as a folder") << u"package.json"_s << true << false;
        QTest::newRow("a source file") << u"main.js"_s << false << false;
        QTest::newRow("extension alone is not a name") << u"sln"_s << false << false;
        QTest::newRow("mini-program") << u"project.config.json"_s << false << true;
        QTest::newRow("python") << u"requirements.txt"_s << false << true;
    }
    void markers()
    {
        QFETCH(QString, name);
        QFETCH(bool, directory);
        QFETCH(bool, marker);
        QCOMPARE(clientMarkerOf(Catalog::builtin()->clientMarkers(), name, directory) >= 0, marker);
    }

    void roots_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList{} << QString();
        QTest::newRow("one at the root") << QStringList{u"package.json"_s} << u".=package.json"_s;
        QTest::newRow("gradle modules join their project")
            << QStringList{u"android/settings.gradle"_s, u"android/app/build.gradle"_s, u"android/lib/build.gradle"_s}
            << u"android=android/settings.gradle,android/app/build.gradle,android/lib/build.gradle"_s;
        QTest::newRow("native code inside an app is part of it")
            << QStringList{u"android/build.gradle"_s, u"android/app/src/main/cpp/CMakeLists.txt"_s}
            << u"android=android/build.gradle,android/app/src/main/cpp/CMakeLists.txt"_s;
        QTest::newRow("another build system inside is a client of its own")
            << QStringList{u"package.json"_s, u"ios/Podfile"_s, u"android/build.gradle"_s}
            << u".=package.json | android=android/build.gradle | ios=ios/Podfile"_s;
        QTest::newRow("one folder, two build systems, one client")
            << QStringList{u"addon/package.json"_s, u"addon/CMakeLists.txt"_s}
            << u"addon=addon/package.json,addon/CMakeLists.txt"_s;
        QTest::newRow("packages are clients of their own, even nested")
            << QStringList{u"package.json"_s, u"server/package.json"_s}
            << u".=package.json | server=server/package.json"_s;
        QTest::newRow("siblings with the same build system")
            << QStringList{u"tutorials/web/package.json"_s, u"tutorials/web-rtm/package.json"_s}
            << u"tutorials/web=tutorials/web/package.json | tutorials/web-rtm=tutorials/web-rtm/package.json"_s;
        QTest::newRow("a prefix is not a parent") << QStringList{u"web/package.json"_s, u"web2/package.json"_s}
                                                  << u"web=web/package.json | web2=web2/package.json"_s;
        QTest::newRow("xcode project folder marks its parent")
            << QStringList{u"ios/Chat.xcodeproj"_s, u"ios/Podfile"_s} << u"ios=ios/Chat.xcodeproj,ios/Podfile"_s;
        QTest::newRow("unrelated names ignored") << QStringList{u"src/main.js"_s} << QString();
    }
    void roots()
    {
        QFETCH(QStringList, paths);
        QFETCH(QString, expected);
        QCOMPARE(describe(detect(paths)), expected);
    }

    void deepestRootHoldsAPath()
    {
        const auto roots = detect({u"package.json"_s, u"ios/Podfile"_s, u"web2/package.json"_s});
        const auto idOf = [&](const QString& path) {
            const int i = clientOf(roots, path);
            return i < 0 ? QString() : roots[static_cast<std::size_t>(i)].id;
        };
        QCOMPARE(idOf(u"ios/Chat/App.m"_s), u"ios"_s);
        QCOMPARE(idOf(u"ios"_s), u"ios"_s);
        QCOMPARE(idOf(u"iosx/a.m"_s), u"."_s);
        QCOMPARE(idOf(u"web2/js/chat.js"_s), u"web2"_s);
        QCOMPARE(idOf(u"index.html"_s), u"."_s);
        QCOMPARE(clientOf(detect({u"ios/Podfile"_s}), u"web/chat.js"_s), -1);
    }

    void descriptionNamesClients()
    {
        QTemporaryDir temp;
        const QString dir = temp.path();
        QVERIFY(QDir(dir).mkpath(u"apps/web"_s));
        const QByteArray text = R"({"format": "sig2rtm-project/1", "name": "Team", "clients": [
            {"name": "Customer web", "path": "apps/web", "platform": "web", "sdkVersion": "1.4.0"},
            {"platform": "android", "sdkVersion": "1.0.5"},
            {"platform": "android", "features": ["pstn"]}]})";
        Diagnostics diagnostics;
        const auto d = ProjectDescription::load(text, u"team.json"_s, dir, &diagnostics);
        QVERIFY2(d, qPrintable(toString(diagnostics)));
        const auto roots = declaredClientRoots(*d, dir);
        QCOMPARE(roots.size(), std::size_t(3));
        QCOMPARE(roots[0].id, u"Customer web"_s);
        QCOMPARE(roots[0].folder, u"apps/web"_s);
        QCOMPARE(roots[1].id, u"android"_s);
        QVERIFY(roots[1].folder.isNull());
        QCOMPARE(roots[2].id, u"android #2"_s);

        EvaluationInput input;
        input.catalog = Catalog::builtin();
        input.description = &*d;
        input.descriptionFile = u"team.json"_s;
        input.root = dir;
        Finding scanned;
        scanned.rule = u"special.channel"_s;
        scanned.row = u"special-features"_s;
        scanned.file = u"apps/web/js/chat.js"_s;
        scanned.line = 3;
        scanned.effect = Effect::Fail;
        scanned.platform = u"web"_s;
        input.findings.push_back(scanned);
        // Detected roots give way to the description's folders.
        input.clientRoots = detect({u"apps/web/package.json"_s, u"apps/other/package.json"_s});
        const Report report = evaluate(std::move(input));
        QStringList ids;
        for (const auto& c : report.clients) {
            ids << c.id + u':' + toString(c.verdict);
        }
        QCOMPARE(ids, (QStringList{u"Customer web:incompatible"_s, u"android:incompatible"_s,
                                   u"android #2:incompatible"_s}));
        QCOMPARE(report.client(u"Customer web"_s)->rows[0].failCount, 1);           // the scanned finding is its own
        QCOMPARE(toString(report.client(u"android"_s)->rows[1].status), u"fail"_s); // 1.0.5 is too old
        QCOMPARE(toString(report.client(u"android #2"_s)->rows[1].status), u"review"_s); // no version given
        QCOMPARE(toString(report.client(u"android #2"_s)->rows[4].status), u"fail"_s);   // pstn
        QCOMPARE(toString(report.verdict), u"incompatible"_s);
    }

    void duplicateOrMissingClientFolderIsLocated()
    {
        const QByteArray text = R"({"format": "sig2rtm-project/1", "name": "Team", "clients": [
            {"name": "a", "platform": "web"},
            {"name": "a", "path": "nowhere", "platform": "web"}]})";
        Diagnostics diagnostics;
        QTemporaryDir temp;
        QVERIFY(!ProjectDescription::load(text, u"team.json"_s, temp.path(), &diagnostics));
        const QString all = toString(diagnostics);
        QVERIFY2(all.contains(u"already called \"a\""_s), qPrintable(all));
        QVERIFY2(all.contains(u"\"nowhere\" does not exist"_s), qPrintable(all));
        QVERIFY2(all.contains(u"team.json:3:35: client folder"_s), qPrintable(all));
    }

    void worstClientIsTheProject()
    {
        // Every row of the project is the worst of that row over its clients.
        const Report report = assessFolder(QStringLiteral(SIG2RTM_TEST_DATA "/projects/67-monorepo-clients"));
        QVERIFY(report.clients.size() >= 2);
        for (std::size_t r = 0; r < report.rows.size(); ++r) {
            RowStatus worst = RowStatus::Pass;
            for (const auto& c : report.clients) {
                const RowStatus s = c.rows[r].status;
                if (s == RowStatus::Fail || (s == RowStatus::Review && worst == RowStatus::Pass)) {
                    worst = s;
                }
            }
            QCOMPARE(toString(report.rows[r].status), toString(worst));
        }
        // Every finding and inventory use names a listed client or a client without evidence of its own.
        for (const auto& f : report.findings) {
            QVERIFY2(!f.client.isEmpty(), qPrintable(f.file));
        }
        for (const auto& use : report.inventory) {
            QVERIFY2(report.client(use.client), qPrintable(use.file));
        }
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
