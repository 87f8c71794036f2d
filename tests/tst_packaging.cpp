// SPDX-License-Identifier: MIT
// What the packages carry besides the executables: one version everywhere (project(VERSION)), man pages that
// describe every CLI option, desktop files that validate and a MIME type that recognises project descriptions.
// The icons are tst_iconformats'.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kVersion = QStringLiteral(SIG2RTM_VERSION);
const QString kReleaseDate = QStringLiteral(SIG2RTM_RELEASE_DATE);

QString packagingFile(const QString& name)
{
    return QDir(QStringLiteral(SIG2RTM_PACKAGING_DIR)).filePath(name);
}

QString sourceFile(const QString& name)
{
    return QDir(QStringLiteral(SIG2RTM_SOURCE_DIR)).filePath(name);
}

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(120000)) {
        result.output = process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output =
        QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString requireTool(const QString& name)
{
    // scripts/deps.sh installs these on Debian; elsewhere the Linux-only tests do not run.
    return QStandardPaths::findExecutable(name);
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void theCliReportsTheProjectVersion()
    {
        const Run r = run(QStringLiteral(SIG2RTM_CLI_PATH), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.output.trimmed(), QStringLiteral("sig2rtm-cli ") + kVersion);
    }

    void everyPackagingFileCarriesTheProjectVersion()
    {
        const QString metainfo = readText(packagingFile(QStringLiteral("io.github.sig2rtm.metainfo.xml")));
        QVERIFY(metainfo.contains(QStringLiteral("<release version=\"%1\" date=\"%2\"/>").arg(kVersion, kReleaseDate)));

        const QString plist = readText(packagingFile(QStringLiteral("Info.plist")));
        QVERIFY(
            plist.contains(QStringLiteral("<key>CFBundleShortVersionString</key><string>%1</string>").arg(kVersion)));
        QVERIFY(plist.contains(QStringLiteral("<key>CFBundleVersion</key><string>%1</string>").arg(kVersion)));
        QVERIFY2(!plist.contains(u'@'), "an unconfigured @VARIABLE@ is left in Info.plist");

        const QStringList parts = kVersion.split(u'.');
        QCOMPARE(parts.size(), 3);
        const QString commas = parts.join(u',') + QStringLiteral(",0");
        for (const QString& exe : {QStringLiteral("sig2rtm"), QStringLiteral("sig2rtm-cli")}) {
            const QString rc = readText(packagingFile(exe + QStringLiteral(".rc")));
            QVERIFY2(!rc.isEmpty(), qPrintable(exe));
            QVERIFY(rc.contains(QStringLiteral("FILEVERSION ") + commas));
            QVERIFY(rc.contains(QStringLiteral("PRODUCTVERSION ") + commas));
            QVERIFY(rc.contains(QStringLiteral("VALUE \"FileVersion\", \"%1\\0\"").arg(kVersion)));
            QVERIFY(rc.contains(QStringLiteral("VALUE \"OriginalFilename\", \"%1.exe\\0\"").arg(exe)));
            // The icon is the generated .ico, by a path rc.exe can read.
            static const QRegularExpression icon(QStringLiteral("IDI_ICON1 ICON \"([^\"]+\\.ico)\""));
            const auto match = icon.match(rc);
            QVERIFY2(match.hasMatch(), qPrintable(rc));
            QVERIFY(!match.captured(1).contains(u'\\'));
            QVERIFY2(!rc.contains(u'@'), "an unconfigured @VARIABLE@ is left in the .rc");

            const QString man = readText(packagingFile(QStringLiteral("man/%1.1").arg(exe)));
            QVERIFY2(man.contains(
                         QStringLiteral(".TH %1 1 \"%2\" \"sig2rtm %3\"").arg(exe.toUpper(), kReleaseDate, kVersion)),
                     qPrintable(exe));
        }
        // No file in packaging/ keeps a version of its own.
        for (const QString& source :
             {QStringLiteral("packaging/linux/io.github.sig2rtm.metainfo.xml.in"),
              QStringLiteral("packaging/macos/Info.plist.in"), QStringLiteral("packaging/windows/sig2rtm.rc.in"),
              QStringLiteral("packaging/man/sig2rtm.1.in"), QStringLiteral("packaging/man/sig2rtm-cli.1.in")}) {
            const QString text = readText(sourceFile(source));
            QVERIFY2(!text.isEmpty(), qPrintable(source));
            QVERIFY2(!text.contains(kVersion), qPrintable(source));
            QVERIFY2(text.contains(QStringLiteral("@PROJECT_VERSION")), qPrintable(source));
        }
    }

    void theManPageDescribesEveryCliOption()
    {
        const Run help = run(QStringLiteral(SIG2RTM_CLI_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]+)"));
        QStringList options;
        for (auto it = option.globalMatch(help.output); it.hasNext();) {
            options << it.next().captured(1);
        }
        options.removeDuplicates();
        QVERIFY2(options.size() >= 15, qPrintable(options.join(u' ')));
        const QString man = readText(packagingFile(QStringLiteral("man/sig2rtm-cli.1")));
        for (const QString& name : std::as_const(options)) {
            // troff writes a literal hyphen as "\-".
            const QString escaped = QStringLiteral("\\-\\-") + QString(name).replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(man.contains(escaped), qPrintable(QStringLiteral("--%1 is missing from sig2rtm-cli.1").arg(name)));
        }
        // And the man page invents none.
        static const QRegularExpression documented(QStringLiteral("\\\\-\\\\-([a-z](?:[a-z]|\\\\-)+)"));
        for (auto it = documented.globalMatch(man); it.hasNext();) {
            const QString name = it.next().captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-"));
            QVERIFY2(options.contains(name), qPrintable(QStringLiteral("sig2rtm-cli.1 names --%1").arg(name)));
        }
    }

    void theManPagesFormatWithoutWarnings()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("man(1) formatting is checked on Linux");
#else
        const QString man = requireTool(QStringLiteral("man"));
        QVERIFY2(!man.isEmpty(), "man is not installed (scripts/deps.sh installs man-db)");
        for (const QString& page : {QStringLiteral("sig2rtm"), QStringLiteral("sig2rtm-cli")}) {
            QProcess process;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
            env.insert(QStringLiteral("MAN_KEEP_STDERR"), QStringLiteral("1"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            process.setProcessEnvironment(env);
            process.start(man, {QStringLiteral("--warnings"), QStringLiteral("-l"),
                                packagingFile(QStringLiteral("man/%1.1").arg(page))});
            QVERIFY(process.waitForFinished(60000));
            const QString text = QString::fromUtf8(process.readAllStandardOutput());
            const QString warnings = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitCode(), 0);
            QVERIFY2(warnings.trimmed().isEmpty(), qPrintable(warnings));
            QVERIFY(text.contains(QStringLiteral("sig2rtm ") + kVersion));
            QVERIFY(text.contains(QStringLiteral("SYNOPSIS")));
        }
#endif
    }

    void theDesktopFilesValidate()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("freedesktop.org files are validated on Linux");
#else
        const QString desktopValidate = requireTool(QStringLiteral("desktop-file-validate"));
        QVERIFY2(!desktopValidate.isEmpty(), "desktop-file-validate is missing (scripts/deps.sh installs it)");
        Run r = run(desktopValidate, {sourceFile(QStringLiteral("packaging/linux/io.github.sig2rtm.desktop"))});
        QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));

        const QString appstream = requireTool(QStringLiteral("appstreamcli"));
        QVERIFY2(!appstream.isEmpty(), "appstreamcli is missing (scripts/deps.sh installs appstream)");
        r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                            packagingFile(QStringLiteral("io.github.sig2rtm.metainfo.xml"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));

        // The desktop file, the metainfo, the icon and the MIME type name each other consistently.
        const QString desktop = readText(sourceFile(QStringLiteral("packaging/linux/io.github.sig2rtm.desktop")));
        QVERIFY(desktop.contains(QStringLiteral("\nIcon=io.github.sig2rtm\n")));
        QVERIFY(desktop.contains(QStringLiteral("\nExec=sig2rtm %f\n")));
        QVERIFY(desktop.contains(QStringLiteral("application/x-sig2rtm-project;")));
        const QString metainfo = readText(packagingFile(QStringLiteral("io.github.sig2rtm.metainfo.xml")));
        QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">io.github.sig2rtm.desktop")));
        QVERIFY(metainfo.contains(QStringLiteral("<mediatype>application/x-sig2rtm-project</mediatype>")));
#endif
    }

    void theMimeTypeRecognisesProjectDescriptions()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("shared-mime-info is Linux's");
#else
        const QString update = requireTool(QStringLiteral("update-mime-database"));
        QVERIFY2(!update.isEmpty(), "update-mime-database is missing (scripts/deps.sh installs shared-mime-info)");
        // A private MIME database holding only this package: the system's is never touched.
        QTemporaryDir data;
        const QDir mime(data.filePath(QStringLiteral("mime")));
        QVERIFY(QDir().mkpath(mime.filePath(QStringLiteral("packages"))));
        QVERIFY(QFile::copy(sourceFile(QStringLiteral("packaging/linux/io.github.sig2rtm.xml")),
                            mime.filePath(QStringLiteral("packages/io.github.sig2rtm.xml"))));
        const Run r = run(update, {QStringLiteral("-V"), mime.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QVERIFY2(!r.output.contains(QStringLiteral("Unknown")) && !r.output.contains(QStringLiteral("rror")),
                 qPrintable(r.output));

        const QString globs = readText(mime.filePath(QStringLiteral("globs2")));
        QVERIFY2(globs.contains(QStringLiteral("60:application/x-sig2rtm-project:*.sig2rtm.json")), qPrintable(globs));
        const QString subclasses = readText(mime.filePath(QStringLiteral("subclasses")));
        QVERIFY(subclasses.contains(QStringLiteral("application/x-sig2rtm-project application/json")));
        QFile magic(mime.filePath(QStringLiteral("magic")));
        QVERIFY(magic.open(QIODevice::ReadOnly));
        const QByteArray magicBytes = magic.readAll();
        QVERIFY(magicBytes.contains("[60:application/x-sig2rtm-project]"));
        QVERIFY(magicBytes.contains("\"sig2rtm-project/"));

        // The marker the magic looks for is what the app writes and the examples hold.
        const QString example = readText(sourceFile(QStringLiteral("docs/examples/scan-and-declare.json")));
        QVERIFY(example.contains(QStringLiteral("\"sig2rtm-project/")));
#endif
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
