// SPDX-License-Identifier: MIT
#pragma once

#include "assessment.h"
#include "baseline.h"
#include "history.h"

#include <memory>
#include <optional>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <vector>

class QFutureWatcherBase;
class QUndoStack;

namespace sig2rtm::ui {

class CompatibilityModel;
class FindingsModel;
class ScanController;
class Settings;

/// What the wizard's pages share, and all they need of the application: the inputs of the
/// assessment, its report and the models that show it, the settings, the scan, the language, and the
/// services pages call (errors, opening URLs). The main window owns it and hands it to every page and
/// dialog; pages know the session, never the wizard.
class Session final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Folder, Description, Questionnaire };

    explicit Session(Settings* settings, QObject* parent = nullptr);
    ~Session() override;
    Q_DISABLE_COPY_MOVE(Session)

    Settings* settings() const { return m_settings; }
    ScanController* scanController() const { return m_scan; }
    /// The current report's rows and findings, for every view that lists them.
    CompatibilityModel* compatibilityModel() const { return m_compatibility; }
    FindingsModel* findingsModel() const { return m_findings; }

    /// The language report and catalog texts are shown in: the user interface language.
    ReportLanguage language() const { return m_language; }
    /// Shows the current report in another language, without a rescan: the models re-render their
    /// texts (views keep their selection), then languageChanged() tells everyone else.
    void setLanguage(ReportLanguage language);
    /// The catalog of the current report, or the built-in one before there is a report.
    std::shared_ptr<const Catalog> catalog() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    QString inputPath() const { return m_inputPath; }
    void setInputPath(const QString& path) { m_inputPath = path; }
    /// The request a scan of the current input makes, with the user's exclusions and language.
    AssessmentRequest request() const;
    /// Starts the scan of the current input, announced by assessmentStarted().
    void startScan();

    /// What the evidence step selects when it opens.
    /// clientId: only that client's findings ("" for every client).
    void setEvidenceTarget(const QString& rowId, const QString& findingId = {}, const QString& clientId = {});
    QString evidenceRowId() const { return m_evidenceRow; }
    QString evidenceFindingId() const { return m_evidenceFinding; }
    QString evidenceClientId() const { return m_evidenceClient; }

    /// The current report (nullptr before an assessment), always in language().
    const std::shared_ptr<const Report>& report() const { return m_report; }
    void setReport(std::shared_ptr<const Report> report);

    /// Whether a finding of the current report can be marked not applicable: scanned evidence (not a declared
    /// fact) that fails or needs review, in a report whose scan is kept.
    bool canSuppress(const Finding& finding) const;
    /// Marks a finding not applicable for a reason (undoable): the scan's evidence is judged again at once, so
    /// the rows count it as suppressed. Nothing is written until saveSuppressions(). Returns false when the
    /// finding cannot be suppressed or the reason is blank.
    bool suppress(const QString& findingId, const QString& reason);
    /// Undo and redo of suppress(); clean when every suppression is saved.
    QUndoStack* suppressionStack() const { return m_undo; }
    /// The suppressions marked since the scan (paths relative to the report's root), saved or not.
    const std::vector<Suppression>& addedSuppressions() const { return m_added; }
    bool hasUnsavedSuppressions() const;
    /// Whether the current report was written to a file since it was made (any format).
    bool reportExported() const { return m_exported; }
    void setReportExported() { m_exported = true; }
    /// Where the suppressions were last saved, else the project description the scan read, else "".
    QString suppressionsPath() const;
    /// The path the save dialog proposes: suppressionsPath(), else a file next to the scanned folder, never in it.
    QString proposedSuppressionsPath() const;
    /// The project description saving to path writes: the one the scan read (or a new one that scans the same
    /// folders) with every suppression, paths and fingerprints as they read from path's folder.
    ProjectDescription descriptionToSave(const QString& path) const;
    /// Writes descriptionToSave(path) atomically; on failure the previous file stays and error says why.
    bool saveSuppressions(const QString& path, QString* error);

    /// Compares the current report with a report saved earlier (Report::baseline): the file is read in the
    /// background, then the report carries the comparison (reportChanged, progressChanged) and every export made
    /// afterwards shows it. A file that cannot be used is reported (errorOccurred) with its located problems and
    /// the report stays as it was. Returns false when there is no report to compare.
    bool compareWith(const QString& path);
    /// Takes the comparison off the report.
    void clearComparison();
    /// The saved report the current one is compared with, or "".
    QString comparisonPath() const { return m_previous ? m_previous->file : QString(); }
    bool isReadingComparison() const { return m_readingComparison != nullptr; }

    /// Draws the burn-down over the reports saved in a folder and the current one (Report::history): the folder
    /// is read in the background; files in it that are not reports are listed in the history's skipped. A
    /// folder that cannot be listed is reported (errorOccurred). Returns false when there is no report.
    bool loadHistory(const QString& folder);
    /// Takes the burn-down off the report.
    void clearHistory();
    /// The folder of the burn-down, or "".
    QString historyFolder() const { return m_history ? m_history->source : QString(); }
    bool isReadingHistory() const { return m_readingHistory != nullptr; }

    /// Tells the user about a problem (errorOccurred: the wizard shows it without blocking).
    /// details: one located problem a line.
    void reportError(const QString& title, const QString& message, const QStringList& details = {});

    /// Opens a URL or local file with the desktop (browser, editor, file manager, mail client).
    /// Emits externalOpenRequested first; tests and tools turn the actual opening off.
    void openExternal(const QUrl& url);
    void setExternalOpenEnabled(bool enabled) { m_externalOpen = enabled; }

signals:
    void reportChanged(std::shared_ptr<const sig2rtm::Report> report);
    void languageChanged(sig2rtm::ReportLanguage language);
    /// An assessment of path was started (the main window keeps it as a recent assessment).
    void assessmentStarted(const QString& path);
    void errorOccurred(const QString& title, const QString& message);
    /// Suppressions were added, undone or saved.
    void suppressionsChanged();
    void suppressionsSaved(const QString& path);
    void externalOpenRequested(const QUrl& url);
    /// A comparison or a burn-down was set, cleared, or started or stopped being read. Both belong to the
    /// report they were made for: a new scan drops them, findings marked not applicable recompute them.
    void progressChanged();

private:
    void applySuppressions(std::vector<Suppression> suppressions);
    /// Sets report's baseline and history from the saved report and folder the user chose (or none).
    void addProgress(Report& report) const;
    /// The current report again, with addProgress().
    void updateProgress();
    void dropProgress();
    static std::shared_ptr<const Report> inLanguage(std::shared_ptr<const Report> report, ReportLanguage language);

    Settings* m_settings;
    ScanController* m_scan;
    CompatibilityModel* m_compatibility;
    FindingsModel* m_findings;
    ReportLanguage m_language;
    Mode m_mode = Mode::Folder;
    QString m_inputPath;
    QString m_evidenceRow;
    QString m_evidenceFinding;
    QString m_evidenceClient;
    std::shared_ptr<const Report> m_report;
    std::shared_ptr<const ScanEvidence> m_evidence; ///< the scan behind m_report, when there is one
    std::vector<Suppression> m_added;
    QString m_savedPath;
    bool m_exported = false;
    QUndoStack* m_undo;
    bool m_externalOpen = true;
    std::optional<PreviousReport> m_previous;          ///< what the report is compared with
    std::optional<History> m_history;                  ///< the saved reports of the burn-down, without the current one
    QFutureWatcherBase* m_readingComparison = nullptr; ///< the read whose result counts; older ones are dropped
    QFutureWatcherBase* m_readingHistory = nullptr;
};

} // namespace sig2rtm::ui
