// SPDX-License-Identifier: MIT
#pragma once

#include "filescan.h"
#include "ruleindex.h"

#include <QSet>
#include <QString>
#include <vector>

namespace sig2rtm {

/// Project-level checks, once every file is scanned: the requirements that need the whole tree (is the
/// legacy SDK used at all? is this receiver an SDK object? is this class a project-local shim over RTM?
/// which folders are projects of a Project rule?). Files set aside for their receivers are read again
/// from base when a receiver turns out to be an SDK object. Returns the findings that pass, with their
/// platforms resolved, in a deterministic order.
/// sdkObjects, when given, receives the names the project holds SDK objects in (typed, created or bound).
std::vector<Finding> applyProjectRequirements(const RuleIndex& index, std::vector<FileScan>& scans, const QString& base,
                                              QSet<QString>* sdkObjects = nullptr);

} // namespace sig2rtm
