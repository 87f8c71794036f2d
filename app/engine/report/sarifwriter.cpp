// SPDX-License-Identifier: MIT
#include "sarifwriter.h"

#include "reporttext.h"

#include <QHash>
#include <QUrl>

namespace sig2rtm {

namespace {

using nlohmann::json;

const char* const kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const char* const kSrcRoot = "%SRCROOT%";
// Fingerprint key: bump the version when what goes into the hash changes (v2: rule, file and the snippet with
// white space collapsed).
const char* const kFingerprintKey = "sig2rtm/v2";

std::string s(const QString& text)
{
    return text.toStdString();
}

json message(const QString& text)
{
    return json{{"text", s(text)}};
}

/// The description of a rule a project description produces, from the catalog's declarations.
const LocalizedText* declaredRuleText(const Catalog& catalog, const QString& id)
{
    const Declarations& d = catalog.declarations();
    if (id == d.sdkRule) {
        return &d.sdkDescription;
    }
    if (id == d.featureRule) {
        return &d.featureDescription;
    }
    if (id == d.messageTypeRule) {
        return &d.messageTypeDescription;
    }
    for (const auto& client : d.clients) {
        if (id == client.rule) {
            return &client.description;
        }
    }
    return nullptr;
}

/// Rule ids become SARIF names: dotted and dashed ids turn into one CamelCase identifier.
QString ruleName(const QString& id)
{
    QString out;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

const char* levelOf(Effect effect)
{
    switch (effect) {
    case Effect::Fail:
        return "error";
    case Effect::Review:
        return "warning";
    case Effect::Note:
        return "note";
    }
    return "note";
}

int severity(Effect effect)
{
    return effect == Effect::Fail ? 2 : effect == Effect::Review ? 1 : 0;
}

int severity(RowStatus status)
{
    return status == RowStatus::Fail ? 2 : status == RowStatus::Review ? 1 : 0;
}

/// A finding never weighs more than its row's outcome: a blocking match in a row that only needs review
/// (or passes after suppression) is reported at the row's level.
const char* resultLevel(const Report& report, const Finding& finding)
{
    const auto* row = report.row(finding.row);
    const int rowSeverity = row ? severity(row->status) : 0;
    const int level = std::min(severity(finding.effect), rowSeverity);
    return level == 2 ? "error" : level == 1 ? "warning" : "note";
}

QString relativeUri(const QString& path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString rootUri(const QString& root)
{
    QString uri = QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded);
    if (!uri.endsWith(u'/')) {
        uri += u'/';
    }
    return uri;
}

class SarifBuilder
{
public:
    Q_DISABLE_COPY_MOVE(SarifBuilder)

    explicit SarifBuilder(const Report& report)
        : m_report(report), m_lang(report.language),
          m_anySuppressed(std::any_of(report.findings.begin(), report.findings.end(),
                                      [](const Finding& f) { return !f.suppressedBy.isEmpty(); }))
    {
    }

    json build()
    {
        collectRules();
        json driver = {{"name", s(m_report.toolName)},
                       {"version", s(m_report.toolVersion)},
                       {"language", languageTag()},
                       {"rules", m_rules}};
        if (const QString uri = informationUri(); !uri.isEmpty()) {
            driver["informationUri"] = s(uri);
        }
        if (isSemanticVersion(m_report.toolVersion)) {
            driver["semanticVersion"] = s(m_report.toolVersion);
        }
        json run = {{"tool", {{"driver", std::move(driver)}}},
                    {"language", languageTag()},
                    {"columnKind", "utf16CodeUnits"},
                    {"originalUriBaseIds", {{kSrcRoot, srcRoot()}}},
                    {"invocations", json::array({invocation()})},
                    {"results", results()},
                    {"properties", runProperties()}};
        return json{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", json::array({std::move(run)})}};
    }

private:
    std::string languageTag() const { return m_lang == ReportLanguage::Chinese ? "zh-CN" : "en-US"; }

    QString informationUri() const
    {
        // The tool documents the catalog's source: the compatibility notes it implements. A catalog
        // without a safe source link leaves the property out rather than point somewhere else.
        if (m_report.catalog && isSafeLink(m_report.catalog->sourceUrl())) {
            return m_report.catalog->sourceUrl();
        }
        return {};
    }

    static bool isSemanticVersion(const QString& version)
    {
        static const QRegularExpression kSemver(QStringLiteral("^\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?$"));
        return kSemver.match(version).hasMatch();
    }

    json srcRoot() const
    {
        json location = json::object();
        if (!m_report.root.isEmpty()) {
            location["uri"] = s(rootUri(m_report.root));
        }
        location["description"] =
            message(translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "The folder the scanned paths are relative to.")));
        return location;
    }

    void collectRules()
    {
        if (m_report.catalog) {
            for (const auto& rule : m_report.catalog->rules()) {
                addRule(rule.id);
            }
        }
        for (const auto& f : m_report.findings) {
            addRule(f.rule);
        }
        if (m_report.baseline) {
            for (const auto& f : m_report.baseline->fixedFindings) {
                addRule(f.rule);
            }
        }
    }

    void addRule(const QString& id)
    {
        if (m_ruleIndex.contains(id)) {
            return;
        }
        m_ruleIndex.insert(id, static_cast<int>(m_rules.size()));
        m_rules.push_back(descriptor(id));
    }

    /// The row a rule feeds: its catalog row, the row of the findings it produced, or none.
    QString ruleRow(const QString& id, const Rule* rule) const
    {
        if (rule && !rule->row.isEmpty()) {
            return rule->row;
        }
        for (const auto& f : m_report.findings) {
            if (f.rule == id && !f.row.isEmpty()) {
                return f.row;
            }
        }
        return {};
    }

    json descriptor(const QString& id) const
    {
        const Rule* rule = m_report.catalog ? m_report.catalog->rule(id) : nullptr;
        const bool declared = id.startsWith(QLatin1String("declared."));
        const QString rowId = ruleRow(id, rule);
        const RowDefinition* row = m_report.catalog && !rowId.isEmpty() ? m_report.catalog->row(rowId) : nullptr;
        const bool presence = rule ? rule->row.isEmpty() : rowId.isEmpty();

        QString shortText;
        if (rule && !rule->reason.isEmpty()) {
            shortText = rule->reason.get(m_lang);
        } else if (const LocalizedText* text = m_report.catalog ? declaredRuleText(*m_report.catalog, id) : nullptr;
                   declared && text) {
            shortText = text->get(m_lang);
        } else if (declared) {
            shortText = translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "A fact declared in the project description."));
        } else {
            shortText =
                translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Rule %1 (not in the built-in catalog).")).arg(id);
        }
        QString fullText = shortText;
        if (row) {
            fullText = row->title.get(m_lang) + QStringLiteral(": ") + row->explanation.get(m_lang) + u' ' + shortText;
        } else if (presence && rule && rule->sdk) {
            fullText =
                translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Evidence of the %1 SDK (%2): %3"))
                    .arg(reportLabel(*rule->sdk == SdkKind::Signaling ? ReportLabel::Signaling : ReportLabel::Rtm,
                                     m_lang),
                         platformName(rule->platform, m_lang), shortText);
        }

        // Remediation: the rule's own kind first, then the row's.
        QStringList kinds;
        if (rule && !rule->remediation.isEmpty()) {
            kinds << rule->remediation;
        }
        if (row) {
            for (const auto& kind : row->remediation) {
                if (!kinds.contains(kind)) {
                    kinds << kind;
                }
            }
        }
        QString helpUri;
        QStringList linkLines;
        QStringList linkMarkdown;
        if (m_report.catalog) {
            for (const auto& kind : kinds) {
                const auto it = m_report.catalog->remediations().constFind(kind);
                if (it == m_report.catalog->remediations().cend() || !isSafeLink(it->url)) {
                    continue;
                }
                if (helpUri.isEmpty()) {
                    helpUri = it->url;
                }
                const QString label = it->label.get(m_lang);
                linkLines << QStringLiteral("- %1: %2").arg(label, it->url);
                linkMarkdown << QStringLiteral("- [%1](%2)").arg(escapeMarkdown(label), it->url);
            }
        }
        if (helpUri.isEmpty()) {
            helpUri = informationUri();
        }
        QString helpText = fullText;
        QString helpMarkdown = escapeMarkdown(fullText);
        if (row) {
            const QString label = reportLabel(ReportLabel::RecommendedChange, m_lang);
            helpText += QStringLiteral("\n\n") + label + QStringLiteral(": ") + row->recommendation.get(m_lang);
            helpMarkdown += QStringLiteral("\n\n**") + escapeMarkdown(label) + QStringLiteral(":** ") +
                            escapeMarkdown(row->recommendation.get(m_lang));
            if (row->needsSupport) {
                const QString support = translate(
                    m_lang,
                    QT_TRANSLATE_NOOP(
                        "sig2rtm",
                        "This case also needs Agora to enable Signaling/RTM interoperability on the back end."));
                helpText += u' ' + support;
                helpMarkdown += u' ' + escapeMarkdown(support);
            }
        }
        if (!linkLines.isEmpty()) {
            helpText += QStringLiteral("\n\n") + linkLines.join(u'\n');
            helpMarkdown += QStringLiteral("\n\n") + linkMarkdown.join(u'\n');
        }

        Effect effect = rule ? rule->effect : Effect::Note;
        if (presence) {
            effect = Effect::Note;
        } else if (!rule) {
            // Declared or external rules: the strongest effect among their findings.
            effect = Effect::Note;
            for (const auto& f : m_report.findings) {
                if (f.rule == id && severity(f.effect) > severity(effect)) {
                    effect = f.effect;
                }
            }
        }

        // SARIF tags are a set: a row id and a platform can share a name ("mini-program").
        QStringList tagList = {QStringLiteral("signaling"), QStringLiteral("rtm-migration")};
        if (!rowId.isEmpty()) {
            tagList << rowId;
        }
        if (rule && !rule->platform.isEmpty() && rule->platform != QLatin1String("*")) {
            tagList << rule->platform;
        }
        if (declared) {
            tagList << QStringLiteral("declared");
        }
        tagList.removeDuplicates();
        json tags = json::array();
        for (const auto& tag : std::as_const(tagList)) {
            tags.push_back(s(tag));
        }
        json properties = {{"category", presence ? "sdk-evidence" : "compatibility"}, {"tags", std::move(tags)}};
        properties["row"] = rowId.isEmpty() ? json(nullptr) : json(s(rowId));
        if (row) {
            properties["rowTitle"] = s(row->title.get(m_lang));
        }
        if (rule) {
            properties["precision"] = s(toString(rule->confidence));
        }

        json descriptor = {{"id", s(id)},
                           {"name", s(ruleName(id))},
                           {"shortDescription", message(shortText)},
                           {"fullDescription", message(fullText)},
                           {"help", {{"text", s(helpText)}, {"markdown", s(helpMarkdown)}}},
                           {"defaultConfiguration", {{"level", levelOf(effect)}}},
                           {"properties", std::move(properties)}};
        if (!helpUri.isEmpty()) {
            descriptor["helpUri"] = s(helpUri);
        }
        return descriptor;
    }

    json artifactLocation(const QString& path) const
    {
        return json{{"uri", s(relativeUri(path))}, {"uriBaseId", kSrcRoot}};
    }

    json location(const Finding& f) const
    {
        json physical = {{"artifactLocation", artifactLocation(f.file)}};
        if (f.line > 0) {
            json region = {{"startLine", f.line}};
            if (f.column > 0) {
                region["startColumn"] = f.column;
                if (f.length > 0) {
                    region["endColumn"] = f.column + f.length;
                }
            }
            // region.snippet is the region's own text: the match when it can be found in the trimmed
            // line, the line otherwise; the whole line also goes into contextRegion.
            const MatchSpan span = locateMatch(m_report, f);
            if (span.isValid()) {
                region["snippet"] = message(f.snippet.mid(span.start, span.length));
                physical["contextRegion"] = {{"startLine", f.line}, {"snippet", message(f.snippet)}};
            } else if (!f.snippet.isEmpty()) {
                region["snippet"] = message(f.snippet);
            }
            physical["region"] = std::move(region);
        } else if (f.offset >= 0) {
            // A version read from a binary's strings: the region is where it starts in the file.
            physical["region"] = {{"byteOffset", f.offset}};
        }
        return json{{"physicalLocation", std::move(physical)}};
    }

    json results() const
    {
        json out = json::array();
        for (std::size_t i = 0; i < m_report.findings.size(); ++i) {
            const Finding& f = m_report.findings[i];
            json properties = {{"findingId", s(f.id)},
                               {"effect", s(toString(f.effect))},
                               {"confidence", s(toString(f.confidence))},
                               {"context", s(toString(f.context))}};
            if (const auto* row = m_report.row(f.row)) {
                properties["row"] = s(row->id);
                properties["rowStatus"] = s(toString(row->status));
            }
            if (!f.platform.isEmpty()) {
                properties["platform"] = s(f.platform);
            }
            if (f.sdk) {
                properties["sdk"] = s(toString(*f.sdk));
            }
            if (!f.version.isEmpty()) {
                properties["sdkVersion"] = s(f.version);
            }
            if (!f.client.isEmpty()) {
                properties["client"] = s(f.client);
            }
            json result = {{"ruleId", s(f.rule)},
                           {"ruleIndex", m_ruleIndex.value(f.rule)},
                           {"level", resultLevel(m_report, f)},
                           {"message", message(m_report.render(f.reason))},
                           {"locations", json::array({location(f)})},
                           {"partialFingerprints",
                            {{kFingerprintKey, s(fingerprint(f.rule, f.file + u'\n' + f.snippet.simplified()))}}},
                           {"properties", std::move(properties)}};
            // Accepted in the project description: kept, with the team's reason (SARIF 2.1.0 §3.35). Once one
            // result of a run has suppressions, every result has them (§3.27.23): an empty array says "looked
            // for, none".
            if (!f.suppressedBy.isEmpty()) {
                result["suppressions"] =
                    json::array({{{"kind", "external"}, {"status", "accepted"}, {"justification", s(f.suppressedBy)}}});
            } else if (m_anySuppressed) {
                result["suppressions"] = json::array();
            }
            // SARIF: once one result of a run has a baselineState, every result has one.
            if (m_report.baseline) {
                result["baselineState"] = s(toString(m_report.baseline->findingState(i)));
            }
            out.push_back(std::move(result));
        }
        if (m_report.baseline) {
            for (const auto& f : m_report.baseline->fixedFindings) {
                out.push_back(absentResult(f));
            }
        }
        return out;
    }

    /// A finding of the previous report that is gone. kind "pass" with level "none": a viewer that ignores
    /// baselineState shows it as resolved, not as a problem.
    json absentResult(const PreviousFinding& f) const
    {
        json physical = {{"artifactLocation", artifactLocation(f.file)}};
        if (f.line > 0) {
            json region = {{"startLine", f.line}};
            if (!f.snippet.isEmpty()) {
                region["snippet"] = message(f.snippet);
            }
            physical["region"] = std::move(region);
        }
        json properties = {{"effect", s(toString(f.effect))}, {"context", s(toString(f.context))}};
        if (!f.id.isEmpty()) {
            properties["previousFindingId"] = s(f.id);
        }
        if (!f.row.isEmpty()) {
            properties["row"] = s(f.row);
        }
        const QString text = translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Gone since the previous report: %1"))
                                 .arg(f.reason.isEmpty() ? f.rule : f.reason);
        json absent = {{"ruleId", s(f.rule)},
                       {"ruleIndex", m_ruleIndex.value(f.rule)},
                       {"kind", "pass"},
                       {"level", "none"},
                       {"message", message(text)},
                       {"locations", json::array({json{{"physicalLocation", std::move(physical)}}})},
                       // The same key as the run's other results: rule, file and snippet.
                       {"partialFingerprints",
                        {{kFingerprintKey, s(fingerprint(f.rule, f.file + u'\n' + f.snippet.simplified()))}}},
                       {"baselineState", s(toString(BaselineState::Absent))},
                       {"properties", std::move(properties)}};
        if (m_anySuppressed) {
            absent["suppressions"] = json::array();
        }
        return absent;
    }

    json invocation() const
    {
        json notifications = json::array();
        for (const auto& entry : m_report.skipped) {
            json where = json::object();
            where["physicalLocation"] = json{{"artifactLocation", artifactLocation(entry.path)}};
            json notification = json::object();
            notification["level"] = "note";
            notification["message"] = message(
                translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Skipped: %1")).arg(m_report.render(entry.reason)));
            notification["locations"] = json::array({std::move(where)});
            notifications.push_back(std::move(notification));
        }
        json out = {{"executionSuccessful", !m_report.partial},
                    {"toolExecutionNotifications", std::move(notifications)}};
        if (m_report.generatedAt.isValid()) {
            out["endTimeUtc"] = s(m_report.generatedAt.toUTC().toString(Qt::ISODateWithMs));
        }
        return out;
    }

    json runProperties() const
    {
        json rows = json::array();
        for (const auto& row : m_report.rows) {
            rows.push_back({{"id", s(row.id)},
                            {"status", s(toString(row.status))},
                            {"title", s(rowTitle(m_report, row))},
                            {"summary", s(m_report.render(row.summary))}});
        }
        json migration = {{"required", false}};
        if (const auto m = m_report.migration()) {
            migration = {{"required", true},
                         {"interopBlockers", m->blockers},
                         {"interopReview", m->review},
                         {"headline", s(m_report.render(m->headline))},
                         {"interop", s(m_report.render(m->interop))}};
        }
        json properties = {{"reportFormat", Report::kFormat},
                           {"migration", std::move(migration)},
                           {"verdict", s(toString(m_report.verdict))},
                           {"signalingDetected", m_report.signalingDetected},
                           {"partial", m_report.partial},
                           {"rows", std::move(rows)}};
        if (!m_report.projectName.isEmpty()) {
            properties["project"] = s(m_report.projectName);
        }
        if (const auto& b = m_report.baseline) {
            const auto counts = [](const BaselineCounts& c) {
                return json{{"new", c.added}, {"fixed", c.fixed}, {"unchanged", c.unchanged}};
            };
            properties["baseline"] = {{"file", s(b->file)},
                                      {"generatedAt", s(b->previousGeneratedAt.toUTC().toString(Qt::ISODate))},
                                      {"findings", counts(b->findings)},
                                      {"notes", counts(b->notes)},
                                      {"uses", counts(b->uses)}};
        }
        return properties;
    }

    const Report& m_report;
    const ReportLanguage m_lang;
    const bool m_anySuppressed; ///< every result then has "suppressions" (§3.27.23)
    json m_rules = json::array();
    QHash<QString, int> m_ruleIndex;
};

} // namespace

nlohmann::json toSarif(const Report& report, const RenderOptions& options)
{
    Q_UNUSED(options);
    return SarifBuilder(report).build();
}

QByteArray renderSarif(const Report& report, const RenderOptions& options)
{
    const std::string text = toSarif(report, options).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

} // namespace sig2rtm
