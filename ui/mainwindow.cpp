#include "mainwindow.h"

#include "assessmentwizard.h"
#include "contactsupportdialog.h"
#include "preferencesdialog.h"
#include "presentation.h"
#include "scancontroller.h"
#include "settings.h"
#include "startpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QWizard>

namespace sig2rtm::ui {

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_wizard(new AssessmentWizard(settings, this)),
      m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Presentation::appIcon());
    setCentralWidget(m_wizard);
    setAcceptDrops(true);
    statusBar()->addWidget(m_statusLabel, 1);
    createMenus();
    updateTitle();

    connect(m_wizard, &AssessmentWizard::assessmentStarted, this, [this](const QString& path) {
        m_settings->addRecentAssessment(path);
        refreshRecentMenu();
    });
    connect(m_wizard, &AssessmentWizard::reportChanged, this, [this] { updateTitle(); });
    connect(m_wizard, &AssessmentWizard::contactSupportRequested, this, &MainWindow::showContactSupport);
    connect(m_wizard->scanController(), &ScanController::started, this,
            [this] { m_statusLabel->setText(tr("Scanning…")); });
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] {
        const bool hasReport = m_wizard->report() != nullptr;
        m_exportAction->setEnabled(hasReport);
    });

    if (!restoreGeometry(m_settings->windowGeometry())) {
        resize(1200, 820);
    }
    restoreState(m_settings->windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* newAction = file->addAction(tr("&New assessment"), this, [this] { m_wizard->accept(); });
    newAction->setShortcut(QKeySequence::New);
    auto* folder = file->addAction(tr("&Scan a folder…"), this, &MainWindow::chooseFolder);
    folder->setShortcut(QKeySequence::Open);
    auto* description = file->addAction(tr("Open a project &description…"), this, &MainWindow::chooseDescription);
    description->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("Answer the &questionnaire"), this, [this] { m_wizard->startQuestionnaire(); });
    m_recentMenu = file->addMenu(tr("&Recent assessments"));
    refreshRecentMenu();
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export the report…"), this, [this] {
        // Walk forward through the steps whose work is done; the wizard's history keeps Back working.
        for (int guard = 0;
             guard < AssessmentWizard::ExportPageId && m_wizard->report() &&
             m_wizard->currentId() != AssessmentWizard::ExportPageId &&
             m_wizard->currentId() != AssessmentWizard::StartPageId && m_wizard->currentPage()->isComplete();
             ++guard) {
            m_wizard->next();
        }
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    file->addSeparator();
    auto* preferences = file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto* tools = menuBar()->addMenu(tr("&Tools"));
    m_supportAction = tools->addAction(tr("&Contact support…"), this, &MainWindow::showContactSupport);

    auto* help = menuBar()->addMenu(tr("&Help"));
    auto* guide = help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    auto* about = help->addAction(tr("&About sig2rtm"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const auto recent = m_settings->recentAssessments();
    int number = 1;
    for (const auto& path : recent) {
        const QString label =
            number < 10 ? tr("&%1 %2").arg(number).arg(QDir::toNativeSeparators(path)) : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(label, this, [this, path] { openPath(path); });
        ++number;
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent assessments"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the list"), this, [this] {
            m_settings->clearRecentAssessments();
            refreshRecentMenu();
            m_wizard->startPage()->refreshRecent();
        });
    }
}

void MainWindow::updateTitle()
{
    const auto& report = m_wizard->report();
    if (report && !report->projectName.isEmpty()) {
        setWindowTitle(tr("%1 — sig2rtm").arg(report->projectName));
    } else {
        setWindowTitle(tr("sig2rtm — Signaling to RTM migration assistant"));
    }
    if (report) {
        m_statusLabel->setText(report->partial
                                   ? tr("%1 (partial results)").arg(Presentation::verdictText(report->verdict))
                                   : Presentation::verdictText(report->verdict));
    } else {
        m_statusLabel->setText(tr("Ready"));
    }
    if (m_exportAction) {
        m_exportAction->setEnabled(report != nullptr);
    }
}

bool MainWindow::openPath(const QString& path)
{
    raise();
    activateWindow();
    return m_wizard->startAssessment(path);
}

ContactSupportDialog* MainWindow::showContactSupport()
{
    if (m_supportDialog) {
        m_supportDialog->close();
    }
    auto report = m_wizard->report();
    if (!report) {
        // Without an assessment the request is still useful: it asks for interop in general.
        auto empty = std::make_shared<Report>();
        empty->catalog = Catalog::builtin();
        report = std::move(empty);
    }
    auto* dialog = new ContactSupportDialog(report, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactSupportDialog::mailRequested, m_wizard, &AssessmentWizard::openExternal);
    m_supportDialog = dialog;
    dialog->show();
    dialog->raise();
    return dialog;
}

void MainWindow::chooseFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Choose the folder to scan"), QDir::homePath());
    if (!path.isEmpty()) {
        openPath(path);
    }
}

void MainWindow::chooseDescription()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a project description"), QDir::homePath(),
                                                      tr("Project descriptions (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        openPath(path);
    }
}

QString MainWindow::userGuidePath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    QStringList candidates{appDir.absoluteFilePath(QStringLiteral("../share/doc/sig2rtm/user-guide.md")),
                           appDir.absoluteFilePath(QStringLiteral("docs/user-guide.md"))};
#ifdef SIG2RTM_SOURCE_DIR
    candidates << QStringLiteral(SIG2RTM_SOURCE_DIR "/docs/user-guide.md");
#endif
    for (const auto& candidate : candidates) {
        if (QFileInfo(candidate).isFile()) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

void MainWindow::showUserGuide()
{
    const QString path = userGuidePath();
    if (path.isEmpty()) {
        m_wizard->reportError(tr("User guide not found"),
                              tr("The user guide (user-guide.md) is not installed next to sig2rtm."));
        return;
    }
    m_wizard->openExternal(QUrl::fromLocalFile(path));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About sig2rtm"),
                       tr("<h3>sig2rtm %1</h3>"
                          "<p>Tells which of Agora's five documented Signaling→RTM incompatibilities apply to your "
                          "code, shows the evidence and what to do about each.</p>"
                          "<p>Qt %2 (built with %3)</p>")
                           .arg(toolVersion(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        refreshRecentMenu();
        m_wizard->startPage()->refreshRecent();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_wizard->scanController()->cancelAndWait();
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

QString MainWindow::droppedPath(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile()) {
        return {};
    }
    const QFileInfo info(mime->urls().first().toLocalFile());
    if (info.isDir() || (info.isFile() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)) {
        return info.absoluteFilePath();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedPath(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedPath(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openPath(path);
    }
}

} // namespace sig2rtm::ui
