// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "clients.h"
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
    QString root;                        ///< absolute folder that finding paths are relative to (declared folders)
    std::vector<ClientRoot> clientRoots; ///< detected in the tree (ignored when the description names folders)
    std::vector<InventoryUse> inventory; ///< from the scan: given its client, then kept in the report
};

/// The description's clients as roots: id (the name, else the folder, else the platform; made unique) and
/// folder relative to root (null when it names none).
std::vector<ClientRoot> declaredClientRoots(const ProjectDescription& description, const QString& root);

/// Findings that stand for the facts a description declares (context "declared"); clientIds: the ids of the
/// description's clients, in order (declaredClientRoots).
std::vector<Finding> declaredFindings(const ProjectDescription& description, const Catalog& catalog,
                                      const QString& fileAsShown, const QStringList& clientIds = {});

/// The rule of the security finding that a file name or line with hidden or control characters gets
/// (visibletext.h): it belongs to no row and needs review.
QString hiddenCharactersRule();

/// Builds the compatibility table: SDK list, the catalog's rows with status and evidence, and the verdict,
/// for the project and for each client. Every client is judged on its own evidence (its SDK version, its
/// features); the project's rows are the worst of its clients'.
/// Fills Report::catalog, language, verdict, signalingDetected, sdk, rows, clients, inventory and findings
/// (sorted by file, line, column and rule, with ids F1..Fn); the caller fills input, stats and skipped.
Report evaluate(EvaluationInput input);

} // namespace sig2rtm
