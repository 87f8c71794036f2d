// SPDX-License-Identifier: MIT
#pragma once

#include "renderoptions.h"
#include "report.h"

#include <QByteArray>

namespace sig2rtm {

/// The report as one self-contained HTML page (UTF-8): inline CSS, no script, no external fetch, a strict
/// Content-Security-Policy, a print stylesheet, English or Simplified Chinese after Report::language.
/// The markup is also well-formed XML (XHTML-compatible HTML5), so tools and tests can parse it.
/// Everything taken from the scanned project is escaped; the only links point inside the page or to the
/// catalog's https remediation pages.
QByteArray renderHtml(const Report& report, const RenderOptions& options = {});

} // namespace sig2rtm
