#include "report.h"

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

QString Report::supportRequest(const QString& explicitAppId) const
{
    // Written in the report's language: Agora support answers in English and in Chinese.
    const auto l = language;
    const QString id = !explicitAppId.isEmpty() ? explicitAppId
                       : !appId.isEmpty()       ? appId
                                                : pick(l, "<your App ID>", "<您的 App ID>");
    QStringList reasons;
    for (const auto& r : rows) {
        const auto* def = catalog ? catalog->row(r.id) : nullptr;
        if (!def || !def->needsSupport || r.status == RowStatus::Pass) {
            continue;
        }
        reasons << QStringLiteral("- %1 (%2): %3").arg(def->title.get(l), toString(r.status), r.summary);
    }
    const QString project = projectName.isEmpty() ? pick(l, "(unnamed project)", "（未命名项目）") : projectName;
    QString text;
    text += pick(l, "Subject: Enable Signaling/RTM interoperability for App ID %1\n\n",
                 "主题：请为 App ID %1 开启信令与 RTM 互通\n\n")
                .arg(id);
    text += pick(l, "Hello Agora support,\n\n", "声网技术支持，您好：\n\n");
    text += pick(l,
                 "We are migrating the project \"%1\" from the legacy Signaling SDK to the Agora RTM SDK. Please "
                 "enable interoperability between Signaling and RTM for this project on the back end.\n\n",
                 "我们正在将项目“%1”从旧版信令 SDK 迁移到声网 RTM SDK，请在后台为该项目开启信令与 RTM 的互通。\n\n")
                .arg(project);
    text += QStringLiteral("App ID: %1\n\n").arg(id);
    if (reasons.isEmpty()) {
        text += pick(l,
                     "Our assessment found no case that needs back-end enabling; we ask for interop to be enabled "
                     "for the migration period.\n",
                     "我们的评估未发现需要后台开启的情况；请在迁移期间为我们开启互通。\n");
    } else {
        text += pick(l, "Cases that need back-end enabling, from our assessment:\n", "评估发现以下需要后台开启的情况：\n") +
                reasons.join(u'\n') + u'\n';
    }
    text += pick(l,
                 "\nWe have made (or are making) the code changes the compatibility notes ask for before enabling."
                 "\n\nThank you.\n",
                 "\n我们已经（或正在）按照兼容性说明完成所需的代码修改。\n\n谢谢！\n");
    return text;
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
    root["verdict"] = s(toString(report.verdict));
    root["signalingDetected"] = report.signalingDetected;
    root["partial"] = report.partial;

    auto sdk = json::array();
    for (const auto& e : report.sdk) {
        json entry = {{"kind", s(toString(e.kind))},
                      {"platform", s(e.platform)},
                      {"version", e.version ? json(s(*e.version)) : json(nullptr)},
                      {"evidence", stringArray(e.findingIds)}};
        if (!e.version && !e.missing.isEmpty()) {
            entry["missing"] = s(e.missing);
        }
        sdk.push_back(std::move(entry));
    }
    root["sdk"] = std::move(sdk);

    auto rows = json::array();
    for (const auto& r : report.rows) {
        const auto* def = report.catalog ? report.catalog->row(r.id) : nullptr;
        json links = json::array();
        const QStringList kinds = report.remediationKinds(r);
        for (const auto& kind : kinds) {
            const auto it = report.catalog->remediations().constFind(kind);
            if (it == report.catalog->remediations().cend()) {
                continue;
            }
            json link = {{"kind", s(kind)}, {"label", s(it->label.get(lang))}, {"url", s(it->url)}};
            if (!it->email.isEmpty()) {
                link["email"] = s(it->email);
            }
            links.push_back(std::move(link));
        }
        json row = {{"id", s(r.id)},
                    {"status", s(toString(r.status))},
                    {"title", def ? s(def->title.get(lang)) : s(r.id)},
                    {"summary", s(r.summary)},
                    {"remediation",
                     {{"kinds", stringArray(kinds)},
                      {"links", std::move(links)},
                      {"needsSupport", def && def->needsSupport && r.status != RowStatus::Pass}}},
                    {"counts", {{"fail", r.failCount}, {"review", r.reviewCount}, {"note", r.noteCount}}},
                    {"findingIds", stringArray(r.findingIds)}};
        rows.push_back(std::move(row));
    }
    root["rows"] = std::move(rows);

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
                     {"reason", s(f.reason)}};
        if (!f.platform.isEmpty()) {
            item["platform"] = s(f.platform);
        }
        if (f.sdk) {
            item["sdk"] = s(toString(*f.sdk));
        }
        if (!f.version.isEmpty()) {
            item["version"] = s(f.version);
        }
        findings.push_back(std::move(item));
    }
    root["findings"] = std::move(findings);

    auto skipped = json::array();
    for (const auto& e : report.skipped) {
        skipped.push_back({{"path", s(e.path)}, {"reason", s(e.reason)}});
    }
    root["skipped"] = std::move(skipped);
    root["stats"] = {{"files", report.stats.files},
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
