// SPDX-License-Identifier: MIT
#pragma once

#include "renderoptions.h"
#include "report.h"

#include <nlohmann/json.hpp>
#include <QByteArray>

namespace sig2rtm {

/// GitHub code scanning shows at most this many results of one run (the most severe first); toSarif() warns
/// in the run's invocation when it writes more.
inline constexpr int kSarifResultLimit = 5000;

/// The report as a SARIF 2.1.0 log (one run), for code-scanning front ends such as GitHub's:
/// - every rule that can fire (catalog rules, the "declared.*" rules of project descriptions and the security
///   rule of hidden characters) has a descriptor with help, a remediation link and "problem.severity"; the
///   security rule also has "security-severity";
/// - every finding is a result with a region (line 1 for whole-file evidence such as a library), located
///   relative to %SRCROOT%, with a level from the finding's effect capped by its row's status, a stable
///   partial fingerprint and GitHub's "primaryLocationLineHash" (the line's text and its occurrence in the
///   file);
/// - SDK-presence notes are left out unless options.sarifPresenceNotes;
/// - %SRCROOT% is Report::root, or with options.sarifRepositoryRoot the root of the git work tree that holds
///   it (paths then start at that root); its absolute file: URI is written only with options.absolutePaths;
/// - when Report::root is in a git work tree, versionControlProvenance names its origin remote (without
///   credentials), commit and branch, read from the .git files (no git executable, nothing written);
/// - automationDetails.id is a stable category, "sig2rtm/<project or folder name>/";
/// - more than kSarifResultLimit results add a warning notification to invocations[0].
/// Paths and snippets in texts show hidden characters as visible escapes (visibletext.h); artifact URIs stay
/// the real, percent-encoded paths.
nlohmann::json toSarif(const Report& report, const RenderOptions& options = {});

/// toSarif() as UTF-8 text, 2-space indent, trailing newline.
QByteArray renderSarif(const Report& report, const RenderOptions& options = {});

/// The number of results over every run of a SARIF log (what GitHub's limit counts).
int sarifResultCount(const nlohmann::json& sarif);

} // namespace sig2rtm
