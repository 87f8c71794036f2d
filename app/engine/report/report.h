// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "types.h"

#include <memory>
#include <nlohmann/json.hpp>
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
};

/// The report model: everything any writer (JSON, HTML, PDF, SARIF, CSV, Markdown) or the GUI shows.
/// Public contract: serialised as "sig2rtm-report/1" (docs/report-format.md).
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
    ScanStats stats;
    std::shared_ptr<const Catalog> catalog;

    const ReportRow* row(const QString& id) const;
    const Finding* finding(const QString& id) const;
    std::vector<const Finding*> findingsOf(const ReportRow& row) const;

    /// Remediation kinds that apply to a row of this report (catalog order), and whether it needs support.
    QStringList remediationKinds(const ReportRow& row) const;

    /// A message of this report in the report's language (catalog texts from the report's catalog).
    QString render(const Message& message) const;

    /// The text of a request asking the vendor's support to enable Signaling/RTM interop for the rows that
    /// need back-end enabling (the catalog's needsSupport) and fail or need review.
    QString supportRequest(const QString& appId = {}) const;
};

/// The report as JSON, per docs/report-format.md.
nlohmann::ordered_json toJson(const Report& report);

/// JSON text of the report (UTF-8, 2-space indent, trailing newline).
QByteArray toJsonText(const Report& report);

} // namespace sig2rtm
