#include "assessmentwizard.h"

#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "exportpage.h"
#include "findingsmodel.h"
#include "presentation.h"
#include "questionnairepage.h"
#include "resultspage.h"
#include "scancontroller.h"
#include "scanpage.h"
#include "settings.h"
#include "startpage.h"
#include "steplist.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWizard, "sig2rtm.ui.wizard", QtInfoMsg)

namespace sig2rtm::ui {

AssessmentWizard::AssessmentWizard(Settings* settings, QWidget* parent)
    : QWizard(parent), m_settings(settings), m_scan(new ScanController(this)),
      m_compatibility(new CompatibilityModel(this)), m_findings(new FindingsModel(this)), m_steps(new StepList(this)),
      m_startPage(new StartPage(this)), m_questionnairePage(new QuestionnairePage(this)),
      m_scanPage(new ScanPage(this)), m_resultsPage(new ResultsPage(this)), m_evidencePage(new EvidencePage(this)),
      m_exportPage(new ExportPage(this))
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
    setPage(EvidencePageId, m_evidencePage);
    setPage(ExportPageId, m_exportPage);
    setStartId(StartPageId);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("New assessment"));

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
        case EvidencePageId:
            step = 3;
            break;
        case ExportPageId:
            step = 4;
            break;
        default:
            break;
        }
        m_steps->setCurrentStep(step, m_mode == Mode::Questionnaire);
    });
    QTimer::singleShot(kWarmUpDelayMs, this, [this] { warmUpPages(0); });
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

AssessmentWizard::~AssessmentWizard()
{
    // Cancel, then wait, before the pages that listen to the scan go away.
    m_scan->cancelAndWait();
}

AssessmentRequest AssessmentWizard::request() const
{
    AssessmentRequest r;
    r.inputs = QStringList{m_inputPath};
    r.exclude = m_settings->defaultExclusions();
    r.useDefaultSkips = m_settings->useDefaultSkips();
    r.language = Presentation::reportLanguage();
    r.catalog = Catalog::builtin();
    return r;
}

void AssessmentWizard::setReport(std::shared_ptr<const Report> report)
{
    m_report = std::move(report);
    m_compatibility->setReport(m_report);
    m_findings->setReport(m_report);
    emit reportChanged(m_report);
}

bool AssessmentWizard::startAssessment(const QString& path)
{
    if (currentId() != StartPageId) {
        restart();
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        m_startPage->selectFolder(info.absoluteFilePath());
    } else {
        m_startPage->selectDescription(info.exists() ? info.absoluteFilePath() : path);
    }
    next();
    return currentId() == ScanPageId;
}

void AssessmentWizard::startQuestionnaire()
{
    if (currentId() != StartPageId) {
        restart();
    }
    m_startPage->selectQuestionnaire();
    next();
}

void AssessmentWizard::showReport(std::shared_ptr<const Report> report)
{
    setReport(std::move(report));
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

void AssessmentWizard::showEvidence(const QString& rowId, const QString& findingId)
{
    setEvidenceTarget(rowId, findingId);
    if (currentId() == EvidencePageId) {
        m_evidencePage->initializePage();
        return;
    }
    if (currentId() == ResultsPageId) {
        m_resultsPage->selectRow(rowId);
        next();
        setEvidenceTarget(rowId, findingId);
        m_evidencePage->initializePage();
    }
}

void AssessmentWizard::accept()
{
    // Finish on the last step starts over instead of closing the embedded wizard.
    m_scan->cancelAndWait();
    m_mode = Mode::Folder;
    restart();
    setReport(nullptr);
}

void AssessmentWizard::reject()
{
    // Escape must not hide the embedded wizard; it cancels a running scan instead.
    if (m_scan->isRunning()) {
        m_scan->cancel();
    }
}

void AssessmentWizard::openExternal(const QUrl& url)
{
    emit externalOpenRequested(url);
    if (m_externalOpen && !QDesktopServices::openUrl(url)) {
        reportError(tr("Cannot open"), tr("No application could open %1.").arg(url.toDisplayString()));
    }
}

QString AssessmentWizard::heading(const QString& title)
{
    const double size = QApplication::font().pointSizeF() * 1.35;
    return QStringLiteral("<span style=\"font-size:%1pt; font-weight:600;\">%2</span>")
        .arg(size, 0, 'f', 1)
        .arg(title.toHtmlEscaped());
}

QStringList AssessmentWizard::describe(const Diagnostics& diagnostics)
{
    QStringList lines;
    for (const auto& d : diagnostics) {
        const QString file = d.file.isEmpty() ? QString() : QFileInfo(d.file).fileName();
        QString where;
        if (d.line > 0 && d.column > 0) {
            where = tr("%1, line %2, column %3").arg(file).arg(d.line).arg(d.column);
        } else if (d.line > 0) {
            where = tr("%1, line %2").arg(file).arg(d.line);
        } else {
            where = QDir::toNativeSeparators(d.file);
        }
        QString line = where.isEmpty() ? d.message : tr("%1: %2").arg(where, d.message);
        if (!d.pointer.isEmpty()) {
            line += tr(" (at %1)").arg(d.pointer);
        }
        lines << line;
    }
    return lines;
}

void AssessmentWizard::reportError(const QString& title, const QString& message, const QStringList& details)
{
    const QString text = details.isEmpty() ? message : message + u'\n' + u'\n' + details.join(u'\n');
    qCDebug(lcWizard).noquote() << title << text;
    emit errorOccurred(title, text);
    if (!m_errorDialogs) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Non-modal: nothing blocks, a running scan keeps going, tests can read and close it.
    box->setModal(false);
    box->setWindowModality(Qt::NonModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->show();
}

} // namespace sig2rtm::ui
