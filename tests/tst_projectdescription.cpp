// SPDX-License-Identifier: MIT
// Project descriptions (sig2rtm-project/1): valid files load, and every malformed one is rejected with a
// message that names the file, the line and column, and the JSON pointer.

#include "projectdescription.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sig2rtm;

class TestProjectDescription : public QObject
{
    Q_OBJECT

private slots:
    void loadsAValidDescription();
    void sourcesAreRelativeToTheFile();
    void malformed_data();
    void malformed();
    void reportsEveryProblemAtOnce();
    void unreadableOrHugeFiles();
    void roundTripsThroughToJsonText();
};

namespace {
const char* kValid = R"({
  "format": "sig2rtm-project/1",
  "name": "Legacy Chat",
  "appId": "0123456789abcdef0123456789ABCDEF",
  "clients": [
    {"platform": "web", "sdkVersion": "1.0.5", "features": ["special-channels"], "messageTypes": ["object", "string"]},
    {"platform": "android", "sdk": "signaling", "sdkVersion": "unknown", "features": ["pstn", "set-background"],
     "notes": "main app"},
    {"platform": "ios", "sdk": "rtm"}
  ],
  "exclude": ["**/generated/**"],
  "suppressions": [{"rule": "pstn.call", "file": "android/Dialer.java", "line": 12, "reason": "dead code"}]
})";
} // namespace

void TestProjectDescription::loadsAValidDescription()
{
    Diagnostics diagnostics;
    const auto d = ProjectDescription::load(kValid, QStringLiteral("project.json"), QDir::tempPath(), &diagnostics);
    QVERIFY2(d, qPrintable(toString(diagnostics)));
    QCOMPARE(d->name, QStringLiteral("Legacy Chat"));
    QCOMPARE(d->clients.size(), std::size_t(3));
    QCOMPARE(d->clients[0].platform, QStringLiteral("web"));
    QCOMPARE(d->clients[0].sdkVersion.value_or(QString()), QStringLiteral("1.0.5"));
    QCOMPARE(d->clients[0].features.size(), std::size_t(1));
    QCOMPARE(d->clients[0].features[0].where.line, 6);
    QCOMPARE(d->clients[0].messageTypes.size(), std::size_t(2));
    QVERIFY(!d->clients[1].sdkVersion.has_value()); // "unknown"
    QCOMPARE(d->clients[1].features[0].value, QStringLiteral("pstn"));
    QCOMPARE(d->clients[1].where.line, 7);
    QVERIFY(d->clients[2].sdk == SdkKind::Rtm);
    QCOMPARE(d->exclude, QStringList{QStringLiteral("**/generated/**")});
    QCOMPARE(d->suppressions.size(), std::size_t(1));
    QCOMPARE(d->suppressions[0].line, 12);
}

void TestProjectDescription::sourcesAreRelativeToTheFile()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("code/web")));
    const QString path = dir.filePath(QStringLiteral("desc/p.json"));
    QDir().mkpath(dir.filePath(QStringLiteral("desc")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "sig2rtm-project/1", "name": "x", "sources": ["../code/web"]})");
    file.close();
    Diagnostics diagnostics;
    const auto d = ProjectDescription::loadFile(path, &diagnostics);
    QVERIFY2(d, qPrintable(toString(diagnostics)));
    QCOMPARE(d->sources, QStringList{QDir::cleanPath(dir.filePath(QStringLiteral("code/web")))});
    QCOMPARE(d->path, QFileInfo(path).absoluteFilePath());
}

void TestProjectDescription::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    const auto row = [](const char* name, const char* text, int line, int column, const char* pointer,
                        const char* message) {
        QTest::newRow(name) << QByteArray(text) << line << column << QString::fromUtf8(pointer)
                            << QString::fromUtf8(message);
    };
    row("empty file", "", 1, 1, "", "invalid JSON");
    row("truncated", "{\n  \"format\": \"sig2rtm-project/1\",\n  \"name\": \"x\"", 3, 14, "", "invalid JSON");
    row("trailing comma", "{\n  \"format\": \"sig2rtm-project/1\",\n  \"name\": \"x\",\n}", 4, 1, "", "invalid JSON");
    row("single quotes", "{'format': 'sig2rtm-project/1'}", 1, 2, "", "invalid JSON");
    row("comment", "{\n  // a comment\n  \"format\": \"sig2rtm-project/1\"\n}", 2, 3, "", "invalid JSON");
    row("top-level array", "[\n  {\"format\": \"sig2rtm-project/1\"}\n]", 1, 1, "/", "expected an object");
    row("missing format", "{\n  \"name\": \"x\",\n  \"clients\": []\n}", 1, 1, "/", "missing required key \"format\"");
    row("wrong format", "{\n  \"format\": \"sig2rtm-project/2\",\n  \"name\": \"x\", \"clients\": []\n}", 2, 13,
        "/format", "unsupported format");
    row("missing name", "{\"format\": \"sig2rtm-project/1\", \"clients\": []}", 1, 1, "/",
        "missing required key \"name\"");
    row("name not string", "{\"format\": \"sig2rtm-project/1\",\n \"name\": 42, \"clients\": []}", 2, 10, "/name",
        "expected a string, found integer");
    row("empty name", "{\"format\": \"sig2rtm-project/1\",\n \"name\": \"  \", \"clients\": []}", 2, 10, "/name",
        "must not be empty");
    row("unknown top key", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [],\n \"colour\": 1}", 2,
        2, "/colour", "unknown key \"colour\"");
    row("clients not array", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\",\n \"clients\": {}}", 2, 13,
        "/clients", "expected an array, found object");
    row("client not object", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\",\n \"clients\": [\"web\"]}", 2, 14,
        "/clients/0", "expected an object, found string");
    row("unknown platform",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"symbian\"}\n]}", 2, 16,
        "/clients/0/platform", "unknown platform \"symbian\"");
    row("missing platform",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"sdk\": \"rtm\"}\n]}", 2, 3,
        "/clients/0", "missing required key \"platform\"");
    row("unknown sdk",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"web\", \"sdk\": "
        "\"rtc\"}\n]}",
        2, 30, "/clients/0/sdk", "unknown SDK \"rtc\"");
    row("bad version",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"web\", "
        "\"sdkVersion\": "
        "\"v1.x\"}\n]}",
        2, 37, "/clients/0/sdkVersion", "is not a version");
    row("version number not string",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"web\", "
        "\"sdkVersion\": "
        "1.1}\n]}",
        2, 37, "/clients/0/sdkVersion", "expected a string, found number");
    row("unknown feature",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"android\",\n   "
        "\"features\": [\"pstn\", \"telepathy\"]}\n]}",
        3, 25, "/clients/0/features/1", "unknown value \"telepathy\"");
    row("features not list",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"android\", "
        "\"features\": "
        "\"pstn\"}\n]}",
        2, 39, "/clients/0/features", "expected an array, found string");
    row("message types on android",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"android\", "
        "\"messageTypes\": [\"object\"]}\n]}",
        2, 27, "/clients/0/messageTypes", "applies only to clients of these platforms: web, mini-program");
    row("unknown message type",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"web\", "
        "\"messageTypes\": "
        "[\"blob\"]}\n]}",
        2, 40, "/clients/0/messageTypes/0", "unknown value \"blob\"");
    row("unknown client key",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"web\", \"versoin\": "
        "\"1.2\"}\n]}",
        2, 23, "/clients/0/versoin", "unknown key \"versoin\"");
    row("bad app id", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [],\n \"appId\": \"xyz\"}", 2,
        11, "/appId", "32 hexadecimal");
    row("missing source folder",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\",\n \"sources\": [\"does-not-exist-42\"]}", 2, 14,
        "/sources/0", "does not exist");
    row("suppression without reason",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [],\n \"suppressions\": [{\"rule\": "
        "\"pstn.call\", "
        "\"file\": \"a.js\"}]}",
        2, 19, "/suppressions/0", "missing required key \"reason\"");
    row("suppression bad line",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [],\n \"suppressions\": [{\"rule\": "
        "\"pstn.call\", "
        "\"file\": \"a.js\", \"line\": 0, \"reason\": \"r\"}]}",
        2, 65, "/suppressions/0/line", "must be between 1 and");
    row("nothing to do", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\"}", 1, 1, "/", "needs \"clients\"");
    // Located at the bracket that goes one level too deep, not at 1:1.
    row("deep nesting", QByteArray(300, '[').append(QByteArray(300, ']')).constData(), 1, 257, "", "nested more than");
    row("deep nesting further down",
        QByteArray("{\"format\": \"sig2rtm-project/1\",\n \"x\": ")
            .append(QByteArray(300, '['))
            .append(QByteArray(300, ']'))
            .append('}')
            .constData(),
        2, 262, "", "nested more than");
    // JSON leaves a repeated key undefined (the parser would keep the last): an error at the repeat.
    row("repeated key", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\",\n \"name\": \"y\", \"clients\": []}", 2,
        2, "/name", "the key \"name\" appears twice in one object (first at line 1, column 33)");
    row("repeated key in a client",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\", \"clients\": [\n  {\"platform\": \"web\",\n   "
        "\"platform\": \"ios\"}\n]}",
        3, 4, "/clients/0/platform", "appears twice");
    row("number too large", "{\"format\": \"sig2rtm-project/1\", \"name\": \"x\",\n \"clients\": [], \"n\": -1e999}", 2,
        22, "", "a number too large to read");
    row("utf-8 column",
        "{\"format\": \"sig2rtm-project/1\", \"name\": \"聊天\", \"clients\": [\n  {\"platform\": \"网页\"}\n]}", 2, 16,
        "/clients/0/platform", "unknown platform \"网页\"");
}

void TestProjectDescription::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    const auto d = ProjectDescription::load(text, QStringLiteral("team/project.json"), QDir::tempPath(), &diagnostics);
    QVERIFY(!d);
    QVERIFY(!diagnostics.isEmpty());
    const Diagnostic& first = diagnostics.first();
    QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
    QCOMPARE(first.file, QStringLiteral("team/project.json"));
    QCOMPARE(first.line, line);
    QCOMPARE(first.column, column);
    QCOMPARE(first.pointer, pointer);
    // The printed form is what editors parse: file:line:column: message
    QVERIFY(first.toString().startsWith(QStringLiteral("team/project.json:%1:%2: ").arg(line).arg(column)));
}

void TestProjectDescription::reportsEveryProblemAtOnce()
{
    const QByteArray text = R"({
  "format": "sig2rtm-project/1",
  "name": 7,
  "clients": [
    {"platform": "symbian"},
    {"platform": "web", "features": ["nope"]}
  ],
  "extra": true
})";
    Diagnostics diagnostics;
    QVERIFY(!ProjectDescription::load(text, QStringLiteral("p.json"), {}, &diagnostics));
    QStringList pointers;
    for (const auto& d : diagnostics) {
        pointers << d.pointer;
    }
    QVERIFY2(pointers.contains(QStringLiteral("/name")), qPrintable(pointers.join(u' ')));
    QVERIFY(pointers.contains(QStringLiteral("/clients/0/platform")));
    QVERIFY(pointers.contains(QStringLiteral("/clients/1/features/0")));
    QVERIFY(pointers.contains(QStringLiteral("/extra")));
    QCOMPARE(diagnostics.size(), 4);
}

void TestProjectDescription::unreadableOrHugeFiles()
{
    Diagnostics diagnostics;
    QVERIFY(!ProjectDescription::loadFile(QStringLiteral("/nonexistent/p.json"), &diagnostics));
    QVERIFY(diagnostics.first().message.contains(QLatin1String("no such file")));

    QTemporaryDir dir;
    diagnostics.clear();
    QVERIFY(!ProjectDescription::loadFile(dir.path(), &diagnostics));
    QVERIFY(diagnostics.first().message.contains(QLatin1String("folder")));

    const QString huge = dir.filePath(QStringLiteral("huge.json"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(20) * 1024 * 1024));
    file.close();
    diagnostics.clear();
    QVERIFY(!ProjectDescription::loadFile(huge, &diagnostics));
    QVERIFY(diagnostics.first().message.contains(QLatin1String("at most 16 MB")));

    const QString binary = dir.filePath(QStringLiteral("binary.json"));
    QFile bin(binary);
    QVERIFY(bin.open(QIODevice::WriteOnly));
    bin.write(QByteArray("\x00\xff\xfe{", 4));
    bin.close();
    diagnostics.clear();
    QVERIFY(!ProjectDescription::loadFile(binary, &diagnostics));
    QVERIFY(diagnostics.first().message.contains(QLatin1String("invalid JSON")));

#ifdef Q_OS_UNIX
    // A FIFO would block the read forever, a device never end: refused at once, by the opened descriptor's type.
    const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString& special : {fifo, QStringLiteral("/dev/zero")}) {
        diagnostics.clear();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!ProjectDescription::loadFile(special, &diagnostics));
        QVERIFY2(diagnostics.first().message.contains(QLatin1String("not a regular file")),
                 qPrintable(diagnostics.first().toString()));
        QVERIFY(timer.elapsed() < 5000);
    }
#endif
}

void TestProjectDescription::roundTripsThroughToJsonText()
{
    Diagnostics diagnostics;
    const auto d = ProjectDescription::load(kValid, QStringLiteral("p.json"), {}, &diagnostics);
    QVERIFY(d);
    const QByteArray text = d->toJsonText();
    const auto again = ProjectDescription::load(text, QStringLiteral("again.json"), {}, &diagnostics);
    QVERIFY2(again, qPrintable(toString(diagnostics) + u'\n' + QString::fromUtf8(text)));
    QCOMPARE(again->name, d->name);
    QCOMPARE(again->appId, d->appId);
    QCOMPARE(again->clients.size(), d->clients.size());
    for (std::size_t i = 0; i < d->clients.size(); ++i) {
        QCOMPARE(again->clients[i].platform, d->clients[i].platform);
        QCOMPARE(again->clients[i].sdkVersion, d->clients[i].sdkVersion);
        QCOMPARE(again->clients[i].features.size(), d->clients[i].features.size());
        QCOMPARE(again->clients[i].messageTypes.size(), d->clients[i].messageTypes.size());
    }
    QCOMPARE(again->suppressions.size(), d->suppressions.size());
}

QTEST_GUILESS_MAIN(TestProjectDescription)
#include "tst_projectdescription.moc"
