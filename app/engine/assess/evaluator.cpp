#include "evaluator.h"

#include "glob.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace sig2rtm {

namespace {

const QString kMinimumVersion = QStringLiteral("1.1");


QString rowOfFeature(const QString& feature)
{
    return feature == QLatin1String("pstn") ? QStringLiteral("pstn") : QStringLiteral("special-features");
}

QString featureReason(const QString& feature, ReportLanguage l)
{
    if (feature == QLatin1String("special-channels")) {
        return pick(l, "Declared: the client uses the special channels __agora_user_online or __agora_channel_event.",
                    "声明：该客户端使用了特殊频道 __agora_user_online 或 __agora_channel_event。");
    }
    if (feature == QLatin1String("special-attributes")) {
        return pick(l, "Declared: the client sets the special channel attributes _userNotification or "
                       "_auto_update_total_num.",
                    "声明：该客户端设置了特殊频道属性 _userNotification 或 _auto_update_total_num。");
    }
    if (feature == QLatin1String("special-invoke")) {
        return pick(l, "Declared: the client calls the special invoke channel_query_userlist_all.",
                    "声明：该客户端调用了特殊 invoke：channel_query_userlist_all。");
    }
    if (feature == QLatin1String("set-background")) {
        return pick(l, "Declared: the client calls the special SDK setting setBackground.",
                    "声明：该客户端调用了特殊 SDK 配置 setBackground。");
    }
    return pick(l, "Declared: the client uses PSTN (phone or SIP) invitations.",
                "声明：该客户端使用了 PSTN（电话或 SIP）邀请。");
}

Finding declared(const QString& file, const SourceLocation& where, const QString& rule, const QString& row,
                 const QString& platform, Effect effect, const QString& reason)
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
    f.reason = reason;
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

QString rowSummary(const Report& report, const ReportRow& row, const QMap<QString, QString>& missingByPlatform)
{
    const auto l = report.language;
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
        return f->line > 0 ? QStringLiteral("%1:%2").arg(f->file).arg(f->line) : f->file;
    };
    if (row.status == RowStatus::Fail && first) {
        return pick(l, "%1 blocking finding(s); first: %2: %3", "%1 处阻断性发现；第一处：%2：%3")
            .arg(row.failCount)
            .arg(where(first), first->reason);
    }
    if (row.status == RowStatus::Review) {
        if (row.id == QLatin1String("sdk-version") && !missingByPlatform.isEmpty()) {
            QStringList parts;
            for (auto it = missingByPlatform.cbegin(); it != missingByPlatform.cend(); ++it) {
                parts << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
            }
            return pick(l, "Signaling SDK found, but its version could not be read: %1.",
                        "发现了信令 SDK，但无法读取其版本号：%1。")
                .arg(parts.join(QStringLiteral("; ")));
        }
        if (first) {
            return pick(l, "%1 finding(s) need a human decision; first: %2: %3", "%1 处发现需要人工确认；第一处：%2：%3")
                .arg(row.reviewCount)
                .arg(where(first), first->reason);
        }
    }
    if (!report.signalingDetected) {
        return pick(l, "No use of the legacy Signaling SDK was found.", "未发现旧版信令 SDK 的使用。");
    }
    if (row.id == QLatin1String("sdk-version")) {
        QStringList versions;
        for (const auto& e : report.sdk) {
            if (e.kind == SdkKind::Signaling && e.version) {
                versions << QStringLiteral("%1 %2").arg(e.platform, *e.version);
            }
        }
        return pick(l, "Every Signaling SDK found is v1.1 or later: %1.", "发现的信令 SDK 均为 v1.1 或更高版本：%1。")
            .arg(versions.join(QStringLiteral(", ")));
    }
    if (row.id == QLatin1String("special-features")) {
        return pick(l, "No special Signaling feature is used.", "未使用信令特殊功能。");
    }
    if (row.id == QLatin1String("mini-program")) {
        return pick(l, "No mini-program build of the Signaling SDK is used.", "未使用信令 SDK 的小程序版本。");
    }
    if (row.id == QLatin1String("web-non-string-message")) {
        return pick(l, "No Web message is sent as a non-string value.", "Web 端没有以非字符串类型发送的消息。");
    }
    return pick(l, "No PSTN feature is used.", "未使用 PSTN 功能。");
}

} // namespace

std::vector<Finding> declaredFindings(const ProjectDescription& d, ReportLanguage l, const QString& file)
{
    std::vector<Finding> out;
    for (const auto& c : d.clients) {
        if (c.sdk == SdkKind::Rtm) {
            Finding f = declared(file, c.where, QStringLiteral("declared.sdk"), {}, c.platform, Effect::Note,
                                 pick(l, "Declared: this client already uses the RTM SDK.",
                                      "声明：该客户端已使用 RTM SDK。"));
            f.sdk = SdkKind::Rtm;
            out.push_back(f);
            continue;
        }
        Finding presence = declared(file, c.sdkVersion ? c.versionWhere : c.where, QStringLiteral("declared.sdk"), {},
                                    c.platform, Effect::Note,
                                    c.sdkVersion ? pick(l, "Declared: this client uses Signaling SDK %1.",
                                                        "声明：该客户端使用信令 SDK %1。")
                                                       .arg(*c.sdkVersion)
                                                 : pick(l, "Declared: this client uses the Signaling SDK, version "
                                                           "unknown.",
                                                        "声明：该客户端使用信令 SDK，版本未知。"));
        presence.sdk = SdkKind::Signaling;
        if (c.sdkVersion) {
            presence.version = *c.sdkVersion;
        } else {
            presence.versionMissing =
                pick(l, "the description gives no sdkVersion", "项目描述中没有给出 sdkVersion");
        }
        out.push_back(presence);
        if (c.platform == QLatin1String("mini-program")) {
            out.push_back(declared(file, c.where, QStringLiteral("declared.mini-program"),
                                   QStringLiteral("mini-program"), c.platform, Effect::Fail,
                                   pick(l, "Declared: a WeChat mini-program client uses the Signaling SDK.",
                                        "声明：微信小程序客户端使用了信令 SDK。")));
        }
        for (const auto& feature : c.features) {
            out.push_back(declared(file, feature.where, QStringLiteral("declared.feature"), rowOfFeature(feature.value),
                                   c.platform, Effect::Fail, featureReason(feature.value, l)));
        }
        for (const auto& type : c.messageTypes) {
            Effect effect = Effect::Fail;
            QString reason = pick(l, "Declared: the Web client sends %1 values as messages.",
                                  "声明：Web 客户端以 %1 类型发送消息。")
                                 .arg(type.value);
            if (type.value == QLatin1String("string")) {
                effect = Effect::Note;
                reason = pick(l, "Declared: the Web client sends strings as messages.",
                              "声明：Web 客户端以字符串发送消息。");
            } else if (type.value == QLatin1String("unknown")) {
                effect = Effect::Review;
                reason = pick(l, "Declared: it is not known what the Web client sends as messages.",
                              "声明：不清楚 Web 客户端以何种类型发送消息。");
            }
            out.push_back(declared(file, type.where, QStringLiteral("declared.message-type"),
                                   QStringLiteral("web-non-string-message"), c.platform, effect, reason));
        }
    }
    return out;
}

Report evaluate(EvaluationInput input)
{
    Report report;
    report.catalog = input.catalog;
    report.language = input.language;
    const auto l = input.language;

    std::vector<Finding> findings = std::move(input.findings);
    if (input.description) {
        auto facts = declaredFindings(*input.description, l, input.descriptionFile);
        findings.insert(findings.end(), facts.begin(), facts.end());
    }

    // SDK list: group presence evidence by kind and platform; a platform has a version when any of
    // its evidence shows one.
    struct Group
    {
        SdkKind kind;
        QString platform;
        QMap<QString, std::vector<std::size_t>> byVersion; // "" = no version
        QString missing;
    };
    std::vector<Group> groups;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto& f = findings[i];
        if (!f.sdk || f.effect != Effect::Note || f.context == Context::Comment) {
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

    // The sdk-version row from the Signaling groups: presence evidence becomes that row's evidence.
    QMap<QString, QString> missingByPlatform;
    for (const auto& g : groups) {
        if (g.kind != SdkKind::Signaling) {
            continue;
        }
        const bool hasVersion = g.byVersion.size() > 1 || !g.byVersion.contains(QString());
        for (auto it = g.byVersion.cbegin(); it != g.byVersion.cend(); ++it) {
            for (auto index : it.value()) {
                auto& f = findings[index];
                f.row = QStringLiteral("sdk-version");
                // Say what the evidence means for this row, after what it is.
                if (!it.key().isEmpty()) {
                    const bool old = compareVersions(it.key(), kMinimumVersion) < 0;
                    f.effect = old ? Effect::Fail : Effect::Note;
                    f.reason += u' ' + (old ? pick(l, "Version %1 is older than v1.1.", "版本 %1 低于 v1.1。")
                                            : pick(l, "Version %1 can interoperate.", "版本 %1 可以互通。"))
                                           .arg(it.key());
                } else {
                    f.effect = hasVersion ? Effect::Note : Effect::Review;
                    if (!hasVersion && !f.versionMissing.isEmpty()) {
                        f.reason += u' ' + pick(l, "Version unknown: %1.", "版本未知：%1。").arg(f.versionMissing);
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
                f.reason = pick(l, "Suppressed (%1): %2", "已抑制（%1）：%2").arg(*reason, f.reason);
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
                if (f.sdk == g.kind && f.platform == g.platform && f.context != Context::Comment &&
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
    for (const auto& id : Catalog::rowIds()) {
        ReportRow row;
        row.id = id;
        for (const auto& f : findings) {
            if (f.row != id) {
                continue;
            }
            row.findingIds << f.id;
            switch (f.effect) {
            case Effect::Fail: ++row.failCount; break;
            case Effect::Review: ++row.reviewCount; break;
            case Effect::Note: ++row.noteCount; break;
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
