// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "history.h"
#include "inventory.h"
#include "types.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <QDateTime>
#include <vector>

namespace sig2rtm {

/// One compatibility row of a finished assessment.
struct ReportRow
{
    QString id;
    RowStatus status = RowStatus::Pass;
    QStringList findingIds; ///< every finding that bears on the row, notes included
    Message summary;        ///< one sentence explaining the status, language-neutral
    int failCount = 0;
    int reviewCount = 0;
    int noteCount = 0;
    int suppressedCount = 0; ///< notes that a suppression made of findings that would fail or need review
};

/// One client of the project (an app, a web page, a server), judged on its own evidence: its rows, its SDKs
/// and its verdict. The report's rows and verdict are the worst of its clients'.
struct ClientResult
{
    QString id;          ///< unique in the report: the client's folder ("." for the root) or its declared name
    QString name;        ///< what to show
    QString folder;      ///< relative to the report's root ("" for the root); null for a client declared without one
    QStringList markers; ///< the build or package files that make the folder a client
    bool declared = false;
    QStringList platforms; ///< platforms its evidence belongs to, sorted
    Verdict verdict = Verdict::NoSignaling;
    bool signalingDetected = false;
    std::vector<ReportRow> rows; ///< the catalog's rows with this client's counts and findings (no summary)
    std::vector<SdkEvidence> sdk;
};

/// The report model: everything any writer (JSON, HTML, PDF, SARIF, CSV, Markdown) or the GUI shows.
/// Public contract: serialised as "sig2rtm-report/1" (docs/report-format.md).
/// Where a client stands in the move: "legacy" (only the legacy SDK), "mixed" (both), "migrated" (only RTM:
/// it counts as done) or "none" (neither found).
QString migrationStage(const ClientResult& client);

/// The move off the legacy SDK, which every surface leads with whenever the legacy SDK is present: its
/// servers are shut down, so the question is never whether to migrate, only whether old and new clients can
/// talk while the move goes on.
struct Migration
{
    QString shutdownDate; ///< from the catalog's timeline ("2020-06-30"), empty when it has none
    int blockers = 0;     ///< rows that fail: interop blockers
    int review = 0;       ///< rows that need review
    Message headline;     ///< "Migration to RTM required (... shut down on ...)"
    Message interop;      ///< no blockers / N blockers / N to review
    Message target;       ///< which RTM to move to, for a gradual or an all-at-once move
};

struct Report
{
    static constexpr const char* kFormat = "sig2rtm-report/1";

    QString toolName = QStringLiteral("sig2rtm");
    QString toolVersion;
    QDateTime generatedAt;
    QString inputKind;      ///< "folder", "description", "questionnaire"
    QStringList inputPaths; ///< as given by the user
    QString root;           ///< absolute directory that finding paths are relative to
    QString projectName;
    QString appId;                                     ///< from a project description, for the support request
    ReportLanguage language = ReportLanguage::English; ///< the language it renders in; change it to re-render
    Verdict verdict = Verdict::NoSignaling;
    bool signalingDetected = false;
    bool partial = false; ///< the scan was cancelled: results are incomplete
    std::vector<SdkEvidence> sdk;
    std::vector<ReportRow> rows; ///< always the five rows, seed order
    std::vector<Finding> findings;
    std::vector<SkippedEntry> skipped;
    std::vector<InventoryUse> inventory; ///< every legacy API use, file order
    std::vector<ClientResult> clients;   ///< every client with evidence, by folder; declared ones in their order
    ScanStats stats;
    std::shared_ptr<const Catalog> catalog;
    std::optional<BaselineComparison> baseline; ///< set when compared with a previous report (compareWithBaseline)
    std::optional<History> history;             ///< set when a burn-down over saved reports was asked for

    const ReportRow* row(const QString& id) const;
    const Finding* finding(const QString& id) const;
    const ClientResult* client(const QString& id) const;
    std::vector<const Finding*> findingsOf(const ReportRow& row) const;

    /// Remediation kinds that apply to a row of this report (catalog order), and whether it needs support.
    QStringList remediationKinds(const ReportRow& row) const;

    /// A message of this report in the report's language (catalog texts from the report's catalog).
    QString render(const Message& message) const;

    /// Set when the legacy SDK is present (signalingDetected).
    std::optional<Migration> migration() const;

    /// The text of a request asking the vendor's support to enable Signaling/RTM interop for the rows that
    /// need back-end enabling (the catalog's needsSupport) and fail or need review.
    QString supportRequest(const QString& appId = {}) const;
};

/// One legacy API of the inventory as the project uses it.
struct InventoryItem
{
    const InventoryApi* api = nullptr;
    std::vector<const InventoryUse*> uses;
    QStringList names;     ///< the legacy identifiers used, sorted
    QStringList platforms; ///< the platforms it is used on, sorted
    int files = 0;         ///< files that use it
    int points = 0;        ///< effort points: the API's effort for each file that uses it
};

/// The migration inventory of a report: what the project uses, in the catalog's order, with its totals.
struct InventoryView
{
    std::vector<InventoryItem> items;
    int uses = 0;
    int gaps = 0; ///< APIs used that have no RTM equivalent
    int points = 0;
};
/// The whole project's inventory, or one client's (client: its id).
InventoryView inventoryView(const Report& report, const QString& client = {});
/// "N uses of M legacy APIs; K with no RTM equivalent; P effort points in all." (a catalog text).
Message inventorySummary(const InventoryView& view);

/// The report as JSON, per docs/report-format.md.
nlohmann::ordered_json toJson(const Report& report);

/// JSON text of the report (UTF-8, 2-space indent, trailing newline).
QByteArray toJsonText(const Report& report);

} // namespace sig2rtm
