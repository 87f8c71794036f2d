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
/// the HTML report, page numbers, table headers repeated on every page, table rows never split, bookmarks and
/// a linked table of contents, identical findings printed once (their places in the appendix).
/// Its Chinese texts use the font it ships (a subset of Noto Sans CJK SC) when the machine has no CJK font;
/// characters of project data (paths, code, names) that no font has are printed as "<U+XXXX>" escapes, with a
/// note in the report and a warning (category sig2rtm.pdf). When no font can print the report's own texts it
/// returns nullopt and says which font to install in error, rather than print empty boxes.
/// Needs a QGuiApplication in the process (fonts); without one it returns nullopt and sets error.
std::optional<QByteArray> renderPdf(const Report& report, QString* error, PaperSize paper = PaperSize::A4,
                                    int findingsPerRow = kPdfFindingsPerRow, const RenderOptions& options = {});
/// The paper RenderOptions::paper names, else the locale's: Letter where it is the norm, else A4.
PaperSize paperSize(const RenderOptions& options);
/// renderPdf() with the paper of the options.
std::optional<QByteArray> renderPdf(const Report& report, QString* error, const RenderOptions& options);

} // namespace sig2rtm
