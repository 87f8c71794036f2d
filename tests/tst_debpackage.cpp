// SPDX-License-Identifier: MIT
// The DEB that scripts/package.sh ships, built by CPack from this build tree: what it holds, what it depends on,
// and that it works once unpacked into an empty root (dpkg-deb -x), without the build tree or the sources.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QString& cwd = QDir::tempPath(),
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setWorkingDirectory(cwd);
    process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(280000)) {
        result.err = process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    QString m_deb;
    QString m_dpkgDeb;
    QStringList m_contents;

    QString root() const { return QDir(m_work.path()).filePath(QStringLiteral("root")); }

    // The unpacked package alone: no build tree, no sources, no developer's data folder.
    static QProcessEnvironment cleanEnvironment()
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SIG2RTM_DATA_DIR"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private slots:
    void initTestCase()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("DEB packages are built on Linux");
#endif
        m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (m_dpkgDeb.isEmpty()) {
            QSKIP("not a Debian-based system: no dpkg-deb");
        }
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dpkg-shlibdeps")).isEmpty(),
                 "dpkg-shlibdeps is missing (scripts/deps.sh installs dpkg-dev)");
        QVERIFY(m_work.isValid());
        const QString out = QDir(m_work.path()).filePath(QStringLiteral("out"));
        const Run cpack = run(QStringLiteral(SIG2RTM_CPACK_COMMAND),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                               QStringLiteral(SIG2RTM_BINARY_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out});
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
        const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(out).filePath(debs.first());
        QCOMPARE(debs.first(), QStringLiteral("sig2rtm_%1_amd64.deb").arg(QStringLiteral(SIG2RTM_VERSION)));

        const Run contents = run(m_dpkgDeb, {QStringLiteral("--contents"), m_deb});
        QCOMPARE(contents.exitCode, 0);
        for (const QString& line : contents.out.split(u'\n', Qt::SkipEmptyParts)) {
            // "-rw-r--r-- root/root  1234 2026-12-03 10:00 ./usr/bin/sig2rtm-cli"
            const qsizetype at = line.indexOf(QStringLiteral(" ./"));
            if (at >= 0) {
                m_contents << line.mid(at + 3).section(QStringLiteral(" -> "), 0, 0);
            }
        }
        const Run extract = run(m_dpkgDeb, {QStringLiteral("-x"), m_deb, root()});
        QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    }

    void theControlFieldsNameTheVersionAndTheQtRuntime()
    {
        const Run fields =
            run(m_dpkgDeb, {QStringLiteral("--field"), m_deb, QStringLiteral("Package"), QStringLiteral("Version"),
                            QStringLiteral("Architecture"), QStringLiteral("Depends"), QStringLiteral("Recommends")});
        QCOMPARE(fields.exitCode, 0);
        QVERIFY(fields.out.contains(QStringLiteral("Package: sig2rtm\n")));
        QVERIFY(fields.out.contains(QStringLiteral("Version: %1\n").arg(QStringLiteral(SIG2RTM_VERSION))));
        QVERIFY(fields.out.contains(QStringLiteral("Architecture: amd64\n")));
        // dpkg-shlibdeps found the Qt libraries the executables link; the SVG plugin package is named by hand.
        for (const QString& package :
             {QStringLiteral("libqt6core6"), QStringLiteral("libqt6gui6"), QStringLiteral("libqt6widgets6"),
              QStringLiteral("libqt6svg6"), QStringLiteral("libqt6concurrent6"), QStringLiteral("libc6"),
              QStringLiteral("libstdc++6")}) {
            QVERIFY2(fields.out.contains(package), qPrintable(package + u'\n' + fields.out));
        }
        QVERIFY(fields.out.contains(QStringLiteral("qt6-translations-l10n")));
    }

    void itHoldsEverythingTheInstalledAppUses()
    {
        for (const QString& path :
             {QStringLiteral("usr/bin/sig2rtm"), QStringLiteral("usr/bin/sig2rtm-cli"),
              QStringLiteral("usr/share/applications/io.github.sig2rtm.desktop"),
              QStringLiteral("usr/share/metainfo/io.github.sig2rtm.metainfo.xml"),
              QStringLiteral("usr/share/mime/packages/io.github.sig2rtm.xml"),
              QStringLiteral("usr/share/icons/hicolor/scalable/apps/io.github.sig2rtm.svg"),
              QStringLiteral("usr/share/icons/hicolor/48x48/apps/io.github.sig2rtm.png"),
              QStringLiteral("usr/share/icons/hicolor/256x256/apps/io.github.sig2rtm.png"),
              QStringLiteral("usr/share/man/man1/sig2rtm.1.gz"), QStringLiteral("usr/share/man/man1/sig2rtm-cli.1.gz"),
              QStringLiteral("usr/share/doc/sig2rtm/user-guide.md"), QStringLiteral("usr/share/doc/sig2rtm/LICENSE"),
              QStringLiteral("usr/share/sig2rtm/samples/legacy-chat/README.md")}) {
            QVERIFY2(m_contents.contains(path), qPrintable(path));
        }
        // Nothing of the build machine or of the developer tools.
        for (const QString& path : std::as_const(m_contents)) {
            QVERIFY2(path.startsWith(QStringLiteral("usr/")), qPrintable(path));
            QVERIFY2(!path.contains(QStringLiteral("tst_")) && !path.contains(QStringLiteral("tour")) &&
                         !path.contains(QStringLiteral("iconbuild")),
                     qPrintable(path));
        }
        // The executables are stripped and carry no path of this build tree.
        QFile cli(QDir(root()).filePath(QStringLiteral("usr/bin/sig2rtm-cli")));
        QVERIFY(cli.open(QIODevice::ReadOnly));
        const QByteArray binary = cli.readAll();
#ifndef SIG2RTM_SANITIZED
        // (UndefinedBehaviorSanitizer's diagnostics name the generated sources of the build tree: not a shipped build.)
        QVERIFY(!binary.contains(QByteArray(SIG2RTM_BINARY_DIR)));
#endif
        QVERIFY(!binary.contains(QByteArray(SIG2RTM_SOURCE_DIR "/resources")));
    }

    void theUnpackedCliRunsAndScansTheUnpackedSample()
    {
        const QString cli = QDir(root()).filePath(QStringLiteral("usr/bin/sig2rtm-cli"));
        Run r = run(cli, {QStringLiteral("--version")}, m_work.path(), cleanEnvironment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("sig2rtm-cli %1").arg(QStringLiteral(SIG2RTM_VERSION)));

        QTemporaryDir elsewhere;
        const QString sample = QDir(root()).filePath(QStringLiteral("usr/share/sig2rtm/samples/legacy-chat"));
        r = run(cli,
                {QStringLiteral("scan"), sample, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--quiet")},
                elsewhere.path(), cleanEnvironment());
        // 1: the sample is meant to be incompatible.
        QVERIFY2(r.exitCode == 1, qPrintable(r.err));
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("incompatible"));
        QCOMPARE(report.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString(),
                 QStringLiteral(SIG2RTM_VERSION));

        // The sample's expected answer, kept beside it, is what the packaged tool gives.
        QFile expectFile(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat.expect.json"));
        QVERIFY(expectFile.open(QIODevice::ReadOnly));
        const QJsonObject expected =
            QJsonDocument::fromJson(expectFile.readAll()).object().value(QStringLiteral("rows")).toObject();
        QCOMPARE(expected.size(), 5);
        const QJsonArray rows = report.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), expected.size());
        for (const auto& value : rows) {
            const QJsonObject row = value.toObject();
            const QString id = row.value(QStringLiteral("id")).toString();
            QCOMPARE(row.value(QStringLiteral("status")).toString(), expected.value(id).toString());
        }
    }

    void theUnpackedAppReportsTheVersion()
    {
        const QString app = QDir(root()).filePath(QStringLiteral("usr/bin/sig2rtm"));
        const Run r = run(app, {QStringLiteral("--version")}, m_work.path(), cleanEnvironment());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("sig2rtm %1").arg(QStringLiteral(SIG2RTM_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
