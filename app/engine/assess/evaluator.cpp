// SPDX-License-Identifier: MIT
#include "evaluator.h"

#include "glob.h"
#include "visibletext.h"

#include <algorithm>
#include <optional>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace sig2rtm {

namespace {

Message lit(const QString& text)
{
    return Message::literal(text);
}

Message platformName(const QString& platform)
{
    return Message::catalog(QStringLiteral("platform/%1/name").arg(platform), {});
}

/// A path or line with hidden characters is a finding of its own: the code may read differently from what it
/// does ("Trojan Source", CVE-2021-42574). One per file and line; it belongs to no row.
void addHiddenCharacterFindings(std::vector<Finding>& findings)
{
    QSet<QString> seen;
    std::vector<Finding> added;
    for (const auto& f : findings) {
        const bool inName = hasHiddenCharacters(f.file);
        const bool inLine = hasHiddenCharacters(f.snippet, VisibleMode::Code);
        if (!inName && !inLine) {
            continue;
        }
        const int line = inLine ? f.line : 0;
        const QString place = f.file + u'\n' + QString::number(line);
        if (seen.contains(place)) {
            continue;
        }
        seen.insert(place);
        QStringList chars = hiddenCharacters(f.file);
        for (const auto& c : hiddenCharacters(f.snippet, VisibleMode::Code)) {
            if (!chars.contains(c)) {
                chars << c;
            }
        }
        Finding s;
        s.rule = hiddenCharactersRule();
        s.file = f.file;
        s.line = line;
        s.offset = inLine ? -1 : f.offset;
        s.snippet = inLine ? f.snippet : QString();
        s.context = f.context;
        s.confidence = Confidence::High;
        s.effect = Effect::Review;
        s.platform = f.platform;
        s.client = f.client;
        s.reason = Message::translated(
            inLine ? QT_TRANSLATE_NOOP("sig2rtm", "This line holds hidden or control characters (%1): the code may "
                                                  "read differently from what it does (Trojan Source). Review it.")
                   : QT_TRANSLATE_NOOP("sig2rtm", "This file name holds hidden or control characters (%1): it may "
                                                  "show as a different name. Review it."),
            {lit(chars.join(QStringLiteral(" ")))});
        added.push_back(std::move(s));
    }
    for (auto& s : added) {
        findings.push_back(std::move(s));
    }
}

Finding declared(const QString& file, const SourceLocation& where, const QString& rule, const QString& row,
                 const QString& platform, Effect effect, Message reason)
{
    Finding f;
    f.rule = rule;
    f.row = row;
    f.file = file;
    f.line = where.line;
    f.column = where.column;
    f.snippet = where.snippet;
    f.context = Context::Declared;
    f.confidence = Confidence::High;
    f.effect = effect;
    f.reason = std::move(reason);
    f.platform = platform;
    return f;
}

/// Suppressions with their file globs compiled once, not once per finding.
class SuppressionMatcher
{
public:
    explicit SuppressionMatcher(const std::vector<Suppression>& suppressions) : m_suppressions(suppressions)
    {
        m_globs.reserve(suppressions.size());
        for (const auto& s : suppressions) {
            m_globs.emplace_back(QStringList{s.file});
        }
    }

    /// The reason of the first suppression that covers f, or nullopt.
    std::optional<QString> reasonFor(const Finding& f) const
    {
        // The finding's fingerprint is a hash: computed once, and only when a suppression names one.
        std::optional<QString> print;
        const auto printOf = [&]() -> const QString& {
            if (!print) {
                print = fingerprint(f);
            }
            return *print;
        };
        for (std::size_t i = 0; i < m_suppressions.size(); ++i) {
            const auto& s = m_suppressions[i];
            if ((s.rule != QLatin1String("*") && s.rule != f.rule) ||
                (s.file != f.file && m_globs[i].match(f.file).isEmpty())) {
                continue;
            }
            const bool where = s.fingerprint.isEmpty() ? (s.line == 0 || s.line == f.line) : s.fingerprint == printOf();
            if (where) {
                return s.reason;
            }
        }
        return std::nullopt;
    }

private:
    const std::vector<Suppression>& m_suppressions;
    std::vector<GlobSet> m_globs;
};

Message rowSummary(const Report& report, const ReportRow& row, const QMap<QString, Message>& missingByPlatform)
{
    const Catalog& catalog = *report.catalog;
    const RowDefinition* definition = catalog.row(row.id);
    const bool versionRow = definition && !definition->minimumVersion.isEmpty();
    const auto rowText = [&](const char* field, std::vector<Message> args = {}) {
        return Message::catalog(QStringLiteral("row/%1/%2").arg(row.id, QLatin1String(field)), std::move(args));
    };
    const auto findings = report.findingsOf(row);
    const Finding* first = nullptr;
    for (const auto* f : findings) {
        const bool counts = row.status == RowStatus::Fail ? f->effect == Effect::Fail : f->effect == Effect::Review;
        if (counts) {
            first = f;
            break;
        }
    }
    const auto where = [](const Finding* f) {
        return lit(f->line > 0 ? QStringLiteral("%1:%2").arg(f->file).arg(f->line) : f->file);
    };
    if (row.status == RowStatus::Fail && first) {
        return Message::translated(QT_TRANSLATE_N_NOOP("sig2rtm", "%n blocking finding(s); first: %1: %2"),
                                   {where(first), first->reason}, row.failCount);
    }
    if (row.status == RowStatus::Review) {
        if (versionRow && !missingByPlatform.isEmpty()) {
            std::vector<Message> parts;
            for (auto it = missingByPlatform.cbegin(); it != missingByPlatform.cend(); ++it) {
                // Without a reason (what would have told the version), the platform alone: no empty "()".
                parts.push_back(it.value().isEmpty() ? platformName(it.key())
                                                     : Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1 (%2)"),
                                                                           {platformName(it.key()), it.value()}));
            }
            return rowText("versionUnknown", {Message::list(std::move(parts))});
        }
        if (first) {
            return Message::translated(
                QT_TRANSLATE_N_NOOP("sig2rtm", "%n finding(s) need a human decision; first: %1: %2"),
                {where(first), first->reason}, row.reviewCount);
        }
    }
    if (!report.signalingDetected) {
        return Message::catalog(QStringLiteral("text/noLegacySdk"));
    }
    if (versionRow) {
        std::vector<Message> versions;
        for (const auto& e : report.sdk) {
            if (e.kind == SdkKind::Signaling && e.version) {
                versions.push_back(Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1 %2"),
                                                       {platformName(e.platform), lit(*e.version)}));
            }
        }
        return rowText("pass", {Message::list(std::move(versions))});
    }
    return rowText("pass");
}

void appendDeclared(const DeclaredClient& c, const Declarations& vocabulary, const QString& file,
                    std::vector<Finding>& out)
{
    if (c.sdk == SdkKind::Rtm) {
        Finding f = declared(file, c.where, vocabulary.sdkRule, {}, c.platform, Effect::Note,
                             Message::catalog(QStringLiteral("declared/sdk/target")));
        f.sdk = SdkKind::Rtm;
        out.push_back(f);
        return;
    }
    Finding presence =
        declared(file, c.sdkVersion ? c.versionWhere : c.where, vocabulary.sdkRule, {}, c.platform, Effect::Note,
                 c.sdkVersion ? Message::catalog(QStringLiteral("declared/sdk/legacy"), {lit(*c.sdkVersion)})
                              : Message::catalog(QStringLiteral("declared/sdk/legacyUnknownVersion")));
    presence.sdk = SdkKind::Signaling;
    if (c.sdkVersion) {
        presence.version = *c.sdkVersion;
    } else {
        presence.versionMissing =
            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the description gives no sdkVersion"));
    }
    out.push_back(presence);
    for (const auto& client : vocabulary.clients) {
        if (client.platform == c.platform) {
            out.push_back(declared(file, c.where, client.rule, client.row, c.platform, client.effect,
                                   Message::catalog(QStringLiteral("declared/client/%1/reason").arg(c.platform))));
        }
    }
    for (const auto& feature : c.features) {
        for (const auto& definition : vocabulary.features) {
            if (definition.id == feature.value) {
                out.push_back(
                    declared(file, feature.where, vocabulary.featureRule, definition.row, c.platform, definition.effect,
                             Message::catalog(QStringLiteral("declared/feature/%1/reason").arg(definition.id))));
            }
        }
    }
    for (const auto& type : c.messageTypes) {
        for (const auto& definition : vocabulary.messageTypes) {
            if (definition.id == type.value) {
                out.push_back(
                    declared(file, type.where, vocabulary.messageTypeRule, vocabulary.messageTypeRow, c.platform,
                             definition.effect,
                             Message::catalog(QStringLiteral("declared/message-type/%1/reason").arg(definition.id))));
            }
        }
    }
}

} // namespace

std::vector<ClientRoot> declaredClientRoots(const ProjectDescription& d, const QString& root)
{
    std::vector<ClientRoot> out;
    QSet<QString> taken;
    for (const auto& c : d.clients) {
        ClientRoot r;
        r.declared = true;
        if (!c.folder.isEmpty() && !root.isEmpty()) {
            r.folder = QDir(root).relativeFilePath(c.folder);
            if (r.folder == QLatin1String(".")) {
                r.folder = QLatin1String("");
            }
        }
        const QString base = !c.name.isEmpty()    ? c.name
                             : !r.folder.isNull() ? (r.folder.isEmpty() ? QStringLiteral(".") : r.folder)
                                                  : c.platform;
        QString id = base;
        for (int n = 2; taken.contains(id); ++n) {
            id = QStringLiteral("%1 #%2").arg(base).arg(n);
        }
        taken.insert(id);
        r.id = id;
        r.name = id;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<Finding> declaredFindings(const ProjectDescription& d, const Catalog& catalog, const QString& file,
                                      const QStringList& clientIds)
{
    const Declarations& vocabulary = catalog.declarations();
    std::vector<Finding> out;
    for (std::size_t ci = 0; ci < d.clients.size(); ++ci) {
        const auto& c = d.clients[ci];
        const QString clientId =
            ci < static_cast<std::size_t>(clientIds.size()) ? clientIds[static_cast<qsizetype>(ci)] : QString();
        const std::size_t first = out.size();
        appendDeclared(c, vocabulary, file, out);
        for (std::size_t i = first; i < out.size(); ++i) {
            out[i].client = clientId;
        }
    }
    return out;
}

namespace {

/// Presence evidence of one SDK on one platform in one client, grouped by the version it shows.
struct SdkGroup
{
    QString client;
    SdkKind kind;
    QString platform;
    QMap<QString, std::vector<std::size_t>> byVersion; // "" = no version
    Message missing;
};

const Finding& deref(const Finding& f)
{
    return f;
}
const Finding& deref(const Finding* f)
{
    return *f;
}

/// The rows of the catalog over the findings given (all, or one client's), with counts and ids.
template <typename Findings> std::vector<ReportRow> tally(const Catalog& catalog, const Findings& findings)
{
    std::vector<ReportRow> rows;
    for (const auto& id : catalog.rowIds()) {
        ReportRow row;
        row.id = id;
        rows.push_back(row);
    }
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        index.insert(rows[i].id, i);
    }
    for (const auto& element : findings) {
        const Finding& f = deref(element);
        const auto it = index.constFind(f.row);
        if (it == index.cend()) {
            continue;
        }
        ReportRow& row = rows[*it];
        row.findingIds << f.id;
        switch (f.effect) {
        case Effect::Fail:
            ++row.failCount;
            break;
        case Effect::Review:
            ++row.reviewCount;
            break;
        case Effect::Note:
            ++row.noteCount;
            break;
        }
        if (!f.suppressedBy.isEmpty()) {
            ++row.suppressedCount;
        }
    }
    for (auto& row : rows) {
        row.status = row.failCount > 0 ? RowStatus::Fail : row.reviewCount > 0 ? RowStatus::Review : RowStatus::Pass;
    }
    return rows;
}

Verdict verdictOf(const std::vector<ReportRow>& rows, bool signalingDetected)
{
    const auto any = [&](RowStatus status) {
        return std::any_of(rows.begin(), rows.end(), [&](const ReportRow& r) { return r.status == status; });
    };
    return any(RowStatus::Fail)     ? Verdict::Incompatible
           : any(RowStatus::Review) ? Verdict::NeedsReview
           : signalingDetected      ? Verdict::Compatible
                                    : Verdict::NoSignaling;
}

/// The SDK list of the groups selected: one entry per version a group shows (versionless evidence listed
/// under the versions it accompanies), or one without a version.
std::vector<SdkEvidence> sdkList(const std::vector<SdkGroup>& groups, const std::vector<Finding>& findings)
{
    std::vector<SdkEvidence> out;
    QHash<QString, std::size_t> entryOf; // kind, platform and version -> index in out
    const auto entryFor = [&](SdkKind kind, const QString& platform, const std::optional<QString>& version) {
        const QString key = QString::number(static_cast<int>(kind)) + u'\n' + platform + u'\n' +
                            (version ? u'v' + *version : QStringLiteral("-"));
        auto known = entryOf.constFind(key);
        if (known == entryOf.cend()) {
            SdkEvidence e;
            e.kind = kind;
            e.platform = platform;
            e.version = version;
            known = entryOf.insert(key, out.size());
            out.push_back(std::move(e));
        }
        return out.begin() + static_cast<std::ptrdiff_t>(*known);
    };
    for (const auto& g : groups) {
        const bool versioned = g.byVersion.size() > 1 || !g.byVersion.contains(QString());
        for (auto it = g.byVersion.cbegin(); it != g.byVersion.cend(); ++it) {
            if (it.key().isEmpty() && versioned) {
                continue;
            }
            auto e = entryFor(g.kind, g.platform, it.key().isEmpty() ? std::nullopt : std::optional(it.key()));
            if (!e->version && g.kind == SdkKind::Signaling && e->missing.isEmpty()) {
                e->missing = g.missing;
            }
            for (const auto& [version, indexes] : g.byVersion.asKeyValueRange()) {
                if (version == it.key() || (version.isEmpty() && versioned)) {
                    for (const auto i : indexes) {
                        e->findingIds << findings[i].id;
                    }
                }
            }
        }
    }
    for (auto& e : out) {
        std::sort(e.findingIds.begin(), e.findingIds.end(), [](const QString& a, const QString& b) {
            return QStringView(a).mid(1).toLongLong() < QStringView(b).mid(1).toLongLong();
        });
    }
    std::sort(out.begin(), out.end(), [](const SdkEvidence& a, const SdkEvidence& b) {
        return std::tuple(a.kind, a.platform, a.version.value_or(QString())) <
               std::tuple(b.kind, b.platform, b.version.value_or(QString()));
    });
    return out;
}

/// Evidence outside every client's folder: one more client per platform, at the deepest folder that holds that
/// platform's evidence (a web page without a package file), overlapping folders merged. Evidence of no platform
/// joins the client whose folder holds it, else the root.
void addUnclaimedClients(std::vector<ClientRoot>& roots, const std::vector<Finding>& findings,
                         const std::vector<InventoryUse>& inventory)
{
    const auto folderOf = [](const QString& file) { return file.left(std::max<qsizetype>(file.lastIndexOf(u'/'), 0)); };
    const auto commonOf = [](QString a, const QString& b) {
        while (!a.isEmpty() && b != a && !b.startsWith(a + u'/')) {
            a = a.left(std::max<qsizetype>(a.lastIndexOf(u'/'), 0));
        }
        return a;
    };
    const ClientIndex claimed(roots);
    QMap<QString, QString> byPlatform; // platform -> deepest common folder
    bool platformless = false;
    const auto add = [&](const QString& file, const QString& platform) {
        if (claimed.of(file) >= 0) {
            return;
        }
        if (platform.isEmpty()) {
            platformless = true;
            return;
        }
        const auto it = byPlatform.find(platform);
        if (it == byPlatform.end()) {
            byPlatform.insert(platform, folderOf(file));
        } else {
            *it = commonOf(*it, file);
        }
    };
    for (const auto& f : findings) {
        add(f.file, f.platform);
    }
    for (const auto& use : inventory) {
        add(use.file, use.platform);
    }
    QStringList folders(byPlatform.cbegin(), byPlatform.cend());
    for (bool merged = true; merged;) {
        merged = false;
        for (qsizetype i = 0; i < folders.size() && !merged; ++i) {
            for (qsizetype j = i + 1; j < folders.size() && !merged; ++j) {
                const QString common = commonOf(folders[i], folders[j]);
                if (common == folders[i] || common == folders[j]) {
                    folders[i] = common;
                    folders.removeAt(j);
                    merged = true;
                }
            }
        }
    }
    if (platformless && !folders.contains(QString(QLatin1String("")))) {
        folders << QString(QLatin1String(""));
    }
    QSet<QString> ids;
    for (const auto& r : roots) {
        ids.insert(r.id);
    }
    for (const auto& folder : folders) {
        ClientRoot rest;
        rest.folder = folder.isEmpty() || ids.contains(folder) ? QString(QLatin1String("")) : folder;
        rest.id = rest.folder.isEmpty() ? QStringLiteral(".") : rest.folder;
        rest.name = rest.id;
        if (!ids.contains(rest.id)) {
            ids.insert(rest.id);
            roots.push_back(std::move(rest));
        }
    }
}

} // namespace

QString hiddenCharactersRule()
{
    return QStringLiteral("security.hidden-characters");
}

Report evaluate(EvaluationInput input)
{
    Report report;
    report.catalog = input.catalog;
    report.language = input.language;
    const Catalog& catalog = *input.catalog;

    // Clients: the ones the description names (when any names a folder, they replace the detected roots),
    // then the detected ones.
    std::vector<ClientRoot> roots;
    if (input.description) {
        roots = declaredClientRoots(*input.description, input.root);
    }
    const bool declaredFolders =
        std::any_of(roots.begin(), roots.end(), [](const ClientRoot& r) { return !r.folder.isNull(); });
    if (!declaredFolders) {
        for (auto& r : input.clientRoots) {
            roots.push_back(std::move(r));
        }
    }
    addUnclaimedClients(roots, input.findings, input.inventory);
    const ClientIndex clientIndex(roots);
    const auto rootFor = [&](const QString& file) -> QString {
        const int i = clientIndex.of(file);
        return i >= 0 ? roots[static_cast<std::size_t>(i)].id : QStringLiteral(".");
    };

    std::vector<Finding> findings = std::move(input.findings);
    for (auto& f : findings) {
        f.client = rootFor(f.file);
    }
    if (input.description) {
        QStringList ids;
        for (std::size_t i = 0; i < input.description->clients.size(); ++i) {
            ids << roots[i].id;
        }
        auto facts = declaredFindings(*input.description, catalog, input.descriptionFile, ids);
        findings.insert(findings.end(), facts.begin(), facts.end());
    }
    std::vector<InventoryUse> inventory = std::move(input.inventory);
    for (auto& use : inventory) {
        use.client = rootFor(use.file);
    }

    // SDK groups per client: presence evidence by kind and platform; a platform of a client has a version
    // when any of its evidence there shows one.
    std::vector<SdkGroup> groups;
    QHash<QString, std::size_t> groupOf; // client, kind and platform -> index in groups
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& f = findings[i];
        if (!f.sdk || f.effect != Effect::Note || isMention(f.context)) {
            continue;
        }
        const QString key = f.client + u'\n' + QString::number(static_cast<int>(*f.sdk)) + u'\n' + f.platform;
        auto known = groupOf.constFind(key);
        if (known == groupOf.cend()) {
            known = groupOf.insert(key, groups.size());
            groups.push_back({f.client, *f.sdk, f.platform, {}, {}});
        }
        const auto it = groups.begin() + static_cast<std::ptrdiff_t>(*known);
        it->byVersion[f.version].push_back(i);
        if (it->missing.isEmpty()) {
            it->missing = f.versionMissing;
        }
    }
    std::sort(groups.begin(), groups.end(), [](const SdkGroup& a, const SdkGroup& b) {
        return std::tie(a.client, a.kind, a.platform) < std::tie(b.client, b.kind, b.platform);
    });

    // The version row from the legacy SDK groups: presence evidence becomes that row's evidence.
    const RowDefinition* versionRow = catalog.versionRow();
    QMap<QString, Message> missingByPlatform;
    for (const auto& g : groups) {
        if (g.kind != SdkKind::Signaling || !versionRow) {
            continue;
        }
        const bool hasVersion = g.byVersion.size() > 1 || !g.byVersion.contains(QString());
        for (auto it = g.byVersion.cbegin(); it != g.byVersion.cend(); ++it) {
            for (auto index : it.value()) {
                auto& f = findings[index];
                f.row = versionRow->id;
                // Say what the evidence means for this row, after what it is.
                if (!it.key().isEmpty()) {
                    const bool old = compareVersions(it.key(), versionRow->minimumVersion) < 0;
                    f.effect = old ? Effect::Fail : Effect::Note;
                    f.reason = f.reason.followedBy(
                        old ? Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "Version %1 is older than v%2."),
                                                  {lit(it.key()), lit(versionRow->minimumVersion)})
                            : Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "Version %1 can interoperate."),
                                                  {lit(it.key())}));
                } else {
                    f.effect = hasVersion ? Effect::Note : Effect::Review;
                    if (!hasVersion && !f.versionMissing.isEmpty()) {
                        f.reason = f.reason.followedBy(Message::translated(
                            QT_TRANSLATE_NOOP("sig2rtm", "Version unknown: %1."), {f.versionMissing}));
                    }
                }
            }
        }
        if (!hasVersion && !missingByPlatform.contains(g.platform)) {
            missingByPlatform.insert(g.platform, g.missing);
        }
    }

    addHiddenCharacterFindings(findings);

    // Suppressions turn a finding into a note that says who accepted it and why; the row counts it.
    if (input.description && !input.description->suppressions.empty()) {
        const SuppressionMatcher suppressions(input.description->suppressions);
        for (auto& f : findings) {
            if (f.effect == Effect::Note) {
                continue;
            }
            if (const auto reason = suppressions.reasonFor(f)) {
                f.effect = Effect::Note;
                f.suppressedBy = *reason;
                f.reason =
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "Suppressed (%1): %2"), {lit(*reason), f.reason});
            }
        }
    }

    // Sorting moves findings: the groups keep indexes, so map them to the sorted places.
    std::vector<std::size_t> order(findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const Finding& a = findings[x];
        const Finding& b = findings[y];
        return std::tie(a.file, a.line, a.column, a.rule) < std::tie(b.file, b.line, b.column, b.rule);
    });
    std::vector<std::size_t> placeOf(findings.size());
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        placeOf[order[k]] = k;
        sorted.push_back(std::move(findings[order[k]]));
        sorted.back().id = QStringLiteral("F%1").arg(k + 1);
    }
    findings = std::move(sorted);
    for (auto& g : groups) {
        for (auto& indexes : g.byVersion) {
            for (auto& i : indexes) {
                i = placeOf[i];
            }
        }
    }

    report.sdk = sdkList(groups, findings);
    report.signalingDetected = std::any_of(report.sdk.begin(), report.sdk.end(),
                                           [](const SdkEvidence& e) { return e.kind == SdkKind::Signaling; });
    report.rows = tally(catalog, findings);
    report.verdict = verdictOf(report.rows, report.signalingDetected);

    // Each client with evidence (or declared), judged alone.
    QSet<QString> withEvidence;
    QHash<QString, QSet<QString>> platforms;
    QHash<QString, std::vector<const Finding*>> findingsOf;
    QHash<QString, std::vector<SdkGroup>> groupsOf;
    for (const auto& f : findings) {
        findingsOf[f.client].push_back(&f);
    }
    for (const auto& g : groups) {
        groupsOf[g.client].push_back(g);
    }
    for (const auto& f : findings) {
        if (!isMention(f.context)) {
            withEvidence.insert(f.client);
            if (!f.platform.isEmpty()) {
                platforms[f.client].insert(f.platform);
            }
        }
    }
    for (const auto& use : inventory) {
        withEvidence.insert(use.client);
        platforms[use.client].insert(use.platform);
    }
    for (const auto& root : roots) {
        if (!root.declared && !withEvidence.contains(root.id)) {
            continue;
        }
        ClientResult c;
        c.id = root.id;
        c.name = root.name;
        c.folder = root.folder;
        c.markers = root.markers;
        c.declared = root.declared;
        c.platforms = QStringList(platforms.value(root.id).cbegin(), platforms.value(root.id).cend());
        c.platforms.sort();
        c.sdk = sdkList(groupsOf.value(root.id), findings);
        c.signalingDetected =
            std::any_of(c.sdk.begin(), c.sdk.end(), [](const SdkEvidence& e) { return e.kind == SdkKind::Signaling; });
        c.rows = tally(catalog, findingsOf.value(root.id));
        c.verdict = verdictOf(c.rows, c.signalingDetected);
        report.clients.push_back(std::move(c));
    }
    std::stable_sort(report.clients.begin(), report.clients.end(), [](const ClientResult& a, const ClientResult& b) {
        // Declared clients in their order first, then detected ones by folder.
        return !a.declared && !b.declared ? a.folder < b.folder : a.declared && !b.declared;
    });

    report.findings = std::move(findings);
    report.inventory = std::move(inventory);
    for (auto& row : report.rows) {
        row.summary = rowSummary(report, row, missingByPlatform);
    }
    if (input.description) {
        report.projectName = input.description->name;
        report.appId = input.description->appId;
    }
    return report;
}

} // namespace sig2rtm
