// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "diagnostic.h"
#include "projectdescription.h"
#include "report.h"
#include "scanner.h"

#include <atomic>
#include <memory>
#include <optional>

namespace sig2rtm {

/// Everything one assessment needs; what both the CLI and the GUI fill in.
struct AssessmentRequest
{
    QStringList inputs;  ///< folders and/or project description files (.json)
    QStringList exclude; ///< extra globs
    bool useDefaultSkips = true;
    QStringList skipDirectoryNames; ///< empty: the defaults
    qint64 maxTextFileBytes = 16 * 1024 * 1024;
    int threads = 0;
    std::shared_ptr<const Catalog> catalog; ///< null: the built-in catalog
    ReportLanguage language = ReportLanguage::English;
};

/// What an assessment read, kept so that the same evidence can be judged again without reading the tree a
/// second time (suppressions added after the scan: reassess()). A plain value: safe to share across threads.
struct ScanEvidence
{
    AssessmentRequest request;
    std::optional<ProjectDescription> description; ///< as loaded: suppression paths relative to its folder
    QString descriptionPath;                       ///< absolute; empty without a description
    QStringList roots;                             ///< the folders scanned
    ScanOutput scan;                               ///< scan.base is the report's root
};

/// Checks the inputs (all problems at once, located), then scans and evaluates.
/// Returns nullopt, with diagnostics, when an input is invalid. A canceled scan still returns a
/// report, marked partial. evidence, when given, receives what was read (for reassess()).
std::optional<Report> assess(const AssessmentRequest& request, ScanObserver* observer = nullptr,
                             const std::atomic_bool* cancel = nullptr, Diagnostics* diagnostics = nullptr,
                             ScanEvidence* evidence = nullptr);

/// Judges kept evidence again with more suppressions, without a rescan. extra: paths relative to the report's
/// root (as its findings show them), fingerprints of those findings; matched after the description's own.
Report reassess(const ScanEvidence& evidence, const std::vector<Suppression>& extra);

/// A report from declared facts alone (the questionnaire): no scan.
Report assessDescription(const ProjectDescription& description, std::shared_ptr<const Catalog> catalog,
                         ReportLanguage language);

QString toolVersion();

} // namespace sig2rtm
