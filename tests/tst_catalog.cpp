// SPDX-License-Identifier: MIT
// The rule catalog: the built-in knowledge base and the loader's error reporting.

#include "catalog.h"
#include "report.h"
#include "reporttext.h"
#include "reportview.h"

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
    void everyLinkIsHttpsOnTheVendorsHostsInBothLanguagesAndUsed();
    void linksAcceptAStringOrOneAddressPerLanguage_data();
    void linksAcceptAStringOrOneAddressPerLanguage();
    void findingLinksItsPlatformsPageInTheReportsLanguage_data();
    void findingLinksItsPlatformsPageInTheReportsLanguage();
    void rowLinksOnePagePerPlatformOfItsEvidence();
    void inventoryGuidesAreThePlatformsGuides();
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
        QVERIFY(cjk.match(r.label.zh).hasMatch());
    }
    const auto url = [&](const char* kind, const char* platform = "") {
        return catalog->remediationUrl(QString::fromLatin1(kind), QString::fromLatin1(platform),
                                       ReportLanguage::English);
    };
    QVERIFY(url("rest-event-api").contains(QLatin1String("rtm_get_event")));
    QVERIFY(url("mini-program-sdk").contains(QLatin1String("RTM_wechat")));
    // The upgrade guide and the code change depend on the platform; "no equivalent" is a statement.
    QVERIFY(catalog->remediations()[QStringLiteral("upgrade-sdk")].perPlatform());
    QVERIFY(catalog->remediations()[QStringLiteral("code-change")].perPlatform());
    QVERIFY(url("upgrade-sdk").isEmpty());
    QVERIFY(url("upgrade-sdk", "web").contains(QLatin1String("rtm_signaling_web")));
    QVERIFY(url("code-change", "android").contains(QLatin1String("rtm_signaling_android")));
    QVERIFY(url("no-equivalent").isEmpty());
    QVERIFY(url("no-equivalent", "web").isEmpty());
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
        // One address, or one per language.
        const auto one = [&](const nlohmann::json& url) {
            if (url.is_string()) {
                names.insert(QUrl(QString::fromStdString(url.get<std::string>())).host());
            }
        };
        one(value);
        if (value.is_object()) {
            for (const auto& [language, url] : value.items()) {
                Q_UNUSED(language);
                one(url);
            }
        }
    };
    for (const auto& [id, remediation] : json["remediations"].items()) {
        names.insert(QString::fromStdString(id));
        add(remediation.value("email", nlohmann::json()));
        addHost(remediation.value("url", nlohmann::json()));
    }
    addHost(json["source"]["url"]);
    for (const auto& [platform, value] : json["platforms"].items()) {
        addHost(value.value("guide", nlohmann::json()));
    }
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

namespace {

/// Every address the catalog holds, with where it is: remediation pages, platform guides, the source.
struct CatalogLink
{
    QString where;
    QString en;
    QString zh;
};

std::vector<CatalogLink> catalogLinks(const Catalog& catalog)
{
    std::vector<CatalogLink> links;
    for (auto it = catalog.remediations().cbegin(); it != catalog.remediations().cend(); ++it) {
        if (!it->link.isEmpty()) {
            links.push_back({QStringLiteral("remediations/") + it.key(), it->link.en, it->link.zh});
        }
    }
    for (const auto& platform : catalog.platforms()) {
        if (!platform.guide.isEmpty()) {
            links.push_back({QStringLiteral("platforms/") + platform.id, platform.guide.en, platform.guide.zh});
        }
    }
    links.push_back({QStringLiteral("source"), catalog.sourceUrl(), catalog.sourceUrl()});
    return links;
}

/// A report on the built-in catalog with one finding per (rule, row, platform, effect).
struct FindingSpec
{
    QString rule;
    QString row;
    QString platform;
    Effect effect = Effect::Fail;
};

Report reportWith(const std::vector<FindingSpec>& specs, ReportLanguage language = ReportLanguage::English)
{
    Report report;
    report.catalog = Catalog::builtin();
    report.language = language;
    report.signalingDetected = true;
    report.verdict = Verdict::Incompatible;
    int n = 0;
    for (const auto& spec : specs) {
        Finding f;
        f.id = QStringLiteral("F%1").arg(++n);
        f.rule = spec.rule;
        f.row = spec.row;
        f.platform = spec.platform;
        f.effect = spec.effect;
        f.file = QStringLiteral("src/file%1").arg(n);
        f.line = 1;
        f.reason = Message::literal(QStringLiteral("test"));
        report.findings.push_back(f);
    }
    for (const auto& id : report.catalog->rowIds()) {
        ReportRow row;
        row.id = id;
        for (const auto& f : report.findings) {
            if (f.row == id) {
                row.findingIds << f.id;
                row.failCount += f.effect == Effect::Fail ? 1 : 0;
                row.reviewCount += f.effect == Effect::Review ? 1 : 0;
                row.noteCount += f.effect == Effect::Note ? 1 : 0;
            }
        }
        row.status = row.failCount > 0 ? RowStatus::Fail : row.reviewCount > 0 ? RowStatus::Review : RowStatus::Pass;
        row.summary = Message::literal(QStringLiteral("summary"));
        report.rows.push_back(row);
    }
    return report;
}

const ReportView::Row* viewRow(const ReportView& view, const QString& id)
{
    for (const auto& row : view.rows) {
        if (row.row && row.row->id == id) {
            return &row;
        }
    }
    return nullptr;
}

QStringList linkTexts(const std::vector<RemediationLink>& links)
{
    QStringList out;
    for (const auto& link : links) {
        out << link.kind + u'|' + link.platform + u'|' + link.label;
    }
    return out;
}

} // namespace

void TestCatalog::everyLinkIsHttpsOnTheVendorsHostsInBothLanguagesAndUsed()
{
    const auto catalog = Catalog::builtin();
    const auto links = catalogLinks(*catalog);
    QVERIFY(links.size() > 10);
    for (const auto& link : links) {
        for (const QString& url : {link.en, link.zh}) {
            // Both languages, https, and only the vendor's documentation and ticket hosts.
            QVERIFY2(!url.isEmpty(), qPrintable(link.where));
            QVERIFY2(isSafeLink(url), qPrintable(link.where + u": " + url));
            const QString host = QUrl(url).host();
            QVERIFY2(host == QLatin1String("docs.agora.io") || host == QLatin1String("agora-ticket.agora.io"),
                     qPrintable(link.where + u": " + url));
        }
        // A documentation page that has one per language: /en/ for English, /cn/ for Chinese.
        if (link.en != link.zh) {
            QVERIFY2(link.en.contains(QLatin1String("/en/")), qPrintable(link.where + u": " + link.en));
            QVERIFY2(link.zh.contains(QLatin1String("/cn/")), qPrintable(link.where + u": " + link.zh));
            QCOMPARE(QString(link.zh).replace(QLatin1String("/cn/"), QLatin1String("/en/")), link.en);
        }
    }
    // Every platform has a guide, in both languages, and the same address serves no two platforms.
    QSet<QString> seen;
    for (const auto& id : knownPlatforms()) {
        const auto* platform = catalog->platform(id);
        QVERIFY2(platform && !platform->guide.en.isEmpty() && !platform->guide.zh.isEmpty(), qPrintable(id));
        QVERIFY2(!seen.contains(platform->guide.en), qPrintable(id));
        seen.insert(platform->guide.en);
    }
    QCOMPARE(catalog->guidePlatforms(), knownPlatforms());
    const auto guide = [&](const char* platform, ReportLanguage language) {
        return catalog->guideUrl(QString::fromLatin1(platform), language);
    };
    QVERIFY(guide("web", ReportLanguage::English).contains(QLatin1String("/en/Real-time-Messaging/rtm_signaling_web")));
    QVERIFY(guide("web", ReportLanguage::Chinese).contains(QLatin1String("/cn/Real-time-Messaging/rtm_signaling_web")));
    QVERIFY(guide("ios", ReportLanguage::English).contains(QLatin1String("rtm_signaling_oc?platform=iOS")));
    QVERIFY(guide("macos", ReportLanguage::English).contains(QLatin1String("rtm_signaling_oc?platform=macOS")));
    QVERIFY(guide("windows", ReportLanguage::English).contains(QLatin1String("rtm_signaling_cpp")));
    QVERIFY(guide("linux", ReportLanguage::English).contains(QLatin1String("rtm_signaling_cpp")));
    QVERIFY(guide("java-server", ReportLanguage::English).contains(QLatin1String("rtm_signaling_java")));
    QVERIFY(guide("android", ReportLanguage::English).contains(QLatin1String("rtm_signaling_android")));
    QVERIFY(guide("mini-program", ReportLanguage::English).contains(QLatin1String("RTM_wechat")));
    QVERIFY(guide("python", ReportLanguage::English).contains(QLatin1String("messaging_restful")));
    // The guide lives once: the mini-program SDK remediation is the mini-program platform's guide.
    QCOMPARE(catalog->remediationUrl(QStringLiteral("mini-program-sdk"), QString(), ReportLanguage::Chinese),
             guide("mini-program", ReportLanguage::Chinese));

    // Used: every remediation by a row or a rule; every per-platform remediation then reaches every platform
    // that a rule or a declared client is on ("apple" and "native" resolve to two each).
    QSet<QString> usedKinds;
    for (const auto& row : catalog->rows()) {
        for (const auto& kind : row.remediation) {
            usedKinds.insert(kind);
        }
    }
    QSet<QString> rulePlatforms;
    for (const auto& rule : catalog->rules()) {
        if (!rule.remediation.isEmpty()) {
            usedKinds.insert(rule.remediation);
        }
        if (rule.platform == QLatin1String("apple")) {
            rulePlatforms << QStringLiteral("ios") << QStringLiteral("macos");
        } else if (rule.platform == QLatin1String("native")) {
            rulePlatforms << QStringLiteral("windows") << QStringLiteral("linux");
        } else {
            rulePlatforms << rule.platform;
        }
    }
    for (const auto& client : catalog->declarations().clients) {
        rulePlatforms << client.platform;
    }
    bool perPlatformUsed = false;
    QSet<QString> fixedGuides;
    for (auto it = catalog->remediations().cbegin(); it != catalog->remediations().cend(); ++it) {
        QVERIFY2(usedKinds.contains(it.key()), qPrintable(it.key()));
        perPlatformUsed = perPlatformUsed || it->perPlatform();
        if (!it->guide.isEmpty() && !it->perPlatform()) {
            fixedGuides.insert(it->guide);
        }
        // A page, the platforms' guides, or a statement; never a page and guides at once.
        QVERIFY2(it->link.isEmpty() || it->guide.isEmpty(), qPrintable(it.key()));
        QCOMPARE(it->url, catalog->remediationUrl(it.key(), QString(), ReportLanguage::English));
    }
    QVERIFY(perPlatformUsed);
    for (const auto& platform : catalog->platforms()) {
        if (!platform.guide.isEmpty()) {
            QVERIFY2(rulePlatforms.contains(platform.id) || fixedGuides.contains(platform.id), qPrintable(platform.id));
        }
    }
    // No RTM equivalent is a statement: no address at all.
    const Remediation none = catalog->remediations().value(QStringLiteral("no-equivalent"));
    QVERIFY(none.link.isEmpty() && none.guide.isEmpty() && none.url.isEmpty());
    // The ticket site and the address come together.
    QVERIFY(catalog->supportRemediation());
    QVERIFY(isSafeLink(catalog->supportRemediation()->link.en));
    QVERIFY(!catalog->supportRemediation()->email.isEmpty());
}

void TestCatalog::linksAcceptAStringOrOneAddressPerLanguage_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("pointer"); ///< empty: loads
    QTest::addColumn<QString>("message");

    const QByteArray ticket = R"("url": "https://agora-ticket.agora.io/")";
    QTest::newRow("one address for both") << ticket << ticket << QString() << QString();
    QTest::newRow("one per language")
        << ticket
        << QByteArray(
               R"("url": {"en": "https://agora-ticket.agora.io/en", "zh_CN": "https://agora-ticket.agora.io/cn"})")
        << QString() << QString();
    QTest::newRow("http in one language")
        << ticket
        << QByteArray(R"("url": {"en": "https://agora-ticket.agora.io/", "zh_CN": "http://agora-ticket.agora.io/"})")
        << QStringLiteral("/remediations/contact-support/url/zh_CN") << QStringLiteral("links must use https");
    QTest::newRow("one language missing")
        << ticket << QByteArray(R"("url": {"en": "https://agora-ticket.agora.io/"})")
        << QStringLiteral("/remediations/contact-support/url") << QStringLiteral("missing required key \"zh_CN\"");
    QTest::newRow("a third language")
        << ticket << QByteArray(R"("url": {"en": "https://a.io/", "zh_CN": "https://a.io/", "fr": "https://a.io/"})")
        << QStringLiteral("/remediations/contact-support/url/fr") << QStringLiteral("unknown key \"fr\"");
    const QByteArray upgrade = R"("zh_CN": "升级到 RTM 指南"},
      "guide": "*")";
    QTest::newRow("page and guides") << upgrade << QByteArray(R"("zh_CN": "升级到 RTM 指南"},
      "guide": "*", "url": "https://docs.agora.io/")")
                                     << QStringLiteral("/remediations/upgrade-sdk/guide") << QStringLiteral("not both");
    QTest::newRow("guide of an unknown platform") << upgrade << QByteArray(R"("zh_CN": "升级到 RTM 指南"},
      "guide": "amiga")") << QStringLiteral("/remediations/upgrade-sdk/guide")
                                                  << QStringLiteral("unknown platform \"amiga\"");
    const QByteArray web =
        R"("guide": {"en": "https://docs.agora.io/en/Real-time-Messaging/rtm_signaling_web?platform=Web",
                      "zh_CN": "https://docs.agora.io/cn/Real-time-Messaging/rtm_signaling_web?platform=Web"})";
    QTest::newRow("guide of another platform")
        << QByteArray(R"("guide": "mini-program")") << QByteArray(R"("guide": "web")") << QString() << QString();
    QTest::newRow("guide of a platform without one")
        << QByteArray(
               ",\n            \"guide\": \"https://docs.agora.io/cn/Real-time-Messaging/API%20Reference/RTM_wechat/"
               "index.html\"")
        << QByteArray() << QStringLiteral("/remediations/mini-program-sdk/guide")
        << QStringLiteral("platform \"mini-program\" has no guide");
    QTest::newRow("platform guide as http")
        << web << QByteArray(R"("guide": "http://docs.agora.io/")") << QStringLiteral("/platforms/web/guide")
        << QStringLiteral("links must use https");
    QTest::newRow("platform guide as a number")
        << web << QByteArray(R"("guide": 3)") << QStringLiteral("/platforms/web/guide")
        << QStringLiteral("expected an object, found");
}

void TestCatalog::linksAcceptAStringOrOneAddressPerLanguage()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QByteArray text = builtinText();
    QVERIFY(text.contains(from));
    text.replace(from, to);
    Diagnostics diagnostics;
    const auto catalog = Catalog::load(text, QStringLiteral("rules.json"), &diagnostics);
    if (pointer.isEmpty()) {
        QVERIFY2(catalog, qPrintable(toString(diagnostics)));
        const auto* contact = catalog->supportRemediation();
        QVERIFY(contact && isSafeLink(contact->link.en) && isSafeLink(contact->link.zh));
        return;
    }
    QVERIFY(!catalog);
    QVERIFY(!diagnostics.isEmpty());
    QCOMPARE(diagnostics.first().pointer, pointer);
    QVERIFY2(diagnostics.first().message.contains(message), qPrintable(diagnostics.first().toString()));
}

void TestCatalog::findingLinksItsPlatformsPageInTheReportsLanguage_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("expected"); ///< a part of the address; empty: no address

    // An unknown rule: the row's first remediation (the upgrade guide on the version row).
    const QString sdk = QStringLiteral("sdk-version");
    const QString none;
    QTest::newRow("web") << none << sdk << QStringLiteral("web") << false
                         << QStringLiteral(
                                "https://docs.agora.io/en/Real-time-Messaging/rtm_signaling_web?platform=Web");
    QTest::newRow("ios") << none << sdk << QStringLiteral("ios") << false
                         << QStringLiteral(
                                "https://docs.agora.io/en/Real-time-Messaging/rtm_signaling_oc?platform=iOS");
    QTest::newRow("ios zh_CN") << none << sdk << QStringLiteral("ios") << true
                               << QStringLiteral(
                                      "https://docs.agora.io/cn/Real-time-Messaging/rtm_signaling_oc?platform=iOS");
    QTest::newRow("web zh_CN") << none << sdk << QStringLiteral("web") << true
                               << QStringLiteral("/cn/Real-time-Messaging/rtm_signaling_web");
    QTest::newRow("macos") << none << sdk << QStringLiteral("macos") << false << QStringLiteral("rtm_signaling_oc");
    QTest::newRow("windows") << none << sdk << QStringLiteral("windows") << false
                             << QStringLiteral("rtm_signaling_cpp?platform=Windows");
    QTest::newRow("linux") << none << sdk << QStringLiteral("linux") << true
                           << QStringLiteral("/cn/Real-time-Messaging/rtm_signaling_cpp?platform=Linux");
    QTest::newRow("java server") << none << sdk << QStringLiteral("java-server") << false
                                 << QStringLiteral("rtm_signaling_java");
    QTest::newRow("android") << none << sdk << QStringLiteral("android") << false
                             << QStringLiteral("rtm_signaling_android");
    QTest::newRow("python: the RESTful messaging API") << none << sdk << QStringLiteral("python") << false
                                                       << QStringLiteral("/en/Real-time-Messaging/messaging_restful");
    QTest::newRow("mini-program") << none << QStringLiteral("mini-program") << QStringLiteral("mini-program") << false
                                  << QStringLiteral("RTM_wechat");
    // A rule's own remediation wins over its row's.
    QTest::newRow("event API") << QStringLiteral("special.channel") << QStringLiteral("special-features")
                               << QStringLiteral("android") << false
                               << QStringLiteral("https://docs.agora.io/en/Real-time-Messaging/rtm_get_event");
    QTest::newRow("event API zh_CN") << QStringLiteral("special.channel") << QStringLiteral("special-features")
                                     << QStringLiteral("android") << true
                                     << QStringLiteral("https://docs.agora.io/cn/Real-time-Messaging/rtm_get_event");
    QTest::newRow("code change on Web") << none << QStringLiteral("web-non-string-message") << QStringLiteral("web")
                                        << false << QStringLiteral("rtm_signaling_web");
    // A statement has no address.
    QTest::newRow("no equivalent") << QStringLiteral("pstn.call") << QStringLiteral("pstn") << QStringLiteral("android")
                                   << false << QString();
    QTest::newRow("pstn row") << none << QStringLiteral("pstn") << QStringLiteral("web") << true << QString();
}

void TestCatalog::findingLinksItsPlatformsPageInTheReportsLanguage()
{
    QFETCH(QString, rule);
    QFETCH(QString, row);
    QFETCH(QString, platform);
    QFETCH(bool, chinese);
    QFETCH(QString, expected);
    if (!rule.isEmpty()) {
        QVERIFY(Catalog::builtin()->rule(rule));
    }
    const Report report = reportWith({{rule.isEmpty() ? QStringLiteral("test.unknown") : rule, row, platform}},
                                     chinese ? ReportLanguage::Chinese : ReportLanguage::English);
    const QString url = findingRemediationUrl(report, report.findings.front());
    if (expected.isEmpty()) {
        QVERIFY2(url.isEmpty(), qPrintable(url));
    } else {
        QVERIFY2(url.contains(expected), qPrintable(url));
        QVERIFY(isSafeLink(url));
    }
}

void TestCatalog::rowLinksOnePagePerPlatformOfItsEvidence()
{
    const QString sdk = QStringLiteral("sdk-version");
    const QString unknownRule = QStringLiteral("test.unknown");
    // Web and iOS evidence, and an Android note that does not count: one upgrade guide for each of the two.
    Report report = reportWith({{unknownRule, sdk, QStringLiteral("ios"), Effect::Review},
                                {unknownRule, sdk, QStringLiteral("web"), Effect::Fail},
                                {unknownRule, sdk, QStringLiteral("android"), Effect::Note},
                                {QStringLiteral("pstn.call"), QStringLiteral("pstn"), QStringLiteral("web")}});
    QCOMPARE(rowPlatforms(report, *report.row(sdk)), (QStringList{QStringLiteral("web"), QStringLiteral("ios")}));
    {
        const ReportView view = ReportView::build(report);
        const auto* row = viewRow(view, sdk);
        QVERIFY(row);
        QCOMPARE(linkTexts(row->links), (QStringList{QStringLiteral("upgrade-sdk|web|Upgrade to RTM guide (Web)"),
                                                     QStringLiteral("upgrade-sdk|ios|Upgrade to RTM guide (iOS)"),
                                                     QStringLiteral("contact-support||Ask Agora support to enable "
                                                                    "interop")}));
        QVERIFY(row->links[0].url.contains(QLatin1String("/en/Real-time-Messaging/rtm_signaling_web")));
        QVERIFY(row->links[1].url.contains(QLatin1String("/en/Real-time-Messaging/rtm_signaling_oc?platform=iOS")));
        // The support remediation: its ticket site and its address.
        QVERIFY(row->links[2].url.startsWith(QLatin1String("https://agora-ticket.")));
        QCOMPARE(row->links[2].email, QStringLiteral("support@agora.io"));
        // PSTN: a statement, with no address to open.
        const auto* pstn = viewRow(view, QStringLiteral("pstn"));
        QVERIFY(pstn);
        QCOMPARE(linkTexts(pstn->links), QStringList{QStringLiteral("no-equivalent||No RTM equivalent")});
        QVERIFY(pstn->links[0].url.isEmpty());
        // Passing rows have no links.
        QVERIFY(viewRow(view, QStringLiteral("mini-program"))->links.empty());
    }
    // The same report in Chinese: /cn/ pages, the platform in the label.
    report.language = ReportLanguage::Chinese;
    {
        const ReportView view = ReportView::build(report);
        const auto& links = viewRow(view, sdk)->links;
        QCOMPARE(links.size(), std::size_t(3));
        QVERIFY(links[0].url.contains(QLatin1String("/cn/Real-time-Messaging/rtm_signaling_web")));
        QVERIFY(links[1].url.contains(QLatin1String("/cn/Real-time-Messaging/rtm_signaling_oc")));
        QVERIFY2(links[1].label.startsWith(QStringLiteral("升级到 RTM 指南")) && links[1].label.contains(u"iOS"),
                 qPrintable(links[1].label));
    }

    // Evidence without a platform: the report's legacy SDKs tell the platforms (RTM ones do not).
    Report declared = reportWith({{unknownRule, sdk, QString(), Effect::Fail}});
    SdkEvidence windows;
    windows.platform = QStringLiteral("windows");
    SdkEvidence rtm;
    rtm.kind = SdkKind::Rtm;
    rtm.platform = QStringLiteral("android");
    declared.sdk = {windows, rtm};
    QCOMPARE(rowPlatforms(declared, *declared.row(sdk)), QStringList{QStringLiteral("windows")});
    const auto links = remediationLinks(declared, *declared.row(sdk));
    QCOMPARE(links.front().platform, QStringLiteral("windows"));
    QVERIFY(links.front().url.contains(QLatin1String("rtm_signaling_cpp?platform=Windows")));
    QVERIFY(findingRemediationUrl(declared, declared.findings.front()).contains(QLatin1String("rtm_signaling_cpp")));

    // Nothing tells the platform: every platform's guide, none left out.
    declared.sdk.clear();
    const auto every =
        remediationLinks(*declared.catalog, {QStringLiteral("upgrade-sdk")}, {}, ReportLanguage::English);
    QCOMPARE(every.size(), static_cast<std::size_t>(knownPlatforms().size()));
    for (const auto& link : every) {
        QVERIFY2(isSafeLink(link.url), qPrintable(link.platform));
    }
}

void TestCatalog::inventoryGuidesAreThePlatformsGuides()
{
    for (const auto language : {ReportLanguage::English, ReportLanguage::Chinese}) {
        Report report = reportWith(
            {{QStringLiteral("test.unknown"), QStringLiteral("sdk-version"), QStringLiteral("ios")}}, language);
        InventoryUse use;
        use.api = QStringLiteral("login");
        use.name = QStringLiteral("login");
        use.file = QStringLiteral("ios/Chat.m");
        use.line = 3;
        use.platform = QStringLiteral("ios");
        report.inventory = {use};
        const QString expected = report.catalog->guideUrl(QStringLiteral("ios"), language);
        QVERIFY(expected.contains(language == ReportLanguage::Chinese ? QLatin1String("/cn/") : QLatin1String("/en/")));

        const ReportView view = ReportView::build(report);
        QCOMPARE(view.inventory.size(), std::size_t(1));
        QCOMPARE(view.inventory.front().guides.size(), std::size_t(1));
        QCOMPARE(view.inventory.front().guides.front().url, expected);
        QCOMPARE(view.inventory.front().guides.front().platform, QStringLiteral("ios"));

        const auto json = toJson(report);
        QCOMPARE(QString::fromStdString(json["inventory"]["apis"][0]["guides"]["ios"].get<std::string>()), expected);
    }
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
