// SPDX-License-Identifier: MIT
// The rule catalog: the built-in knowledge base and the loader's error reporting.

#include "catalog.h"

#include <nlohmann/json.hpp>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

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
    void rowsComeFromTheCatalog();
    void textsByPath_data();
    void textsByPath();
    void noCatalogNameInProductCode();
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
    const QStringList kinds = {QStringLiteral("rest-event-api"),  QStringLiteral("mini-program-sdk"),
                               QStringLiteral("upgrade-sdk"),     QStringLiteral("code-change"),
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
    // The support request goes to the one remediation with an address.
    QVERIFY(catalog->supportRemediation());
    QCOMPARE(catalog->supportRemediation()->id, QStringLiteral("contact-support"));
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
    QCOMPARE(dates,
             (QStringList{QStringLiteral("2019-08-01"), QStringLiteral("2019-12-31"), QStringLiteral("2020-06-30")}));
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
    QByteArray twice = builtinText();
    twice.replace("\"id\": \"special-features\",", "\"id\": \"pstn\",");
    QTest::newRow("duplicate row id") << twice << 0 << 0 << QStringLiteral("/rows/4/id")
                                      << QStringLiteral("duplicate row id \"pstn\"");
    QByteArray noPass = builtinText();
    noPass.replace("\"pass\": {\"en\": \"No PSTN feature is used.\", \"zh_CN\": \"未使用 PSTN 功能。\"},", "");
    QTest::newRow("row without pass text")
        << noPass << 0 << 0 << QStringLiteral("/rows/4") << QStringLiteral("missing required key \"pass\"");
    QByteArray feature = builtinText();
    feature.replace("{\"id\": \"pstn\", \"row\": \"pstn\",", "{\"id\": \"pstn\", \"row\": \"phones\",");
    QTest::newRow("feature of an unknown row")
        << feature << 0 << 0 << QStringLiteral("/declarations/features/values/4/row")
        << QStringLiteral("unknown row \"phones\"");
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
    QByteArray slash = builtinText();
    slash.replace("\"id\": \"pstn.call\",", "\"id\": \"pstn/call\",");
    QTest::newRow("id with a slash") << slash << 0 << 0 << QString()
                                     << QStringLiteral("an id must not be blank or contain \"/\": \"pstn/call\"");
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
    QVERIFY(!Catalog::extend(base, R"({"format": "sig2rtm-rules/1", "rules": [{"id": 3}]})", QStringLiteral("bad.json"),
                             &bad));
    QVERIFY(!bad.isEmpty());
    QCOMPARE(bad.first().pointer, QStringLiteral("/rules/0/id"));
    QCOMPARE(bad.first().line, 1);
}

void TestCatalog::rowsComeFromTheCatalog()
{
    // The loader has no fixed list of rows: a catalog with a sixth row (and a rule for it) loads, and the
    // evaluator reports it like the others.
    QByteArray text = builtinText();
    const QByteArray sixth = R"(
    {
      "id": "team-policy",
      "title": {"en": "Team policy", "zh_CN": "团队规定"},
      "explanation": {"en": "Uses the team's forbidden helper.", "zh_CN": "使用了团队禁止的辅助函数。"},
      "recommendation": {"en": "Remove it.", "zh_CN": "删除它。"},
      "pass": {"en": "The helper is not used.", "zh_CN": "未使用该辅助函数。"},
      "remediation": ["code-change"],
      "needsSupport": false
    },
    {
      "id": "special-features",)";
    text.replace("\n    {\n      \"id\": \"special-features\",", sixth);
    Diagnostics diagnostics;
    const auto catalog = Catalog::load(text, QStringLiteral("six.json"), &diagnostics);
    QVERIFY2(catalog, qPrintable(toString(diagnostics)));
    QCOMPARE(catalog->rows().size(), std::size_t(6));
    QCOMPARE(catalog->rowIds().first(), QStringLiteral("team-policy"));
    QCOMPARE(catalog->text(u"row/team-policy/pass")->zh, QStringLiteral("未使用该辅助函数。"));
    QCOMPARE(catalog->versionRow()->id, QStringLiteral("sdk-version"));
}

void TestCatalog::textsByPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("english");
    QTest::newRow("row pass") << QStringLiteral("row/pstn/pass") << QStringLiteral("No PSTN feature is used.");
    QTest::newRow("row title") << QStringLiteral("row/mini-program/title")
                               << QStringLiteral("Mini-program build of the Signaling SDK");
    QTest::newRow("rule reason") << QStringLiteral("rule/pstn.call/reason")
                                 << QStringLiteral(
                                        "Uses a Signaling PSTN (phone or DTMF) call; RTM has no PSTN features.");
    QTest::newRow("platform") << QStringLiteral("platform/java-server/name") << QStringLiteral("Java server");
    QTest::newRow("feature") << QStringLiteral("declared/feature/set-background/reason")
                             << QStringLiteral("Declared: the client calls the special SDK setting setBackground.");
    QTest::newRow("message type") << QStringLiteral("declared/message-type/string/reason")
                                  << QStringLiteral("Declared: the Web client sends strings as messages.");
    QTest::newRow("declared client") << QStringLiteral("declared/client/mini-program/reason")
                                     << QStringLiteral(
                                            "Declared: a WeChat mini-program client uses the Signaling SDK.");
    QTest::newRow("text") << QStringLiteral("text/supportGreeting") << QStringLiteral("Hello Agora support,");
    QTest::newRow("unknown row") << QStringLiteral("row/nope/pass") << QString();
    QTest::newRow("unknown field") << QStringLiteral("row/pstn/colour") << QString();
    QTest::newRow("no version row text on pstn") << QStringLiteral("row/pstn/versionUnknown") << QString();
    QTest::newRow("too deep") << QStringLiteral("rule/pstn.call/reason/en") << QString();
}

void TestCatalog::textsByPath()
{
    QFETCH(QString, path);
    QFETCH(QString, english);
    const auto* text = Catalog::builtin()->text(path);
    if (english.isEmpty()) {
        QVERIFY(!text);
        // A message that names such a path shows the path rather than nothing.
        QCOMPARE(Message::catalog(path).render(ReportLanguage::English, Catalog::builtin().get()), path);
        return;
    }
    QVERIFY(text);
    QCOMPARE(text->en, english);
    QVERIFY(!text->zh.isEmpty());
    QVERIFY(text->zh != text->en);
}

namespace {

/// Every name the catalog holds about the SDKs: what detection matches, the ids of rows and rules, and the
/// vocabulary of declarations. Platform ids are the tool's own vocabulary (shared with the project
/// description format) and may appear in C++.
QSet<QString> catalogNames()
{
    const auto json = nlohmann::json::parse(builtinText().toStdString());
    QSet<QString> names;
    const auto add = [&](const nlohmann::json& value) {
        if (value.is_string()) {
            names.insert(QString::fromStdString(value.get<std::string>()));
        } else if (value.is_array()) {
            for (const auto& item : value) {
                if (item.is_string()) {
                    names.insert(QString::fromStdString(item.get<std::string>()));
                }
            }
        }
    };
    for (const auto& row : json["rows"]) {
        add(row["id"]);
    }
    for (const auto& rule : json["rules"]) {
        add(rule["id"]);
        for (const auto& [key, value] : rule["match"].items()) {
            if (key == "names" || key == "literals" || key == "globs" || key == "markers" || key == "inCall" ||
                key == "callHasStringFor" || key == "selector" || key == "pages" || key == "objectTypes" ||
                key == "staticFactories" || key == "markerCalls" || key == "markerStringPrefixes" ||
                key == "ambiguousMarkers") {
                add(value);
            }
            if (key == "calls") {
                for (const auto& [call, index] : value.items()) {
                    Q_UNUSED(index);
                    names.insert(QString::fromStdString(call));
                }
            }
        }
    }
    const auto& declarations = json["declarations"];
    add(declarations["sdk"]["rule"]);
    add(declarations["features"]["rule"]);
    add(declarations["messageTypes"]["rule"]);
    for (const auto& client : declarations["clients"]) {
        add(client["rule"]);
    }
    for (const auto& feature : declarations["features"]["values"]) {
        add(feature["id"]);
    }
    // Remediation ids, addresses and the hosts of every link: where users are sent is catalog data too.
    const auto addHost = [&](const nlohmann::json& value) {
        if (value.is_string()) {
            names.insert(QUrl(QString::fromStdString(value.get<std::string>())).host());
        }
    };
    for (const auto& [id, remediation] : json["remediations"].items()) {
        names.insert(QString::fromStdString(id));
        add(remediation.value("email", nlohmann::json()));
        addHost(remediation["url"]);
    }
    addHost(json["source"]["url"]);
    for (const auto& [platform, value] : json["platforms"].items()) {
        Q_UNUSED(value);
        names.remove(QString::fromStdString(platform));
    }
    names.remove(QString());
    return names;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// Qt's own API shares one name with the SDK: QTextFormat::setBackground, called on a text format object
/// ("format.setBackground(", "f.setBackground("). Only such a call is exempt, never a bare mention.
bool isQtApi(const QString& name, const QString& text, qsizetype at)
{
    if (name != QLatin1String("setBackground") || at == 0 || text.at(at - 1) != u'.') {
        return false;
    }
    qsizetype start = at - 1;
    while (start > 0 && isWordChar(text.at(start - 1))) {
        --start;
    }
    const QString receiver = text.mid(start, at - 1 - start);
    static const QStringList formats = {QStringLiteral("format"),      QStringLiteral("f"),
                                        QStringLiteral("mark"),        QStringLiteral("charFormat"),
                                        QStringLiteral("blockFormat"), QStringLiteral("cellFormat")};
    return formats.contains(receiver) || receiver.endsWith(QLatin1String("Format"));
}

} // namespace

void TestCatalog::noCatalogNameInProductCode()
{
    const QSet<QString> names = catalogNames();
    QVERIFY(names.contains(QStringLiteral("getAgoraSDKInstanceWinWithMedia")));
    QVERIFY(names.contains(QStringLiteral("channelJoin")));
    QVERIFY(names.contains(QStringLiteral("special-features")));
    QVERIFY(names.size() > 100);

    QStringList leaks;
    for (const char* top : {"app", "ui"}) {
        QDirIterator it(QStringLiteral(SIG2RTM_SOURCE_DIR "/") + QLatin1String(top),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (const auto& name : names) {
                // Whole names only: "invoke" is a name, "invokeMethod" is not.
                for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                    const bool startsWord = at == 0 || !isWordChar(text.at(at - 1)) || !isWordChar(name.front());
                    const qsizetype end = at + name.size();
                    const bool endsWord = end >= text.size() || !isWordChar(text.at(end)) || !isWordChar(name.back());
                    if (startsWord && endsWord && !isQtApi(name, text, at)) {
                        const int line = static_cast<int>(text.left(at).count(u'\n')) + 1;
                        leaks << QStringLiteral("%1:%2: %3")
                                     .arg(path.mid(int(sizeof(SIG2RTM_SOURCE_DIR))), QString::number(line), name);
                        break;
                    }
                }
            }
        }
    }
    leaks.sort();
    for (const auto& leak : leaks) {
        qWarning().noquote() << "catalog name in product C++ (move it to the catalog):" << leak;
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("%1 catalog names in product C++").arg(leaks.size())));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
