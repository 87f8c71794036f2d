// SPDX-License-Identifier: MIT
#include "assessment.h"

#include "evaluator.h"
#include "filewalker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sig2rtm {

QString toolVersion()
{
    return QStringLiteral(SIG2RTM_VERSION);
}

std::optional<Report> assess(const AssessmentRequest& request, ScanObserver* observer, const std::atomic_bool* cancel,
                             Diagnostics* diagnostics, ScanEvidence* evidence)
{
    Diagnostics problems;
    QStringList roots;
    std::optional<ProjectDescription> description;
    QString descriptionPath;
    if (request.inputs.isEmpty()) {
        problems << Diagnostic{
            {},
            0,
            0,
            {},
            QCoreApplication::translate("sig2rtm", "nothing to scan: give a folder or a project description")};
    }
    for (const auto& input : request.inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            problems << Diagnostic{input, 0, 0, {}, QCoreApplication::translate("sig2rtm", "no such file or folder")};
        } else if (info.isDir()) {
            roots << info.absoluteFilePath();
        } else if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
            Diagnostics local;
            auto d = ProjectDescription::loadFile(input, &local);
            if (!d) {
                problems << local;
                continue;
            }
            if (description) {
                problems << Diagnostic{
                    input,
                    0,
                    0,
                    {},
                    QCoreApplication::translate("sig2rtm", "only one project description per scan (already given: %1)")
                        .arg(descriptionPath)};
                continue;
            }
            descriptionPath = info.absoluteFilePath();
            description = std::move(d);
        } else {
            problems << Diagnostic{
                input,
                0,
                0,
                {},
                QCoreApplication::translate("sig2rtm", "is neither a folder nor a project description (.json)")};
        }
    }
    if (!problems.isEmpty()) {
        if (diagnostics) {
            *diagnostics << problems;
        }
        return std::nullopt;
    }
    if (description) {
        roots << description->sources;
    }

    QStringList anchors = roots;
    if (!descriptionPath.isEmpty()) {
        anchors << QFileInfo(descriptionPath).absolutePath();
    }
    const QString base = commonBase(anchors);
    const auto catalog = request.catalog ? request.catalog : Catalog::builtin();

    ScanOutput scan;
    scan.base = base;
    if (!roots.isEmpty()) {
        ScanOptions options;
        options.roots = roots;
        options.base = base;
        options.exclude = request.exclude;
        if (description) {
            options.exclude << description->exclude;
        }
        options.useDefaultSkips = request.useDefaultSkips;
        options.skipDirectoryNames = request.skipDirectoryNames;
        options.maxTextFileBytes = request.maxTextFileBytes;
        options.threads = request.threads;
        options.catalog = catalog;
        scan = scanTree(options, observer, cancel);
    }

    ScanEvidence kept;
    kept.request = request;
    kept.description = std::move(description);
    kept.descriptionPath = descriptionPath;
    kept.roots = roots;
    kept.scan = std::move(scan);
    Report report = reassess(kept, {});
    if (evidence) {
        *evidence = std::move(kept);
    }
    return report;
}

Report reassess(const ScanEvidence& evidence, const std::vector<Suppression>& extra)
{
    const ScanOutput& scan = evidence.scan;
    const QString& base = scan.base;
    const auto catalog = evidence.request.catalog ? evidence.request.catalog : Catalog::builtin();
    std::optional<ProjectDescription> description = evidence.description;
    if (description) {
        // Suppression paths are written relative to the description; findings are relative to base.
        const QString prefix = QDir(base).relativeFilePath(QFileInfo(evidence.descriptionPath).absolutePath());
        if (!prefix.isEmpty() && prefix != QLatin1String(".")) {
            for (auto& s : description->suppressions) {
                s.file = QDir::cleanPath(prefix + u'/' + s.file);
            }
        }
    }
    if (!extra.empty()) {
        if (!description) {
            // Suppressions alone: no declared client, so the clients found in the tree stay.
            description.emplace();
        }
        description->suppressions.insert(description->suppressions.end(), extra.begin(), extra.end());
    }
    EvaluationInput input;
    input.catalog = catalog;
    input.language = evidence.request.language;
    input.findings = scan.findings;
    input.root = base;
    input.clientRoots = detectClientRoots(catalog->clientMarkers(), scan.clientMarkers);
    input.inventory = scan.inventory;
    if (description) {
        input.description = &*description;
        if (!evidence.descriptionPath.isEmpty()) {
            input.descriptionFile = QDir(base).relativeFilePath(evidence.descriptionPath);
        }
    }
    Report report = evaluate(std::move(input));
    report.toolVersion = toolVersion();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.inputKind = evidence.description ? QStringLiteral("description") : QStringLiteral("folder");
    report.inputPaths = evidence.request.inputs;
    report.root = base;
    report.skipped = scan.skipped;
    report.stats = scan.stats;
    report.partial = scan.partial;
    if (!evidence.roots.isEmpty() && report.findings.empty() && scan.stats.sourceFiles == 0) {
        // Folders with nothing the rules read (empty, only images or documents, every file unreadable or
        // excluded): no finding proves nothing, so no row passes.
        report.verdict = Verdict::NotAssessed;
        for (auto& row : report.rows) {
            row.status = RowStatus::Review;
            row.summary = Message::translated(
                QT_TRANSLATE_NOOP("sig2rtm", "Not assessed: no source file, SDK file or declared fact was found."));
        }
    }
    if (report.projectName.isEmpty() && !evidence.roots.isEmpty()) {
        report.projectName = QFileInfo(evidence.roots.first()).fileName();
    }
    return report;
}

Report assessDescription(const ProjectDescription& description, std::shared_ptr<const Catalog> catalog,
                         ReportLanguage language)
{
    EvaluationInput input;
    input.catalog = catalog ? catalog : Catalog::builtin();
    input.language = language;
    input.description = &description;
    input.descriptionFile =
        description.path.isEmpty() ? QStringLiteral("questionnaire") : QFileInfo(description.path).fileName();
    Report report = evaluate(std::move(input));
    report.toolVersion = toolVersion();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.inputKind = QStringLiteral("questionnaire");
    report.root = description.path.isEmpty() ? QString() : QFileInfo(description.path).absolutePath();
    return report;
}

} // namespace sig2rtm
