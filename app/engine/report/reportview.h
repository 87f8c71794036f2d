// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "reporttext.h"

#include <array>
#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// A remediation link of a row, resolved from the catalog in the report's language.
struct RemediationLink
{
    QString kind;
    QString label;
    QString url;      ///< empty when the catalog's URL is not a safe https link
    QString email;    ///< empty unless a safe address
    QString platform; ///< the platform whose guide it links, empty for a page that is no platform's
};

/// What a human-readable report shows, decided once for every writer (HTML, PDF, Markdown): which sections,
/// rows, findings and texts, in which order, every text already in the report's language. Writers only lay
/// the view out and escape its texts for their format. It points into the Report it was built from, which
/// must outlive it.
class ReportView
{
public:
    struct Options
    {
        /// Findings listed per compatibility row, the most severe first; -1 lists them all.
        int findingsPerRow = -1;
        /// Whether rows that pass still list their findings (notes, suppressed matches).
        bool passingRowFindings = true;
        /// Whether the evidence that no row lists (RTM presence, ...) gets a list of its own.
        bool otherEvidence = true;
        /// Skipped entries listed; -1 lists them all.
        int skippedLimit = -1;
        /// Fixed findings and fixed legacy calls listed in the progress section, each; -1 lists them all.
        int fixedLimit = -1;
        /// Identical findings (same rule, reason and code) that occur this many times or more in a list are
        /// shown once, with the count, and their locations go to the appendix (Rollup); 0 lists each one.
        int rollUpAt = 0;
        /// Whether the metadata shows the scanned folder's absolute path (RenderOptions::absolutePaths);
        /// otherwise only its name, and input paths inside it relative to it.
        bool absolutePaths = false;
    };

    enum class Section { Summary, Progress, Compatibility, Remediation, Plan, Migration, Findings, Appendix };

    struct SectionEntry
    {
        Section section;
        int number;     ///< 1-based, as numbered in the headings
        QString anchor; ///< "summary", "compatibility", ...
        QString title;
    };

    struct VerdictText
    {
        Verdict verdict = Verdict::NoSignaling;
        RowStatus tone = RowStatus::Pass; ///< the status whose icon and colour stand for the verdict
        QString word;                     ///< "Incompatible"
        QString sentence;                 ///< what the verdict means for the team
    };

    struct TimelineItem
    {
        QString date;
        QString text;
    };

    /// The Signaling servers' switch-off, with the whole timeline.
    struct Shutdown
    {
        QString headline; ///< "Signaling servers shut down on 2020-06-30"
        QString text;     ///< the shutdown event's own text
        std::vector<TimelineItem> timeline;
    };

    struct Stats
    {
        qint64 files = 0;
        QString filesTemplate; ///< "%1 files examined": %1 is the number, for writers that style it
        QString filesText;     ///< the template filled in
        QString readText;      ///< "16.7 kB read · in 30 ms"
        QString skippedText;   ///< "2 skipped"
    };

    struct Row
    {
        const ReportRow* row = nullptr;
        int number = 0; ///< 1-based, seed order
        RowStatus status = RowStatus::Pass;
        QString title;
        QString explanation;    ///< empty when the catalog does not know the row
        QString summary;        ///< the row's own sentence, rendered
        QString statusText;     ///< the status word, with "(2 suppressed)" when suppressions made notes of findings
        QString counts;         ///< "1 blocking · 0 review · 0 notes"
        QString recommendation; ///< empty when the catalog does not know the row
        bool hasDefinition = false;
        std::vector<RemediationLink> links; ///< only for rows that fail or need review
        bool needsRemediation = false;      ///< fails or needs review
        bool needsSupport = false;          ///< also needs the vendor's back end: see the support request
    };

    /// A finding as listed, with its texts. Every text from the scanned code is visible text (visibletext.h):
    /// hidden and control characters are escapes, so a writer escapes them for its format only.
    struct Item
    {
        const Finding* finding = nullptr;
        QString reason;       ///< rendered
        MatchSpan match;      ///< in Finding::snippet
        QString file;         ///< the path, visible
        QString snippet;      ///< the code, visible (a tab stays a tab)
        QString before;       ///< the code before the match, visible; the whole code when there is no match
        QString matched;      ///< the match, visible; empty when it cannot be located
        QString after;        ///< the code after the match, visible
        std::size_t same = 0; ///< identical findings rolled into this one (not counting it)
        int rollup = -1;      ///< its entry in ReportView::rollups, or -1
        QString sameText;     ///< "Same finding in 36 more places (appendix, A.3)", or empty
    };

    struct FileGroup
    {
        QString file;                   ///< the path, visible
        QString count;                  ///< "2 findings"
        std::vector<std::size_t> items; ///< indices into FindingList::items
    };

    /// Identical findings shown once: where each of them is, for the appendix.
    struct Rollup
    {
        QString anchor;        ///< "same-3"
        QString number;        ///< "A.3"
        QString title;         ///< the finding's reason
        QString snippet;       ///< its code, visible
        QString count;         ///< "37 places"
        QStringList locations; ///< "web/a.js:12", visible, every one of them (the listed one first)
        QStringList byFile;    ///< the same places by file, "web/a.js: 12, 40", visible, in the same order
    };

    /// The findings of one row, or the evidence that no row lists.
    struct FindingList
    {
        const ReportRow* row = nullptr; ///< null for the evidence that no row lists
        RowStatus status = RowStatus::Pass;
        QString anchor; ///< "findings-1", ..., "findings-other"
        QString title;  ///< the row's title, or "Other SDK evidence"
        std::size_t total = 0;
        QString count;                ///< "17 findings", of all of them
        std::vector<Item> items;      ///< the ones listed, report order
        std::vector<FileGroup> files; ///< the listed ones by file: files with a blocking finding first
        QString more;                 ///< "7 more findings in the HTML/JSON report.", empty when all are listed
    };

    /// The request asking the vendor's support to enable interop, when a row needs it.
    struct SupportRequest
    {
        QString url;   ///< the support site (safe https), or empty
        QString email; ///< the support address (safe), or empty
        QString text;  ///< the request itself, several lines
    };

    struct SkippedItem
    {
        QString path; ///< visible
        QString reason;
    };

    struct Metadata
    {
        QString project;
        QString tool;        ///< "sig2rtm 0.1.0"
        QString generatedAt; ///< ISO 8601 UTC, or a dash
        QString inputKind;
        QStringList inputPaths; ///< visible; relative to the root unless Options::absolutePaths
        QString root;           ///< visible; the folder's name alone unless Options::absolutePaths
        QString language;       ///< "en", "zh_CN"
        QString model;          ///< "sig2rtm-report/1 · complete"
        QString sourceTitle;    ///< the compatibility notes the catalog follows; empty without a catalog
        QString sourceUrl;      ///< their safe https address, or empty
    };

    static ReportView build(const Report& report);
    /// A row's findings by effect, in the words every report and the app use: "1 blocking · 6 review · 10 notes",
    /// with the suppressed ones when there are any.
    static QString rowCounts(const ReportRow& row, ReportLanguage language);
    static ReportView build(const Report& report, const Options& options);

    const Report& report() const { return *m_report; }
    ReportLanguage language() const { return m_language; }

    /// Fixed texts and words in the report's language (looked up once per view).
    const QString& label(ReportLabel label) const { return m_labels[static_cast<std::size_t>(label)]; }
    const QString& statusWord(RowStatus status) const { return m_statusWords[static_cast<std::size_t>(status)]; }
    const QString& effectWord(Effect effect) const { return m_effectWords[static_cast<std::size_t>(effect)]; }
    const QString& confidenceWord(Confidence c) const { return m_confidenceWords[static_cast<std::size_t>(c)]; }
    const QString& contextWord(Context context) const { return m_contextWords[static_cast<std::size_t>(context)]; }
    /// ": " or the full-width "：".
    const QString& colon() const { return m_colon; }
    /// "1 finding", "17 findings".
    QString findingCount(std::size_t count) const;

    // The masthead and footer.
    QString title; ///< "Signaling → RTM compatibility report"
    QString subtitle;
    QString projectName; ///< the project's name, or "(unnamed project)"
    QString tool;        ///< "sig2rtm 0.1.0"
    QString generated;   ///< "2026-01-31 14:05 UTC"
    QString generatedBy; ///< "Generated by sig2rtm 0.1.0"
    QString appId;       ///< empty unless the project declares one

    std::vector<SectionEntry> sections;

    // Summary.
    /// Leads every report whenever the legacy SDK is present.
    struct Migration
    {
        QString headline;                 ///< "Migration to RTM required (...)"
        QString interop;                  ///< the interop answer for a gradual move
        QString target;                   ///< which RTM to move to
        RowStatus tone = RowStatus::Pass; ///< of the interop answer
    };
    std::optional<Migration> migration;

    /// One legacy API the code uses, as the migration inventory lists it.
    struct InventoryRow
    {
        QString function;    ///< what the API does, in the report language
        QString names;       ///< the legacy identifiers used, comma separated
        QString replacement; ///< per platform used: "Web: <code>"; empty with no equivalent
        QString pattern;     ///< with no equivalent: what to do instead
        QString note;        ///< where the semantics differ
        QString effort;      ///< "3 × 2 files = 6"
        QString effortReason;
        QString uses; ///< "4 uses in 2 files"
        bool noEquivalent = false;
        std::vector<RemediationLink> guides; ///< the migration guide of each platform it is used on
    };
    /// A client as the migration plan shows it.
    struct PlanClient
    {
        QString name;                     ///< the client's name, "(project root)" for the root
        QString folder;                   ///< empty for the root or a declared client without one
        QString stage;                    ///< "legacy SDK", "migrated", ...
        RowStatus tone = RowStatus::Pass; ///< its verdict's tone
        QString verdict;                  ///< its verdict's word
        std::vector<RowStatus> rows;      ///< its row statuses, seed order
        QString sdks;                     ///< its SDKs, as in the summary
        QString uses;                     ///< "12 uses of 10 APIs"
        int points = 0;
        QString pointsText; ///< "32 points"
        int percent = 0;    ///< of the largest client's points, for a bar
        bool together = false;
        QString moves; ///< "alone", "with the others"
    };
    struct PlanStep
    {
        int number = 0;
        RowStatus tone = RowStatus::Pass; ///< fail for a blocker, review for a port, pass for a removal
        QString text;
        QStringList files; ///< a removal's files
    };
    QString planIntro;
    QString planTogether; ///< who must switch together, or that everyone can move alone
    std::vector<PlanClient> planClients;
    std::vector<PlanStep> planSteps;

    QString inventoryIntro;   ///< what the section is (catalog text)
    QString inventorySummary; ///< totals: uses, APIs, gaps, effort points; empty when nothing is used
    std::vector<InventoryRow> inventory;

    /// Progress since a previous report (Report::baseline) and the burn-down over saved reports
    /// (Report::history): the section Progress, present when the report has either.
    struct Progress
    {
        /// One kind of thing compared: findings that block or need review, legacy calls, notes.
        struct Counts
        {
            QString label;
            BaselineCounts counts;
        };
        /// A finding or a legacy call of the previous report that is gone.
        struct Fixed
        {
            QString location; ///< "web/app.js:12"
            QString what;     ///< the finding's reason, or the API's function and the legacy name
            QString snippet;
        };
        /// One report of the history, oldest first.
        struct Point
        {
            QString date; ///< "2025-03-14 09:30 UTC"
            QString file; ///< the report file, or "(this report)"
            bool current = false;
            bool partial = false;
            int effortPoints = 0;
            int uses = 0;
            QStringList clients; ///< "web: 12 / 5" for each client of History::clients(), "—" when absent
        };

        bool hasBaseline = false;
        QString baselineTitle;    ///< "Since 2025-03-01 09:30 UTC"
        QString baselineIntro;    ///< "Compared with old.json (Field Service, 2025-03-01 09:30 UTC)."
        QString headline;         ///< the counts that matter, in one sentence
        QStringList countHeaders; ///< "", "Fixed", "New", "Unchanged"
        QString newTag;           ///< "New": marks a finding that the previous report did not have
        std::vector<Counts> counts;
        QString fixedFindingsTitle; ///< "Resolved findings (N)"
        std::vector<Fixed> fixedFindings;
        QString moreFixedFindings; ///< "12 more in the HTML/JSON report.", or empty
        QString fixedUsesTitle;    ///< "Removed legacy calls (N)"
        std::vector<Fixed> fixedUses;
        QString moreFixedUses;

        bool hasHistory = false;
        QString historyTitle;       ///< "Burn-down"
        QString historyIntro;       ///< what the chart and the table show
        QStringList historyHeaders; ///< "Report", "Date", "Effort points left", "Legacy calls left", clients...
        std::vector<Point> points;
        QStringList clientNames; ///< the per-client columns of points
        QString skippedTitle;    ///< "Files in the history folder that are not reports"
        QStringList skipped;     ///< "x.json:3:1: reason"
    };
    std::optional<Progress> progress;

    VerdictText verdict;
    bool partial = false; ///< the scan was cancelled (label PartialWarning)
    std::optional<Shutdown> shutdown;
    QStringList sdks;      ///< "Signaling 1.2.1.43 (iOS)", ...; empty: label NoSdkFound
    QStringList platforms; ///< distinct platform names, sorted; empty: label NoPlatform
    Stats stats;

    // Compatibility and remediation.
    std::vector<Row> rows; ///< always every row of the report, seed order
    bool anyRemediation = false;
    std::optional<SupportRequest> support;

    // Findings.
    std::vector<FindingList> findings; ///< per row with findings (Options), then the other evidence
    /// "Findings (first 5 per case)" for a capped list; empty when every finding is listed.
    QString findingsCapTitle;
    /// Identical findings shown once (Options::rollUpAt), in the order they are referred to.
    std::vector<Rollup> rollups;
    QString rollupsTitle; ///< "Identical findings"
    /// How the findings are listed, said early: "10,000 findings: 120 listed, 9,880 identical ones rolled up
    /// into 15 entries (appendix), 0 left out." Empty when every finding is listed on its own.
    QString listingText;

    // Appendix.
    std::vector<SkippedItem> skipped;
    QString moreSkipped; ///< "12 more skipped entries in the HTML/JSON report.", or empty
    Metadata metadata;

private:
    ReportView() = default;
    static void buildInventory(ReportView& v, const Report& report);
    static void buildProgress(ReportView& v, const Report& report, const Options& options);
    static void buildPlan(ReportView& v, const Report& report);

    const Report* m_report = nullptr;
    ReportLanguage m_language = ReportLanguage::English;
    std::array<QString, static_cast<std::size_t>(ReportLabel::Count)> m_labels;
    std::array<QString, 3> m_statusWords;
    std::array<QString, 3> m_effectWords;
    std::array<QString, 3> m_confidenceWords;
    std::array<QString, 7> m_contextWords;
    QString m_colon;
};

/// Lays out one section: calls the writer's summary(), compatibility(), remediation(), findings() or
/// appendix(), so that each writer names its parts and the view alone decides which come, in which order.
template <class Writer> void layOutSection(Writer& writer, ReportView::Section section)
{
    switch (section) {
    case ReportView::Section::Summary:
        writer.summary();
        break;
    case ReportView::Section::Progress:
        writer.progress();
        break;
    case ReportView::Section::Compatibility:
        writer.compatibility();
        break;
    case ReportView::Section::Remediation:
        writer.remediation();
        break;
    case ReportView::Section::Plan:
        writer.migrationPlan();
        break;
    case ReportView::Section::Migration:
        writer.migrationInventory();
        break;
    case ReportView::Section::Findings:
        writer.findings();
        break;
    case ReportView::Section::Appendix:
        writer.appendix();
        break;
    }
}

} // namespace sig2rtm
