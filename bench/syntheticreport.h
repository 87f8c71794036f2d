// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

namespace sig2rtm::bench {

/// A report with findings spread over files (every row, realistic snippets, 200 skipped entries), for the
/// benchmarks of the writers and of the app's export.
Report syntheticReport(int findings, int files, ReportLanguage language);

} // namespace sig2rtm::bench
