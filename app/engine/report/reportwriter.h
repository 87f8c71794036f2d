// SPDX-License-Identifier: MIT
#pragma once

#include "atomicfile.h"
#include "renderoptions.h"
#include "report.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sig2rtm {

/// The report formats every front end offers: "json", "html", "pdf", "sarif", "csv", "md".
QStringList reportFormats();

/// File extension for a format, without the dot ("md" -> "md", "sarif" -> "sarif").
QString reportExtension(const QString& format);
/// The format a file name asks for by its extension ("report.htm" is html), or empty.
QString reportFormatForFileName(const QString& fileName);

/// Renders a report in memory. Returns nullopt with error set for an unknown format.
std::optional<QByteArray> renderReport(const Report& report, const QString& format, QString* error,
                                       const RenderOptions& options = {});

/// Renders and writes atomically (QSaveFile): on any failure the previous file stays as it was and
/// error says why.
bool writeReport(const Report& report, const QString& format, const QString& path, QString* error,
                 const RenderOptions& options = {});

} // namespace sig2rtm
