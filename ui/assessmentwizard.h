// SPDX-License-Identifier: MIT
#pragma once

#include "pageid.h"
#include "report.h"

#include <memory>
#include <QWizard>

namespace sig2rtm::ui {

class EvidencePage;
class ExportPage;
class PlanPage;
class ProgressPage;
class QuestionnairePage;
class ResultsPage;
class ScanPage;
class Session;
class StartPage;
class StepList;

/// The guided flow: start -> scan (or questionnaire) -> compatibility -> plan -> progress -> evidence -> export.
/// Navigates between the pages; what they share lives in the Session it hands each of them.
class AssessmentWizard final : public QWizard
{
    Q_OBJECT

public:
    explicit AssessmentWizard(Session* session, QWidget* parent = nullptr);
    ~AssessmentWizard() override;
    Q_DISABLE_COPY_MOVE(AssessmentWizard)

    Session* session() const { return m_session; }

    /// Goes straight to the scan of a folder or a project description (.json). Bad input shows an
    /// error and stays on the start page. Returns whether the scan started.
    bool startAssessment(const QString& path);
    /// Goes to the questionnaire.
    void startQuestionnaire();
    /// Shows the compatibility table of a finished report.
    void showReport(std::shared_ptr<const Report> report);
    /// Goes to the evidence step with a row (and optionally a finding, or only a client's findings) selected.
    void showEvidence(const QString& rowId, const QString& findingId = {}, const QString& clientId = {});
    /// Goes to the progress step of the current report (forward from the compatibility step or the plan, back
    /// from the evidence or the export). Returns whether it is shown.
    bool showProgress();
    /// Asks what to do with suppressions not saved yet before they would be lost (save, discard or stay).
    /// Returns whether to go on.
    bool confirmDiscardSuppressions();
    /// Opens the save dialog for the session's suppressions (proposing a path, never writing without a
    /// choice) and saves them. Returns whether they were saved.
    bool saveSuppressions();

    StartPage* startPage() const { return m_startPage; }
    QuestionnairePage* questionnairePage() const { return m_questionnairePage; }
    ScanPage* scanPage() const { return m_scanPage; }
    ResultsPage* resultsPage() const { return m_resultsPage; }
    PlanPage* planPage() const { return m_planPage; }
    ProgressPage* progressPage() const { return m_progressPage; }
    EvidencePage* evidencePage() const { return m_evidencePage; }
    ExportPage* exportPage() const { return m_exportPage; }

    /// Turns the message boxes that show the session's errors off (tools that drive the wizard
    /// themselves). The boxes are non-modal, so that nothing blocks and tests can find and close them.
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    void accept() override;
    void reject() override;
    int nextId() const override;
    bool validateCurrentPage() override;

signals:
    void contactSupportRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kWarmUpDelayMs = 300;
    void retranslateUi();
    void warmUpPages(int index);
    void showError(const QString& title, const QString& text);

    Session* m_session;
    StepList* m_steps;
    StartPage* m_startPage;
    QuestionnairePage* m_questionnairePage;
    ScanPage* m_scanPage;
    ResultsPage* m_resultsPage;
    PlanPage* m_planPage;
    ProgressPage* m_progressPage;
    EvidencePage* m_evidencePage;
    ExportPage* m_exportPage;
    bool m_errorDialogs = true;
    int m_jumpTo = -1; ///< the page the next next() goes to instead of the current page's next one
};

} // namespace sig2rtm::ui
