// SPDX-License-Identifier: MIT
#pragma once

#include "renderoptions.h"
#include "report.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace sig2rtm {

enum class PaperSize { A4, Letter };

/// Findings listed per compatibility row in the PDF; the rest are counted in a "N more findings in the
/// HTML/JSON report" line. Paper is for reading and signing off, the HTML/JSON carry every finding.
constexpr int kPdfFindingsPerRow = 100;

/// The report laid out for paper (QTextDocument + QPdfWriter, rendered in memory): the same sections as
/// the HTML report, page numbers, table headers repeated on every page, fonts that cover Chinese
/// ("Noto Sans CJK SC" and friends).
/// Needs a QGuiApplication in the process (fonts); without one it returns nullopt and sets error.
std::optional<QByteArray> renderPdf(const Report& report, QString* error, PaperSize paper = PaperSize::A4,
                                    int findingsPerRow = kPdfFindingsPerRow, const RenderOptions& options = {});
/// The paper RenderOptions::paper names, else the locale's: Letter where it is the norm, else A4.
PaperSize paperSize(const RenderOptions& options);
/// renderPdf() with the paper of the options.
std::optional<QByteArray> renderPdf(const Report& report, QString* error, const RenderOptions& options);

} // namespace sig2rtm
