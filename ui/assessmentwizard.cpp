// SPDX-License-Identifier: MIT
#include "assessmentwizard.h"

#include "evidencepage.h"
#include "exportpage.h"
#include "planpage.h"
#include "presentation.h"
#include "progresspage.h"
#include "questionnairepage.h"
#include "resultspage.h"
#include "scancontroller.h"
#include "scanpage.h"
#include "session.h"
#include "startpage.h"
#include "steplist.h"

#include <algorithm>
#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLayout>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcWizard, "sig2rtm.ui.wizard", QtInfoMsg)

namespace sig2rtm::ui {

AssessmentWizard::AssessmentWizard(Session* session, QWidget* parent)
    : QWizard(parent), m_session(session), m_steps(new StepList(this)), m_startPage(new StartPage(session, this)),
      m_questionnairePage(new QuestionnairePage(session, this)), m_scanPage(new ScanPage(session, this)),
      m_resultsPage(new ResultsPage(session, this)), m_planPage(new PlanPage(session, this)),
      m_progressPage(new ProgressPage(session, this)), m_evidencePage(new EvidencePage(session, this)),
      m_exportPage(new ExportPage(session, this))
{
    // Embedded in the main window: a child widget, not a dialog of its own.
    setWindowFlags(Qt::Widget);
    setWizardStyle(QWizard::ClassicStyle);
    setTitleFormat(Qt::RichText);
    setSubTitleFormat(Qt::PlainText);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage);
    setSideWidget(m_steps);
    setPage(StartPageId, m_startPage);
    setPage(QuestionnairePageId, m_questionnairePage);
    setPage(ScanPageId, m_scanPage);
    setPage(ResultsPageId, m_resultsPage);
    setPage(PlanPageId, m_planPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(EvidencePageId, m_evidencePage);
    setPage(ExportPageId, m_exportPage);
    setStartId(StartPageId);
    retranslateUi();

    connect(m_session, &Session::errorOccurred, this, &AssessmentWizard::showError);
    connect(m_startPage, &StartPage::assessmentRequested, this, &AssessmentWizard::startAssessment);
    connect(m_resultsPage, &ResultsPage::evidenceRequested, this,
            [this](const QString& rowId) { showEvidence(rowId); });
    connect(m_resultsPage, &ResultsPage::contactSupportRequested, this, &AssessmentWizard::contactSupportRequested);
    connect(m_planPage, &PlanPage::evidenceRequested, this,
            [this](const QString& rowId, const QString& clientId) { showEvidence(rowId, {}, clientId); });
    connect(m_evidencePage, &EvidencePage::saveSuppressionsRequested, this, &AssessmentWizard::saveSuppressions);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        int step = 0;
        switch (id) {
        case StartPageId:
            step = 0;
            break;
        case QuestionnairePageId:
        case ScanPageId:
            step = 1;
            break;
        case ResultsPageId:
            step = 2;
            break;
        case PlanPageId:
            step = 3;
            break;
        case ProgressPageId:
            step = 4;
            break;
        case EvidencePageId:
            step = 5;
            break;
        case ExportPageId:
            step = 6;
            break;
        default:
            break;
        }
        m_steps->setCurrentStep(step, m_session->mode() == Session::Mode::Questionnaire);
    });
    QTimer::singleShot(kWarmUpDelayMs, this, [this] { warmUpPages(0); });
}

AssessmentWizard::~AssessmentWizard() = default;

void AssessmentWizard::retranslateUi()
{
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("New assessment"));
}

void AssessmentWizard::changeEvent(QEvent* event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void AssessmentWizard::warmUpPages(int index)
{
    // Polishing and laying out a page the first time it is shown costs tens of milliseconds: do it
    // for the pages not shown yet while the user reads the start page, one page per event-loop turn.
    const QList<int> ids = pageIds();
    if (index >= ids.size()) {
        return;
    }
    if (auto* p = page(ids.at(index)); p && !p->isVisible()) {
        p->ensurePolished();
        if (p->layout()) {
            p->layout()->activate();
        }
    }
    QTimer::singleShot(0, this, [this, index] { warmUpPages(index + 1); });
}

bool AssessmentWizard::startAssessment(const QString& path)
{
    if (!confirmDiscardSuppressions()) {
        return false;
    }
    if (currentId() != StartPageId) {
        restart();
    }
    const QFileInfo info(path);
    // A path that does not exist keeps the mode its name suggests (a folder unless it ends in .json): the start
    // page shows it there, with the error, for the user to correct.
    if (info.isDir() || (!info.exists() && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))) {
        m_startPage->selectFolder(info.exists() ? info.absoluteFilePath() : path);
    } else {
        m_startPage->selectDescription(info.exists() ? info.absoluteFilePath() : path);
    }
    next();
    return currentId() == ScanPageId;
}

void AssessmentWizard::startQuestionnaire()
{
    if (!confirmDiscardSuppressions()) {
        return;
    }
    if (currentId() != StartPageId) {
        restart();
    }
    m_startPage->selectQuestionnaire();
    next();
}

void AssessmentWizard::showReport(std::shared_ptr<const Report> report)
{
    m_session->setReport(std::move(report));
    if (currentId() == ResultsPageId) {
        return;
    }
    // Results are reached through the page history so that Back keeps working.
    if (currentId() != ScanPageId && currentId() != QuestionnairePageId) {
        qCWarning(lcWizard) << "showReport from page" << currentId();
        return;
    }
    next();
}

void AssessmentWizard::showEvidence(const QString& rowId, const QString& findingId, const QString& clientId)
{
    m_session->setEvidenceTarget(rowId, findingId, clientId);
    if (currentId() == EvidencePageId) {
        m_evidencePage->initializePage();
        return;
    }
    if (currentId() == ResultsPageId) {
        m_resultsPage->selectRow(rowId);
    }
    if (currentId() == ResultsPageId || currentId() == PlanPageId) {
        // Straight to the evidence: Back returns to the page that asked for it.
        m_jumpTo = EvidencePageId;
        next();
        m_jumpTo = -1;
        m_session->setEvidenceTarget(rowId, findingId, clientId);
        m_evidencePage->initializePage();
    }
}

bool AssessmentWizard::showProgress()
{
    if (!m_session->report()) {
        return false;
    }
    // Through the page history, so that Back keeps working: forward over the steps whose work is done, back
    // from the ones after it.
    for (int guard = 0; guard < 2 * ExportPageId && currentId() != ProgressPageId; ++guard) {
        const int id = currentId();
        if ((id == ScanPageId || id == ResultsPageId || id == PlanPageId) && currentPage()->isComplete()) {
            next();
        } else if (id == EvidencePageId || id == ExportPageId) {
            back();
        } else {
            break;
        }
        if (currentId() == id) {
            break;
        }
    }
    return currentId() == ProgressPageId;
}

int AssessmentWizard::nextId() const
{
    return m_jumpTo >= 0 ? m_jumpTo : QWizard::nextId();
}

bool AssessmentWizard::validateCurrentPage()
{
    // Leaving the start page starts a new assessment, which forgets the suppressions of the current one.
    if (currentId() == StartPageId && !confirmDiscardSuppressions()) {
        return false;
    }
    return QWizard::validateCurrentPage();
}

bool AssessmentWizard::confirmDiscardSuppressions()
{
    if (!m_session->hasUnsavedSuppressions()) {
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Unsaved suppressions"),
                    tr("Findings you marked as not applicable are not saved yet. Save them in a project "
                       "description before you go on?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedSuppressionsDialog"));
    // Enter saves: the default never throws work away.
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveSuppressions();
    case QMessageBox::Discard:
        m_session->suppressionStack()->setClean();
        return true;
    default:
        return false;
    }
}

bool AssessmentWizard::saveSuppressions()
{
    const QString proposed = m_session->proposedSuppressionsPath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the suppressions in a project description"),
                                                      proposed, tr("Project descriptions (*.json)"));
    if (path.isEmpty()) {
        return false;
    }
    QString error;
    if (!m_session->saveSuppressions(path, &error)) {
        m_session->reportError(tr("Cannot save the suppressions"), error);
        return false;
    }
    return true;
}

void AssessmentWizard::accept()
{
    if (!confirmDiscardSuppressions()) {
        return;
    }
    // "New assessment" sits where Next was: a double click on Next must not throw the results away unasked.
    if (m_session->report() && !m_session->reportExported()) {
        // Enter keeps the results.
        if (!Presentation::confirm(
                this, QStringLiteral("discardAssessmentDialog"), tr("Start a new assessment?"),
                tr("The results of this assessment have not been exported. A new assessment replaces them."),
                tr("&Start a new assessment"))) {
            return;
        }
    }
    // Finish on the last step starts over instead of closing the embedded wizard.
    m_session->scanController()->cancelAndWait();
    m_session->setMode(Session::Mode::Folder);
    restart();
    m_session->setReport(nullptr);
}

void AssessmentWizard::reject()
{
    // Escape must not hide the embedded wizard; it cancels a running scan instead.
    if (m_session->scanController()->isRunning()) {
        m_session->scanController()->cancel();
    }
}

void AssessmentWizard::showError(const QString& title, const QString& text)
{
    if (!m_errorDialogs) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    // Messages quote paths and file contents: shown as they are, never read as markup.
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Non-modal: nothing blocks, a running scan keeps going, tests can read and close it.
    box->setModal(false);
    box->setWindowModality(Qt::NonModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A short message makes a narrow box whose title the window manager cuts ("Nothing to a…"): room for the
    // whole title, within reason.
    if (auto* grid = qobject_cast<QGridLayout*>(box->layout())) {
        const int titleWidth = std::min(box->fontMetrics().horizontalAdvance(title) + 160, 640);
        grid->addItem(new QSpacerItem(titleWidth, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                      grid->columnCount());
    }
    box->show();
}

} // namespace sig2rtm::ui
