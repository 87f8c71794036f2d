// SPDX-License-Identifier: MIT
#include "baseline.h"

#include "jsonreader.h"
#include "report.h"
#include "untrustedfile.h"

#include <algorithm>
#include <limits>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace sig2rtm {

namespace {

/// A broken or hostile file stops being read after this many problems: the first ones tell what is wrong.
constexpr qsizetype kMaxProblems = 20;

/// Reads the fields of a report that comparisons and histories use, recording located problems. Keys it
/// does not know are ignored: reports of later releases add keys (docs/report-format.md).
class ReportReader
{
public:
    ReportReader(const JsonSource& source, Diagnostics& problems) : m_r(source, problems), m_problems(problems) {}

    std::optional<PreviousReport> read()
    {
        const auto& root = m_r.source().root();
        if (!m_r.expectObject(root, QString())) {
            return std::nullopt;
        }
        // The format first: a project description, a SARIF log or a package.json in a folder of reports is
        // "not a report", not a list of missing keys.
        const auto format = root.find("format");
        if (format == root.end() || !format->is_string()) {
            m_r.error(QString(), QCoreApplication::translate(
                                     "sig2rtm", "not a sig2rtm report: it has no \"format\" (expected \"%1\")")
                                     .arg(QString::fromLatin1(Report::kFormat)));
            return std::nullopt;
        }
        if (const QString f = QString::fromStdString(format->get<std::string>()); f != QLatin1String(Report::kFormat)) {
            m_r.error(QStringLiteral("/format"),
                      QCoreApplication::translate("sig2rtm",
                                                  "not a report this version reads: format \"%1\" (expected \"%2\")")
                          .arg(f, QString::fromLatin1(Report::kFormat)));
            return std::nullopt;
        }

        PreviousReport report;
        if (const auto at = m_r.string(root, QString(), "generatedAt", true)) {
            // A time without an offset is UTC (as sig2rtm writes it), never the reading machine's local time:
            // the order of a history must not depend on where it is drawn.
            static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d\\d(:?\\d\\d)?)$"));
            if (const qsizetype t = at->indexOf(u'T'); t < 0) {
                const QDate day = QDate::fromString(*at, Qt::ISODate);
                report.generatedAt = day.isValid() ? QDateTime(day, QTime(0, 0), QTimeZone::utc()) : QDateTime();
            } else {
                const bool hasZone = zone.match(QStringView(*at).mid(t)).hasMatch();
                report.generatedAt = QDateTime::fromString(hasZone ? *at : *at + u'Z', Qt::ISODate);
            }
            if (!report.generatedAt.isValid()) {
                m_r.error(
                    QStringLiteral("/generatedAt"),
                    QCoreApplication::translate(
                        "sig2rtm", "not a date and time: \"%1\" (expected ISO 8601, such as 2025-03-14T09:30:00Z)")
                        .arg(*at));
            }
            report.generatedAt = report.generatedAt.toUTC();
        }
        if (const auto* project = m_r.member(root, QString(), "project", false);
            project && m_r.expectObject(*project, QStringLiteral("/project"))) {
            report.projectName =
                m_r.string(*project, QStringLiteral("/project"), "name", false, true).value_or(QString());
        }
        if (const auto* tool = m_r.member(root, QString(), "tool", false);
            tool && m_r.expectObject(*tool, QStringLiteral("/tool"))) {
            report.toolVersion = m_r.string(*tool, QStringLiteral("/tool"), "version", false, true).value_or(QString());
        }
        report.partial = m_r.boolean(root, QString(), "partial", false).value_or(false);

        readFindings(root, report);
        if (!tooMany()) {
            readInventory(root, report);
        }
        if (!tooMany()) {
            readClients(root, report);
        }
        if (m_problems.size() > kMaxProblems) {
            m_problems.resize(kMaxProblems);
            m_problems << Diagnostic{
                m_r.source().fileName(),
                0,
                0,
                {},
                QCoreApplication::translate("sig2rtm", "more problems follow; the first %1 are listed")
                    .arg(kMaxProblems)};
        }
        if (!m_problems.isEmpty()) {
            return std::nullopt;
        }
        return report;
    }

private:
    bool tooMany() const { return m_problems.size() >= kMaxProblems; }

    std::optional<int> count(const nlohmann::json& object, const QString& p, const char* key, bool required = true)
    {
        return m_r.integer(object, p, key, required, 0, std::numeric_limits<int>::max());
    }

    QString text(const nlohmann::json& object, const QString& p, const char* key, bool required = true)
    {
        return m_r.string(object, p, key, required, true).value_or(QString());
    }

    template <class Parse>
    auto enumeration(const nlohmann::json& object, const QString& p, const char* key, Parse parse, const char* expected)
        -> decltype(parse(QString()))
    {
        const auto value = m_r.string(object, p, key, true);
        if (!value) {
            return std::nullopt;
        }
        auto parsed = parse(*value);
        if (!parsed) {
            m_r.error(JsonReader::pointerOf(p, key),
                      QCoreApplication::translate("sig2rtm", "unknown value \"%1\" (expected one of: %2)")
                          .arg(*value, QString::fromLatin1(expected)));
        }
        return parsed;
    }

    void readFindings(const nlohmann::json& root, PreviousReport& report)
    {
        const auto* findings = m_r.member(root, QString(), "findings", true);
        if (!findings || !m_r.expectArray(*findings, QStringLiteral("/findings"))) {
            return;
        }
        report.findings.reserve(findings->size());
        for (std::size_t i = 0; i < findings->size() && !tooMany(); ++i) {
            const auto& item = (*findings)[i];
            const QString p = jsonPointerAppend(QStringLiteral("/findings"), static_cast<qsizetype>(i));
            if (!m_r.expectObject(item, p)) {
                continue;
            }
            PreviousFinding f;
            f.id = text(item, p, "id", false);
            f.rule = text(item, p, "rule");
            f.file = text(item, p, "file");
            f.snippet = text(item, p, "snippet");
            f.line = count(item, p, "line").value_or(0);
            f.reason = text(item, p, "reason", false);
            f.client = text(item, p, "client", false);
            if (const auto* row = m_r.member(item, p, "row", false); row && !row->is_null()) {
                f.row = m_r.stringValue(*row, JsonReader::pointerOf(p, "row"), true).value_or(QString());
            }
            f.effect = enumeration(item, p, "effect", effectFromString, "fail, review, note").value_or(Effect::Note);
            f.context = enumeration(item, p, "context", contextFromString,
                                    "code, comment, string, build, binary, declared, doc")
                            .value_or(Context::Code);
            f.fingerprint = fingerprint(f.rule, f.snippet);
            report.findings.push_back(std::move(f));
        }
    }

    void readInventory(const nlohmann::json& root, PreviousReport& report)
    {
        const QString p = QStringLiteral("/inventory");
        const auto* inventory = m_r.member(root, QString(), "inventory", false);
        if (!inventory) {
            // Reports written before the inventory existed: nothing to compare uses with, no effort to draw.
            m_r.error(QString(), QCoreApplication::translate(
                                     "sig2rtm", "the report has no migration inventory (written by an older sig2rtm); "
                                                "scan again with this version to compare with it"));
            return;
        }
        if (!m_r.expectObject(*inventory, p)) {
            return;
        }
        const QString sp = JsonReader::pointerOf(p, "summary");
        if (const auto* summary = m_r.member(*inventory, p, "summary", true);
            summary && m_r.expectObject(*summary, sp)) {
            report.totals.uses = count(*summary, sp, "uses").value_or(0);
            report.totals.effortPoints = count(*summary, sp, "effortPoints").value_or(0);
        }
        const QString ap = JsonReader::pointerOf(p, "apis");
        const auto* apis = m_r.member(*inventory, p, "apis", true);
        if (!apis || !m_r.expectArray(*apis, ap)) {
            return;
        }
        for (std::size_t i = 0; i < apis->size() && !tooMany(); ++i) {
            const auto& api = (*apis)[i];
            const QString pi = jsonPointerAppend(ap, static_cast<qsizetype>(i));
            if (!m_r.expectObject(api, pi)) {
                continue;
            }
            const QString id = text(api, pi, "id");
            const QString function = text(api, pi, "function", false);
            const QString up = JsonReader::pointerOf(pi, "uses");
            const auto* uses = m_r.member(api, pi, "uses", true);
            if (!uses || !m_r.expectArray(*uses, up)) {
                continue;
            }
            for (std::size_t k = 0; k < uses->size() && !tooMany(); ++k) {
                const auto& item = (*uses)[k];
                const QString pk = jsonPointerAppend(up, static_cast<qsizetype>(k));
                if (!m_r.expectObject(item, pk)) {
                    continue;
                }
                PreviousUse use;
                use.api = id;
                use.function = function;
                use.name = text(item, pk, "name");
                use.file = text(item, pk, "file");
                use.line = count(item, pk, "line").value_or(0);
                use.snippet = text(item, pk, "snippet");
                use.platform = text(item, pk, "platform", false);
                use.client = text(item, pk, "client", false);
                use.fingerprint = fingerprint(use.api, use.snippet);
                report.uses.push_back(std::move(use));
            }
        }
    }

    void readClients(const nlohmann::json& root, PreviousReport& report)
    {
        const QString p = QStringLiteral("/clients");
        const auto* clients = m_r.member(root, QString(), "clients", false);
        if (!clients || !m_r.expectArray(*clients, p)) {
            return;
        }
        for (std::size_t i = 0; i < clients->size() && !tooMany(); ++i) {
            const auto& item = (*clients)[i];
            const QString pi = jsonPointerAppend(p, static_cast<qsizetype>(i));
            if (!m_r.expectObject(item, pi)) {
                continue;
            }
            PreviousClient client;
            client.id = m_r.string(item, pi, "id", true).value_or(QString());
            client.name = text(item, pi, "name", false);
            if (client.name.isEmpty()) {
                client.name = client.id;
            }
            const QString ip = JsonReader::pointerOf(pi, "inventory");
            if (const auto* inventory = m_r.member(item, pi, "inventory", true);
                inventory && m_r.expectObject(*inventory, ip)) {
                client.totals.uses = count(*inventory, ip, "uses").value_or(0);
                client.totals.effortPoints = count(*inventory, ip, "effortPoints").value_or(0);
            }
            report.clients.push_back(std::move(client));
        }
    }

    JsonReader m_r;
    Diagnostics& m_problems;
};

/// Matches items by key as a multiset: each current item takes the first unmatched previous item of its key.
class Matcher
{
public:
    void addPrevious(const QString& key, std::size_t index) { m_pending[key].indices.push_back(index); }

    /// The previous item the current one matches, or nullopt when it is new.
    std::optional<std::size_t> take(const QString& key)
    {
        const auto it = m_pending.find(key);
        if (it == m_pending.end() || it->next >= it->indices.size()) {
            return std::nullopt;
        }
        return it->indices[it->next++];
    }

private:
    struct Pending
    {
        std::vector<std::size_t> indices;
        std::size_t next = 0;
    };
    QHash<QString, Pending> m_pending;
};

/// What a finding is across reports: its file and its fingerprint, and whether it is work or a note.
QString findingKey(Effect effect, const QString& file, const QString& fingerprint)
{
    return (isWork(effect) ? u'w' : u'n') + fingerprint + file;
}

/// What an inventory use is across reports: its file and its fingerprint.
QString useKey(const QString& file, const QString& fingerprint)
{
    return fingerprint + file;
}

} // namespace

QString toString(BaselineState state)
{
    switch (state) {
    case BaselineState::New:
        return QStringLiteral("new");
    case BaselineState::Unchanged:
        return QStringLiteral("unchanged");
    case BaselineState::Absent:
        return QStringLiteral("absent");
    }
    return {};
}

std::optional<PreviousReport> PreviousReport::loadFile(const QString& path, Diagnostics* diagnostics)
{
    const auto text = readUntrustedFile(path, kMaxBytes, diagnostics);
    if (!text) {
        return std::nullopt;
    }
    return load(*text, path, diagnostics);
}

std::optional<PreviousReport> PreviousReport::load(const QByteArray& text, const QString& fileName,
                                                   Diagnostics* diagnostics)
{
    Diagnostics problems;
    std::optional<PreviousReport> report;
    try {
        Diagnostic syntax;
        const auto source = JsonSource::parse(text, fileName, &syntax);
        if (!source) {
            problems << syntax;
        } else {
            report = ReportReader(*source, problems).read();
        }
    } catch (const std::exception& e) {
        // The readers check every type before they convert; this is the last line, not the plan.
        problems << Diagnostic{
            fileName,
            0,
            0,
            {},
            QCoreApplication::translate("sig2rtm", "cannot read the report: %1").arg(QString::fromUtf8(e.what()))};
        report.reset();
    }
    if (report) {
        report->file = fileName;
    } else if (problems.isEmpty()) {
        problems << Diagnostic{fileName, 0, 0, {}, QCoreApplication::translate("sig2rtm", "cannot read the report")};
    }
    if (diagnostics) {
        *diagnostics << problems;
    }
    return report;
}

PreviousReport PreviousReport::fromReport(const Report& report)
{
    // Through the JSON writer: per-client totals and inventory uses come out exactly as a saved report holds them.
    if (auto read = load(toJsonText(report), QString(), nullptr)) {
        return std::move(*read);
    }
    // It did not read back (a report without a catalog writes no inventory): take the figures from the model,
    // never zeros that would draw a finished migration.
    PreviousReport fallback;
    fallback.generatedAt = report.generatedAt.toUTC();
    fallback.projectName = report.projectName;
    fallback.partial = report.partial;
    const InventoryView whole = inventoryView(report);
    fallback.totals = {whole.uses, whole.points};
    for (const auto& c : report.clients) {
        const InventoryView own = inventoryView(report, c.id);
        fallback.clients.push_back({c.id, c.name, {own.uses, own.points}});
    }
    return fallback;
}

namespace {

/// UTF-8 for the JSON library.
std::string utf8(const QString& text)
{
    return text.toStdString();
}

nlohmann::ordered_json countsJson(const BaselineCounts& counts)
{
    return {{"new", counts.added}, {"fixed", counts.fixed}, {"unchanged", counts.unchanged}};
}

} // namespace

nlohmann::ordered_json toJson(const BaselineComparison& c)
{
    using json = nlohmann::ordered_json;
    json out = {{"file", utf8(c.file)}, {"generatedAt", utf8(c.previousGeneratedAt.toUTC().toString(Qt::ISODate))}};
    if (!c.previousProject.isEmpty()) {
        out["project"] = utf8(c.previousProject);
    }
    out["findings"] = countsJson(c.findings);
    out["notes"] = countsJson(c.notes);
    out["uses"] = countsJson(c.uses);
    json findings = json::array();
    for (const auto& f : c.fixedFindings) {
        json item = {{"id", utf8(f.id)},
                     {"rule", utf8(f.rule)},
                     {"row", f.row.isEmpty() ? json(nullptr) : json(utf8(f.row))},
                     {"file", utf8(f.file)},
                     {"line", f.line},
                     {"snippet", utf8(f.snippet)},
                     {"context", utf8(toString(f.context))},
                     {"effect", utf8(toString(f.effect))},
                     {"reason", utf8(f.reason)},
                     {"fingerprint", utf8(f.fingerprint)}};
        if (!f.client.isEmpty()) {
            item["client"] = utf8(f.client);
        }
        findings.push_back(std::move(item));
    }
    out["fixedFindings"] = std::move(findings);
    json uses = json::array();
    for (const auto& u : c.fixedUses) {
        json item = {{"api", utf8(u.api)},
                     {"name", utf8(u.name)},
                     {"file", utf8(u.file)},
                     {"line", u.line},
                     {"snippet", utf8(u.snippet)},
                     {"platform", utf8(u.platform)},
                     {"fingerprint", utf8(u.fingerprint)}};
        if (!u.client.isEmpty()) {
            item["client"] = utf8(u.client);
        }
        uses.push_back(std::move(item));
    }
    out["fixedUses"] = std::move(uses);
    return out;
}

BaselineState BaselineComparison::findingState(std::size_t index) const
{
    return index < findingStates.size() ? findingStates[index] : BaselineState::New;
}

BaselineState BaselineComparison::useState(std::size_t index) const
{
    return index < useStates.size() ? useStates[index] : BaselineState::New;
}

BaselineComparison compareWithBaseline(const Report& current, const PreviousReport& previous)
{
    BaselineComparison c;
    c.file = previous.file;
    c.previousGeneratedAt = previous.generatedAt;
    c.previousProject = previous.projectName;
    c.previousTotals = previous.totals;
    c.previousPartial = previous.partial;
    c.previousWork = static_cast<int>(std::count_if(previous.findings.begin(), previous.findings.end(),
                                                    [](const PreviousFinding& f) { return isWork(f.effect); }));

    Matcher findings;
    for (std::size_t i = 0; i < previous.findings.size(); ++i) {
        const auto& f = previous.findings[i];
        findings.addPrevious(findingKey(f.effect, f.file, f.fingerprint), i);
    }
    std::vector<bool> matched(previous.findings.size(), false);
    c.findingStates.reserve(current.findings.size());
    for (const auto& f : current.findings) {
        BaselineCounts& counts = isWork(f.effect) ? c.findings : c.notes;
        if (const auto at = findings.take(findingKey(f.effect, f.file, fingerprint(f)))) {
            matched[*at] = true;
            c.findingStates.push_back(BaselineState::Unchanged);
            ++counts.unchanged;
        } else {
            c.findingStates.push_back(BaselineState::New);
            ++counts.added;
        }
    }
    for (std::size_t i = 0; i < previous.findings.size(); ++i) {
        if (!matched[i]) {
            ++(isWork(previous.findings[i].effect) ? c.findings : c.notes).fixed;
            c.fixedFindings.push_back(previous.findings[i]);
        }
    }

    Matcher uses;
    for (std::size_t i = 0; i < previous.uses.size(); ++i) {
        uses.addPrevious(useKey(previous.uses[i].file, previous.uses[i].fingerprint), i);
    }
    matched.assign(previous.uses.size(), false);
    c.useStates.reserve(current.inventory.size());
    for (const auto& use : current.inventory) {
        if (const auto at = uses.take(useKey(use.file, fingerprint(use.api, use.snippet)))) {
            matched[*at] = true;
            c.useStates.push_back(BaselineState::Unchanged);
            ++c.uses.unchanged;
        } else {
            c.useStates.push_back(BaselineState::New);
            ++c.uses.added;
        }
    }
    for (std::size_t i = 0; i < previous.uses.size(); ++i) {
        if (!matched[i]) {
            ++c.uses.fixed;
            c.fixedUses.push_back(previous.uses[i]);
        }
    }
    return c;
}

} // namespace sig2rtm
