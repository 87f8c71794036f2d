// SPDX-License-Identifier: MIT
// The catalog loader: reads and checks a sig2rtm-rules/1 document into a Catalog (rows, rules, platforms,
// declarations, texts, timeline, remediations). The queries and Catalog::load() are in catalog.cpp.

#include "catalog.h"
#include "catalogfields.h"
#include "jsonreader.h"

#include <QCoreApplication>
#include <QSet>

namespace sig2rtm {

namespace {

const QString kFormat = QStringLiteral("sig2rtm-rules/1");

const std::pair<const char*, MatchKind> kMatchKinds[] = {
    {"path", MatchKind::Path},
    {"fingerprint", MatchKind::Fingerprint},
    {"import", MatchKind::Import},
    {"identifier", MatchKind::Identifier},
    {"string", MatchKind::String},
    {"text", MatchKind::Text},
    {"objc-selector", MatchKind::ObjcSelector},
    {"project", MatchKind::Project},
    {"message-argument", MatchKind::MessageArgument},
};

const std::pair<const char*, Requirement> kRequirements[] = {
    {"none", Requirement::None},
    {"signaling", Requirement::Signaling},
    {"signaling-web", Requirement::SignalingWeb},
    {"signaling-web-file", Requirement::SignalingWebFile},
    {"signaling-receiver", Requirement::SignalingReceiver},
    {"not-shim", Requirement::NotShim},
    {"signaling-web-in-project", Requirement::SignalingWebInProject},
};

constexpr Language kCodeLanguages[] = {
    Language::JavaScript, Language::TypeScript, Language::Java,   Language::Kotlin, Language::ObjC,
    Language::Swift,      Language::Cpp,        Language::Python, Language::Html,
};

QStringList platformValues()
{
    QStringList values = knownPlatforms();
    values << QStringLiteral("apple") << QStringLiteral("native") << QStringLiteral("*");
    return values;
}

} // namespace

std::optional<Rule> Catalog::readRule(JsonReader& r, const nlohmann::json& value, const QString& p)
{
    if (!r.expectObject(value, p)) {
        return std::nullopt;
    }
    r.rejectUnknownKeys(value, p,
                        {"id", "row", "sdk", "platform", "remediation", "languages", "match", "version", "fallback",
                         "requires", "confidence", "effect", "reason"});
    Rule rule;
    bool ok = true;
    const auto need = [&ok](bool present) { ok = ok && present; };

    if (auto id = readId(r, value, p)) {
        rule.id = *id;
    } else {
        ok = false;
    }
    if (auto row = r.string(value, p, "row", false)) {
        if (!this->row(*row)) {
            r.error(JsonReader::pointerOf(p, "row"),
                    QCoreApplication::translate("sig2rtm", "unknown row \"%1\"").arg(*row));
            ok = false;
        }
        rule.row = *row;
    }
    if (value.contains("sdk")) {
        rule.sdk = readNamedEnum<SdkKind>(r, value, p, "sdk", &sdkKindFromString, "signaling, rtm");
        need(rule.sdk.has_value());
    }
    if (rule.row.isEmpty() && !rule.sdk) {
        r.error(p, QCoreApplication::translate("sig2rtm", "a rule needs a \"row\" or an \"sdk\""));
        ok = false;
    }
    if (auto platform = r.string(value, p, "platform", true)) {
        if (!platformValues().contains(*platform)) {
            r.error(JsonReader::pointerOf(p, "platform"),
                    QCoreApplication::translate("sig2rtm", "unknown platform \"%1\"").arg(*platform));
            ok = false;
        }
        rule.platform = *platform;
    } else {
        ok = false;
    }
    if (auto remediation = r.string(value, p, "remediation", false)) {
        if (!m_remediations.contains(*remediation)) {
            r.error(JsonReader::pointerOf(p, "remediation"),
                    QCoreApplication::translate("sig2rtm", "unknown remediation \"%1\"").arg(*remediation));
            ok = false;
        }
        rule.remediation = *remediation;
    }
    if (auto languages = r.stringList(value, p, "languages", true)) {
        for (qsizetype i = 0; i < languages->size(); ++i) {
            const QString& name = languages->at(i);
            if (name == QLatin1String("*")) {
                rule.anyLanguage = true;
                for (auto l : kAllLanguages) {
                    rule.languages.set(static_cast<std::size_t>(l));
                }
                continue;
            }
            if (name == QLatin1String("*code")) {
                for (auto l : kCodeLanguages) {
                    rule.languages.set(static_cast<std::size_t>(l));
                }
                continue;
            }
            bool found = false;
            for (auto l : kAllLanguages) {
                if (languageName(l) == name) {
                    rule.languages.set(static_cast<std::size_t>(l));
                    found = true;
                }
            }
            if (!found) {
                r.error(jsonPointerAppend(JsonReader::pointerOf(p, "languages"), i),
                        QCoreApplication::translate("sig2rtm", "unknown language \"%1\"").arg(name));
                ok = false;
            }
        }
    } else {
        ok = false;
    }

    if (const auto* match = r.member(value, p, "match", true);
        match && r.expectObject(*match, r.pointerOf(p, "match"))) {
        const QString mp = JsonReader::pointerOf(p, "match");
        r.rejectUnknownKeys(*match, mp,
                            {"kind",
                             "globs",
                             "literals",
                             "min",
                             "regex",
                             "fileRegex",
                             "names",
                             "call",
                             "callback",
                             "factory",
                             "objectTypes",
                             "staticFactories",
                             "inCall",
                             "argument",
                             "callHasString",
                             "callHasStringFor",
                             "tokens",
                             "jsonKeys",
                             "selector",
                             "markerCalls",
                             "markerStringPrefixes",
                             "sdkFile",
                             "markers",
                             "ambiguousMarkers",
                             "pages",
                             "calls"});
        if (auto kind = readEnum(r, *match, mp, "kind", true, kMatchKinds)) {
            rule.kind = *kind;
        } else {
            ok = false;
        }
        if (auto globs = r.stringList(*match, mp, "globs", rule.kind == MatchKind::Path)) {
            rule.globs = *globs;
        }
        const bool needsLiterals = rule.kind == MatchKind::Fingerprint || rule.kind == MatchKind::Import ||
                                   rule.kind == MatchKind::String || rule.kind == MatchKind::Text ||
                                   rule.kind == MatchKind::ObjcSelector;
        if (auto literals = r.stringList(*match, mp, "literals", needsLiterals)) {
            rule.literals = *literals;
        } else if (needsLiterals) {
            ok = false;
        }
        if (auto min = r.integer(*match, mp, "min", false, 1, 100)) {
            rule.min = *min;
        }
        const bool needsRegex =
            rule.kind == MatchKind::Import || rule.kind == MatchKind::String || rule.kind == MatchKind::Text;
        if (auto re = readRegex(r, *match, mp, "regex", needsRegex)) {
            rule.regex = *re;
        } else if (needsRegex) {
            ok = false;
        }
        if (auto re = readRegex(r, *match, mp, "fileRegex", false)) {
            rule.fileRegex = *re;
        }
        if (auto names = r.stringList(*match, mp, "names", rule.kind == MatchKind::Identifier)) {
            rule.names = *names;
        } else if (rule.kind == MatchKind::Identifier) {
            ok = false;
        }
        if (auto call = r.boolean(*match, mp, "call", false)) {
            rule.call = *call;
        }
        if (auto factory = r.boolean(*match, mp, "factory", false)) {
            rule.factory = *factory;
        }
        if (auto callback = r.boolean(*match, mp, "callback", false)) {
            rule.callback = *callback;
        }
        if (auto types = r.stringList(*match, mp, "objectTypes", false)) {
            rule.objectTypes = *types;
        }
        if (auto factories = r.stringList(*match, mp, "staticFactories", false)) {
            rule.staticFactories = *factories;
        }
        for (const char* key : {"factory", "callback", "objectTypes", "staticFactories"}) {
            if (rule.kind != MatchKind::Identifier && match->contains(key)) {
                r.error(JsonReader::pointerOf(mp, key),
                        QCoreApplication::translate("sig2rtm", "only an identifier rule creates SDK objects"));
                ok = false;
            }
        }
        if (!rule.staticFactories.isEmpty() && rule.objectTypes.isEmpty()) {
            r.error(JsonReader::pointerOf(mp, "staticFactories"),
                    QCoreApplication::translate("sig2rtm", "static factories need \"objectTypes\""));
            ok = false;
        }
        if (auto inCall = r.stringList(*match, mp, "inCall", false)) {
            rule.inCall = *inCall;
        }
        if (auto argument = r.integer(*match, mp, "argument", false, 0, 32)) {
            rule.argument = *argument;
        }
        if (auto re = readRegex(r, *match, mp, "callHasString", false)) {
            rule.callHasString = *re;
        }
        if (auto list = r.stringList(*match, mp, "callHasStringFor", false)) {
            rule.callHasStringFor = *list;
        }
        if (auto tokens = r.stringList(*match, mp, "tokens", false)) {
            rule.matchStrings = tokens->contains(QStringLiteral("string"));
            rule.matchIdentifiers = tokens->contains(QStringLiteral("identifier"));
            for (qsizetype i = 0; i < tokens->size(); ++i) {
                if (tokens->at(i) != QLatin1String("string") && tokens->at(i) != QLatin1String("identifier")) {
                    r.error(jsonPointerAppend(JsonReader::pointerOf(mp, "tokens"), i),
                            QCoreApplication::translate("sig2rtm",
                                                        "unknown token kind \"%1\" (expected string or identifier)")
                                .arg(tokens->at(i)));
                    ok = false;
                }
            }
        }
        if (auto jsonKeys = r.boolean(*match, mp, "jsonKeys", false)) {
            rule.jsonKeys = *jsonKeys;
        }
        if (auto selector = r.string(*match, mp, "selector", rule.kind == MatchKind::ObjcSelector)) {
            rule.selector = *selector;
        }
        if (auto calls = r.stringList(*match, mp, "markerCalls", false)) {
            rule.markerCalls = *calls;
        }
        if (auto prefixes = r.stringList(*match, mp, "markerStringPrefixes", false)) {
            rule.markerStringPrefixes = *prefixes;
        }
        if (auto sdkFile = r.boolean(*match, mp, "sdkFile", false)) {
            rule.sdkFile = *sdkFile;
        }
        if (auto markers = r.stringList(*match, mp, "markers", rule.kind == MatchKind::Project)) {
            rule.markers = *markers;
        }
        if (auto markers = r.stringList(*match, mp, "ambiguousMarkers", false)) {
            rule.ambiguousMarkers = *markers;
        }
        if (auto pages = r.stringList(*match, mp, "pages", !rule.ambiguousMarkers.isEmpty())) {
            rule.pages = *pages;
        } else if (!rule.ambiguousMarkers.isEmpty()) {
            ok = false;
        }
        for (const char* key : {"markers", "ambiguousMarkers", "pages"}) {
            if (rule.kind != MatchKind::Project && match->contains(key)) {
                r.error(JsonReader::pointerOf(mp, key),
                        QCoreApplication::translate("sig2rtm", "only a project rule has markers and pages"));
                ok = false;
            }
        }
        if (const auto* calls = r.member(*match, mp, "calls", rule.kind == MatchKind::MessageArgument)) {
            const QString cp = JsonReader::pointerOf(mp, "calls");
            if (r.expectObject(*calls, cp)) {
                for (const auto& [name, index] : calls->items()) {
                    const QString n = QString::fromStdString(name);
                    if (!index.is_number_integer() || index.get<int>() < 0 || index.get<int>() > 16) {
                        r.error(jsonPointerAppend(cp, n),
                                QCoreApplication::translate("sig2rtm", "expected an argument index from 0 to 16"));
                        ok = false;
                        continue;
                    }
                    rule.calls.insert(n, index.get<int>());
                }
            }
        }
    } else {
        ok = false;
    }

    if (const auto* version = r.member(value, p, "version", false)) {
        const QString vp = JsonReader::pointerOf(p, "version");
        if (r.expectObject(*version, vp)) {
            r.rejectUnknownKeys(*version, vp, {"regex", "source", "strings", "default", "missing"});
            if (auto re = readRegex(r, *version, vp, "regex", false)) {
                if (re->captureCount() < 1) {
                    r.error(JsonReader::pointerOf(vp, "regex"),
                            QCoreApplication::translate("sig2rtm", "the version pattern needs a capture group"));
                    ok = false;
                }
                rule.version.regex = *re;
            }
            if (auto source = r.string(*version, vp, "source", false)) {
                if (*source != QLatin1String("content") && *source != QLatin1String("match")) {
                    r.error(JsonReader::pointerOf(vp, "source"),
                            QCoreApplication::translate("sig2rtm", "expected \"match\" or \"content\""));
                    ok = false;
                }
                rule.version.fromContent = *source == QLatin1String("content");
            }
            if (auto strings = r.boolean(*version, vp, "strings", false)) {
                rule.version.fromStrings = *strings;
            }
            if (auto def = r.string(*version, vp, "default", false)) {
                rule.version.defaultVersion = *def;
            }
            if (auto missing = readText(r, *version, vp, "missing", false)) {
                rule.version.missing = *missing;
            }
        }
    }
    if (const auto* fallback = r.member(value, p, "fallback", false)) {
        const QString fp = JsonReader::pointerOf(p, "fallback");
        if (r.expectObject(*fallback, fp)) {
            r.rejectUnknownKeys(*fallback, fp, {"effect", "confidence", "reason"});
            RuleFallback fb;
            if (auto e = readNamedEnum<Effect>(r, *fallback, fp, "effect", &effectFromString, "fail, review, note")) {
                fb.effect = *e;
            }
            if (auto c = readNamedEnum<Confidence>(r, *fallback, fp, "confidence", &confidenceFromString,
                                                   "high, medium, low")) {
                fb.confidence = *c;
            }
            if (auto reason = readText(r, *fallback, fp, "reason", true)) {
                fb.reason = *reason;
            } else {
                ok = false;
            }
            rule.fallback = fb;
        }
    }
    if (auto req = readEnum(r, value, p, "requires", true, kRequirements)) {
        rule.requirement = *req;
    } else {
        ok = false;
    }
    if (auto c = readNamedEnum<Confidence>(r, value, p, "confidence", &confidenceFromString, "high, medium, low")) {
        rule.confidence = *c;
    }
    if (auto e = readNamedEnum<Effect>(r, value, p, "effect", &effectFromString, "fail, review, note")) {
        rule.effect = *e;
    }
    if (!rule.row.isEmpty() && !value.contains("effect")) {
        r.error(p, QCoreApplication::translate("sig2rtm", "a row rule needs an \"effect\""));
        ok = false;
    }
    if (auto reason = readText(r, value, p, "reason", true)) {
        rule.reason = *reason;
    } else {
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    rule.makeMessages();
    return rule;
}

void Catalog::readPlatforms(JsonReader& r, const nlohmann::json& value)
{
    const QString pp = QStringLiteral("/platforms");
    if (!r.expectObject(value, pp)) {
        return;
    }
    for (const auto& [key, platform] : value.items()) {
        const QString id = QString::fromStdString(key);
        const QString ip = jsonPointerAppend(pp, id);
        if (!r.expectObject(platform, ip)) {
            continue;
        }
        r.rejectUnknownKeys(platform, ip, {"name", "versionHelp", "guide"});
        if (!isKnownPlatform(id)) {
            r.error(ip, QCoreApplication::translate("sig2rtm", "unknown platform \"%1\"").arg(id));
            continue;
        }
        auto name = readText(r, platform, ip, "name", true);
        auto help = readText(r, platform, ip, "versionHelp", false);
        auto guide = readLocalizedHttpsUrl(r, platform, ip, "guide", false);
        if (name) {
            m_platforms.push_back({id, *name, help.value_or(LocalizedText{}), guide.value_or(LocalizedText{})});
        }
    }
}

void Catalog::readDeclarations(JsonReader& r, const nlohmann::json& value)
{
    const QString dp = QStringLiteral("/declarations");
    if (!r.expectObject(value, dp)) {
        return;
    }
    r.rejectUnknownKeys(value, dp, {"sdk", "clients", "features", "messageTypes"});
    auto& d = m_declarations;
    const auto knownRow = [&](const QString& pointer, const std::optional<QString>& id) {
        if (id && !row(*id)) {
            r.error(pointer, QCoreApplication::translate("sig2rtm", "unknown row \"%1\"").arg(*id));
            return false;
        }
        return id.has_value();
    };
    const auto readValues = [&](const nlohmann::json& group, const QString& gp, bool withRow, bool withLabel,
                                std::vector<DeclaredValueDefinition>& out) {
        const auto* values = r.member(group, gp, "values", true);
        const QString vp = JsonReader::pointerOf(gp, "values");
        if (!values || !r.expectArray(*values, vp)) {
            return;
        }
        for (std::size_t i = 0; i < values->size(); ++i) {
            const auto& v = (*values)[i];
            const QString ip = jsonPointerAppend(vp, static_cast<qsizetype>(i));
            if (!r.expectObject(v, ip)) {
                continue;
            }
            r.rejectUnknownKeys(v, ip, {"id", "row", "effect", "label", "reason"});
            DeclaredValueDefinition def;
            auto id = readId(r, v, ip);
            auto reason = readText(r, v, ip, "reason", true);
            if (withRow) {
                auto rowId = r.string(v, ip, "row", true);
                if (!knownRow(JsonReader::pointerOf(ip, "row"), rowId)) {
                    continue;
                }
                def.row = *rowId;
            }
            if (auto e = readNamedEnum<Effect>(r, v, ip, "effect", &effectFromString, "fail, review, note")) {
                def.effect = *e;
            }
            if (withLabel) {
                def.label = readText(r, v, ip, "label", true).value_or(LocalizedText{});
            }
            if (id && reason) {
                def.id = *id;
                def.reason = *reason;
                out.push_back(def);
            }
        }
    };

    if (const auto* sdk = r.member(value, dp, "sdk", true)) {
        const QString sp = JsonReader::pointerOf(dp, "sdk");
        if (r.expectObject(*sdk, sp)) {
            r.rejectUnknownKeys(*sdk, sp, {"rule", "description", "legacy", "legacyUnknownVersion", "target"});
            d.sdkRule = r.string(*sdk, sp, "rule", true).value_or(QString());
            d.sdkDescription = readText(r, *sdk, sp, "description", true).value_or(LocalizedText{});
            for (const char* key : {"legacy", "legacyUnknownVersion", "target"}) {
                if (auto t = readText(r, *sdk, sp, key, true)) {
                    m_texts.insert(QStringLiteral("declarations/sdk/") + QLatin1String(key), *t);
                }
            }
        }
    }
    if (const auto* clients = r.member(value, dp, "clients", false)) {
        const QString cp = JsonReader::pointerOf(dp, "clients");
        if (r.expectArray(*clients, cp)) {
            for (std::size_t i = 0; i < clients->size(); ++i) {
                const auto& c = (*clients)[i];
                const QString ip = jsonPointerAppend(cp, static_cast<qsizetype>(i));
                if (!r.expectObject(c, ip)) {
                    continue;
                }
                r.rejectUnknownKeys(c, ip, {"platform", "rule", "row", "effect", "question", "description", "reason"});
                DeclaredClientDefinition def;
                auto platform = r.string(c, ip, "platform", true);
                auto rule = r.string(c, ip, "rule", true);
                auto rowId = r.string(c, ip, "row", true);
                auto reason = readText(r, c, ip, "reason", true);
                auto description = readText(r, c, ip, "description", true);
                if (platform && !isKnownPlatform(*platform)) {
                    r.error(JsonReader::pointerOf(ip, "platform"),
                            QCoreApplication::translate("sig2rtm", "unknown platform \"%1\"").arg(*platform));
                    continue;
                }
                if (!knownRow(JsonReader::pointerOf(ip, "row"), rowId) || !platform || !rule || !reason ||
                    !description) {
                    continue;
                }
                if (auto e = readNamedEnum<Effect>(r, c, ip, "effect", &effectFromString, "fail, review, note")) {
                    def.effect = *e;
                }
                def.platform = *platform;
                def.rule = *rule;
                def.row = *rowId;
                def.reason = *reason;
                def.description = *description;
                def.question = readText(r, c, ip, "question", false).value_or(LocalizedText{});
                d.clients.push_back(def);
            }
        }
    }
    if (const auto* features = r.member(value, dp, "features", true)) {
        const QString fp = JsonReader::pointerOf(dp, "features");
        if (r.expectObject(*features, fp)) {
            r.rejectUnknownKeys(*features, fp, {"rule", "description", "values"});
            d.featureRule = r.string(*features, fp, "rule", true).value_or(QString());
            d.featureDescription = readText(r, *features, fp, "description", true).value_or(LocalizedText{});
            readValues(*features, fp, true, true, d.features);
        }
    }
    if (const auto* types = r.member(value, dp, "messageTypes", true)) {
        const QString tp = JsonReader::pointerOf(dp, "messageTypes");
        if (r.expectObject(*types, tp)) {
            r.rejectUnknownKeys(*types, tp, {"rule", "row", "platforms", "description", "values"});
            d.messageTypeRule = r.string(*types, tp, "rule", true).value_or(QString());
            auto rowId = r.string(*types, tp, "row", true);
            if (knownRow(JsonReader::pointerOf(tp, "row"), rowId)) {
                d.messageTypeRow = *rowId;
            }
            d.messageTypePlatforms = r.stringList(*types, tp, "platforms", true).value_or(QStringList{});
            d.messageTypeDescription = readText(r, *types, tp, "description", true).value_or(LocalizedText{});
            readValues(*types, tp, false, true, d.messageTypes);
        }
    }
}

void Catalog::readInventory(JsonReader& r, const nlohmann::json& value)
{
    const QString vp = QStringLiteral("/inventory");
    if (!r.expectObject(value, vp)) {
        return;
    }
    r.rejectUnknownKeys(value, vp, {"guides", "apis"});
    // Deprecated: guides now belong to the platforms ("platforms.<id>.guide"). Still read for files written
    // before, for a platform the file defines without a guide.
    if (const auto* guides = r.member(value, vp, "guides", false)) {
        const QString gp = JsonReader::pointerOf(vp, "guides");
        if (r.expectObject(*guides, gp)) {
            for (const auto& item : guides->items()) {
                const QString id = QString::fromStdString(item.key());
                auto definition = std::find_if(m_platforms.begin(), m_platforms.end(),
                                               [&id](const PlatformDefinition& d) { return d.id == id; });
                if (definition == m_platforms.end()) {
                    r.error(jsonPointerAppend(gp, id),
                            QCoreApplication::translate("sig2rtm", "unknown platform \"%1\"").arg(id));
                } else if (auto link = readLocalizedHttpsUrl(r, *guides, gp, item.key().c_str(), true);
                           link && definition->guide.isEmpty()) {
                    definition->guide = *link;
                }
            }
        }
    }
    const auto* apis = r.member(value, vp, "apis", true);
    const QString ap = JsonReader::pointerOf(vp, "apis");
    if (!apis || !r.expectArray(*apis, ap)) {
        return;
    }
    static const QRegularExpression kName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (std::size_t i = 0; i < apis->size(); ++i) {
        const auto& item = (*apis)[i];
        const QString ip = jsonPointerAppend(ap, static_cast<qsizetype>(i));
        if (!r.expectObject(item, ip)) {
            continue;
        }
        r.rejectUnknownKeys(item, ip,
                            {"id", "function", "kind", "names", "replacement", "noEquivalent", "pattern", "note",
                             "effort", "effortReason"});
        InventoryApi api;
        auto id = readId(r, item, ip);
        auto function = readText(r, item, ip, "function", true);
        auto kind = r.string(item, ip, "kind", true);
        auto names = r.stringList(item, ip, "names", true);
        auto effort = r.integer(item, ip, "effort", true, 1, 13);
        auto reason = readText(r, item, ip, "effortReason", true);
        if (!(id && function && kind && names && effort && reason)) {
            continue;
        }
        if (*kind != QLatin1String("call") && *kind != QLatin1String("event") && *kind != QLatin1String("string")) {
            r.error(JsonReader::pointerOf(ip, "kind"),
                    QCoreApplication::translate("sig2rtm", "expected \"call\", \"event\" or \"string\""));
            continue;
        }
        if (*effort != 1 && *effort != 3 && *effort != 5 && *effort != 7 && *effort != 13) {
            r.error(JsonReader::pointerOf(ip, "effort"),
                    QCoreApplication::translate("sig2rtm", "effort is one of 1, 3, 5, 7, 13"));
            continue;
        }
        api.id = *id;
        api.function = *function;
        api.kind = *kind == QLatin1String("event")    ? InventoryApi::Kind::Event
                   : *kind == QLatin1String("string") ? InventoryApi::Kind::String
                                                      : InventoryApi::Kind::Call;
        api.effort = *effort;
        api.effortReason = *reason;
        api.noEquivalent = r.boolean(item, ip, "noEquivalent", false).value_or(false);
        api.pattern = readText(r, item, ip, "pattern", api.noEquivalent).value_or(LocalizedText{});
        api.note = readText(r, item, ip, "note", false).value_or(LocalizedText{});
        if (const auto* replacement = r.member(item, ip, "replacement", !api.noEquivalent)) {
            const QString rp = JsonReader::pointerOf(ip, "replacement");
            if (r.expectObject(*replacement, rp)) {
                for (const auto& entry : replacement->items()) {
                    const QString platform = QString::fromStdString(entry.key());
                    if (!isKnownPlatform(platform)) {
                        r.error(jsonPointerAppend(rp, platform),
                                QCoreApplication::translate("sig2rtm", "unknown platform \"%1\"").arg(platform));
                    } else if (auto text = r.string(*replacement, rp, entry.key().c_str(), true)) {
                        api.replacement.insert(platform, *text);
                    }
                }
            }
        }
        const int index = static_cast<int>(m_inventory.apis.size());
        for (qsizetype k = 0; k < names->size(); ++k) {
            const QString& name = names->at(k);
            const QString np = jsonPointerAppend(JsonReader::pointerOf(ip, "names"), k);
            if (api.kind != InventoryApi::Kind::String && !kName.match(name).hasMatch()) {
                r.error(np, QCoreApplication::translate("sig2rtm", "\"%1\" is not an identifier").arg(name));
            } else if (m_inventory.apiOfName.contains(name)) {
                r.error(np, QCoreApplication::translate("sig2rtm", "\"%1\" is already in another entry").arg(name));
            } else {
                m_inventory.apiOfName.insert(name, index);
            }
        }
        api.names = *names;
        m_inventory.apis.push_back(std::move(api));
    }
}

void Catalog::readVersionStrings(JsonReader& r, const nlohmann::json& value)
{
    const QString vp = QStringLiteral("/versionStrings");
    if (!r.expectObject(value, vp)) {
        return;
    }
    r.rejectUnknownKeys(value, vp, {"maxMegabytes", "patterns"});
    if (auto mb = r.integer(value, vp, "maxMegabytes", true, 1, 4096)) {
        m_versionStrings.maxBytes = qint64(*mb) * 1024 * 1024;
    }
    const auto* patterns = r.member(value, vp, "patterns", true);
    const QString pp = JsonReader::pointerOf(vp, "patterns");
    if (!patterns || !r.expectArray(*patterns, pp)) {
        return;
    }
    for (std::size_t i = 0; i < patterns->size(); ++i) {
        const auto& item = (*patterns)[i];
        const QString ip = jsonPointerAppend(pp, static_cast<qsizetype>(i));
        if (!r.expectObject(item, ip)) {
            continue;
        }
        r.rejectUnknownKeys(item, ip, {"regex", "near", "distance", "confidence"});
        VersionStringPattern pattern;
        auto re = readRegex(r, item, ip, "regex", true);
        if (re && re->captureCount() < 1) {
            r.error(JsonReader::pointerOf(ip, "regex"),
                    QCoreApplication::translate("sig2rtm", "the version pattern needs a capture group"));
            continue;
        }
        auto near = readRegex(r, item, ip, "near", false);
        auto distance = r.integer(item, ip, "distance", near.has_value(), 1, 64);
        auto confidence =
            readNamedEnum<Confidence>(r, item, ip, "confidence", &confidenceFromString, "high, medium, low");
        if (!re || (near && !distance)) {
            continue;
        }
        pattern.regex = *re;
        if (near) {
            pattern.near = *near;
            pattern.distance = *distance;
        }
        pattern.confidence = confidence.value_or(Confidence::High);
        m_versionStrings.patterns.push_back(std::move(pattern));
    }
}

void Catalog::readClientMarkers(JsonReader& r, const nlohmann::json& value)
{
    const QString cp = QStringLiteral("/clientMarkers");
    if (!r.expectArray(value, cp)) {
        return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto& item = value[i];
        const QString ip = jsonPointerAppend(cp, static_cast<qsizetype>(i));
        if (!r.expectObject(item, ip)) {
            continue;
        }
        r.rejectUnknownKeys(item, ip, {"buildSystem", "files", "folders", "partOf", "nests"});
        ClientMarker marker;
        if (auto name = r.string(item, ip, "buildSystem", true)) {
            marker.buildSystem = *name;
        }
        marker.files = r.stringList(item, ip, "files", false).value_or(QStringList());
        marker.folders = r.stringList(item, ip, "folders", false).value_or(QStringList());
        marker.partOf = r.stringList(item, ip, "partOf", false).value_or(QStringList());
        marker.nests = r.boolean(item, ip, "nests", false).value_or(true);
        m_clientMarkers.push_back(std::move(marker));
    }
}

bool Catalog::read(JsonReader& r, bool rulesOnly)
{
    const auto& root = r.source().root();
    const QString p;
    if (!r.expectObject(root, p)) {
        return false;
    }
    r.rejectUnknownKeys(root, p,
                        {"format", "source", "texts", "platforms", "declarations", "timeline", "remediations", "rows",
                         "rules", "versionStrings", "inventory", "clientMarkers"});
    if (auto format = r.string(root, p, "format", true); format && *format != kFormat) {
        r.error(JsonReader::pointerOf(p, "format"),
                QCoreApplication::translate("sig2rtm", "unsupported format \"%1\" (expected \"%2\")")
                    .arg(*format, kFormat));
    }

    if (const auto* source = r.member(root, p, "source", !rulesOnly)) {
        const QString sp = QStringLiteral("/source");
        if (r.expectObject(*source, sp)) {
            r.rejectUnknownKeys(*source, sp, {"title", "updated", "url"});
            if (auto t = readText(r, *source, sp, "title", true)) {
                m_sourceTitle = *t;
            }
            r.string(*source, sp, "updated", true);
            if (auto url = readHttpsUrl(r, *source, sp, "url")) {
                m_sourceUrl = *url;
            }
        }
    }

    QStringList guidesToCheck; // the remediations this file defines
    if (const auto* remediations = r.member(root, p, "remediations", !rulesOnly)) {
        const QString rp = QStringLiteral("/remediations");
        if (r.expectObject(*remediations, rp)) {
            for (const auto& [key, value] : remediations->items()) {
                const QString id = QString::fromStdString(key);
                const QString ip = jsonPointerAppend(rp, id);
                if (!r.expectObject(value, ip)) {
                    continue;
                }
                r.rejectUnknownKeys(value, ip, {"label", "url", "guide", "email"});
                Remediation rem;
                rem.id = id;
                auto label = readText(r, value, ip, "label", true);
                // A link, the platforms' guides, or neither (a statement): never both.
                const bool hasUrl = value.contains("url");
                auto link = readLocalizedHttpsUrl(r, value, ip, "url", false);
                auto guide = r.string(value, ip, "guide", false);
                bool ok = label && link.has_value() == hasUrl && guide.has_value() == value.contains("guide");
                if (guide && *guide != Remediation::kAnyPlatform && !isKnownPlatform(*guide)) {
                    r.error(JsonReader::pointerOf(ip, "guide"),
                            QCoreApplication::translate("sig2rtm", "unknown platform \"%1\"").arg(*guide));
                    ok = false;
                } else if (guide && hasUrl) {
                    r.error(
                        JsonReader::pointerOf(ip, "guide"),
                        QCoreApplication::translate("sig2rtm", "a remediation has a \"url\" or a \"guide\", not both"));
                    ok = false;
                }
                if (auto email = r.string(value, ip, "email", false)) {
                    rem.email = *email;
                }
                if (ok) {
                    rem.label = *label;
                    rem.link = link.value_or(LocalizedText{});
                    rem.url = rem.link.en;
                    rem.guide = guide.value_or(QString());
                    m_remediations.insert(id, rem);
                    guidesToCheck << id;
                }
            }
        }
    }

    if (const auto* timeline = r.member(root, p, "timeline", !rulesOnly)) {
        const QString tp = QStringLiteral("/timeline");
        if (r.expectArray(*timeline, tp)) {
            for (std::size_t i = 0; i < timeline->size(); ++i) {
                const auto& value = (*timeline)[i];
                const QString ip = jsonPointerAppend(tp, static_cast<qsizetype>(i));
                if (!r.expectObject(value, ip)) {
                    continue;
                }
                r.rejectUnknownKeys(value, ip, {"date", "event", "text"});
                auto date = r.string(value, ip, "date", true);
                auto event = r.string(value, ip, "event", true);
                auto text = readText(r, value, ip, "text", true);
                if (date && event && text) {
                    m_timeline.push_back({*date, *event, *text});
                }
            }
        }
    }

    if (const auto* rows = r.member(root, p, "rows", !rulesOnly)) {
        const QString rp = QStringLiteral("/rows");
        if (r.expectArray(*rows, rp)) {
            for (std::size_t i = 0; i < rows->size(); ++i) {
                const auto& value = (*rows)[i];
                const QString ip = jsonPointerAppend(rp, static_cast<qsizetype>(i));
                if (!r.expectObject(value, ip)) {
                    continue;
                }
                r.rejectUnknownKeys(value, ip,
                                    {"id", "title", "explanation", "recommendation", "remediation", "needsSupport",
                                     "pass", "versionUnknown", "minimumVersion", "question", "questionHelp"});
                RowDefinition row;
                auto id = readId(r, value, ip);
                auto title = readText(r, value, ip, "title", true);
                auto explanation = readText(r, value, ip, "explanation", true);
                auto recommendation = readText(r, value, ip, "recommendation", true);
                auto pass = readText(r, value, ip, "pass", true);
                auto remediation = r.stringList(value, ip, "remediation", true);
                auto needsSupport = r.boolean(value, ip, "needsSupport", true);
                if (!(id && title && explanation && recommendation && pass && remediation && needsSupport)) {
                    continue;
                }
                if (this->row(*id)) {
                    r.error(JsonReader::pointerOf(ip, "id"),
                            QCoreApplication::translate("sig2rtm", "duplicate row id \"%1\"").arg(*id));
                    continue;
                }
                for (qsizetype k = 0; k < remediation->size(); ++k) {
                    if (!m_remediations.contains(remediation->at(k))) {
                        r.error(jsonPointerAppend(JsonReader::pointerOf(ip, "remediation"), k),
                                QCoreApplication::translate("sig2rtm", "unknown remediation \"%1\"")
                                    .arg(remediation->at(k)));
                    }
                }
                if (auto minimum = r.string(value, ip, "minimumVersion", false)) {
                    if (versionRow()) {
                        r.error(JsonReader::pointerOf(ip, "minimumVersion"),
                                QCoreApplication::translate("sig2rtm", "only one row can have a minimum version"));
                    }
                    row.minimumVersion = *minimum;
                    if (auto unknown = readText(r, value, ip, "versionUnknown", true)) {
                        row.versionUnknown = *unknown;
                    }
                }
                row.id = *id;
                row.title = *title;
                row.explanation = *explanation;
                row.recommendation = *recommendation;
                row.pass = *pass;
                row.question = readText(r, value, ip, "question", false).value_or(LocalizedText{});
                row.questionHelp = readText(r, value, ip, "questionHelp", false).value_or(LocalizedText{});
                row.remediation = *remediation;
                row.needsSupport = *needsSupport;
                m_rows.push_back(row);
            }
            if (rows->empty()) {
                r.error(rp, QCoreApplication::translate("sig2rtm", "a catalog needs at least one row"));
            }
        }
    }

    if (const auto* texts = r.member(root, p, "texts", false)) {
        const QString tp = QStringLiteral("/texts");
        if (r.expectObject(*texts, tp)) {
            for (const auto& [key, value] : texts->items()) {
                Q_UNUSED(value);
                if (auto t = readText(r, *texts, tp, key.c_str(), true)) {
                    m_texts.insert(QString::fromStdString(key), *t);
                }
            }
        }
    }
    if (const auto* platforms = r.member(root, p, "platforms", !rulesOnly)) {
        readPlatforms(r, *platforms);
    }
    if (const auto* declarations = r.member(root, p, "declarations", !rulesOnly)) {
        readDeclarations(r, *declarations);
    }

    if (const auto* inventory = r.member(root, p, "inventory", false)) {
        readInventory(r, *inventory);
    }
    // A remediation that links one platform's guide needs that guide (known once the platforms are read).
    for (const auto& id : std::as_const(guidesToCheck)) {
        Remediation& rem = m_remediations[id];
        if (rem.guide.isEmpty() || rem.perPlatform() || rulesOnly) {
            continue;
        }
        rem.url = guideUrl(rem.guide, ReportLanguage::English);
        if (rem.url.isEmpty()) {
            r.error(JsonReader::pointerOf(jsonPointerAppend(QStringLiteral("/remediations"), id), "guide"),
                    QCoreApplication::translate("sig2rtm", "platform \"%1\" has no guide").arg(rem.guide));
        }
    }
    if (const auto* markers = r.member(root, p, "clientMarkers", false)) {
        readClientMarkers(r, *markers);
    }
    if (const auto* strings = r.member(root, p, "versionStrings", false)) {
        readVersionStrings(r, *strings);
    }

    if (const auto* rules = r.member(root, p, "rules", true)) {
        const QString rp = QStringLiteral("/rules");
        if (r.expectArray(*rules, rp)) {
            QSet<QString> ids;
            for (std::size_t i = 0; i < rules->size(); ++i) {
                const QString ip = jsonPointerAppend(rp, static_cast<qsizetype>(i));
                if (auto rule = readRule(r, (*rules)[i], ip)) {
                    if (ids.contains(rule->id)) {
                        r.error(JsonReader::pointerOf(ip, "id"),
                                QCoreApplication::translate("sig2rtm", "duplicate rule id \"%1\"").arg(rule->id));
                        continue;
                    }
                    ids.insert(rule->id);
                    if (!rulesOnly && rule->version.fromStrings && m_versionStrings.patterns.empty()) {
                        r.error(JsonReader::pointerOf(JsonReader::pointerOf(ip, "version"), "strings"),
                                QCoreApplication::translate("sig2rtm",
                                                            "reading versions from strings needs \"versionStrings\""));
                    }
                    m_rules.push_back(std::move(*rule));
                }
            }
        }
    }
    return true;
}

} // namespace sig2rtm
