// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "visibletext.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

/// What every human-readable report writer (HTML, PDF, Markdown, CSV, SARIF) shares: the fixed labels,
/// status and verdict words in the report's language, escaping, safe links and the highlighted match.
/// What a report shows, and in which order, is decided once in ReportView (reportview.h). Row titles,
/// explanations and recommendations come from the catalog, never from here.
namespace sig2rtm {

/// Fixed report labels, translated into the report's language by reportLabel() (ReportView caches them).
enum class ReportLabel {
    ReportTitle,
    ReportSubtitle,
    Contents,
    Summary,
    Verdict,
    Compatibility,
    CompatibilityIntro,
    Remediation,
    MigrationInventory,
    InventoryApi,
    InventoryUses,
    InventoryReplacement,
    InventoryEffort,
    InventoryNoEquivalent,
    NoInventory,
    RemediationIntro,
    NothingToRemediate,
    Findings,
    FindingsIntro,
    OtherEvidence,
    Appendix,
    Project,
    UnnamedProject,
    Generated,
    TimelineTitle,
    ShutdownBanner,
    SdksFound,
    NoSdkFound,
    VersionUnknown,
    Platforms,
    NoPlatform,
    FindingsPerRow,
    ScanStatistics,
    FilesScanned,
    BytesRead,
    Duration,
    SkippedCount,
    PartialWarning,
    Number,
    Incompatibility,
    Status,
    Blocking,
    ToReview,
    Notes,
    Details,
    Explanation,
    RecommendedChange,
    Links,
    SupportRequest,
    SupportRequestIntro,
    SupportRequestSee,
    NoFindings,
    NoFindingsForRow,
    FindingCount,
    FindingCountOne,
    Line,
    Byte,
    Location,
    Code,
    Rule,
    Confidence,
    Effect,
    Context,
    Reason,
    MoreFindings,
    AlsoInFile,
    SkippedFiles,
    NoSkippedFiles,
    MoreSkipped,
    Path,
    Metadata,
    Tool,
    Version,
    GeneratedAt,
    Input,
    RootFolder,
    Language,
    ReportFormat,
    Source,
    PartialYes,
    PartialNo,
    PageOf,
    GeneratedBy,
    Signaling,
    Rtm,
    TopFindings,
    NextSteps,
    MigrationPlan,
    PlanIntro,
    PlanClients,
    PlanClient,
    PlanStage,
    PlanMoves,
    MovesAlone,
    MovesTogether,
    PlanTogether,
    PlanAllIndependent,
    StageLegacy,
    StageMixed,
    StageMigrated,
    StageNone,
    PlanWork,
    StepBlocker,
    StepPort,
    StepRemove,
    NoPlan,
    ProjectRoot,
    SuppressedCount,
    EffortPoints,
    Count,
};

QString reportLabel(ReportLabel label, ReportLanguage language);

/// "Pass" / "Fail" / "Review" in the report's language.
QString statusWord(RowStatus status, ReportLanguage language);
/// A text glyph that tells the status without colour: ✓ ✗ !
QString statusGlyph(RowStatus status);
/// The emoji used in Markdown: ✅ ❌ ⚠️
QString statusEmoji(RowStatus status);

QString verdictWord(Verdict verdict, ReportLanguage language);
/// One sentence saying what the verdict means for the team (a catalog text: it names the SDKs).
Message verdictSentence(Verdict verdict);
/// The row status whose icon and colour stand for a verdict.
RowStatus verdictTone(Verdict verdict);

/// Words for a finding's effect, confidence and context.
QString effectWord(Effect effect, ReportLanguage language);
QString confidenceWord(Confidence confidence, ReportLanguage language);
QString contextWord(Context context, ReportLanguage language);
/// "Web", "Android", "iOS", ... from the catalog (null: the built-in one); unknown ids are returned as given.
QString platformName(const QString& platform, ReportLanguage language, const Catalog* catalog = nullptr);

/// Escapes text for HTML/XHTML text and attribute values (&, <, >, ", '). Characters XML forbids
/// (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD so that the output
/// always parses as XML.
QString escapeHtml(QStringView text);
/// Escapes prose for Markdown (GitHub Flavored) with as little noise as plain-text readers can bear: only
/// what would start markup gets a backslash (emphasis, code, links, strike-through, a table cell's end, a
/// tag, an entity, an @mention); line breaks become spaces; hidden characters become visible escapes.
QString escapeMarkdown(QStringView text);
/// Text from the scanned project (a path, a line of code) as a Markdown code span: shown as it is, never
/// markup, never an autolink; hidden characters as visible escapes. In a table cell, pipes are escaped.
QString markdownCode(QStringView text, bool inTable = false);

/// True for an absolute https URL without characters that would need escaping; the only links any
/// writer emits come from the catalog and must pass this.
bool isSafeLink(const QString& url);
/// True for a plain e-mail address (for mailto: links from the catalog).
bool isSafeEmail(const QString& email);

/// The most relevant remediation URL for one finding, in the report's language: its rule's remediation kind,
/// else the first of its row's; for a kind whose pages are platform guides, the guide of the finding's
/// platform (of its row's first platform with one when the finding has none). Empty when there is none (a
/// statement) or it is not a safe link.
QString findingRemediationUrl(const Report& report, const Finding& finding);

/// The platforms a row's evidence is on, in the order of knownPlatforms(): those of its findings that fail or
/// need review, else those of all its findings, else those of the report's legacy SDKs.
QStringList rowPlatforms(const Report& report, const ReportRow& row);

struct RemediationLink; // reportview.h

/// The remediation links of a row (none for a passing row), in the report's language, for the platforms its
/// evidence is on (rowPlatforms()): what ReportView::Row::links holds and the desktop app offers.
std::vector<RemediationLink> remediationLinks(const Report& report, const ReportRow& row);
/// The links of remediation kinds, in their order, for evidence on platforms, in language. One link per kind,
/// except for a per-platform kind (Remediation::perPlatform()): one per platform with a guide, labelled
/// "<label> (<platform name>)"; every platform with a guide when none of platforms has one. url is empty for a
/// statement and for an address that is not a safe link; an unknown kind has no link.
std::vector<RemediationLink> remediationLinks(const Catalog& catalog, const QStringList& kinds,
                                              const QStringList& platforms, ReportLanguage language);

/// Whether a support request belongs to this row (the row needs back-end enabling and does not pass).
bool rowNeedsSupport(const Report& report, const ReportRow& row);

/// Row title in the report's language (the id when the catalog does not know the row).
QString rowTitle(const Report& report, const ReportRow& row);
QString rowTitle(const Report& report, const QString& rowId);

/// Where the match lies inside Finding::snippet. The snippet is the trimmed source line (or a window
/// "… x …" around the match on long lines) while column/length refer to the untrimmed line, so the
/// match is found by trying every amount of trimmed indentation and preferring the candidate that
/// contains one of the rule's literals and starts and ends on token boundaries.
struct MatchSpan
{
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0 && length > 0; }
};
MatchSpan locateMatch(const Report& report, const Finding& finding);

QString humanDuration(qint64 milliseconds);
/// "2026-01-31 14:05 UTC"
QString formatTimestamp(const QDateTime& time);

/// ": " or the full-width "：" after a label.
QString colon(ReportLanguage language);

} // namespace sig2rtm
