#include "reporttext.h"

#include <algorithm>
#include <iterator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace sig2rtm {

namespace {

struct LabelText
{
    ReportLabel label;
    const char16_t* en;
    const char16_t* zh;
};

// Report language is chosen per report, independently of the UI language, so the fixed labels are a
// table here rather than tr() strings.
constexpr LabelText kLabels[] = {
    {ReportLabel::ReportTitle, u"Signaling → RTM compatibility report", u"信令 → RTM 兼容性报告"},
    {ReportLabel::ReportSubtitle,
     u"Which of Agora's five documented Signaling/RTM incompatibilities apply to this project",
     u"声网文档列出的五项信令/RTM 不兼容情况中，哪些适用于本项目"},
    {ReportLabel::Contents, u"Contents", u"目录"},
    {ReportLabel::Summary, u"Summary", u"摘要"},
    {ReportLabel::Verdict, u"Verdict", u"结论"},
    {ReportLabel::Compatibility, u"Compatibility", u"兼容性"},
    {ReportLabel::CompatibilityIntro,
     u"The five cases in which the RTM SDK cannot interoperate with the Signaling SDK, and what the scan found "
     u"for each.",
     u"RTM SDK 无法与信令 SDK 互通的五种情况，以及本次扫描对每一项的结果。"},
    {ReportLabel::Remediation, u"Remediation", u"修改建议"},
    {ReportLabel::RemediationIntro, u"What to change for every case that fails or needs review.",
     u"对每一项不通过或需复核的情况应做的修改。"},
    {ReportLabel::NothingToRemediate, u"No case fails or needs review: nothing to change.",
     u"没有不通过或需复核的项：无需修改。"},
    {ReportLabel::Findings, u"Findings", u"发现"},
    {ReportLabel::FindingsIntro, u"Evidence for each case, grouped by file. The match is highlighted.",
     u"各项的证据，按文件分组，匹配内容已高亮。"},
    {ReportLabel::OtherEvidence, u"Other SDK evidence", u"其他 SDK 证据"},
    {ReportLabel::Appendix, u"Appendix", u"附录"},
    {ReportLabel::Project, u"Project", u"项目"},
    {ReportLabel::UnnamedProject, u"(unnamed project)", u"（未命名项目）"},
    {ReportLabel::Generated, u"Generated", u"生成于"},
    {ReportLabel::TimelineTitle, u"Signaling timeline", u"信令时间线"},
    {ReportLabel::ShutdownBanner, u"Signaling servers shut down on %1", u"信令服务器已于 %1 关停"},
    {ReportLabel::SdksFound, u"SDKs found", u"发现的 SDK"},
    {ReportLabel::NoSdkFound, u"No Signaling or RTM SDK found", u"未发现信令或 RTM SDK"},
    {ReportLabel::VersionUnknown, u"version unknown", u"版本未知"},
    {ReportLabel::Platforms, u"Platforms", u"平台"},
    {ReportLabel::NoPlatform, u"none found", u"未发现"},
    {ReportLabel::FindingsPerRow, u"Findings per case", u"各项发现数"},
    {ReportLabel::ScanStatistics, u"Scan", u"扫描"},
    {ReportLabel::FilesScanned, u"%1 files examined", u"已检查 %1 个文件"},
    {ReportLabel::BytesRead, u"%1 read", u"已读取 %1"},
    {ReportLabel::Duration, u"in %1", u"耗时 %1"},
    {ReportLabel::SkippedCount, u"%1 skipped", u"已跳过 %1 项"},
    {ReportLabel::PartialWarning, u"The scan was cancelled: these results are incomplete.",
     u"扫描已取消：结果不完整。"},
    {ReportLabel::Number, u"#", u"#"},
    {ReportLabel::Incompatibility, u"Incompatibility", u"不兼容项"},
    {ReportLabel::Status, u"Status", u"状态"},
    {ReportLabel::Blocking, u"Blocking", u"阻断"},
    {ReportLabel::ToReview, u"Review", u"待复核"},
    {ReportLabel::Notes, u"Notes", u"提示"},
    {ReportLabel::Details, u"Details", u"说明"},
    {ReportLabel::Explanation, u"What it covers", u"涵盖范围"},
    {ReportLabel::RecommendedChange, u"Recommended change", u"建议修改"},
    {ReportLabel::Links, u"Links", u"参考链接"},
    {ReportLabel::SupportRequest, u"Support request", u"技术支持请求"},
    {ReportLabel::SupportRequestIntro,
     u"These cases also need Agora to enable Signaling/RTM interoperability on the back end. Send this request "
     u"to Agora support:",
     u"以下情况还需要声网在后台开启信令与 RTM 的互通。请将此请求发送给声网技术支持："},
    {ReportLabel::SupportRequestSee, u"Needs Agora to enable interop: see the support request below.",
     u"需要声网开启互通：见下方技术支持请求。"},
    {ReportLabel::NoFindings, u"No findings.", u"无发现。"},
    {ReportLabel::NoFindingsForRow, u"No evidence for this case.", u"此项没有证据。"},
    {ReportLabel::FindingCount, u"%1 findings", u"%1 处发现"},
    {ReportLabel::FindingCountOne, u"1 finding", u"1 处发现"},
    {ReportLabel::Line, u"Line", u"行"},
    {ReportLabel::Location, u"Location", u"位置"},
    {ReportLabel::Code, u"Code", u"代码"},
    {ReportLabel::Rule, u"Rule", u"规则"},
    {ReportLabel::Confidence, u"Confidence", u"置信度"},
    {ReportLabel::Effect, u"Effect", u"影响"},
    {ReportLabel::Context, u"Context", u"上下文"},
    {ReportLabel::Reason, u"Reason", u"原因"},
    {ReportLabel::MoreFindings, u"%1 more findings in the HTML/JSON report.", u"另有 %1 处发现，详见 HTML/JSON 报告。"},
    {ReportLabel::SkippedFiles, u"Skipped files", u"跳过的文件"},
    {ReportLabel::NoSkippedFiles, u"No file was skipped.", u"没有跳过任何文件。"},
    {ReportLabel::MoreSkipped, u"%1 more skipped entries in the HTML/JSON report.",
     u"另有 %1 项跳过记录，详见 HTML/JSON 报告。"},
    {ReportLabel::Path, u"Path", u"路径"},
    {ReportLabel::Metadata, u"Generation metadata", u"生成信息"},
    {ReportLabel::Tool, u"Tool", u"工具"},
    {ReportLabel::Version, u"Version", u"版本"},
    {ReportLabel::GeneratedAt, u"Generated at", u"生成时间"},
    {ReportLabel::Input, u"Input", u"输入"},
    {ReportLabel::RootFolder, u"Root folder", u"根目录"},
    {ReportLabel::Language, u"Language", u"语言"},
    {ReportLabel::ReportFormat, u"Report model", u"报告模型"},
    {ReportLabel::Source, u"Source", u"依据"},
    {ReportLabel::PartialYes, u"partial (cancelled)", u"不完整（已取消）"},
    {ReportLabel::PartialNo, u"complete", u"完整"},
    {ReportLabel::PageOf, u"Page %1 of %2", u"第 %1 页，共 %2 页"},
    {ReportLabel::GeneratedBy, u"Generated by %1 %2", u"由 %1 %2 生成"},
    {ReportLabel::Signaling, u"Signaling", u"信令"},
    {ReportLabel::Rtm, u"RTM", u"RTM"},
    {ReportLabel::TopFindings, u"Findings (first %1 per case)", u"发现（每项前 %1 处）"},
    {ReportLabel::NextSteps, u"Next steps", u"后续步骤"},
};

constexpr bool labelsInEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kLabels); ++i) {
        if (static_cast<std::size_t>(kLabels[i].label) != i) {
            return false;
        }
    }
    return std::size(kLabels) == static_cast<std::size_t>(ReportLabel::Count);
}
static_assert(labelsInEnumOrder(), "kLabels must list every ReportLabel once, in enum order");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

/// Whether quotes and brackets pair up inside a candidate match: a string literal keeps both quotes, an
/// argument both braces.
bool isBalanced(QStringView text)
{
    int round = 0;
    int curly = 0;
    int square = 0;
    int doubleQuotes = 0;
    int singleQuotes = 0;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'(':
            ++round;
            break;
        case u')':
            --round;
            break;
        case u'{':
            ++curly;
            break;
        case u'}':
            --curly;
            break;
        case u'[':
            ++square;
            break;
        case u']':
            --square;
            break;
        case u'"':
            ++doubleQuotes;
            break;
        case u'\'':
            ++singleQuotes;
            break;
        default:
            break;
        }
        if (round < 0 || curly < 0 || square < 0) {
            return false;
        }
    }
    return round == 0 && curly == 0 && square == 0 && doubleQuotes % 2 == 0 && singleQuotes % 2 == 0;
}

/// The literal texts a rule's match is likely to contain, for telling the right candidate span apart.
QStringList matchHints(const Rule& rule)
{
    QStringList hints = rule.names;
    hints << rule.literals;
    if (!rule.selector.isEmpty()) {
        hints << rule.selector.section(u':', 0, 0);
    }
    hints.removeAll(QString());
    return hints;
}

} // namespace

QString reportLabel(ReportLabel label, ReportLanguage language)
{
    const auto index = static_cast<std::size_t>(label);
    if (index >= std::size(kLabels)) {
        return {};
    }
    return QString::fromUtf16(language == ReportLanguage::Chinese ? kLabels[index].zh : kLabels[index].en);
}

QString statusWord(RowStatus status, ReportLanguage language)
{
    switch (status) {
    case RowStatus::Pass:
        return pick(language, "Pass", "通过");
    case RowStatus::Fail:
        return pick(language, "Fail", "不通过");
    case RowStatus::Review:
        return pick(language, "Review", "需复核");
    }
    return {};
}

QString statusGlyph(RowStatus status)
{
    switch (status) {
    case RowStatus::Pass:
        return QStringLiteral("✓");
    case RowStatus::Fail:
        return QStringLiteral("✗");
    case RowStatus::Review:
        return QStringLiteral("!");
    }
    return {};
}

QString statusEmoji(RowStatus status)
{
    switch (status) {
    case RowStatus::Pass:
        return QStringLiteral("✅");
    case RowStatus::Fail:
        return QStringLiteral("❌");
    case RowStatus::Review:
        return QStringLiteral("⚠️");
    }
    return {};
}

QString verdictWord(Verdict verdict, ReportLanguage language)
{
    switch (verdict) {
    case Verdict::NoSignaling:
        return pick(language, "No Signaling SDK found", "未发现信令 SDK");
    case Verdict::Compatible:
        return pick(language, "Compatible", "兼容");
    case Verdict::NeedsReview:
        return pick(language, "Needs review", "需要复核");
    case Verdict::Incompatible:
        return pick(language, "Incompatible", "不兼容");
    }
    return {};
}

QString verdictSentence(Verdict verdict, ReportLanguage language)
{
    switch (verdict) {
    case Verdict::NoSignaling:
        return pick(language,
                    "No use of the legacy Signaling SDK was found, so none of the five incompatibilities "
                    "applies.",
                    "未发现旧版信令 SDK 的使用，五项不兼容情况均不适用。");
    case Verdict::Compatible:
        return pick(language,
                    "The project uses the Signaling SDK, but none of the five documented "
                    "incompatibilities applies: it can interoperate with RTM.",
                    "项目使用了信令 SDK，但五项已知不兼容情况均不适用：可以与 RTM 互通。");
    case Verdict::NeedsReview:
        return pick(language,
                    "No case fails outright, but some findings need a human decision before the "
                    "project can be called compatible.",
                    "没有明确不通过的项，但有些发现需要人工确认后才能判定为兼容。");
    case Verdict::Incompatible:
        return pick(language,
                    "At least one documented incompatibility applies: fix it before relying on "
                    "Signaling/RTM interoperability.",
                    "至少有一项已知不兼容情况适用：在依赖信令与 RTM 互通之前必须先修改。");
    }
    return {};
}

RowStatus verdictTone(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoSignaling:
    case Verdict::Compatible:
        return RowStatus::Pass;
    case Verdict::NeedsReview:
        return RowStatus::Review;
    case Verdict::Incompatible:
        return RowStatus::Fail;
    }
    return RowStatus::Review;
}

QString effectWord(Effect effect, ReportLanguage language)
{
    switch (effect) {
    case Effect::Fail:
        return pick(language, "Blocking", "阻断");
    case Effect::Review:
        return pick(language, "Needs review", "需复核");
    case Effect::Note:
        return pick(language, "Note", "提示");
    }
    return {};
}

QString confidenceWord(Confidence confidence, ReportLanguage language)
{
    switch (confidence) {
    case Confidence::High:
        return pick(language, "high confidence", "高置信度");
    case Confidence::Medium:
        return pick(language, "medium confidence", "中置信度");
    case Confidence::Low:
        return pick(language, "low confidence", "低置信度");
    }
    return {};
}

QString contextWord(Context context, ReportLanguage language)
{
    switch (context) {
    case Context::Code:
        return pick(language, "code", "代码");
    case Context::Comment:
        return pick(language, "comment", "注释");
    case Context::String:
        return pick(language, "string", "字符串");
    case Context::Build:
        return pick(language, "build file", "构建文件");
    case Context::Binary:
        return pick(language, "binary file", "二进制文件");
    case Context::Declared:
        return pick(language, "declared", "声明");
    }
    return {};
}

QString platformName(const QString& platform, ReportLanguage language)
{
    static const struct
    {
        const char16_t* id;
        const char16_t* en;
        const char16_t* zh;
    } kNames[] = {
        {u"web", u"Web", u"Web"},
        {u"android", u"Android", u"Android"},
        {u"ios", u"iOS", u"iOS"},
        {u"macos", u"macOS", u"macOS"},
        {u"windows", u"Windows", u"Windows"},
        {u"linux", u"Linux", u"Linux"},
        {u"java-server", u"Java server", u"Java 服务端"},
        {u"python", u"Python", u"Python"},
        {u"mini-program", u"WeChat mini-program", u"微信小程序"},
        {u"apple", u"Apple", u"Apple"},
        {u"native", u"C/C++", u"C/C++"},
    };
    for (const auto& name : kNames) {
        if (platform == QStringView(name.id)) {
            return QString::fromUtf16(language == ReportLanguage::Chinese ? name.zh : name.en);
        }
    }
    return platform;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            continue;
        case u'<':
            out += QLatin1String("&lt;");
            continue;
        case u'>':
            out += QLatin1String("&gt;");
            continue;
        case u'"':
            out += QLatin1String("&quot;");
            continue;
        case u'\'':
            out += QLatin1String("&#39;");
            continue;
        default:
            break;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        out += isXmlChar(c.unicode()) && !c.isSurrogate() ? c : QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString escapeMarkdown(QStringView text)
{
    // Every ASCII punctuation character may be backslash-escaped in CommonMark; these are the ones that
    // can start emphasis, code, links or strike-through, or end a table cell. Escaped text never starts
    // a line, so list and heading markers need no escape; without '[' no link forms.
    static const QString kSpecial = QStringLiteral("\\`*_[]|~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t') {
            out += u' ';
        } else if (c == u'<') {
            // Entities rather than backslashes for HTML: the raw text then holds no tag at all.
            out += QLatin1String("&lt;");
        } else if (c == u'>') {
            out += QLatin1String("&gt;");
        } else if (c == u'&') {
            out += QLatin1String("&amp;");
        } else if (kSpecial.contains(c)) {
            out += u'\\';
            out += c;
        } else if (c == u'@') {
            // A zero-width space after @ keeps GitHub from turning "@scope/pkg" into a mention.
            out += QStringLiteral("@\u200B");
        } else if (c.unicode() < 0x20) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

bool isSafeLink(const QString& url)
{
    static const QRegularExpression kHttps(
        QStringLiteral("^https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*)?$"));
    return kHttps.match(url).hasMatch() && !url.contains(u'"') && !url.contains(u'<') && !url.contains(u'>') &&
           !url.contains(u'\'');
}

bool isSafeEmail(const QString& email)
{
    static const QRegularExpression kEmail(QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
    return kEmail.match(email).hasMatch();
}

std::vector<RemediationLink> remediationLinks(const Report& report, const ReportRow& row)
{
    std::vector<RemediationLink> out;
    if (!report.catalog) {
        return out;
    }
    for (const auto& kind : report.remediationKinds(row)) {
        const auto it = report.catalog->remediations().constFind(kind);
        if (it == report.catalog->remediations().cend()) {
            continue;
        }
        RemediationLink link;
        link.kind = kind;
        link.label = it->label.get(report.language);
        link.url = isSafeLink(it->url) ? it->url : QString();
        link.email = isSafeEmail(it->email) ? it->email : QString();
        out.push_back(std::move(link));
    }
    return out;
}

QString findingRemediationUrl(const Report& report, const Finding& finding)
{
    if (!report.catalog) {
        return {};
    }
    const auto& remediations = report.catalog->remediations();
    QString kind;
    if (const auto* rule = report.catalog->rule(finding.rule); rule && !rule->remediation.isEmpty()) {
        kind = rule->remediation;
    } else if (const auto* row = report.catalog->row(finding.row); row && !row->remediation.isEmpty()) {
        kind = row->remediation.first();
    }
    const auto it = remediations.constFind(kind);
    return it != remediations.cend() && isSafeLink(it->url) ? it->url : QString();
}

bool rowNeedsSupport(const Report& report, const ReportRow& row)
{
    const auto* def = report.catalog ? report.catalog->row(row.id) : nullptr;
    return def && def->needsSupport && row.status != RowStatus::Pass;
}

bool reportNeedsSupport(const Report& report)
{
    return std::any_of(report.rows.begin(), report.rows.end(),
                       [&](const ReportRow& row) { return rowNeedsSupport(report, row); });
}

QString rowTitle(const Report& report, const QString& rowId)
{
    const auto* def = report.catalog ? report.catalog->row(rowId) : nullptr;
    return def ? def->title.get(report.language) : rowId;
}

QString rowTitle(const Report& report, const ReportRow& row)
{
    return rowTitle(report, row.id);
}

MatchSpan locateMatch(const Report& report, const Finding& finding)
{
    const QString& s = finding.snippet;
    const qsizetype length = finding.length;
    if (length <= 0 || finding.column <= 0 || finding.line <= 0 || s.isEmpty()) {
        return {};
    }
    // Long lines are cut to a window that starts 80 characters before the match, behind "… ".
    static const QString kLead = QStringLiteral("… ");
    static const QString kTail = QStringLiteral(" …");
    qsizetype end = s.size();
    if (s.endsWith(kTail)) {
        end -= kTail.size();
    }
    if (s.startsWith(kLead)) {
        const qsizetype start = kLead.size() + 80;
        if (start + length <= end) {
            return {start, length};
        }
        return {};
    }

    const Rule* rule = report.catalog ? report.catalog->rule(finding.rule) : nullptr;
    const QStringList hints = rule ? matchHints(*rule) : QStringList();
    const qsizetype column = finding.column - 1;
    MatchSpan best;
    int bestScore = -1;
    // Each candidate assumes a different amount of trimmed indentation (column - start).
    for (qsizetype start = std::min(column, end - length); start >= 0; --start) {
        const qsizetype stop = start + length;
        const QStringView candidate = QStringView(s).mid(start, length);
        int score = 0;
        for (const auto& hint : hints) {
            if (candidate.contains(hint, Qt::CaseInsensitive) || QStringView(hint).contains(candidate)) {
                score += 8;
                break;
            }
        }
        if (start == 0 || !isWordChar(s[start - 1]) || !isWordChar(s[start])) {
            score += 2;
        }
        if (stop == s.size() || !isWordChar(s[stop - 1]) || !isWordChar(s[stop])) {
            score += 2;
        }
        if (isBalanced(candidate)) {
            score += 3;
        }
        const qsizetype indentation = column - start;
        if (indentation % 2 == 0) {
            score += 1;
        }
        // Ties go to the smallest indentation: candidates are visited from there on.
        if (score > bestScore) {
            bestScore = score;
            best = {start, length};
        }
    }
    return best;
}

int effectWeight(Effect effect)
{
    return effect == Effect::Fail ? 2 : effect == Effect::Review ? 1 : 0;
}

std::vector<FileGroup> groupByFile(const std::vector<const Finding*>& findings)
{
    std::vector<FileGroup> groups;
    std::vector<int> weight;
    QHash<QString, std::size_t> index;
    for (const auto* f : findings) {
        const auto it = index.constFind(f->file);
        if (it != index.cend()) {
            groups[*it].findings.push_back(f);
            weight[*it] = std::max(weight[*it], effectWeight(f->effect));
            continue;
        }
        index.insert(f->file, groups.size());
        groups.push_back({f->file, {f}});
        weight.push_back(effectWeight(f->effect));
    }
    std::vector<std::size_t> order(groups.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
    std::vector<FileGroup> sorted;
    sorted.reserve(groups.size());
    for (auto i : order) {
        sorted.push_back(std::move(groups[i]));
    }
    return sorted;
}

std::vector<const Finding*> mostSevere(const std::vector<const Finding*>& findings, std::size_t count)
{
    if (findings.size() <= count) {
        return findings;
    }
    std::vector<std::size_t> order(findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return effectWeight(findings[a]->effect) > effectWeight(findings[b]->effect);
    });
    order.resize(count);
    std::sort(order.begin(), order.end());
    std::vector<const Finding*> out;
    out.reserve(count);
    for (auto i : order) {
        out.push_back(findings[i]);
    }
    return out;
}

std::vector<const Finding*> findingsWithoutRow(const Report& report)
{
    QSet<QString> listed;
    for (const auto& row : report.rows) {
        for (const auto& id : row.findingIds) {
            listed.insert(id);
        }
    }
    std::vector<const Finding*> out;
    for (const auto& f : report.findings) {
        if (!listed.contains(f.id)) {
            out.push_back(&f);
        }
    }
    return out;
}

const TimelineEvent* shutdownEvent(const Report& report)
{
    if (!report.catalog) {
        return nullptr;
    }
    const auto& timeline = report.catalog->timeline();
    const auto it = std::find_if(timeline.begin(), timeline.end(),
                                 [](const TimelineEvent& e) { return e.event == QLatin1String("shutdown"); });
    return it != timeline.end() ? &*it : nullptr;
}

QString shutdownBanner(const Report& report)
{
    const auto* event = shutdownEvent(report);
    return event ? reportLabel(ReportLabel::ShutdownBanner, report.language).arg(event->date) : QString();
}

QString sdkDescription(const SdkEvidence& sdk, ReportLanguage language)
{
    const QString name =
        reportLabel(sdk.kind == SdkKind::Signaling ? ReportLabel::Signaling : ReportLabel::Rtm, language);
    const QString version = sdk.version ? *sdk.version : reportLabel(ReportLabel::VersionUnknown, language);
    const QString platform = platformName(sdk.platform, language);
    if (language == ReportLanguage::Chinese) {
        return QStringLiteral("%1 %2（%3）").arg(name, version, platform);
    }
    return sdk.version ? QStringLiteral("%1 %2 (%3)").arg(name, version, platform)
                       : QStringLiteral("%1, %2 (%3)").arg(name, version, platform);
}

QStringList platformsFound(const Report& report)
{
    QStringList out;
    for (const auto& e : report.sdk) {
        if (!e.platform.isEmpty()) {
            const QString name = platformName(e.platform, report.language);
            if (!out.contains(name)) {
                out << name;
            }
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString humanBytes(qint64 bytes)
{
    if (bytes >= 1024 * 1024) {
        return QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    }
    if (bytes >= 1024) {
        return QStringLiteral("%1 KB").arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    }
    return QStringLiteral("%1 B").arg(bytes);
}

QString humanDuration(qint64 milliseconds)
{
    if (milliseconds >= 60 * 1000) {
        return QStringLiteral("%1 min %2 s").arg(milliseconds / 60000).arg((milliseconds / 1000) % 60);
    }
    if (milliseconds >= 1000) {
        return QStringLiteral("%1 s").arg(static_cast<double>(milliseconds) / 1000.0, 0, 'f', 1);
    }
    return QStringLiteral("%1 ms").arg(milliseconds);
}

QString formatTimestamp(const QDateTime& time)
{
    if (!time.isValid()) {
        return QStringLiteral("—");
    }
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString colon(ReportLanguage language)
{
    return language == ReportLanguage::Chinese ? QStringLiteral("：") : QStringLiteral(": ");
}

QString scanStatsText(const Report& report)
{
    const auto l = report.language;
    return reportLabel(ReportLabel::BytesRead, l).arg(humanBytes(report.stats.bytes)) + QStringLiteral(" · ") +
           reportLabel(ReportLabel::Duration, l).arg(humanDuration(report.stats.durationMs));
}

QString rowCountsText(const ReportRow& row, ReportLanguage language)
{
    return QStringLiteral("%1 %2 · %3 %4 · %5 %6")
        .arg(row.failCount)
        .arg(reportLabel(ReportLabel::Blocking, language).toLower())
        .arg(row.reviewCount)
        .arg(reportLabel(ReportLabel::ToReview, language).toLower())
        .arg(row.noteCount)
        .arg(reportLabel(ReportLabel::Notes, language).toLower());
}

} // namespace sig2rtm
