// SPDX-License-Identifier: MIT
#include "report.h"

#include "reporttext.h"
#include "reportview.h"

#include <QCoreApplication>

namespace sig2rtm {

namespace {

std::string s(const QString& text)
{
    return text.toStdString();
}

nlohmann::ordered_json stringArray(const QStringList& list)
{
    auto array = nlohmann::ordered_json::array();
    for (const auto& item : list) {
        array.push_back(s(item));
    }
    return array;
}

} // namespace

const ReportRow* Report::row(const QString& id) const
{
    for (const auto& r : rows) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

const Finding* Report::finding(const QString& id) const
{
    // Ids are "F<n>" assigned in order: try the direct index first.
    bool ok = false;
    const auto n = QStringView(id).mid(1).toLongLong(&ok);
    if (ok && n >= 1 && n <= static_cast<qint64>(findings.size()) &&
        findings[static_cast<std::size_t>(n - 1)].id == id) {
        return &findings[static_cast<std::size_t>(n - 1)];
    }
    for (const auto& f : findings) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

QString migrationStage(const ClientResult& client)
{
    const auto has = [&](SdkKind kind) {
        return std::any_of(client.sdk.begin(), client.sdk.end(), [&](const SdkEvidence& e) { return e.kind == kind; });
    };
    const bool legacy = has(SdkKind::Signaling);
    const bool rtm = has(SdkKind::Rtm);
    return legacy && rtm ? QStringLiteral("mixed")
           : legacy      ? QStringLiteral("legacy")
           : rtm         ? QStringLiteral("migrated")
                         : QStringLiteral("none");
}

const ClientResult* Report::client(const QString& id) const
{
    for (const auto& c : clients) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

std::vector<const Finding*> Report::findingsOf(const ReportRow& r) const
{
    std::vector<const Finding*> out;
    out.reserve(static_cast<std::size_t>(r.findingIds.size()));
    for (const auto& id : r.findingIds) {
        if (const auto* f = finding(id)) {
            out.push_back(f);
        }
    }
    return out;
}

QStringList Report::remediationKinds(const ReportRow& r) const
{
    const auto* def = catalog ? catalog->row(r.id) : nullptr;
    if (!def || r.status == RowStatus::Pass) {
        return {};
    }
    return def->remediation;
}

InventoryView inventoryView(const Report& report, const QString& client)
{
    InventoryView view;
    if (!report.catalog) {
        return view;
    }
    const auto& apis = report.catalog->inventory().apis;
    std::vector<InventoryItem> items(apis.size());
    std::vector<QSet<QString>> files(apis.size());
    for (const auto& use : report.inventory) {
        if (!client.isEmpty() && use.client != client) {
            continue;
        }
        const auto it = std::find_if(apis.begin(), apis.end(), [&](const InventoryApi& a) { return a.id == use.api; });
        if (it == apis.end()) {
            continue;
        }
        const auto i = static_cast<std::size_t>(it - apis.begin());
        InventoryItem& item = items[i];
        item.api = &*it;
        item.uses.push_back(&use);
        if (!item.names.contains(use.name)) {
            item.names << use.name;
        }
        if (!use.platform.isEmpty() && !item.platforms.contains(use.platform)) {
            item.platforms << use.platform;
        }
        files[i].insert(use.file);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        InventoryItem& item = items[i];
        if (!item.api) {
            continue;
        }
        item.names.sort();
        item.platforms.sort();
        item.files = static_cast<int>(files[i].size());
        item.points = item.files * item.api->effort;
        view.uses += static_cast<int>(item.uses.size());
        view.gaps += item.api->noEquivalent ? 1 : 0;
        view.points += item.points;
        view.items.push_back(std::move(item));
    }
    return view;
}

Message inventorySummary(const InventoryView& view)
{
    const auto number = [](qsizetype n) { return Message::literal(QString::number(n)); };
    return Message::catalog(
        QStringLiteral("text/inventorySummary"),
        {number(view.uses), number(static_cast<qsizetype>(view.items.size())), number(view.gaps), number(view.points)});
}

std::optional<Migration> Report::migration() const
{
    if (!signalingDetected || !catalog) {
        return std::nullopt;
    }
    Migration m;
    for (const auto& e : catalog->timeline()) {
        if (e.event == QLatin1String("shutdown")) {
            m.shutdownDate = e.date;
        }
    }
    for (const auto& r : rows) {
        m.blockers += r.status == RowStatus::Fail ? 1 : 0;
        m.review += r.status == RowStatus::Review ? 1 : 0;
    }
    const auto count = [](int n) { return Message::literal(QString::number(n)); };
    m.headline = Message::catalog(QStringLiteral("text/migrationHeadline"), {Message::literal(m.shutdownDate)});
    m.interop = m.blockers > 0 ? Message::catalog(QStringLiteral("text/migrationInteropBlockers"), {count(m.blockers)})
                : m.review > 0 ? Message::catalog(QStringLiteral("text/migrationInteropReview"), {count(m.review)})
                               : Message::catalog(QStringLiteral("text/migrationInteropClear"));
    m.target = Message::catalog(QStringLiteral("text/migrationTarget"));
    return m;
}

QString Report::supportRequest(const QString& explicitAppId) const
{
    // Written in the report's language: the vendor's support answers in English and in Chinese.
    const auto l = language;
    const auto text = [&](const char* key, std::vector<Message> args = {}) {
        return Message::catalog(QStringLiteral("text/") + QLatin1String(key), std::move(args)).render(l, catalog.get());
    };
    const QString id = !explicitAppId.isEmpty() ? explicitAppId
                       : !appId.isEmpty()       ? appId
                                                : translate(l, QT_TRANSLATE_NOOP("sig2rtm", "<your App ID>"));
    QStringList reasons;
    for (const auto& r : rows) {
        const auto* def = catalog ? catalog->row(r.id) : nullptr;
        if (!def || !def->needsSupport || r.status == RowStatus::Pass) {
            continue;
        }
        // "- <row title> (<status>): <summary>", punctuated for the language.
        reasons << translate(l, QT_TRANSLATE_NOOP("sig2rtm", "- %1 (%2): %3"))
                       .arg(def->title.get(l), statusWord(r.status, l), render(r.summary));
    }
    const QString project =
        projectName.isEmpty() ? translate(l, QT_TRANSLATE_NOOP("sig2rtm", "(unnamed project)")) : projectName;
    QString out = text("supportSubject", {Message::literal(id)}) + u"\n\n" + text("supportGreeting") + u"\n\n" +
                  text("supportBody", {Message::literal(project)}) + u"\n\n" + QStringLiteral("App ID") + colon(l) +
                  id + u"\n\n";
    if (reasons.isEmpty()) {
        out += text("supportNoCases") + u'\n';
    } else {
        out += text("supportCases") + u'\n' + reasons.join(u'\n') + u'\n';
    }
    out += u'\n' + text("supportClosing") + u'\n';
    return out;
}

QString Report::render(const Message& message) const
{
    return message.render(language, catalog.get());
}

nlohmann::ordered_json toJson(const Report& report)
{
    using json = nlohmann::ordered_json;
    const auto lang = report.language;
    json root = json::object();
    root["format"] = Report::kFormat;
    root["tool"] = {{"name", s(report.toolName)}, {"version", s(report.toolVersion)}};
    root["generatedAt"] = s(report.generatedAt.toUTC().toString(Qt::ISODate));
    root["language"] = s(reportLanguageCode(lang));
    root["input"] = {{"kind", s(report.inputKind)}, {"paths", stringArray(report.inputPaths)}};
    if (!report.projectName.isEmpty()) {
        root["project"] = {{"name", s(report.projectName)}};
    }
    if (const auto m = report.migration()) {
        root["migration"] = {{"required", true},
                             {"shutdown", s(m->shutdownDate)},
                             {"interopBlockers", m->blockers},
                             {"interopReview", m->review},
                             {"headline", s(report.render(m->headline))},
                             {"interop", s(report.render(m->interop))},
                             {"target", s(report.render(m->target))}};
    } else {
        root["migration"] = {{"required", false}};
    }
    root["verdict"] = s(toString(report.verdict));
    root["signalingDetected"] = report.signalingDetected;
    root["partial"] = report.partial;

    const auto sdkArray = [&](const std::vector<SdkEvidence>& list) {
        auto sdk = json::array();
        for (const auto& e : list) {
            json entry = {{"kind", s(toString(e.kind))},
                          {"platform", s(e.platform)},
                          {"version", e.version ? json(s(*e.version)) : json(nullptr)},
                          {"evidence", stringArray(e.findingIds)}};
            if (!e.version && !e.missing.isEmpty()) {
                entry["missing"] = s(report.render(e.missing));
            }
            sdk.push_back(std::move(entry));
        }
        return sdk;
    };
    root["sdk"] = sdkArray(report.sdk);

    auto rows = json::array();
    for (const auto& r : report.rows) {
        const auto* def = report.catalog ? report.catalog->row(r.id) : nullptr;
        json links = json::array();
        const QStringList kinds = report.remediationKinds(r);
        // What the human-readable reports link: a platform's guide for each platform of the evidence, in the
        // report's language; a statement ("no equivalent") has no url.
        for (const auto& l : remediationLinks(report, r)) {
            json link = {{"kind", s(l.kind)}, {"label", s(l.label)}};
            if (!l.url.isEmpty()) {
                link["url"] = s(l.url);
            }
            if (!l.platform.isEmpty()) {
                link["platform"] = s(l.platform);
            }
            if (!l.email.isEmpty()) {
                link["email"] = s(l.email);
            }
            links.push_back(std::move(link));
        }
        json row = {{"id", s(r.id)},
                    {"status", s(toString(r.status))},
                    {"title", def ? s(def->title.get(lang)) : s(r.id)},
                    {"summary", s(report.render(r.summary))},
                    {"remediation",
                     {{"kinds", stringArray(kinds)},
                      {"links", std::move(links)},
                      {"needsSupport", def && def->needsSupport && r.status != RowStatus::Pass}}},
                    {"counts",
                     {{"fail", r.failCount},
                      {"review", r.reviewCount},
                      {"note", r.noteCount},
                      {"suppressed", r.suppressedCount}}},
                    {"findingIds", stringArray(r.findingIds)}};
        rows.push_back(std::move(row));
    }
    root["rows"] = std::move(rows);

    auto clients = json::array();
    for (const auto& c : report.clients) {
        auto clientRows = json::array();
        for (const auto& r : c.rows) {
            clientRows.push_back({{"id", s(r.id)},
                                  {"status", s(toString(r.status))},
                                  {"counts",
                                   {{"fail", r.failCount},
                                    {"review", r.reviewCount},
                                    {"note", r.noteCount},
                                    {"suppressed", r.suppressedCount}}},
                                  {"findingIds", stringArray(r.findingIds)}});
        }
        const InventoryView inventory = inventoryView(report, c.id);
        json client = {{"id", s(c.id)},
                       {"name", s(c.name)},
                       {"folder", c.folder.isNull() ? json(nullptr) : json(s(c.folder))},
                       {"markers", stringArray(c.markers)},
                       {"declared", c.declared},
                       {"platforms", stringArray(c.platforms)},
                       {"verdict", s(toString(c.verdict))},
                       {"stage", s(migrationStage(c))},
                       {"signalingDetected", c.signalingDetected},
                       {"sdk", sdkArray(c.sdk)},
                       {"rows", std::move(clientRows)},
                       {"inventory",
                        {{"uses", inventory.uses},
                         {"apis", static_cast<int>(inventory.items.size())},
                         {"noEquivalent", inventory.gaps},
                         {"effortPoints", inventory.points}}}};
        clients.push_back(std::move(client));
    }
    root["clients"] = std::move(clients);

    auto findings = json::array();
    for (const auto& f : report.findings) {
        json item = {{"id", s(f.id)},
                     {"rule", s(f.rule)},
                     {"row", f.row.isEmpty() ? json(nullptr) : json(s(f.row))},
                     {"file", s(f.file)},
                     {"line", f.line},
                     {"column", f.column},
                     {"snippet", s(f.snippet)},
                     {"context", s(toString(f.context))},
                     {"confidence", s(toString(f.confidence))},
                     {"effect", s(toString(f.effect))},
                     {"reason", s(report.render(f.reason))},
                     {"fingerprint", s(fingerprint(f))}};
        if (!f.client.isEmpty()) {
            item["client"] = s(f.client);
        }
        if (!f.suppressedBy.isEmpty()) {
            item["suppression"] = s(f.suppressedBy);
        }
        if (!f.platform.isEmpty()) {
            item["platform"] = s(f.platform);
        }
        if (f.sdk) {
            item["sdk"] = s(toString(*f.sdk));
        }
        if (!f.version.isEmpty()) {
            item["version"] = s(f.version);
        }
        if (f.offset >= 0) {
            item["offset"] = f.offset;
        }
        if (report.baseline) {
            item["baselineState"] = s(toString(report.baseline->findingState(findings.size())));
        }
        findings.push_back(std::move(item));
    }
    root["findings"] = std::move(findings);

    {
        const InventoryView inventory = inventoryView(report);
        auto apis = json::array();
        for (const auto& item : inventory.items) {
            const InventoryApi& api = *item.api;
            json replacement = json::object();
            json guides = json::object();
            for (const auto& platform : item.platforms) {
                if (const auto r = api.replacement.constFind(platform); r != api.replacement.cend()) {
                    replacement[platform.toStdString()] = s(*r);
                }
                if (const QString guide = report.catalog->guideUrl(platform, report.language); !guide.isEmpty()) {
                    guides[platform.toStdString()] = s(guide);
                }
            }
            auto uses = json::array();
            for (const auto* use : item.uses) {
                json u = {{"name", s(use->name)},
                          {"file", s(use->file)},
                          {"line", use->line},
                          {"column", use->column},
                          {"snippet", s(use->snippet)},
                          {"platform", s(use->platform)},
                          {"fingerprint", s(fingerprint(api.id, use->snippet))}};
                if (!use->client.isEmpty()) {
                    u["client"] = s(use->client);
                }
                if (report.baseline) {
                    const auto index = static_cast<std::size_t>(use - report.inventory.data());
                    u["baselineState"] = s(toString(report.baseline->useState(index)));
                }
                uses.push_back(std::move(u));
            }
            json entry = {{"id", s(api.id)},
                          {"function", s(api.function.get(lang))},
                          {"kind", api.kind == InventoryApi::Kind::Event    ? "event"
                                   : api.kind == InventoryApi::Kind::String ? "string"
                                                                            : "call"},
                          {"names", stringArray(item.names)},
                          {"platforms", stringArray(item.platforms)},
                          {"replacement", std::move(replacement)},
                          {"noEquivalent", api.noEquivalent},
                          {"effort", api.effort},
                          {"effortReason", s(api.effortReason.get(lang))},
                          {"effortPoints", item.points},
                          {"files", item.files},
                          {"guides", std::move(guides)},
                          {"uses", std::move(uses)}};
            if (api.noEquivalent) {
                entry["pattern"] = s(api.pattern.get(lang));
            }
            if (!api.note.isEmpty()) {
                entry["note"] = s(api.note.get(lang));
            }
            apis.push_back(std::move(entry));
        }
        root["inventory"] = {{"summary",
                              {{"uses", inventory.uses},
                               {"apis", static_cast<int>(inventory.items.size())},
                               {"noEquivalent", inventory.gaps},
                               {"effortPoints", inventory.points}}},
                             {"apis", std::move(apis)}};
    }

    if (report.baseline) {
        root["baseline"] = toJson(*report.baseline);
    }
    if (report.history) {
        root["history"] = toJson(*report.history);
    }

    auto skipped = json::array();
    for (const auto& e : report.skipped) {
        skipped.push_back({{"path", s(e.path)}, {"reason", s(report.render(e.reason))}});
    }
    root["skipped"] = std::move(skipped);
    root["stats"] = {{"files", report.stats.files},
                     {"sourceFiles", report.stats.sourceFiles},
                     {"bytes", report.stats.bytes},
                     {"durationMs", report.stats.durationMs}};
    return root;
}

QByteArray toJsonText(const Report& report)
{
    const std::string text = toJson(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace sig2rtm
