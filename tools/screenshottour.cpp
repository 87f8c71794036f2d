// SPDX-License-Identifier: MIT
#include "screenshottour.h"

#include "assessmentwizard.h"
#include "contactsupportdialog.h"
#include "evidencepage.h"
#include "exportpage.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "planpage.h"
#include "planstepsmodel.h"
#include "presentation.h"
#include "questionnairepage.h"
#include "scancontroller.h"
#include "scanpage.h"
#include "session.h"
#include "settings.h"
#include "startpage.h"
#include "suppressiondialog.h"
#include "synthetictree.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QUndoStack>

namespace sig2rtm::tools {

using namespace sig2rtm::ui;

ScreenshotTour::ScreenshotTour(MainWindow* window, const QString& outputDir, const QString& samplePath, QObject* parent)
    : QObject(parent), m_window(window), m_outputDir(outputDir), m_samplePath(samplePath)
{
}

bool ScreenshotTour::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

bool ScreenshotTour::save(QWidget* widget, const QString& step, QString* error)
{
    // Let layouts settle and pending paints happen before grabbing.
    waitFor([] { return false; }, 250);
    return save(widget->grab(), step, error);
}

bool ScreenshotTour::save(const QPixmap& picture, const QString& step, QString* error)
{
    const QString path = QDir(m_outputDir).absoluteFilePath(QStringLiteral("gui-%1.png").arg(step));
    if (!picture.save(path)) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    m_written << path;
    return true;
}

bool ScreenshotTour::run(QString* error)
{
    if (!QDir().mkpath(m_outputDir)) {
        *error = QStringLiteral("cannot create %1").arg(m_outputDir);
        return false;
    }
    if (m_samplePath.isEmpty()) {
        *error = QStringLiteral("the sample project was not found");
        return false;
    }
    auto* wizard = m_window->wizard();
    auto* session = m_window->session();
    session->setExternalOpenEnabled(false);
    wizard->setErrorDialogsEnabled(false);

    QTemporaryDir temp;
    const QString tree = QDir(temp.path()).absoluteFilePath(QStringLiteral("teamhub-monorepo"));
    QDir().mkpath(tree);
    if (!SyntheticTree::generate(tree, 60000, error)) {
        return false;
    }
    session->settings()->addRecentAssessment(tree);
    session->settings()->addRecentAssessment(m_samplePath);
    wizard->startPage()->refreshRecent();

    m_window->resize(m_size);
    m_window->show();
    if (!waitFor([this] { return m_window->isVisible(); }, 5000)) {
        *error = QStringLiteral("the window did not show");
        return false;
    }
    wizard->startPage()->selectFolder(m_samplePath);
    if (!save(m_window, QStringLiteral("start"), error)) {
        return false;
    }

    // Scan progress, on a tree large enough to catch mid-way; then cancel for the partial state.
    wizard->startAssessment(tree);
    auto* scan = session->scanController();
    waitFor(
        [scan] {
            const auto p = scan->lastProgress();
            return !p.walking && p.filesTotal > 0 && p.filesDone * 100 / p.filesTotal >= 10;
        },
        60000);
    // The scan is fast: grab at once and cancel before writing the picture, or it finishes first.
    QCoreApplication::processEvents();
    const QPixmap scanning = m_window->grab();
    wizard->scanPage()->cancelButton()->click();
    if (!save(scanning, QStringLiteral("scan"), error)) {
        return false;
    }
    if (!waitFor([wizard] { return wizard->scanPage()->state() == ScanPage::State::Partial; }, 10000)) {
        *error = QStringLiteral("the scan finished before it could be cancelled");
        return false;
    }
    if (!save(m_window, QStringLiteral("scan-cancelled"), error)) {
        return false;
    }

    // The sample: compatibility table.
    wizard->startAssessment(m_samplePath);
    if (!waitFor([wizard] { return wizard->scanPage()->state() == ScanPage::State::Done; }, 60000)) {
        *error = QStringLiteral("the sample scan did not finish");
        return false;
    }
    wizard->next();
    if (!save(m_window, QStringLiteral("compatibility"), error)) {
        return false;
    }

    // The plan: the clients and the work in order, the first port selected.
    wizard->next();
    auto* plan = wizard->planPage();
    auto* steps = plan->stepsModel();
    for (int row = 0; row < steps->rowCount(); ++row) {
        if (steps->step(steps->index(row, 0))->kind == PlanStep::Kind::Port) {
            plan->stepsView()->setCurrentIndex(steps->index(row, 0));
            break;
        }
    }
    if (!save(m_window, QStringLiteral("plan"), error)) {
        return false;
    }
    wizard->back();

    // Evidence: the object message sent by the Web client.
    wizard->showEvidence(QStringLiteral("web-non-string-message"));
    auto* evidence = wizard->evidencePage();
    auto* findings = session->findingsModel();
    for (int row = 0; row < findings->rowCount(); ++row) {
        const auto* f = findings->finding(row);
        if (f->row == QLatin1String("web-non-string-message") && f->line > 0 && f->effect == Effect::Fail) {
            evidence->selectFinding(f->id);
            break;
        }
    }
    if (!save(m_window, QStringLiteral("evidence"), error)) {
        return false;
    }

    // Marking a finding not applicable: the dialog, then the row counting it; undone before going on.
    if (!evidence->suppressButton()->isEnabled()) {
        // Another project than the sample: the first finding that can be marked.
        evidence->setRow(QString());
        for (int row = 0; row < findings->rowCount(); ++row) {
            if (session->canSuppress(*findings->finding(row))) {
                evidence->selectFinding(findings->finding(row)->id);
                break;
            }
        }
    }
    auto* notApplicable = evidence->markNotApplicable();
    if (!notApplicable) {
        *error = QStringLiteral("the selected finding cannot be marked not applicable");
        return false;
    }
    notApplicable->reasonEdit()->setText(ui::Presentation::reportLanguage() == ReportLanguage::Chinese
                                             ? QStringLiteral("测试页面，不会发布")
                                             : QStringLiteral("Test page, never shipped"));
    if (!save(notApplicable, QStringLiteral("not-applicable"), error)) {
        return false;
    }
    notApplicable->accept();
    if (!save(m_window, QStringLiteral("evidence-suppressed"), error)) {
        return false;
    }
    session->suppressionStack()->undo();

    // Export.
    wizard->next();
    auto* exportPage = wizard->exportPage();
    exportPage->setFormat(QStringLiteral("html"));
    const QString reportPath = QDir(temp.path()).absoluteFilePath(QStringLiteral("legacy-chat-sig2rtm.html"));
    exportPage->pathEdit()->setText(QDir::toNativeSeparators(reportPath));
    exportPage->openAfterCheck()->setChecked(true);
    exportPage->exportTo(exportPage->format(), reportPath);
    if (!save(m_window, QStringLiteral("export"), error)) {
        return false;
    }

    // Contact support.
    auto* dialog = m_window->showContactSupport();
    dialog->appIdEdit()->setText(QStringLiteral("0123456789abcdef0123456789abcdef"));
    dialog->resize(760, 680);
    if (!save(dialog, QStringLiteral("contact-support"), error)) {
        return false;
    }
    dialog->close();

    // Questionnaire.
    wizard->startQuestionnaire();
    auto* q = wizard->questionnairePage();
    q->nameEdit()->setText(QStringLiteral("Legacy Chat"));
    q->platformCheck(QStringLiteral("web"))->setChecked(true);
    q->versionEdit(QStringLiteral("web"))->setText(QStringLiteral("1.0.5"));
    q->platformCheck(QStringLiteral("android"))->setChecked(true);
    q->platformCheck(QStringLiteral("ios"))->setChecked(true);
    q->versionEdit(QStringLiteral("ios"))->setText(QStringLiteral("1.2.1.43"));
    q->featureCheck(QStringLiteral("special-channels"), QStringLiteral("web"))->setChecked(true);
    q->messageTypeCheck(QStringLiteral("object"))->setChecked(true);
    q->messageTypeCheck(QStringLiteral("string"))->setChecked(true);
    q->featureCheck(QStringLiteral("pstn"), QStringLiteral("android"))->setChecked(true);
    q->versionHelpLabel()->setText(Questionnaire::versionHelp(QStringLiteral("android")));
    if (!save(m_window, QStringLiteral("questionnaire"), error)) {
        return false;
    }
    wizard->next();
    return save(m_window, QStringLiteral("questionnaire-results"), error);
}

} // namespace sig2rtm::tools
