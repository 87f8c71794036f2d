// SPDX-License-Identifier: MIT
// Files too large to read whole (largefile.h): analysed in windows, they must give what the whole-file analysis gives
// (rule, line, column, snippet of every finding and inventory place) wherever the window borders fall, in one-line
// and multi-line code, invalid UTF-8, GB18030, UTF-16 and HTML; a bundle of tens of MB, and a sparse file of more
// than 2 GiB with a call near its end, are analysed; what cannot be read is skipped with a reason.

#include "fileanalyzer.h"
#include "largefile.h"
#include "scanner.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace sig2rtm;

namespace {

// A sanitized build runs about ten times slower: its largest inputs shrink by this factor, their shapes (lines that
// span many windows, calls at the start, middle and end) stay. The plain build's suite reads the full sizes.
#ifdef SIG2RTM_SANITIZED
constexpr int kShrink = 2;
#else
constexpr int kShrink = 1;
#endif

const RuleIndex& ruleIndex()
{
    static const RuleIndex index(Catalog::builtin());
    return index;
}

// Real calls of the web fixtures (tests/data/projects/02-web-object-message, 10-web-pstn-dtmf): a session from
// Signal(), an array and a string sent with messageInstantSend, a PSTN invitation, a whitelisted domain and a mention.
QByteArray call(int n)
{
    const QByteArray k = QByteArray::number(n);
    switch (n % 5) {
    case 0:
        return "var s" + k + "=window.Signal(appId),n" + k + "=s" + k + ".login(account,token);n" + k +
               ".messageInstantSend(peer,['nudge',Date.now()]);";
    case 1:
        return "n" + k + ".channelInvitePhone(room,'+86" + k + "');";
    case 2: // the finding's text quotes the line of the assignment
        return "var m" + k + "='hello " + k + "';n" + k + ".messageInstantSend(peer,m" + k + ");";
    case 3:
        return "/* messageInstantSend of " + k + " */var d" + k + "='https://lbs-wx.agora.io/x';";
    default:
        return "this.call" + k + ".channelInviteDTMF(String(" + k + "));";
    }
}

// Code the calls sit in: regular expressions and divisions (the JavaScript lexer's context), templates, numbers.
QByteArray filler(int n)
{
    const QByteArray k = QByteArray::number(n);
    return "function f" + k + "(a,b){return a*" + k + "/2+b.length/3||g(\"k" + k + "\",[a,b],{x:" + k + "})}var r" + k +
           "=/ab+c\\/d/g.test(s),t" + k + "=`v${a/2}w" + k + "`,q" + k + "=.5e3;";
}

/// A minified file of about size bytes on one line, with a call every spacing bytes.
QByteArray oneLine(qsizetype size, qsizetype spacing)
{
    QByteArray out;
    out.reserve(size + 256);
    int n = 0;
    qsizetype nextCall = 0;
    while (out.size() < size) {
        if (out.size() >= nextCall) {
            out += call(n);
            nextCall += spacing;
        }
        out += filler(n++);
    }
    return out;
}

/// The same code over many lines, with block comments and template literals spanning lines and CRLF line ends.
QByteArray multiLine(qsizetype size, qsizetype spacing)
{
    QByteArray out;
    out.reserve(size + 256);
    int n = 0;
    qsizetype nextCall = 0;
    while (out.size() < size) {
        if (out.size() >= nextCall) {
            out += "  " + call(n) + "\n";
            nextCall += spacing;
        }
        out += filler(n);
        out += n % 7 == 0 ? "\r\n" : "\n";
        if (n % 11 == 0) {
            out += "/* a comment\n   over lines, with messageChannelSend( in it\n*/\n";
        }
        if (n % 13 == 0) {
            out +=
                "var tpl" + QByteArray::number(n) + " = `first line\nsecond ${n.messageInstantSend(p, 'x')} line\n`;\n";
        }
        ++n;
    }
    return out;
}

QStringList describe(const FileScan& scan)
{
    QStringList out;
    for (const auto& c : scan.candidates) {
        const Finding& f = c.finding;
        out << QStringLiteral("%1 %2:%3 %4 %5 [%6] %7 %8 (%9)")
                   .arg(f.rule)
                   .arg(f.line)
                   .arg(f.column)
                   .arg(f.length)
                   .arg(toString(f.context), toString(f.effect), c.subject, f.snippet,
                        f.reason.render(ReportLanguage::English, Catalog::builtin().get()));
    }
    for (const auto& i : scan.inventory) {
        out << QStringLiteral("inventory %1 %2:%3 %4 %5 [%6] %7")
                   .arg(i.api)
                   .arg(i.line)
                   .arg(i.column)
                   .arg(int(i.how))
                   .arg(i.name, i.receiver, i.snippet);
    }
    out.sort();
    return out;
}

/// What only one of two lists holds, for a failure message.
QString difference(const QStringList& actual, const QStringList& expected)
{
    QString out;
    for (const auto& a : actual) {
        if (!expected.contains(a)) {
            out += QStringLiteral("\n  only in the windows:    ") + a;
        }
    }
    for (const auto& e : expected) {
        if (!actual.contains(e)) {
            out += QStringLiteral("\n  only in the whole file: ") + e;
        }
    }
    return out;
}

QStringList facts(const FileScan& scan)
{
    QStringList bound = scan.boundNames;
    bound.removeDuplicates();
    bound.sort();
    return {bound.join(u','), QString::number(scan.webMarker), QString::number(scan.sdkFile),
            QString::number(scan.definesFactory)};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

LargeFileOptions smallWindows(qint64 window, qint64 after)
{
    LargeFileOptions options;
    options.windowBytes = window;
    options.afterBytes = after;
    options.chunkBytes = 100 * 1000; // chunks of the first pass that do not fall on windows
    return options;
}

const Finding* findingAt(const FileScan& scan, const QString& rule, int line, int column)
{
    for (const auto& c : scan.candidates) {
        if (c.finding.rule == rule && c.finding.line == line && c.finding.column == column) {
            return &c.finding;
        }
    }
    return nullptr;
}

} // namespace

class TestLargeFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void windowsGiveTheWholeFileAnswer_data();
    void windowsGiveTheWholeFileAnswer();
    void invalidUtf8OnOneLineIsStillRead();
    void vendoredSdkIsCountedOverTheWholeFile();
    void bundleOfFortyMegabytes();
    void sparseFileOverTwoGibibytes();
    void whatCannotBeReadIsSkippedWithAReason();
    void cancellationKeepsNothing();
    void scanTreeReadsLargeFilesInWindows();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestLargeFile::windowsGiveTheWholeFileAnswer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("after");

    const QByteArray line = oneLine(2 * 1000 * 1000 / kShrink, 1500);
    QTest::newRow("one line, 64 KiB windows") << "bundle.js" << line << qint64(64 * 1024) << qint64(16 * 1024);
    QTest::newRow("one line, odd windows") << "bundle.js" << line << qint64(50001) << qint64(3001);
    QTest::newRow("one line, tiny windows") << "bundle.js" << line.left(400 * 1000) << qint64(8192) << qint64(1024);
    const QByteArray lines = multiLine(2 * 1000 * 1000 / kShrink, 1500);
    QTest::newRow("lines, 64 KiB windows") << "app.js" << lines << qint64(64 * 1024) << qint64(16 * 1024);
    QTest::newRow("lines, tiny windows") << "app.js" << lines.left(400 * 1000) << qint64(4096) << qint64(1024);
    QTest::newRow("TypeScript") << "app.ts" << lines.left(600 * 1000) << qint64(30000) << qint64(4000);

    // Comments and strings longer than a window: a data URI, a block comment over lines, a template with code in it,
    // and a string that a line break ends unterminated.
    QByteArray longTokens = line.left(150 * 1000) + "var font='data:font/woff2;base64," + QByteArray(300 * 1000, 'A') +
                            "';" + call(2) + "/* messageInstantSend: " + QByteArray("x \n").repeated(100 * 1000) +
                            "*/" + call(1) + line.mid(150 * 1000, 100 * 1000) + "var tpl=`tpl " +
                            QByteArray(200 * 1000, 'y') + "${a+`inner`+{b:1}.b}" + QByteArray(100 * 1000, 'z') +
                            "`/2;" + call(1) + line.mid(250 * 1000, 100 * 1000) + "\nvar open=\"" +
                            QByteArray(200 * 1000, 'w') + "\n" + call(6) + line.mid(350 * 1000, 100 * 1000);
    QTest::newRow("long comments and strings") << "long.js" << longTokens << qint64(64 * 1024) << qint64(16 * 1024);

    // Invalid UTF-8 (neither UTF-8 nor GB18030: the whole file reads with replacement characters).
    QByteArray invalid = lines.left(800 * 1000);
    for (qsizetype at = 777; at < invalid.size(); at += 3333) {
        const qsizetype lineEnd = invalid.indexOf('\n', at);
        if (lineEnd > 0) {
            invalid.insert(lineEnd, "// \xFF\xFE bytes\n");
        }
    }
    QTest::newRow("invalid UTF-8") << "legacy.js" << invalid << qint64(32 * 1024) << qint64(8 * 1024);

    // GB18030 (Chinese comments and strings that are not UTF-8).
    QStringEncoder gb("GB18030");
    QByteArray chinese;
    for (qsizetype at = 0; at < 600 * 1000;) {
        const qsizetype end = lines.indexOf("\n  ", at + 2000); // before a call: not inside a comment or template
        const QByteArray part = lines.mid(at, end - at);
        at += part.size();
        chinese += part;
        chinese += QByteArray(gb.encode(QStringLiteral("\n// 发送消息给对方\nvar 消息 = '你好';")));
    }
    QTest::newRow("GB18030") << "chat.js" << chinese << qint64(32 * 1024) << qint64(8 * 1024);

    // UTF-16 with a byte order mark.
    QStringEncoder utf16(QStringEncoder::Utf16LE);
    const QByteArray wide =
        "\xFF\xFE" +
        QByteArray(utf16.encode(QString::fromUtf8(lines.left(500 * 1000)) + QStringLiteral("\n// 结束 😀\n")));
    QTest::newRow("UTF-16") << "wide.js" << wide << qint64(32 * 1024) << qint64(8 * 1024);
    QStringEncoder bigEndian(QStringEncoder::Utf16BE); // without a byte order mark, as some Windows tools write
    const QByteArray wideBe = bigEndian.encode(QString::fromUtf8(lines.left(300 * 1000)));
    QTest::newRow("UTF-16BE, no mark") << "wide.ts" << wideBe << qint64(32 * 1024) << qint64(8 * 1024);

    // HTML whose scripts span windows: a window inside a script starts with its opening tag.
    QByteArray html = "<!DOCTYPE html>\n<html><head><title>chat</title>\n"
                      "<script type=\"text/javascript\" src=\"js/AgoraSig-1.4.0.js\"></script>\n<script>\n";
    html += lines.left(300 * 1000);
    html += "\n</script>\n<style>body { color: red; }</style></head><body>\n";
    for (int i = 0; i < 400; ++i) {
        html += "<div class=\"row\" data-i=\"" + QByteArray::number(i) + "\">text</div>\n";
    }
    html += "<script type=\"module\">" + line.left(200 * 1000) + "</script>\n</body></html>\n";
    QTest::newRow("HTML") << "index.html" << html << qint64(32 * 1024) << qint64(8 * 1024);

    // HTML with tokens longer than a window: an attribute value before another attribute of its tag, a string in a
    // script, a comment.
    QByteArray longHtml = "<html><body>\n<script src=\"data:text/javascript;base64," + QByteArray(100 * 1000, 'B') +
                          "\" type=\"module\">" + call(1) + line.left(50 * 1000) + "var s='" +
                          QByteArray(100 * 1000, 'C') + "'/2;" + call(6) + line.mid(50 * 1000, 50 * 1000) +
                          "</script>\n<!-- " + QByteArray("- -\n").repeated(30 * 1000) + "-->\n<script>" + call(11) +
                          line.mid(100 * 1000, 50 * 1000) + "</script></body></html>\n";
    QTest::newRow("HTML, long tokens") << "page.html" << longHtml << qint64(16 * 1024) << qint64(4 * 1024);
}

void TestLargeFile::windowsGiveTheWholeFileAnswer()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, window);
    QFETCH(qint64, after);
    const QString file = path(name);
    QVERIFY(writeFile(file, bytes));

    const FileScan whole = analyzeFile(ruleIndex(), name, bytes, false, false);
    const LargeFileScan large =
        analyzeLargeFile(ruleIndex(), file, {}, name, bytes.size(), false, smallWindows(window, after));
    QCOMPARE(large.status, LargeFileScan::Status::Analysed);
    QCOMPARE(large.size, bytes.size());
    QVERIFY2(large.windows > 4, qPrintable(QString::number(large.windows)));
    const QStringList expected = describe(whole);
    QVERIFY2(expected.size() > 20, qPrintable(expected.join(u'\n')));
    QVERIFY2(describe(large.scan) == expected, qPrintable(difference(describe(large.scan), expected)));
    QCOMPARE(facts(large.scan), facts(whole));
    QCOMPARE(large.scan.language, whole.language);
    QCOMPARE(large.blindStarts, 0);
}

void TestLargeFile::invalidUtf8OnOneLineIsStillRead()
{
    // A window with invalid bytes still ends at a token: its replacement characters stand for one byte each.
    QByteArray bytes = oneLine(1000 * 1000, 1500);
    for (qsizetype at = bytes.indexOf("function", 1000); at > 0; at = bytes.indexOf("function", at + 7000)) {
        bytes.insert(at, "var z='\xFF';");
    }
    const QString file = path(QStringLiteral("invalid-one-line.js"));
    QVERIFY(writeFile(file, bytes));
    const FileScan whole = analyzeFile(ruleIndex(), QStringLiteral("x.js"), bytes, false, false);
    const LargeFileScan large = analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("x.js"), bytes.size(), false,
                                                 smallWindows(64 * 1024, 16 * 1024));
    QCOMPARE(large.status, LargeFileScan::Status::Analysed);
    QCOMPARE(large.blindStarts, 0);
    const auto count = [](const FileScan& scan, const QString& rule) {
        QStringList columns;
        for (const auto& c : scan.candidates) {
            if (c.finding.rule == rule) {
                columns << QString::number(c.finding.column);
            }
        }
        return columns;
    };
    QVERIFY(count(whole, QStringLiteral("pstn.call")).size() > 100);
    const QStringList windowed = count(large.scan, QStringLiteral("pstn.call"));
    const QStringList expected = count(whole, QStringLiteral("pstn.call"));
    QVERIFY2(windowed == expected, qPrintable(difference(windowed, expected)));
}

void TestLargeFile::vendoredSdkIsCountedOverTheWholeFile()
{
    // The markers of the vendored Web SDK lie windows apart: the file is still the SDK's own, reported once at its
    // first marker, and the calls inside it are not the app's.
    QByteArray bytes = oneLine(300 * 1000, 5000);
    bytes.insert(250 * 1000, "var u='https://x-sig-web.agora.io/';");
    bytes.insert(150 * 1000, "var w='/getaddr?vid=';");
    bytes.insert(50 * 1000, "var SIGNALING_SDK_VERSION='1.4.0',m='user_sendmsg';");
    const QString file = path(QStringLiteral("vendor.js"));
    QVERIFY(writeFile(file, bytes));
    const FileScan whole = analyzeFile(ruleIndex(), QStringLiteral("vendor.js"), bytes, false, false);
    QVERIFY(whole.sdkFile);
    const LargeFileScan large = analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("vendor.js"), bytes.size(),
                                                 false, smallWindows(16 * 1024, 4096));
    QCOMPARE(describe(large.scan), describe(whole));
    QCOMPARE(facts(large.scan), facts(whole));
    int fingerprints = 0;
    for (const auto& c : large.scan.candidates) {
        QVERIFY2(c.finding.sdk, qPrintable(c.finding.rule)); // presence only: the calls in it are not the app's
        if (c.finding.rule == QLatin1String("sdk.web.fingerprint")) {
            ++fingerprints;
            QCOMPARE(c.finding.version, QStringLiteral("1.4.0")); // read windows after its first marker
        }
    }
    QCOMPARE(fingerprints, 1);
}

void TestLargeFile::bundleOfFortyMegabytes()
{
    // A one-line bundle with calls at its start, its middle and its end, with the default windows.
    const QByteArray head = call(1);
    const QByteArray body = oneLine(20 * 1000 * 1000 / kShrink, 1 << 30).mid(call(0).size());
    QByteArray bytes = head + body + call(6) + body + call(11) + "\n";
    const QString file = path(QStringLiteral("bundle.min.js"));
    QVERIFY(writeFile(file, bytes));
    bytes.clear(); // the test holds no copy of the file while it is analysed
    const LargeFileScan large =
        analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("dist/bundle.min.js"), qint64(64) << 20, false);
    QCOMPARE(large.status, LargeFileScan::Status::Analysed);
    QVERIFY(large.windows >= 2 * body.size() / LargeFileOptions().windowBytes);
    QCOMPARE(large.blindStarts, 0);
    const int middle = int(head.size() + body.size());
    const int end = int(middle + call(6).size() + body.size());
    const auto columnOf = [](const QByteArray& c, int at) { return at + int(c.indexOf("channelInvitePhone")) + 1; };
    for (int column : {columnOf(head, 0), columnOf(call(6), middle), columnOf(call(11), end)}) {
        const Finding* f = findingAt(large.scan, QStringLiteral("pstn.call"), 1, column);
        QVERIFY2(f, qPrintable(QString::number(column)));
        QVERIFY(f->snippet.contains(QLatin1String("channelInvitePhone(room,")));
        QVERIFY(f->snippet.size() < 200);
    }
    QCOMPARE(large.scan.candidates.size(), std::size_t(3));
}

void TestLargeFile::sparseFileOverTwoGibibytes()
{
    // More than QByteArray or QString can be asked to hold as one int-indexed text: analysed, not passed over.
    const QString file = path(QStringLiteral("huge.js"));
    const qint64 size = (qint64(2) << 30) + (1 << 20);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        // A text head of more than 8 KB: a NUL byte there would make the file binary.
        QVERIFY(out.write("// generated\n" + QByteArray("var a = 1;\n").repeated(1000)) > 0);
        QVERIFY(out.resize(size)); // a hole: no disk space, zero bytes
        QVERIFY(out.seek(size - 4096));
        QVERIFY(out.write("\n" + call(0) + call(1) + "\n") > 0);
    }
    QCOMPARE(QFileInfo(file).size(), size);
    const LargeFileScan large =
        analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("huge.js"), qint64(4096) << 20, false);
    QCOMPARE(large.status, LargeFileScan::Status::Analysed);
    const int column = int(call(0).size() + call(1).indexOf("channel")) + 1;
    const Finding* f = findingAt(large.scan, QStringLiteral("pstn.call"), 1003, column);
    QVERIFY2(f, qPrintable(describe(large.scan).join(u'\n')));
    QCOMPARE(f->snippet, QString::fromLatin1(call(0) + call(1)));

    // The scan lists it with its finding, not as skipped.
    QTemporaryDir tree;
    QVERIFY(QFile::rename(file, tree.filePath(QStringLiteral("huge.js"))));
    ScanOptions options;
    options.roots = {tree.path()};
    options.maxTextFileBytes = qint64(4096) << 20;
    const ScanOutput out = scanTree(options);
    QVERIFY(out.skipped.empty());
    QVERIFY(std::any_of(out.findings.begin(), out.findings.end(), [&](const Finding& x) {
        return x.rule == QLatin1String("pstn.call") && x.line == 1003 && x.column == column;
    }));
}

void TestLargeFile::whatCannotBeReadIsSkippedWithAReason()
{
    const QByteArray code = oneLine(100 * 1000, 1000);
    const QString file = path(QStringLiteral("limit.js"));
    QVERIFY(writeFile(file, code));
    QCOMPARE(analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("limit.js"), code.size() - 1, false).status,
             LargeFileScan::Status::TooLarge);
    const QString binary = path(QStringLiteral("data.js"));
    QVERIFY(writeFile(binary, QByteArray("var a;\0", 7) + code));
    QCOMPARE(analyzeLargeFile(ruleIndex(), binary, {}, QStringLiteral("data.js"), 1 << 30, false).status,
             LargeFileScan::Status::Binary);
    const LargeFileScan missing =
        analyzeLargeFile(ruleIndex(), path(QStringLiteral("gone.js")), {}, QStringLiteral("gone.js"), 1 << 30, false);
    QCOMPARE(missing.status, LargeFileScan::Status::Failed);
    QVERIFY(missing.failure.render(ReportLanguage::English, nullptr).startsWith(QLatin1String("cannot read: ")));
#ifdef Q_OS_UNIX
    const QString fifo = path(QStringLiteral("pipe.js"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const LargeFileScan pipe = analyzeLargeFile(ruleIndex(), fifo, {}, QStringLiteral("pipe.js"), 1 << 30, false);
    QCOMPARE(pipe.status, LargeFileScan::Status::Failed); // and returned at once: the open does not wait for a writer
    QVERIFY(pipe.failure.render(ReportLanguage::English, nullptr).startsWith(QLatin1String("not a regular file")));
    const QString link = path(QStringLiteral("link.js"));
    QVERIFY(QFile::link(file, link));
    const LargeFileScan linked = analyzeLargeFile(ruleIndex(), link, {}, QStringLiteral("link.js"), 1 << 30, false);
    QCOMPARE(linked.status, LargeFileScan::Status::Failed);
    QVERIFY(linked.failure.render(ReportLanguage::English, nullptr).contains(QLatin1String("symbolic link")));
#endif
}

void TestLargeFile::cancellationKeepsNothing()
{
    // A cancelled scan (Ctrl+C in the CLI, Cancel in the app) stops a large file at its next chunk or window and keeps
    // nothing of it: the scanner treats it as a file not reached.
    QByteArray bytes;
    for (int n = 0; n < 4000; ++n) {
        bytes += call(n);
    }
    const QString file = path(QStringLiteral("cancel.min.js"));
    QVERIFY(writeFile(file, bytes));
    std::atomic_bool cancel{true};
    LargeFileOptions options = smallWindows(4096, 1024);
    options.cancel = &cancel;
    const LargeFileScan stopped =
        analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("cancel.min.js"), bytes.size(), false, options);
    QCOMPARE(stopped.status, LargeFileScan::Status::Canceled);
    QVERIFY(stopped.scan.candidates.empty());
    QCOMPARE(stopped.windows, 0);
    cancel = false;
    const LargeFileScan whole =
        analyzeLargeFile(ruleIndex(), file, {}, QStringLiteral("cancel.min.js"), bytes.size(), false, options);
    QCOMPARE(whole.status, LargeFileScan::Status::Analysed);
    QVERIFY(whole.windows > 10);
    QVERIFY(whole.scan.candidates.size() >= 3200);
}

void TestLargeFile::scanTreeReadsLargeFilesInWindows()
{
    // Above kLargeFileBytes the scan goes through the windows; above the limit it lists the file as skipped.
    QTemporaryDir tree;
    QByteArray bytes = oneLine(kLargeFileBytes + 500 * 1000, 1 << 30);
    bytes += call(1);
    QVERIFY(writeFile(tree.filePath(QStringLiteral("bundle.js")), bytes));
    QVERIFY(writeFile(tree.filePath(QStringLiteral("small.js")), call(0)));
    ScanOptions options;
    options.roots = {tree.path()};
    options.maxTextFileBytes = 64 << 20;
    const ScanOutput out = scanTree(options);
    QVERIFY(out.skipped.empty());
    QCOMPARE(out.stats.sourceFiles, qint64(2));
    int inBundle = 0;
    for (const auto& f : out.findings) {
        if (f.file == QLatin1String("bundle.js") && f.rule == QLatin1String("pstn.call")) {
            ++inBundle;
            QCOMPARE(f.column, int(bytes.size() - call(1).size() + call(1).indexOf("channel") + 1));
        }
    }
    QCOMPARE(inBundle, 1);

    options.maxTextFileBytes = 4 << 20;
    const ScanOutput limited = scanTree(options);
    QCOMPARE(limited.skipped.size(), std::size_t(1));
    QCOMPARE(limited.skipped.front().path, QStringLiteral("bundle.js"));
    QCOMPARE(limited.skipped.front().reason.render(ReportLanguage::English, nullptr),
             QStringLiteral("larger than the 4 MB limit for text files"));
}

QTEST_GUILESS_MAIN(TestLargeFile)
#include "tst_largefile.moc"
