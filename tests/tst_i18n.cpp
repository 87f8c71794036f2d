// SPDX-License-Identifier: MIT
// One translation path: every text the engine produces is a language-neutral Message, and every one of
// them has a Chinese rendering (from the translation file or the catalog). Code, paths and API names are
// literals and exempt. The same report renders in either language without a rescan.

#include "assessment.h"
#include "catalog.h"
#include "evaluator.h"
#include "message.h"
#include "projectdescription.h"

#include <nlohmann/json.hpp>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

namespace {

const QRegularExpression& cjk()
{
    static const QRegularExpression re(QStringLiteral("[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}]"));
    return re;
}

/// Prose, as opposed to names: a word in lower case ("the", "argument"). "Web", "macOS" and "RTM" are names
/// that read the same in Chinese.
bool hasProse(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("(^|[^A-Za-z%])[a-z]{3,}($|[^A-Za-z])"));
    return word.match(text).hasMatch();
}

bool hasLetters(const QString& text)
{
    // Placeholders (%1, %n) are not words.
    QString stripped = text;
    stripped.remove(QRegularExpression(QStringLiteral("%[0-9n]")));
    return std::any_of(stripped.cbegin(), stripped.cend(), [](QChar c) { return c.isLetter(); });
}

/// Every part of a message that would show English in a Chinese report: a code text without a Chinese
/// translation, or a catalog text without a Chinese version.
void untranslatedParts(const Message& message, const Catalog& catalog, QStringList* out)
{
    switch (message.kind()) {
    case Message::Kind::Translated: {
        const QByteArray source = message.key().toUtf8();
        const QString zh = translate(ReportLanguage::Chinese, source.constData(), message.count());
        const QString en = translate(ReportLanguage::English, source.constData(), message.count());
        if (hasProse(en) && zh == en) {
            *out << QStringLiteral("code text: \"%1\"").arg(message.key());
        }
        break;
    }
    case Message::Kind::Catalog: {
        const LocalizedText* text = catalog.text(message.key());
        if (!text) {
            *out << QStringLiteral("catalog path without text: %1").arg(message.key());
        } else if (text->zh.isEmpty() || (hasProse(text->en) && text->zh == text->en)) {
            *out << QStringLiteral("catalog text without Chinese: %1").arg(message.key());
        }
        break;
    }
    case Message::Kind::Empty:
    case Message::Kind::Literal:
    case Message::Kind::Sentences:
    case Message::Kind::List:
        break;
    }
    for (const auto& arg : message.args()) {
        untranslatedParts(arg, catalog, out);
    }
}

QStringList untranslated(const Report& report)
{
    QStringList out;
    const Catalog& catalog = *report.catalog;
    for (const auto& f : report.findings) {
        untranslatedParts(f.reason, catalog, &out);
        untranslatedParts(f.versionMissing, catalog, &out);
    }
    for (const auto& row : report.rows) {
        untranslatedParts(row.summary, catalog, &out);
    }
    for (const auto& e : report.sdk) {
        untranslatedParts(e.missing, catalog, &out);
    }
    for (const auto& s : report.skipped) {
        untranslatedParts(s.reason, catalog, &out);
    }
    out.removeDuplicates();
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// A tree that makes the walker skip entries for every reason it has, next to real Signaling code.
void makeSkippyTree(const QString& root)
{
    writeFile(root + QStringLiteral("/node_modules/x/index.js"), "module.exports = 1;\n");
    writeFile(root + QStringLiteral("/build/out.js"), "var a = 1;\n");
    writeFile(root + QStringLiteral("/assets/logo.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    writeFile(root + QStringLiteral("/big.js"), QByteArray(2 * 1024 * 1024, 'a'));
    QFile::link(root + QStringLiteral("/loop"), root + QStringLiteral("/loop"));
    QFile::link(QDir::tempPath(), root + QStringLiteral("/outside"));
    writeFile(root + QStringLiteral("/web/chat.js"),
              "var signal = Signal('0123456789abcdef0123456789abcdef');\n"
              "var session = signal.login('u', '_no_need_token');\n"
              "session.onInviteMsg = function (call, extra) { console.log(call); };\n"
              "var channel = session.channelJoin('__agora_user_online');\n"
              "channel.messageChannelSend({ kind: 'hello' });\n"
              "session.messageInstantSend('peer', someValue);\n");
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private slots:
    void translationFileIsComplete_data();
    void translationFileIsComplete();
    void englishPluralsHaveNoParentheses();
    void everyScanMessageHasChinese_data();
    void everyScanMessageHasChinese();
    void everyDeclaredMessageHasChinese();
    void oneReportRendersInBothLanguages();
    void diagnosticsFollowTheInstalledLanguage();
    void cliChineseReportHasNoEnglishText();
};

void TestI18n::translationFileIsComplete_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("atLeast");
    QTest::newRow("Chinese") << QStringLiteral("sig2rtm_zh_CN.ts") << 300;
    // English holds only the plural forms of the texts that count something.
    QTest::newRow("English plurals") << QStringLiteral("sig2rtm_en.ts") << 10;
}

void TestI18n::translationFileIsComplete()
{
    QFETCH(QString, name);
    QFETCH(int, atLeast);
    QFile file(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/i18n/") + name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    QStringList unfinished;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const bool markedUnfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished";
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (markedUnfinished || (text.trimmed().isEmpty() && hasLetters(source))) {
                unfinished << source;
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > atLeast);
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated:\n") + unfinished.join(u'\n')));
}

void TestI18n::englishPluralsHaveNoParentheses()
{
    QCOMPARE(translate(ReportLanguage::English, QT_TRANSLATE_N_NOOP("sig2rtm", "%n note(s)"), 1), u"1 note"_s);
    QCOMPARE(translate(ReportLanguage::English, QT_TRANSLATE_N_NOOP("sig2rtm", "%n note(s)"), 10), u"10 notes"_s);
    QCOMPARE(translate(ReportLanguage::English,
                       QT_TRANSLATE_N_NOOP("sig2rtm", "%n finding(s) need a human decision; first: %1: %2"), 1),
             u"1 finding needs a human decision; first: %1: %2"_s);
    // The widgets' tr() gets the same forms once the English translation is installed.
    QVERIFY(installTranslation(ReportLanguage::English));
    QCOMPARE(QCoreApplication::translate("sig2rtm", "%n note(s)", nullptr, 2), u"2 notes"_s);
    QCOMPARE(QCoreApplication::translate("sig2rtm", "%n note(s)", nullptr, 1), u"1 note"_s);
}

void TestI18n::everyScanMessageHasChinese_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("bundled sample") << QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat");
    const QDir projects(QStringLiteral(SIG2RTM_TEST_DATA "/projects"));
    for (const auto& name : projects.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QTest::newRow(qPrintable(name)) << projects.filePath(name);
    }
    QTest::newRow("skipped entries") << QString();
}

void TestI18n::everyScanMessageHasChinese()
{
    QFETCH(QString, folder);
    QTemporaryDir temp;
    const bool skippy = folder.isEmpty();
    if (skippy) {
        QVERIFY(temp.isValid());
        makeSkippyTree(temp.path());
        folder = temp.path();
    }
    AssessmentRequest request;
    request.inputs = {folder};
    request.language = ReportLanguage::Chinese;
    request.maxTextFileBytes = 1024 * 1024;
    Diagnostics diagnostics;
    const auto report = assess(request, nullptr, nullptr, &diagnostics);
    QVERIFY2(report, qPrintable(toString(diagnostics)));
    if (skippy) {
        QVERIFY2(report->skipped.size() >= 5, "the tree makes the walker skip entries for several reasons");
    }
    const QStringList missing = untranslated(*report);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    // And what a person reads is Chinese: every summary and reason has Chinese characters.
    for (const auto& row : report->rows) {
        QVERIFY2(cjk().match(report->render(row.summary)).hasMatch(), qPrintable(report->render(row.summary)));
    }
    for (const auto& f : report->findings) {
        QVERIFY2(cjk().match(report->render(f.reason)).hasMatch(), qPrintable(report->render(f.reason)));
    }
    for (const auto& s : report->skipped) {
        QVERIFY2(cjk().match(report->render(s.reason)).hasMatch(), qPrintable(report->render(s.reason)));
    }
}

void TestI18n::everyDeclaredMessageHasChinese()
{
    // Every feature, message type and declared client kind of the catalog, on a description.
    const auto catalog = Catalog::builtin();
    ProjectDescription d;
    d.name = QStringLiteral("all declarations");
    for (const auto& platform : catalog->platforms()) {
        DeclaredClient client;
        client.platform = platform.id;
        client.sdk = SdkKind::Signaling;
        for (const auto& feature : catalog->featureIds()) {
            client.features.push_back({feature, {}});
        }
        if (catalog->declarations().messageTypePlatforms.contains(platform.id)) {
            for (const auto& type : catalog->messageTypeIds()) {
                client.messageTypes.push_back({type, {}});
            }
        }
        d.clients.push_back(client);
        DeclaredClient migrated;
        migrated.platform = platform.id;
        migrated.sdk = SdkKind::Rtm;
        d.clients.push_back(migrated);
    }
    const Report report = assessDescription(d, catalog, ReportLanguage::Chinese);
    QVERIFY(report.findings.size() > 50);
    const QStringList missing = untranslated(report);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    const QString request = report.supportRequest();
    QVERIFY2(request.contains(QStringLiteral("您好")), qPrintable(request));
    // Chinese punctuation throughout: no English status word, no half-width colon or semicolon after a label.
    QVERIFY2(request.contains(QStringLiteral("App ID：")), qPrintable(request));
    QVERIFY2(!request.contains(QLatin1String("(fail)")) && !request.contains(QLatin1String("; ")), qPrintable(request));
}

void TestI18n::oneReportRendersInBothLanguages()
{
    AssessmentRequest request;
    request.inputs = {QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat")};
    Diagnostics diagnostics;
    auto report = assess(request, nullptr, nullptr, &diagnostics);
    QVERIFY2(report, qPrintable(toString(diagnostics)));
    QCOMPARE(report->language, ReportLanguage::English);
    const Finding* first = &report->findings.front();
    const QString english = report->render(first->reason);
    const QString englishSummary = report->render(report->rows.front().summary);
    QVERIFY(!cjk().match(english).hasMatch());
    QVERIFY(!english.isEmpty());

    Report chinese = *report; // no rescan: the same findings, another language
    chinese.language = ReportLanguage::Chinese;
    const QString zh = chinese.render(chinese.findings.front().reason);
    QVERIFY2(cjk().match(zh).hasMatch(), qPrintable(zh));
    QVERIFY(cjk().match(chinese.render(chinese.rows.front().summary)).hasMatch());
    QVERIFY(zh != english);
    QCOMPARE(report->render(first->reason), english);
    QCOMPARE(report->render(report->rows.front().summary), englishSummary);
    const QByteArray json = toJsonText(chinese);
    QVERIFY(json.contains("\"language\": \"zh_CN\""));
    QVERIFY(QString::fromUtf8(json).contains(zh));
}

void TestI18n::diagnosticsFollowTheInstalledLanguage()
{
    const QByteArray bad = R"({"format": "sig2rtm-project/1", "name": "x", "clients": [{"platform": "amiga"}]})";
    Diagnostics english;
    QVERIFY(!ProjectDescription::load(bad, QStringLiteral("d.json"), QDir::tempPath(), &english));
    QVERIFY(!english.isEmpty());
    QVERIFY(!cjk().match(english.first().message).hasMatch());

    QVERIFY(installTranslation(ReportLanguage::Chinese));
    Diagnostics chinese;
    QVERIFY(!ProjectDescription::load(bad, QStringLiteral("d.json"), QDir::tempPath(), &chinese));
    Diagnostics rules;
    QVERIFY(!Catalog::load("{\"format\": 3}", QStringLiteral("r.json"), &rules));
    QVERIFY(installTranslation(ReportLanguage::English));
    QVERIFY2(cjk().match(chinese.first().message).hasMatch(), qPrintable(chinese.first().message));
    QVERIFY2(chinese.first().message.contains(QStringLiteral("amiga")), qPrintable(chinese.first().message));
    QVERIFY2(cjk().match(rules.first().message).hasMatch(), qPrintable(rules.first().message));
}

void TestI18n::cliChineseReportHasNoEnglishText()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    makeSkippyTree(temp.path());
    QProcess cli;
    cli.start(QStringLiteral(SIG2RTM_CLI_PATH),
              {QStringLiteral("scan"), temp.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
               QStringLiteral("--max-file-size"), QStringLiteral("1"), QStringLiteral("-q")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1); // the tree's rows fail
    const auto json = nlohmann::json::parse(cli.readAllStandardOutput().toStdString());
    QCOMPARE(QString::fromStdString(json["language"].get<std::string>()), QStringLiteral("zh_CN"));
    QStringList english;
    const auto check = [&](const nlohmann::json& value, const char* what) {
        const QString text = QString::fromStdString(value.get<std::string>());
        if (!cjk().match(text).hasMatch()) {
            english << QStringLiteral("%1: %2").arg(QLatin1String(what), text);
        }
    };
    for (const auto& row : json["rows"]) {
        check(row["summary"], "summary");
    }
    for (const auto& f : json["findings"]) {
        check(f["reason"], "reason");
    }
    for (const auto& s : json["skipped"]) {
        check(s["reason"], "skip reason");
    }
    QVERIFY(json["skipped"].size() >= 5);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));

    // A diagnostic in Chinese too, with the file it is about.
    const QString description = temp.filePath(QStringLiteral("bad.json"));
    writeFile(description, R"({"format": "sig2rtm-project/1", "name": "x", "clients": [{"platform": "amiga"}]})");
    QProcess bad;
    bad.start(QStringLiteral(SIG2RTM_CLI_PATH),
              {QStringLiteral("scan"), description, QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY(bad.waitForFinished(60000));
    QCOMPARE(bad.exitCode(), 2);
    const QString error = QString::fromUtf8(bad.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("bad.json:1:")), qPrintable(error));
    QVERIFY2(cjk().match(error).hasMatch(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
