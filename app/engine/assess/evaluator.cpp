// SPDX-License-Identifier: MIT
#include "evaluator.h"

#include "glob.h"

#include <algorithm>
#include <optional>
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
        for (std::size_t i = 0; i < m_suppressions.size(); ++i) {
            const auto& s = m_suppressions[i];
            if ((s.rule == QLatin1String("*") || s.rule == f.rule) && (s.line == 0 || s.line == f.line) &&
                (s.file == f.file || !m_globs[i].match(f.file).isEmpty())) {
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
                parts.push_back(
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1 (%2)"), {platformName(it.key()), it.value()}));
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

} // namespace

std::vector<Finding> declaredFindings(const ProjectDescription& d, const Catalog& catalog, const QString& file)
{
    const Declarations& vocabulary = catalog.declarations();
    std::vector<Finding> out;
    for (const auto& c : d.clients) {
        if (c.sdk == SdkKind::Rtm) {
            Finding f = declared(file, c.where, vocabulary.sdkRule, {}, c.platform, Effect::Note,
                                 Message::catalog(QStringLiteral("declared/sdk/target")));
            f.sdk = SdkKind::Rtm;
            out.push_back(f);
            continue;
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
                    out.push_back(declared(
                        file, feature.where, vocabulary.featureRule, definition.row, c.platform, definition.effect,
                        Message::catalog(QStringLiteral("declared/feature/%1/reason").arg(definition.id))));
                }
            }
        }
        for (const auto& type : c.messageTypes) {
            for (const auto& definition : vocabulary.messageTypes) {
                if (definition.id == type.value) {
                    out.push_back(declared(
                        file, type.where, vocabulary.messageTypeRule, vocabulary.messageTypeRow, c.platform,
                        definition.effect,
                        Message::catalog(QStringLiteral("declared/message-type/%1/reason").arg(definition.id))));
                }
            }
        }
    }
    return out;
}

Report evaluate(EvaluationInput input)
{
    Report report;
    report.catalog = input.catalog;
    report.language = input.language;
    const Catalog& catalog = *input.catalog;

    std::vector<Finding> findings = std::move(input.findings);
    if (input.description) {
        auto facts = declaredFindings(*input.description, catalog, input.descriptionFile);
        findings.insert(findings.end(), facts.begin(), facts.end());
    }

    // SDK list: group presence evidence by kind and platform; a platform has a version when any of
    // its evidence shows one.
    struct Group
    {
        SdkKind kind;
        QString platform;
        QMap<QString, std::vector<std::size_t>> byVersion; // "" = no version
        Message missing;
    };
    std::vector<Group> groups;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& f = findings[i];
        if (!f.sdk || f.effect != Effect::Note || isMention(f.context)) {
            continue;
        }
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const Group& g) { return g.kind == *f.sdk && g.platform == f.platform; });
        if (it == groups.end()) {
            groups.push_back({*f.sdk, f.platform, {}, {}});
            it = std::prev(groups.end());
        }
        it->byVersion[f.version].push_back(i);
        if (it->missing.isEmpty()) {
            it->missing = f.versionMissing;
        }
    }
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return std::pair(a.kind, a.platform) < std::pair(b.kind, b.platform);
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
        if (!hasVersion) {
            missingByPlatform.insert(g.platform, g.missing);
        }
    }

    // Suppressions turn a finding into a note that says who accepted it and why.
    if (input.description && !input.description->suppressions.empty()) {
        const SuppressionMatcher suppressions(input.description->suppressions);
        for (auto& f : findings) {
            if (f.effect == Effect::Note) {
                continue;
            }
            if (const auto reason = suppressions.reasonFor(f)) {
                f.effect = Effect::Note;
                f.reason =
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "Suppressed (%1): %2"), {lit(*reason), f.reason});
            }
        }
    }

    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.file, a.line, a.column, a.rule) < std::tie(b.file, b.line, b.column, b.rule);
    });
    for (std::size_t i = 0; i < findings.size(); ++i) {
        findings[i].id = QStringLiteral("F%1").arg(i + 1);
    }

    for (const auto& g : groups) {
        for (auto it = g.byVersion.cbegin(); it != g.byVersion.cend(); ++it) {
            if (it.key().isEmpty() && g.byVersion.size() > 1) {
                continue; // versionless evidence is listed under the versions it accompanies
            }
            SdkEvidence e;
            e.kind = g.kind;
            e.platform = g.platform;
            if (!it.key().isEmpty()) {
                e.version = it.key();
            } else if (g.kind == SdkKind::Signaling) {
                e.missing = g.missing;
            }
            for (const auto& f : findings) {
                if (f.sdk == g.kind && f.platform == g.platform && !isMention(f.context) &&
                    (f.version == it.key() || (f.version.isEmpty() && g.byVersion.size() > 1))) {
                    e.findingIds << f.id;
                }
            }
            report.sdk.push_back(e);
        }
    }
    report.signalingDetected = std::any_of(report.sdk.begin(), report.sdk.end(),
                                           [](const SdkEvidence& e) { return e.kind == SdkKind::Signaling; });

    bool anyFail = false;
    bool anyReview = false;
    for (const auto& id : catalog.rowIds()) {
        ReportRow row;
        row.id = id;
        for (const auto& f : findings) {
            if (f.row != id) {
                continue;
            }
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
        }
        row.status = row.failCount > 0 ? RowStatus::Fail : row.reviewCount > 0 ? RowStatus::Review : RowStatus::Pass;
        anyFail = anyFail || row.status == RowStatus::Fail;
        anyReview = anyReview || row.status == RowStatus::Review;
        report.rows.push_back(row);
    }
    report.findings = std::move(findings);
    for (auto& row : report.rows) {
        row.summary = rowSummary(report, row, missingByPlatform);
    }

    if (anyFail) {
        report.verdict = Verdict::Incompatible;
    } else if (anyReview) {
        report.verdict = Verdict::NeedsReview;
    } else {
        report.verdict = report.signalingDetected ? Verdict::Compatible : Verdict::NoSignaling;
    }
    if (input.description) {
        report.projectName = input.description->name;
        report.appId = input.description->appId;
    }
    return report;
}

} // namespace sig2rtm
