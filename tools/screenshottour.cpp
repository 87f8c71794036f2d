// SPDX-License-Identifier: MIT
#include "screenshottour.h"

#include "assessment.h"
#include "assessmentwizard.h"
#include "burndownchart.h"
#include "contactsupportdialog.h"
#include "evidencepage.h"
#include "exportpage.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "planpage.h"
#include "planstepsmodel.h"
#include "presentation.h"
#include "progresspage.h"
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
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
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

QString ScreenshotTour::saveEarlierReports(const Report& current, const QString& project, const QString& folder,
                                           QString* error)
{
    // Source files of the project with legacy calls and findings to fix, copied under other names: code that earlier
    // versions still had and the team has since ported. The oldest version has three such files (of three clients),
    // the next two, the newest one (the one with the most).
    QHash<QString, int> work;
    QHash<QString, QString> clientOf;
    for (const auto& f : current.findings) {
        if (isWork(f.effect) && f.line > 0 && f.context == Context::Code && !f.file.isEmpty()) {
            ++work[f.file];
            clientOf.insert(f.file, f.client);
        }
    }
    for (const auto& use : current.inventory) {
        if (work.contains(use.file)) {
            ++work[use.file];
        }
    }
    QStringList files = work.keys();
    std::sort(files.begin(), files.end(), [&](const QString& a, const QString& b) {
        return work.value(a) != work.value(b) ? work.value(a) > work.value(b) : a < b;
    });
    QStringList ported;
    QStringList clients;
    for (const auto& file : std::as_const(files)) {
        if (ported.size() < 3 && !clients.contains(clientOf.value(file))) {
            ported << file;
            clients << clientOf.value(file);
        }
    }
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString newest;
    for (int version = 0; version < ported.size(); ++version) {
        const QString copy = QDir(folder).absoluteFilePath(QStringLiteral("../versions/%1/").arg(version) +
                                                           QFileInfo(project).fileName());
        QDirIterator files(project, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString source = files.next();
            const QString target = QDir(copy).absoluteFilePath(QDir(project).relativeFilePath(source));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(source, target);
        }
        for (int i = 0; i < ported.size() - version; ++i) {
            const QFileInfo file(QDir(copy).absoluteFilePath(ported.at(i)));
            QFile::copy(file.absoluteFilePath(),
                        file.absoluteDir().absoluteFilePath(QStringLiteral("Legacy") + file.fileName()));
        }
        AssessmentRequest request;
        request.inputs = QStringList{copy};
        request.language = Presentation::reportLanguage();
        Diagnostics problems;
        auto report = assess(request, nullptr, nullptr, &problems);
        if (!report) {
            *error = toString(problems);
            return {};
        }
        // Three weeks apart, the newest a week ago, at the time of a weekly build.
        const QDate day = now.date().addDays(-7 - 21 * (ported.size() - 1 - version));
        report->generatedAt = QDateTime(day, QTime(9, 30), QTimeZone::utc());
        newest = QDir(folder).absoluteFilePath(day.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".json"));
        QSaveFile out(newest);
        if (!out.open(QIODevice::WriteOnly) || out.write(toJsonText(*report)) < 0 || !out.commit()) {
            *error = QStringLiteral("cannot write %1").arg(newest);
            return {};
        }
    }
    return newest;
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
    // How they ended last time, as the start page lists them.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    session->settings()->setRecentOutcome(tree, {QStringLiteral("needs-review"), now.addDays(-2), true});
    session->settings()->setRecentOutcome(m_samplePath, {QStringLiteral("incompatible"), now.addDays(-1), false});
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

    // Scan progress, on a tree large enough to catch mid-way; then cancel for the partial state. The scan is
    // fast and the machine may be idle: when it wins the race, start again (a few times) rather than give up.
    auto* scan = session->scanController();
    bool cancelled = false;
    for (int attempt = 0; attempt < 4 && !cancelled; ++attempt) {
        wizard->startAssessment(tree);
        waitFor(
            [scan] {
                const auto p = scan->lastProgress();
                return !p.walking && p.filesTotal > 0 && p.filesDone * 100 / p.filesTotal >= 5;
            },
            60000);
        // Grab at once and cancel before writing the picture, or it finishes first.
        QCoreApplication::processEvents();
        const QPixmap scanning = m_window->grab();
        wizard->scanPage()->cancelButton()->click();
        cancelled = waitFor([wizard] { return wizard->scanPage()->state() == ScanPage::State::Partial; }, 10000);
        if (cancelled && !save(scanning, QStringLiteral("scan"), error)) {
            return false;
        }
        if (!cancelled) {
            wizard->restart();
        }
    }
    if (!cancelled) {
        *error = QStringLiteral("the scan finished before it could be cancelled, four times");
        return false;
    }
    if (!save(m_window, QStringLiteral("scan-cancelled"), error)) {
        return false;
    }

    // The sample: compatibility table.
    wizard->startAssessment(m_samplePath);
    // A complete scan goes on to the compatibility step by itself.
    if (!waitFor([wizard] { return wizard->currentId() == ResultsPageId; }, 60000)) {
        *error = QStringLiteral("the sample scan did not finish");
        return false;
    }
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

    // Progress: this scan compared with last week's report, then the burn-down over the reports saved since.
    const QString reports = QDir(temp.path()).absoluteFilePath(QStringLiteral("legacy-chat-reports"));
    const QString lastWeek = saveEarlierReports(*session->report(), m_samplePath, reports, error);
    if (lastWeek.isEmpty()) {
        return false;
    }
    wizard->next();
    auto* progress = wizard->progressPage();
    session->compareWith(lastWeek);
    if (!waitFor([session] { return !session->isReadingComparison(); }, 30000) || !session->report()->baseline) {
        *error = QStringLiteral("the comparison with %1 failed").arg(lastWeek);
        return false;
    }
    if (!save(m_window, QStringLiteral("progress"), error)) {
        return false;
    }
    session->loadHistory(reports);
    if (!waitFor([session] { return !session->isReadingHistory(); }, 30000) || !session->report()->history) {
        *error = QStringLiteral("the burn-down over %1 failed").arg(reports);
        return false;
    }
    // The whole project's previous report chosen, as with the arrow keys.
    auto* chart = progress->chart();
    chart->setFocus();
    chart->setCurrent(0, static_cast<int>(session->report()->history->points.size()) - 2);
    if (!save(m_window, QStringLiteral("burndown"), error)) {
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
    exportPage->setFormats({QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("sarif")});
    exportPage->folderEdit()->setText(QDir::toNativeSeparators(temp.path()));
    exportPage->nameEdit()->setText(QStringLiteral("legacy-chat-sig2rtm"));
    exportPage->openAfterCheck()->setChecked(true);
    {
        QEventLoop loop;
        QObject::connect(exportPage, &ui::ExportPage::exportFinished, &loop, &QEventLoop::quit);
        if (exportPage->startExport()) {
            loop.exec();
        }
    }
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
