#pragma once

#include "assessment.h"

#include <memory>
#include <QUrl>
#include <QWizard>

namespace sig2rtm::ui {

class CompatibilityModel;
class EvidencePage;
class ExportPage;
class FindingsModel;
class QuestionnairePage;
class ResultsPage;
class ScanController;
class ScanPage;
class Settings;
class StartPage;
class StepList;

/// The guided flow: start -> scan (or questionnaire) -> compatibility -> evidence -> export.
/// Owns the assessment state the pages share: the inputs, the scan and the current report.
class AssessmentWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { StartPageId, QuestionnairePageId, ScanPageId, ResultsPageId, EvidencePageId, ExportPageId };
    enum class Mode { Folder, Description, Questionnaire };

    explicit AssessmentWizard(Settings* settings, QWidget* parent = nullptr);
    ~AssessmentWizard() override;
    Q_DISABLE_COPY_MOVE(AssessmentWizard)

    /// Goes straight to the scan of a folder or a project description (.json). Bad input shows an
    /// error and stays on the start page. Returns whether the scan started.
    bool startAssessment(const QString& path);
    /// Goes to the questionnaire.
    void startQuestionnaire();
    /// Shows the compatibility table of a finished report.
    void showReport(std::shared_ptr<const Report> report);
    /// Goes to the evidence step with a row (and optionally a finding) selected.
    void showEvidence(const QString& rowId, const QString& findingId = {});

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    QString inputPath() const { return m_inputPath; }
    void setInputPath(const QString& path) { m_inputPath = path; }
    /// The request a scan of the current input makes, with the user's exclusions and language.
    AssessmentRequest request() const;

    /// What the evidence step selects when it opens.
    void setEvidenceTarget(const QString& rowId, const QString& findingId = {})
    {
        m_evidenceRow = rowId;
        m_evidenceFinding = findingId;
    }
    QString evidenceRowId() const { return m_evidenceRow; }
    QString evidenceFindingId() const { return m_evidenceFinding; }

    const std::shared_ptr<const Report>& report() const { return m_report; }
    void setReport(std::shared_ptr<const Report> report);

    Settings* settings() const { return m_settings; }
    ScanController* scanController() const { return m_scan; }
    CompatibilityModel* compatibilityModel() const { return m_compatibility; }
    FindingsModel* findingsModel() const { return m_findings; }

    StartPage* startPage() const { return m_startPage; }
    QuestionnairePage* questionnairePage() const { return m_questionnairePage; }
    ScanPage* scanPage() const { return m_scanPage; }
    ResultsPage* resultsPage() const { return m_resultsPage; }
    EvidencePage* evidencePage() const { return m_evidencePage; }
    ExportPage* exportPage() const { return m_exportPage; }

    /// Tells the user about a problem: emits errorOccurred and shows a non-modal message box (so
    /// that nothing blocks, and tests can find and close it). details: one located problem a line.
    void reportError(const QString& title, const QString& message, const QStringList& details = {});
    /// Turns the message boxes of reportError() off (tools that drive the wizard themselves).
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    /// Opens a URL or local file with the desktop (browser, editor, file manager, mail client).
    /// Emits externalOpenRequested first; tests turn the actual opening off.
    void openExternal(const QUrl& url);
    void setExternalOpenEnabled(bool enabled) { m_externalOpen = enabled; }

    /// A page title as shown in the wizard's header: larger than the body text.
    static QString heading(const QString& title);

    /// Located problems as people read them: "file, line 3, column 7: message".
    static QStringList describe(const Diagnostics& diagnostics);

    void accept() override;
    void reject() override;

signals:
    void reportChanged(std::shared_ptr<const sig2rtm::Report> report);
    /// An assessment of path was started (the main window keeps it as a recent assessment).
    void assessmentStarted(const QString& path);
    void errorOccurred(const QString& title, const QString& message);
    void contactSupportRequested();
    void externalOpenRequested(const QUrl& url);

private:
    static constexpr int kWarmUpDelayMs = 300;
    void warmUpPages(int index);

    Settings* m_settings;
    ScanController* m_scan;
    CompatibilityModel* m_compatibility;
    FindingsModel* m_findings;
    StepList* m_steps;
    StartPage* m_startPage;
    QuestionnairePage* m_questionnairePage;
    ScanPage* m_scanPage;
    ResultsPage* m_resultsPage;
    EvidencePage* m_evidencePage;
    ExportPage* m_exportPage;

    Mode m_mode = Mode::Folder;
    QString m_inputPath;
    QString m_evidenceRow;
    QString m_evidenceFinding;
    std::shared_ptr<const Report> m_report;
    bool m_errorDialogs = true;
    bool m_externalOpen = true;
};

} // namespace sig2rtm::ui
