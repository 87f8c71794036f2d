// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "projectdescription.h"
#include "report.h"

#include <memory>
#include <vector>

namespace sig2rtm {

/// What the evaluator turns into a report: findings from a scan and/or declared facts.
struct EvaluationInput
{
    std::shared_ptr<const Catalog> catalog;
    ReportLanguage language = ReportLanguage::English;
    std::vector<Finding> findings;                   ///< scanner output: row evidence and SDK presence
    const ProjectDescription* description = nullptr; ///< declared facts and suppressions, optional
    QString descriptionFile;                         ///< the description's path as findings should show it
};

/// Findings that stand for the facts a description declares (context "declared").
std::vector<Finding> declaredFindings(const ProjectDescription& description, const Catalog& catalog,
                                      const QString& fileAsShown);

/// Builds the compatibility table: SDK list, the catalog's rows with status and evidence, and the verdict.
/// Fills Report::catalog, language, verdict, signalingDetected, sdk, rows and findings (sorted by file,
/// line, column and rule, with ids F1..Fn); the caller fills input, stats and skipped.
Report evaluate(EvaluationInput input);

} // namespace sig2rtm
