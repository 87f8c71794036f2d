// The rule catalog: the built-in knowledge base and the loader's error reporting.

#include "catalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sig2rtm;

namespace {

QByteArray builtinText()
{
    QFile file(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/rules/signaling-rtm.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinHasTheFiveRowsInSeedOrder();
    void rowsHaveBothLanguagesAndHttpsLinks();
    void everyRowHasDetectionRules();
    void timeline();
    void rulesAreDataWithValidLanguagesAndLiterals();
    void malformed_data();
    void malformed();
    void extendAddsAndReplacesRules();
};

void TestCatalog::builtinHasTheFiveRowsInSeedOrder()
{
    const auto catalog = Catalog::builtin();
    QVERIFY(catalog);
    QStringList ids;
    for (const auto& row : catalog->rows()) {
        ids << row.id;
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("special-features"), QStringLiteral("sdk-version"),
                               QStringLiteral("mini-program"), QStringLiteral("web-non-string-message"),
                               QStringLiteral("pstn")}));
    QCOMPARE(catalog->rowIndex(QStringLiteral("pstn")), 4);
    QCOMPARE(catalog->row(QStringLiteral("sdk-version"))->remediation,
             (QStringList{QStringLiteral("upgrade-sdk"), QStringLiteral("contact-support")}));
    QCOMPARE(catalog->row(QStringLiteral("pstn"))->remediation, QStringList{QStringLiteral("no-equivalent")});
    QVERIFY(catalog->row(QStringLiteral("mini-program"))->remediation.contains(QStringLiteral("mini-program-sdk")));
    QVERIFY(catalog->row(QStringLiteral("special-features"))->remediation.contains(QStringLiteral("rest-event-api")));
    QVERIFY(catalog->row(QStringLiteral("web-non-string-message"))->needsSupport);
    QVERIFY(!catalog->row(QStringLiteral("pstn"))->needsSupport);
}

void TestCatalog::rowsHaveBothLanguagesAndHttpsLinks()
{
    const auto catalog = Catalog::builtin();
    static const QRegularExpression cjk(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    for (const auto& row : catalog->rows()) {
        for (const LocalizedText* text : {&row.title, &row.explanation, &row.recommendation}) {
            QVERIFY2(!text->en.isEmpty(), qPrintable(row.id));
            QVERIFY2(cjk.match(text->zh).hasMatch(), qPrintable(row.id + u": " + text->zh));
            QVERIFY(!cjk.match(text->en).hasMatch());
        }
        QCOMPARE(row.title.get(ReportLanguage::Chinese), row.title.zh);
    }
    const QStringList kinds = {QStringLiteral("rest-event-api"), QStringLiteral("mini-program-sdk"),
                               QStringLiteral("upgrade-sdk"),    QStringLiteral("code-change"),
                               QStringLiteral("contact-support"), QStringLiteral("no-equivalent")};
    QCOMPARE(catalog->remediations().size(), kinds.size());
    for (const auto& kind : kinds) {
        QVERIFY2(catalog->remediations().contains(kind), qPrintable(kind));
        const auto& r = catalog->remediations()[kind];
        QVERIFY2(r.url.startsWith(QLatin1String("https://")), qPrintable(r.url));
        QVERIFY(cjk.match(r.label.zh).hasMatch());
    }
    QVERIFY(catalog->remediations()[QStringLiteral("rest-event-api")].url.contains(QLatin1String("rtm_get_event")));
    QVERIFY(catalog->remediations()[QStringLiteral("mini-program-sdk")].url.contains(QLatin1String("RTM_wechat")));
    QCOMPARE(catalog->remediations()[QStringLiteral("contact-support")].email, QStringLiteral("support@agora.io"));
    QVERIFY(catalog->sourceUrl().startsWith(QLatin1String("https://")));
}

void TestCatalog::everyRowHasDetectionRules()
{
    const auto catalog = Catalog::builtin();
    for (const auto& row : catalog->rows()) {
        int count = 0;
        for (const auto& rule : catalog->rules()) {
            count += rule.row == row.id;
        }
        // sdk-version is also fed by every SDK presence rule (their versions).
        QVERIFY2(count > 0, qPrintable(row.id));
    }
    int presence = 0;
    int rtm = 0;
    for (const auto& rule : catalog->rules()) {
        presence += rule.sdk == SdkKind::Signaling;
        rtm += rule.sdk == SdkKind::Rtm;
    }
    QVERIFY(presence >= 15);
    QVERIFY(rtm >= 4);
}

void TestCatalog::timeline()
{
    const auto catalog = Catalog::builtin();
    QStringList dates;
    for (const auto& e : catalog->timeline()) {
        dates << e.date;
        QVERIFY(!e.text.zh.isEmpty());
    }
    QCOMPARE(dates, (QStringList{QStringLiteral("2019-08-01"), QStringLiteral("2019-12-31"),
                                 QStringLiteral("2020-06-30")}));
    QCOMPARE(catalog->timeline().back().event, QStringLiteral("shutdown"));
}

void TestCatalog::rulesAreDataWithValidLanguagesAndLiterals()
{
    const auto catalog = Catalog::builtin();
    QSet<QString> ids;
    for (const auto& rule : catalog->rules()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY2(rule.languages.any(), qPrintable(rule.id));
        QVERIFY2(!rule.reason.en.isEmpty() && !rule.reason.zh.isEmpty(), qPrintable(rule.id));
        if (rule.kind != MatchKind::Path && rule.kind != MatchKind::Project) {
            QVERIFY2(!rule.literals.isEmpty() || !rule.names.isEmpty() || !rule.calls.isEmpty(), qPrintable(rule.id));
        }
    }
    // The prefilter literals never include the bare word "Signaling": RTM is branded that way now.
    for (const auto& literal : catalog->prefilterLiterals()) {
        QVERIFY2(literal.compare(QLatin1String("Signaling"), Qt::CaseInsensitive) != 0, qPrintable(literal));
    }
    QVERIFY(catalog->prefilterLiterals().contains(QStringLiteral("channelInviteDTMF")));
}

void TestCatalog::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"sig2rtm-rules/1\",\n  \"rows\": [,]\n}") << 3 << 12
                            << QString() << QStringLiteral("invalid JSON");
    QTest::newRow("not an object") << QByteArray("[]") << 1 << 1 << QStringLiteral("/")
                                   << QStringLiteral("expected an object");
    QByteArray wrongFormat = builtinText();
    wrongFormat.replace("\"format\": \"sig2rtm-rules/1\"", "\"format\": \"sig2rtm-rules/9\"");
    QTest::newRow("format") << wrongFormat << 2 << 13 << QStringLiteral("/format")
                            << QStringLiteral("unsupported format");
    QByteArray http = builtinText();
    http.replace("\"url\": \"https://agora-ticket.agora.io/\"", "\"url\": \"http://agora-ticket.agora.io/\"");
    QTest::newRow("http link") << http << 0 << 0 << QStringLiteral("/remediations/contact-support/url")
                               << QStringLiteral("links must use https");
    QByteArray order = builtinText();
    order.replace("\"id\": \"special-features\",", "\"id\": \"pstn-first\",");
    QTest::newRow("row id") << order << 0 << 0 << QStringLiteral("/rows/0/id") << QStringLiteral("row 1 must be");
    QByteArray regex = builtinText();
    regex.replace("\"regex\": \"^_{1,2}agora_(channel_event|user_online)$\"", "\"regex\": \"^(unclosed\"");
    QTest::newRow("bad regex") << regex << 0 << 0 << QString() << QStringLiteral("invalid regular expression");
    QByteArray kind = builtinText();
    kind.replace("\"kind\": \"message-argument\"", "\"kind\": \"telepathy\"");
    QTest::newRow("match kind") << kind << 0 << 0 << QString() << QStringLiteral("unknown value \"telepathy\"");
    QByteArray key = builtinText();
    key.replace("\"id\": \"pstn.call\",", "\"id\": \"pstn.call\", \"severity\": 3,");
    QTest::newRow("unknown key") << key << 0 << 0 << QString() << QStringLiteral("unknown key \"severity\"");
    QByteArray dup = builtinText();
    dup.replace("\"id\": \"pstn.sip-extra\"", "\"id\": \"pstn.call\"");
    QTest::newRow("duplicate id") << dup << 0 << 0 << QString() << QStringLiteral("duplicate rule id");
    QByteArray lang = builtinText();
    lang.replace("\"languages\": [\"java\", \"kotlin\", \"objc\", \"cpp\", \"swift\"]",
                 "\"languages\": [\"java\", \"cobol\"]");
    QTest::newRow("language") << lang << 0 << 0 << QString() << QStringLiteral("unknown language \"cobol\"");
}

void TestCatalog::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QVERIFY(!text.isEmpty());
    Diagnostics diagnostics;
    QVERIFY(!Catalog::load(text, QStringLiteral("rules.json"), &diagnostics));
    QVERIFY(!diagnostics.isEmpty());
    const Diagnostic& d = diagnostics.first();
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
    QCOMPARE(d.file, QStringLiteral("rules.json"));
    QVERIFY2(d.line > 0 && d.column > 0, qPrintable(d.toString()));
    if (line > 0) {
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }
    if (!pointer.isEmpty()) {
        QCOMPARE(d.pointer, pointer);
    }
    // The located line really holds the problem (for shape errors).
    if (!d.pointer.isEmpty() && d.pointer != QLatin1String("/")) {
        const auto lines = text.split('\n');
        const QString at = QString::fromUtf8(lines.at(d.line - 1));
        const QString lastToken = d.pointer.section(u'/', -1);
        bool numeric = false;
        lastToken.toInt(&numeric);
        if (!numeric) {
            QVERIFY2(at.contains(lastToken) || at.contains(u'{'), qPrintable(at + u" / " + d.toString()));
        }
    }
}

void TestCatalog::extendAddsAndReplacesRules()
{
    const auto base = Catalog::builtin();
    const QByteArray extension = R"({
      "format": "sig2rtm-rules/1",
      "rules": [
        {"id": "pstn.call", "row": "pstn", "platform": "*", "languages": ["*code"],
         "match": {"kind": "identifier", "names": ["dialPhone"], "call": true},
         "requires": "none", "confidence": "high", "effect": "fail",
         "reason": {"en": "Team wrapper for phone calls.", "zh_CN": "团队封装的电话呼叫。"}},
        {"id": "team.extra", "row": "special-features", "platform": "web", "languages": ["javascript"],
         "match": {"kind": "identifier", "names": ["legacyPresence"], "call": true},
         "requires": "none", "confidence": "medium", "effect": "review",
         "reason": {"en": "Legacy presence helper.", "zh_CN": "旧的在线状态辅助函数。"}}
      ]
    })";
    Diagnostics diagnostics;
    const auto extended = Catalog::extend(base, extension, QStringLiteral("team.json"), &diagnostics);
    QVERIFY2(extended, qPrintable(toString(diagnostics)));
    QCOMPARE(extended->rules().size(), base->rules().size() + 1);
    QCOMPARE(extended->rule(QStringLiteral("pstn.call"))->names, QStringList{QStringLiteral("dialPhone")});
    QVERIFY(extended->rule(QStringLiteral("team.extra")));
    QCOMPARE(extended->rows().size(), std::size_t(5));
    QVERIFY(extended->prefilterLiterals().contains(QStringLiteral("legacyPresence")));

    Diagnostics bad;
    QVERIFY(!Catalog::extend(base, R"({"format": "sig2rtm-rules/1", "rules": [{"id": 3}]})",
                             QStringLiteral("bad.json"), &bad));
    QVERIFY(!bad.isEmpty());
    QCOMPARE(bad.first().pointer, QStringLiteral("/rules/0/id"));
    QCOMPARE(bad.first().line, 1);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
