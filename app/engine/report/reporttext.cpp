// SPDX-License-Identifier: MIT
#include "reporttext.h"

#include "reportview.h"

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
    const char* source; ///< translated through the project's translation file, in the report's language
};

// Report language is chosen per report, independently of the UI language: the labels are marked for
// lupdate here and translated when a report is rendered.
constexpr LabelText kLabels[] = {
    {ReportLabel::ReportTitle, QT_TRANSLATE_NOOP("sig2rtm", "Signaling → RTM compatibility report")},
    {ReportLabel::ReportSubtitle,
     QT_TRANSLATE_NOOP("sig2rtm",
                       "Which of Agora's five documented Signaling/RTM incompatibilities apply to this project")},
    {ReportLabel::Contents, QT_TRANSLATE_NOOP("sig2rtm", "Contents")},
    {ReportLabel::Summary, QT_TRANSLATE_NOOP("sig2rtm", "Summary")},
    {ReportLabel::Verdict, QT_TRANSLATE_NOOP("sig2rtm", "Verdict")},
    {ReportLabel::Compatibility, QT_TRANSLATE_NOOP("sig2rtm", "Compatibility")},
    {ReportLabel::CompatibilityIntro,
     QT_TRANSLATE_NOOP("sig2rtm", "The five cases in which the RTM SDK cannot interoperate with the Signaling SDK, and "
                                  "what the scan found for each.")},
    {ReportLabel::Remediation, QT_TRANSLATE_NOOP("sig2rtm", "Remediation")},
    {ReportLabel::MigrationInventory, QT_TRANSLATE_NOOP("sig2rtm", "Migration inventory")},
    {ReportLabel::InventoryApi, QT_TRANSLATE_NOOP("sig2rtm", "Legacy API")},
    {ReportLabel::InventoryUses, QT_TRANSLATE_NOOP("sig2rtm", "Uses")},
    {ReportLabel::InventoryReplacement, QT_TRANSLATE_NOOP("sig2rtm", "Replacement")},
    {ReportLabel::InventoryEffort, QT_TRANSLATE_NOOP("sig2rtm", "Effort")},
    {ReportLabel::InventoryNoEquivalent, QT_TRANSLATE_NOOP("sig2rtm", "no equivalent")},
    {ReportLabel::NoInventory, QT_TRANSLATE_NOOP("sig2rtm", "No use of a legacy API was found in the code.")},
    {ReportLabel::RemediationIntro,
     QT_TRANSLATE_NOOP("sig2rtm", "What to change for every case that fails or needs review.")},
    {ReportLabel::NothingToRemediate,
     QT_TRANSLATE_NOOP("sig2rtm", "No case fails or needs review: nothing to change.")},
    {ReportLabel::Findings, QT_TRANSLATE_NOOP("sig2rtm", "Findings")},
    {ReportLabel::FindingsIntro,
     QT_TRANSLATE_NOOP("sig2rtm", "Evidence for each case, grouped by file. The match is highlighted.")},
    {ReportLabel::OtherEvidence, QT_TRANSLATE_NOOP("sig2rtm", "Other SDK evidence")},
    {ReportLabel::Appendix, QT_TRANSLATE_NOOP("sig2rtm", "Appendix")},
    {ReportLabel::Project, QT_TRANSLATE_NOOP("sig2rtm", "Project")},
    {ReportLabel::UnnamedProject, QT_TRANSLATE_NOOP("sig2rtm", "(unnamed project)")},
    {ReportLabel::Generated, QT_TRANSLATE_NOOP("sig2rtm", "Generated")},
    {ReportLabel::TimelineTitle, QT_TRANSLATE_NOOP("sig2rtm", "Signaling timeline")},
    {ReportLabel::ShutdownBanner, QT_TRANSLATE_NOOP("sig2rtm", "Signaling servers shut down on %1")},
    {ReportLabel::SdksFound, QT_TRANSLATE_NOOP("sig2rtm", "SDKs found")},
    {ReportLabel::NoSdkFound, QT_TRANSLATE_NOOP("sig2rtm", "No Signaling or RTM SDK found")},
    {ReportLabel::VersionUnknown, QT_TRANSLATE_NOOP("sig2rtm", "version unknown")},
    {ReportLabel::Platforms, QT_TRANSLATE_NOOP("sig2rtm", "Platforms")},
    {ReportLabel::NoPlatform, QT_TRANSLATE_NOOP("sig2rtm", "none found")},
    {ReportLabel::FindingsPerRow, QT_TRANSLATE_NOOP("sig2rtm", "Findings per case")},
    {ReportLabel::ScanStatistics, QT_TRANSLATE_NOOP("sig2rtm", "Scan")},
    {ReportLabel::FilesScanned, QT_TRANSLATE_NOOP("sig2rtm", "%1 files examined")},
    {ReportLabel::BytesRead, QT_TRANSLATE_NOOP("sig2rtm", "%1 read")},
    {ReportLabel::Duration, QT_TRANSLATE_NOOP("sig2rtm", "in %1")},
    {ReportLabel::SkippedCount, QT_TRANSLATE_NOOP("sig2rtm", "%1 skipped")},
    {ReportLabel::PartialWarning,
     QT_TRANSLATE_NOOP("sig2rtm", "The scan was cancelled: these results are incomplete.")},
    {ReportLabel::Number, QT_TRANSLATE_NOOP("sig2rtm", "#")},
    {ReportLabel::Incompatibility, QT_TRANSLATE_NOOP("sig2rtm", "Incompatibility")},
    {ReportLabel::Status, QT_TRANSLATE_NOOP("sig2rtm", "Status")},
    {ReportLabel::Blocking, QT_TRANSLATE_NOOP("sig2rtm", "Blocking")},
    {ReportLabel::ToReview, QT_TRANSLATE_NOOP("sig2rtm", "Review")},
    {ReportLabel::Notes, QT_TRANSLATE_NOOP("sig2rtm", "Notes")},
    {ReportLabel::Details, QT_TRANSLATE_NOOP("sig2rtm", "Details")},
    {ReportLabel::Explanation, QT_TRANSLATE_NOOP("sig2rtm", "What it covers")},
    {ReportLabel::RecommendedChange, QT_TRANSLATE_NOOP("sig2rtm", "Recommended change")},
    {ReportLabel::Links, QT_TRANSLATE_NOOP("sig2rtm", "Links")},
    {ReportLabel::SupportRequest, QT_TRANSLATE_NOOP("sig2rtm", "Support request")},
    {ReportLabel::SupportRequestIntro,
     QT_TRANSLATE_NOOP("sig2rtm", "These cases also need Agora to enable Signaling/RTM interoperability on the back "
                                  "end. Send this request to Agora support:")},
    {ReportLabel::SupportRequestSee,
     QT_TRANSLATE_NOOP("sig2rtm", "Needs Agora to enable interop: see the support request below.")},
    {ReportLabel::NoFindings, QT_TRANSLATE_NOOP("sig2rtm", "No findings.")},
    {ReportLabel::NoFindingsForRow, QT_TRANSLATE_NOOP("sig2rtm", "No evidence for this case.")},
    {ReportLabel::FindingCount, QT_TRANSLATE_NOOP("sig2rtm", "%1 findings")},
    {ReportLabel::FindingCountOne, QT_TRANSLATE_NOOP("sig2rtm", "1 finding")},
    {ReportLabel::Line, QT_TRANSLATE_NOOP("sig2rtm", "Line")},
    {ReportLabel::Byte, QT_TRANSLATE_NOOP("sig2rtm", "Byte")},
    {ReportLabel::Location, QT_TRANSLATE_NOOP("sig2rtm", "Location")},
    {ReportLabel::Code, QT_TRANSLATE_NOOP("sig2rtm", "Code")},
    {ReportLabel::Rule, QT_TRANSLATE_NOOP("sig2rtm", "Rule")},
    {ReportLabel::Confidence, QT_TRANSLATE_NOOP("sig2rtm", "Confidence")},
    {ReportLabel::Effect, QT_TRANSLATE_NOOP("sig2rtm", "Effect")},
    {ReportLabel::Context, QT_TRANSLATE_NOOP("sig2rtm", "Context")},
    {ReportLabel::Reason, QT_TRANSLATE_NOOP("sig2rtm", "Reason")},
    {ReportLabel::MoreFindings, QT_TRANSLATE_NOOP("sig2rtm", "%1 more findings in the HTML/JSON report.")},
    {ReportLabel::AlsoInFile, QT_TRANSLATE_NOOP("sig2rtm", "The same in %1 more places of this file (lines: %2).")},
    {ReportLabel::SkippedFiles, QT_TRANSLATE_NOOP("sig2rtm", "Skipped files")},
    {ReportLabel::NoSkippedFiles, QT_TRANSLATE_NOOP("sig2rtm", "No file was skipped.")},
    {ReportLabel::MoreSkipped, QT_TRANSLATE_NOOP("sig2rtm", "%1 more skipped entries in the HTML/JSON report.")},
    {ReportLabel::Path, QT_TRANSLATE_NOOP("sig2rtm", "Path")},
    {ReportLabel::Metadata, QT_TRANSLATE_NOOP("sig2rtm", "Generation metadata")},
    {ReportLabel::Tool, QT_TRANSLATE_NOOP("sig2rtm", "Tool")},
    {ReportLabel::Version, QT_TRANSLATE_NOOP("sig2rtm", "Version")},
    {ReportLabel::GeneratedAt, QT_TRANSLATE_NOOP("sig2rtm", "Generated at")},
    {ReportLabel::Input, QT_TRANSLATE_NOOP("sig2rtm", "Input")},
    {ReportLabel::RootFolder, QT_TRANSLATE_NOOP("sig2rtm", "Root folder")},
    {ReportLabel::Language, QT_TRANSLATE_NOOP("sig2rtm", "Language")},
    {ReportLabel::ReportFormat, QT_TRANSLATE_NOOP("sig2rtm", "Report model")},
    {ReportLabel::Source, QT_TRANSLATE_NOOP("sig2rtm", "Source")},
    {ReportLabel::PartialYes, QT_TRANSLATE_NOOP("sig2rtm", "partial (cancelled)")},
    {ReportLabel::PartialNo, QT_TRANSLATE_NOOP("sig2rtm", "complete")},
    {ReportLabel::PageOf, QT_TRANSLATE_NOOP("sig2rtm", "Page %1 of %2")},
    {ReportLabel::GeneratedBy, QT_TRANSLATE_NOOP("sig2rtm", "Generated by %1 %2")},
    {ReportLabel::Signaling, QT_TRANSLATE_NOOP("sig2rtm", "Signaling")},
    {ReportLabel::Rtm, QT_TRANSLATE_NOOP("sig2rtm", "RTM")},
    {ReportLabel::TopFindings, QT_TRANSLATE_NOOP("sig2rtm", "Findings (first %1 per case)")},
    {ReportLabel::NextSteps, QT_TRANSLATE_NOOP("sig2rtm", "Next steps")},
    {ReportLabel::MigrationPlan, QT_TRANSLATE_NOOP("sig2rtm", "Migration plan")},
    {ReportLabel::PlanIntro,
     QT_TRANSLATE_NOOP("sig2rtm", "The work in order: first the interop blockers, so that old and new clients can talk "
                                  "during a gradual move; then each client's port of its legacy calls; then removing "
                                  "the legacy SDK.")},
    {ReportLabel::PlanClients, QT_TRANSLATE_NOOP("sig2rtm", "Clients")},
    {ReportLabel::PlanClient, QT_TRANSLATE_NOOP("sig2rtm", "Client")},
    {ReportLabel::PlanStage, QT_TRANSLATE_NOOP("sig2rtm", "Stage")},
    {ReportLabel::PlanMoves, QT_TRANSLATE_NOOP("sig2rtm", "Moves")},
    {ReportLabel::MovesAlone, QT_TRANSLATE_NOOP("sig2rtm", "alone")},
    {ReportLabel::MovesTogether, QT_TRANSLATE_NOOP("sig2rtm", "with the others")},
    {ReportLabel::PlanTogether,
     QT_TRANSLATE_NOOP("sig2rtm", "Must switch together, because each has an interop blocker: %1.")},
    {ReportLabel::PlanAllIndependent,
     QT_TRANSLATE_NOOP("sig2rtm", "Every client can move on its own: none has an interop blocker.")},
    {ReportLabel::StageLegacy, QT_TRANSLATE_NOOP("sig2rtm", "legacy SDK")},
    {ReportLabel::StageMixed, QT_TRANSLATE_NOOP("sig2rtm", "both SDKs")},
    {ReportLabel::StageMigrated, QT_TRANSLATE_NOOP("sig2rtm", "migrated")},
    {ReportLabel::StageNone, QT_TRANSLATE_NOOP("sig2rtm", "no SDK")},
    {ReportLabel::PlanWork, QT_TRANSLATE_NOOP("sig2rtm", "Work in order")},
    {ReportLabel::StepBlocker, QT_TRANSLATE_NOOP("sig2rtm", "Fix the interop blocker \"%1\" in %2 (%3).")},
    {ReportLabel::StepPort,
     QT_TRANSLATE_NOOP("sig2rtm", "Port the legacy calls of %1: %2 uses of %3 APIs, %4 without an equivalent; %5 "
                                  "effort points.")},
    {ReportLabel::StepRemove, QT_TRANSLATE_NOOP("sig2rtm", "Remove the legacy SDK's files from %1:")},
    {ReportLabel::NoPlan, QT_TRANSLATE_NOOP("sig2rtm", "No client uses the legacy SDK: nothing to migrate.")},
    {ReportLabel::ProjectRoot, QT_TRANSLATE_NOOP("sig2rtm", "(project root)")},
    {ReportLabel::SuppressedCount, QT_TRANSLATE_NOOP("sig2rtm", "%1 suppressed")},
    {ReportLabel::EffortPoints, QT_TRANSLATE_NOOP("sig2rtm", "%1 points")},
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
    return translate(language, kLabels[index].source);
}

QString statusWord(RowStatus status, ReportLanguage language)
{
    switch (status) {
    case RowStatus::Pass:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Pass"));
    case RowStatus::Fail:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Fail"));
    case RowStatus::Review:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Review"));
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
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "No Signaling SDK found"));
    case Verdict::Compatible:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Compatible"));
    case Verdict::NeedsReview:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Needs review"));
    case Verdict::Incompatible:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Incompatible"));
    case Verdict::NotAssessed:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Nothing assessed"));
    }
    return {};
}

Message verdictSentence(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoSignaling:
        return Message::catalog(QStringLiteral("text/verdictNoSignaling"));
    case Verdict::Compatible:
        return Message::catalog(QStringLiteral("text/verdictCompatible"));
    case Verdict::NeedsReview:
        return Message::catalog(QStringLiteral("text/verdictNeedsReview"));
    case Verdict::Incompatible:
        return Message::catalog(QStringLiteral("text/verdictIncompatible"));
    case Verdict::NotAssessed:
        return Message::translated(QT_TRANSLATE_NOOP(
            "sig2rtm", "Nothing could be assessed: the input holds no source file, SDK file or declared fact the "
                       "rules can read. Check the folder, the skipped items and the exclusions."));
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
    case Verdict::NotAssessed:
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
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Blocking"));
    case Effect::Review:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Needs review"));
    case Effect::Note:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "Note"));
    }
    return {};
}

QString confidenceWord(Confidence confidence, ReportLanguage language)
{
    switch (confidence) {
    case Confidence::High:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "high confidence"));
    case Confidence::Medium:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "medium confidence"));
    case Confidence::Low:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "low confidence"));
    }
    return {};
}

QString contextWord(Context context, ReportLanguage language)
{
    switch (context) {
    case Context::Code:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "code"));
    case Context::Comment:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "comment"));
    case Context::String:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "string"));
    case Context::Build:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "build file"));
    case Context::Binary:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "binary file"));
    case Context::Declared:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "declared"));
    case Context::Doc:
        return translate(language, QT_TRANSLATE_NOOP("sig2rtm", "documentation"));
    }
    return {};
}

QString platformName(const QString& platform, ReportLanguage language, const Catalog* catalog)
{
    if (!catalog) {
        catalog = Catalog::builtin().get();
    }
    if (const auto* definition = catalog->platform(platform)) {
        return definition->name.get(language);
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
        if (isXmlChar(c.unicode()) && !c.isSurrogate()) {
            out += c;
        } else {
            // XML forbids it: shown as a visible escape, so that the real name can still be found.
            out += QStringLiteral("&lt;U+") + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0') +
                   QStringLiteral("&gt;");
        }
    }
    return out;
}

QString escapeMarkdown(QStringView text)
{
    // Escape only what would otherwise become markup, so that the text also reads well as plain text: every
    // backslash or entity in the output stands for a character that would have been taken for markup.
    const auto isWord = [](QChar c) { return c.isLetterOrNumber(); };
    const auto at = [&](qsizetype i) { return i >= 0 && i < text.size() ? text[i] : QChar(u' '); };
    const QString visible = visibleText(text, VisibleMode::Code);
    text = visible;
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = at(i + 1);
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case u'\t':
            out += u' ';
            continue;
        case u'\\':
            // A backslash is literal unless punctuation follows ("C:\\Users" stays as it is).
            out += next.unicode() < 0x80 && (next.isPunct() || next.isSymbol()) ? QStringLiteral("\\\\")
                                                                                : QStringLiteral("\\");
            continue;
        case u'<':
            // Only a possible tag or autolink: "<" before a letter, "/", "!" or "?".
            out += next.isLetter() || next == u'/' || next == u'!' || next == u'?' ? QStringLiteral("\\<")
                                                                                   : QStringLiteral("<");
            continue;
        case u'&': {
            // Only a possible entity reference ("&lt;", "&#60;").
            qsizetype k = i + 1;
            while (k < text.size() && (text[k].isLetterOrNumber() || text[k] == u'#')) {
                ++k;
            }
            out += k > i + 1 && at(k) == u';' ? QStringLiteral("\\&") : QStringLiteral("&");
            continue;
        }
        case u'_':
            // Inside a word ("__agora_channel_event" keeps its inner ones) an underscore is no emphasis.
            out += isWord(at(i - 1)) && isWord(next) ? QStringLiteral("_") : QStringLiteral("\\_");
            continue;
        case u'*':
        case u'`':
        case u'[':
        case u'|':
        case u'~':
            out += u'\\';
            out += c;
            continue;
        case u'@':
            // "@name" after a space would mention someone on GitHub; a word joiner is not enough (it is
            // itself made visible), so the mention is broken by an escaped at sign.
            out += !isWord(at(i - 1)) && (next.isLetterOrNumber() || next == u'-') ? QStringLiteral("\\@")
                                                                                   : QStringLiteral("@");
            continue;
        default:
            out += c;
        }
    }
    return out;
}

QString markdownCode(QStringView text, bool inTable)
{
    QString code = visibleText(text, VisibleMode::Code);
    code.replace(u'\n', u' ').replace(u'\r', u' ');
    if (inTable) {
        // GitHub splits a table cell at a pipe even inside a code span, unless it is escaped.
        code.replace(u'|', QStringLiteral("\\|"));
    }
    // A fence longer than any run of backticks inside; a space pads a code that starts or ends with one.
    int longest = 0;
    int run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`') || code.isEmpty();
    return fence + (pad ? QStringLiteral(" ") : QString()) + code + (pad ? QStringLiteral(" ") : QString()) + fence;
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

QString findingRemediationUrl(const Report& report, const Finding& finding)
{
    if (!report.catalog) {
        return {};
    }
    const Catalog& catalog = *report.catalog;
    QString kind;
    if (const auto* rule = catalog.rule(finding.rule); rule && !rule->remediation.isEmpty()) {
        kind = rule->remediation;
    } else if (const auto* row = catalog.row(finding.row); row && !row->remediation.isEmpty()) {
        kind = row->remediation.first();
    }
    QString url = catalog.remediationUrl(kind, finding.platform, report.language);
    if (url.isEmpty() && finding.platform.isEmpty()) {
        // Evidence without a platform (a declared fact): the platforms its row is on.
        if (const ReportRow* row = report.row(finding.row)) {
            for (const auto& platform : rowPlatforms(report, *row)) {
                if (url = catalog.remediationUrl(kind, platform, report.language); !url.isEmpty()) {
                    break;
                }
            }
        }
    }
    return isSafeLink(url) ? url : QString();
}

QStringList rowPlatforms(const Report& report, const ReportRow& row)
{
    QSet<QString> serious;
    QSet<QString> any;
    for (const Finding* f : report.findingsOf(row)) {
        if (!f->platform.isEmpty()) {
            any.insert(f->platform);
            if (f->effect != Effect::Note) {
                serious.insert(f->platform);
            }
        }
    }
    QSet<QString> platforms = !serious.isEmpty() ? serious : any;
    if (platforms.isEmpty()) {
        for (const auto& sdk : report.sdk) {
            if (sdk.kind == SdkKind::Signaling && !sdk.platform.isEmpty()) {
                platforms.insert(sdk.platform);
            }
        }
    }
    QStringList ordered;
    for (const auto& platform : knownPlatforms()) {
        if (platforms.contains(platform)) {
            ordered << platform;
        }
    }
    return ordered;
}

std::vector<RemediationLink> remediationLinks(const Report& report, const ReportRow& row)
{
    if (!report.catalog) {
        return {};
    }
    return remediationLinks(*report.catalog, report.remediationKinds(row), rowPlatforms(report, row), report.language);
}

std::vector<RemediationLink> remediationLinks(const Catalog& catalog, const QStringList& kinds,
                                              const QStringList& platforms, ReportLanguage language)
{
    std::vector<RemediationLink> out;
    const QStringList withGuide = catalog.guidePlatforms();
    QStringList guided;
    for (const auto& platform : platforms) {
        if (withGuide.contains(platform)) {
            guided << platform;
        }
    }
    if (guided.isEmpty()) {
        guided = withGuide;
    }
    for (const auto& kind : kinds) {
        const auto it = catalog.remediations().constFind(kind);
        if (it == catalog.remediations().cend()) {
            continue;
        }
        RemediationLink link;
        link.kind = kind;
        link.label = it->label.get(language);
        link.email = isSafeEmail(it->email) ? it->email : QString();
        if (!it->perPlatform() || guided.isEmpty()) {
            const QString url = catalog.remediationUrl(kind, QString(), language);
            link.url = isSafeLink(url) ? url : QString();
            link.platform = it->guide.isEmpty() || it->perPlatform() ? QString() : it->guide;
            out.push_back(std::move(link));
            continue;
        }
        for (const auto& platform : std::as_const(guided)) {
            RemediationLink one = link;
            one.label = translate(language, QT_TRANSLATE_NOOP("sig2rtm", "%1 (%2)"))
                            .arg(link.label, platformName(platform, language, &catalog));
            const QString url = catalog.remediationUrl(kind, platform, language);
            one.url = isSafeLink(url) ? url : QString();
            one.platform = platform;
            out.push_back(std::move(one));
        }
    }
    return out;
}

bool rowNeedsSupport(const Report& report, const ReportRow& row)
{
    const auto* def = report.catalog ? report.catalog->row(row.id) : nullptr;
    return def && def->needsSupport && row.status != RowStatus::Pass;
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

} // namespace sig2rtm
