// SPDX-License-Identifier: MIT
#pragma once

#include "renderoptions.h"
#include "report.h"

#include <QByteArray>

namespace sig2rtm {

/// Findings listed per compatibility row in the Markdown summary.
constexpr int kMarkdownFindingsPerRow = 5;

/// A compact GitHub-Flavored Markdown summary to paste into a pull request or ticket: verdict, the
/// shutdown date, the five-row table with status emoji and word, the first findings of each row as
/// plain-text file:line references, and the next steps. Project data is escaped; no link is built from it.
QByteArray renderMarkdown(const Report& report, int findingsPerRow = kMarkdownFindingsPerRow,
                          const RenderOptions& options = {});

} // namespace sig2rtm
