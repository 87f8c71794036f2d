// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "types.h"
#include "untrustedfile.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <vector>

namespace sig2rtm {

struct Report;

/// What a finding or an inventory use is, compared with a previous report (the baseline). The words are
/// SARIF's (result.baselineState): "new", "unchanged", "absent" (in the baseline, gone now: fixed).
enum class BaselineState { New, Unchanged, Absent };
QString toString(BaselineState state);

/// Legacy API uses and effort points of a whole report or of one of its clients.
struct ProgressTotals
{
    int uses = 0;         ///< inventory uses: legacy calls, handlers and special strings left
    int effortPoints = 0; ///< porting effort left, in the inventory's points
    friend bool operator==(const ProgressTotals&, const ProgressTotals&) = default;
};

/// One finding of a previous report, as that report wrote it.
struct PreviousFinding
{
    QString fingerprint; ///< fingerprint(rule, snippet), recomputed from the report's fields
    QString id;          ///< its id in that report ("F12")
    QString rule;
    QString row; ///< empty when on no row
    QString file;
    int line = 0;
    QString snippet;
    Effect effect = Effect::Note;
    Context context = Context::Code;
    QString reason; ///< in the language of that report
    QString client; ///< empty when that report had no clients
};

/// One inventory use of a previous report.
struct PreviousUse
{
    QString fingerprint; ///< fingerprint(api, snippet)
    QString api;         ///< the inventory API's id
    QString function;    ///< what the API does, in the language of that report
    QString name;        ///< the legacy identifier used
    QString file;
    int line = 0;
    QString snippet;
    QString platform;
    QString client;
};

/// A client of a previous report (its top-level "clients").
struct PreviousClient
{
    QString id;
    QString name;
    ProgressTotals totals;
};

/// A saved sig2rtm-report/1 JSON report read back: what a baseline comparison and a history need from it.
/// Reading never trusts the file: every problem is a located Diagnostic, never a crash.
struct PreviousReport
{
    /// Reports larger than this are refused unread.
    static constexpr qint64 kMaxBytes = qint64(256) * 1024 * 1024;

    QString file; ///< as given to loadFile() or load()
    QDateTime generatedAt;
    QString projectName; ///< empty when the report names no project
    QString toolVersion;
    bool partial = false;
    std::vector<PreviousFinding> findings; ///< in that report's order
    std::vector<PreviousUse> uses;         ///< inventory.apis[].uses[], in that report's order
    ProgressTotals totals;                 ///< inventory.summary
    std::vector<PreviousClient> clients;   ///< empty for a report written without per-client results

    /// Reads a report file: a regular file of at most kMaxBytes holding a "sig2rtm-report/1" report.
    /// Returns nullopt and adds diagnostics (file, line, column, JSON pointer) when it cannot be used.
    static std::optional<PreviousReport> loadFile(const QString& path, Diagnostics* diagnostics);
    /// The same for a report's text; fileName names it in diagnostics.
    static std::optional<PreviousReport> load(const QByteArray& text, const QString& fileName,
                                              Diagnostics* diagnostics);
    /// A report of this run, as it will be saved (through its JSON, so that it reads exactly like a saved one).
    static PreviousReport fromReport(const Report& report);
};

/// Matched findings or inventory uses of one kind: the current ones that are new or unchanged, the
/// previous ones that are gone. previous = fixed + unchanged; current = added + unchanged.
struct BaselineCounts
{
    int added = 0; ///< "new" (a keyword in C++)
    int fixed = 0;
    int unchanged = 0;
    friend bool operator==(const BaselineCounts&, const BaselineCounts&) = default;
};

/// A report compared with a previous one (Report::baseline). Findings and inventory uses are matched by file and
/// fingerprint (rule or API, and the snippet with white space collapsed; not the line, so code inserted above a
/// use leaves it unchanged), as multisets: two identical uses in one file are two uses. Findings
/// are matched within their kind: those that block or need review with their like, notes with notes, so
/// that a suppressed finding counts as fixed work and a new note.
struct BaselineComparison
{
    QString file;                  ///< the previous report, as the user named it
    QDateTime previousGeneratedAt; ///< when the previous report was made
    QString previousProject;       ///< its project name, may be empty
    ProgressTotals previousTotals; ///< legacy calls and effort points left then
    int previousWork = 0;          ///< findings that made a row fail or need review then
    bool previousPartial = false;  ///< the previous scan was cancelled: it undercounts, so "new" may not be new

    /// Parallel to Report::findings and Report::inventory of the compared report: New or Unchanged.
    std::vector<BaselineState> findingStates;
    std::vector<BaselineState> useStates;
    /// The previous report's findings and uses that are gone, in that report's order.
    std::vector<PreviousFinding> fixedFindings;
    std::vector<PreviousUse> fixedUses;

    BaselineCounts findings; ///< findings that make a row fail or need review: the work
    BaselineCounts notes;    ///< notes: mentions in comments and documentation, SDK presence, suppressed findings
    BaselineCounts uses;     ///< inventory uses: legacy API calls, handlers and special strings

    /// The state of report.findings[index] (New when out of range).
    BaselineState findingState(std::size_t index) const;
    BaselineState useState(std::size_t index) const;
};

/// Compares a finished report with a previous one. Call it once the report's findings and inventory are in
/// their final order: the states are by position.
BaselineComparison compareWithBaseline(const Report& current, const PreviousReport& previous);

/// The report's "baseline" object (docs/report-format.md).
nlohmann::ordered_json toJson(const BaselineComparison& comparison);

/// Whether a finding is work (makes its row fail or need review) rather than a note: the two kinds are
/// matched and counted apart.
inline bool isWork(Effect effect)
{
    return effect != Effect::Note;
}

} // namespace sig2rtm
