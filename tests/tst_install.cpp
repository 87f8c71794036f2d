// SPDX-License-Identifier: MIT
// The installed tool works on its own: installed into a temporary prefix, the CLI runs from another working
// directory and scans the installed sample, which the app finds beside its executable (share/sig2rtm).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;

    static QString run(const QString& program, const QStringList& args, const QString& cwd, int* exitCode)
    {
        QProcess process;
        process.setWorkingDirectory(cwd);
        process.start(program, args);
        if (!process.waitForFinished(240000)) {
            *exitCode = -1;
            return process.errorString();
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
    }

    // Where each system's install puts the CLI and the sample (packaging/CMakeLists.txt, docs/install.md).
    QString cliPath() const
    {
        const QDir prefix(m_prefix.path());
#if defined(Q_OS_MACOS)
        return prefix.filePath(QStringLiteral("sig2rtm.app/Contents/MacOS/sig2rtm-cli"));
#elif defined(Q_OS_WIN)
        return prefix.filePath(QStringLiteral("bin/sig2rtm-cli.exe"));
#else
        return prefix.filePath(QStringLiteral("bin/sig2rtm-cli"));
#endif
    }

    QString samplePath() const
    {
        const QDir prefix(m_prefix.path());
#if defined(Q_OS_MACOS)
        return prefix.filePath(QStringLiteral("sig2rtm.app/Contents/Resources/samples/legacy-chat"));
#else
        return prefix.filePath(QStringLiteral("share/sig2rtm/samples/legacy-chat"));
#endif
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        int code = 0;
        const QString out = run(QStringLiteral(SIG2RTM_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(SIG2RTM_BINARY_DIR),
                                 QStringLiteral("--prefix"), m_prefix.path()},
                                QDir::tempPath(), &code);
        QVERIFY2(code == 0, qPrintable(out));
    }

    void installsTheSampleAndTheDesktopFiles()
    {
        const QDir prefix(m_prefix.path());
        QVERIFY(QFileInfo(samplePath()).isDir());
        QVERIFY(QFileInfo::exists(cliPath()));
#if defined(Q_OS_LINUX)
        QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/applications/io.github.sig2rtm.desktop"))));
        QVERIFY(QFileInfo::exists(prefix.filePath(QStringLiteral("share/metainfo/io.github.sig2rtm.metainfo.xml"))));
#endif
    }

    void theInstalledCliScansTheInstalledSampleFromAnotherFolder()
    {
        const QString cli = cliPath();
        QTemporaryDir elsewhere;
        int code = 0;
        const QString version = run(cli, {QStringLiteral("--version")}, elsewhere.path(), &code);
        QCOMPARE(code, 0);
        QVERIFY2(version.startsWith(QStringLiteral("sig2rtm-cli " SIG2RTM_VERSION)), qPrintable(version));

        QProcess scan;
        scan.setWorkingDirectory(elsewhere.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SIG2RTM_DATA_DIR"));
        scan.setProcessEnvironment(env);
        scan.start(cli, {QStringLiteral("scan"), samplePath(), QStringLiteral("-f"), QStringLiteral("json"),
                         QStringLiteral("-q")});
        QVERIFY(scan.waitForFinished(120000));
        // The sample is incompatible on purpose: exit 1, a complete report.
        QCOMPARE(scan.exitCode(), 1);
        const QJsonObject report = QJsonDocument::fromJson(scan.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("incompatible"));
        QVERIFY(report.value(QStringLiteral("stats")).toObject().value(QStringLiteral("files")).toInt() > 10);
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
