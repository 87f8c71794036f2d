// SPDX-License-Identifier: MIT
#pragma once

#include "renderoptions.h"
#include "report.h"

#include <nlohmann/json.hpp>
#include <QByteArray>

namespace sig2rtm {

/// The report as a SARIF 2.1.0 log (one run), for code-scanning front ends: every rule that can fire
/// (catalog rules and the "declared.*" rules of project descriptions) has a descriptor with help and a
/// remediation link; every finding is a result located relative to %SRCROOT% (Report::root), with a level
/// from the finding's effect capped by its row's status, and a stable partial fingerprint.
nlohmann::json toSarif(const Report& report, const RenderOptions& options = {});

/// toSarif() as UTF-8 text, 2-space indent, trailing newline.
QByteArray renderSarif(const Report& report, const RenderOptions& options = {});

} // namespace sig2rtm
