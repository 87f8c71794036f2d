// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "assessmentwizard.h"
#include "contactsupportdialog.h"
#include "preferencesdialog.h"
#include "presentation.h"
#include "progresspage.h"
#include "reporttext.h"
#include "scancontroller.h"
#include "session.h"
#include "settings.h"
#include "startpage.h"
#include "translations.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWizard>

namespace sig2rtm::ui {

MainWindow::MainWindow(Settings* settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_session(new Session(settings, this)),
      m_wizard(new AssessmentWizard(m_session, this)), m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Presentation::appIcon());
    setCentralWidget(m_wizard);
    setAcceptDrops(true);
    statusBar()->addWidget(m_statusLabel, 1);
    createMenus();
    retranslateUi();

    connect(m_session, &Session::assessmentStarted, this, [this](const QString& path) {
        m_settings->addRecentAssessment(path);
        refreshRecentMenu();
    });
    connect(m_session, &Session::reportChanged, this, [this](const std::shared_ptr<const Report>& report) {
        updateTitle();
        // The start page lists how each recent assessment ended.
        if (report && m_session->mode() != Session::Mode::Questionnaire && !m_session->inputPath().isEmpty()) {
            m_settings->setRecentOutcome(m_session->inputPath(),
                                         {toString(report->verdict), report->generatedAt, report->partial});
        }
    });
    connect(m_wizard, &AssessmentWizard::contactSupportRequested, this, &MainWindow::showContactSupport);
    connect(m_session->scanController(), &ScanController::started, this,
            [this] { m_statusLabel->setText(tr("Scanning…")); });
    connect(m_wizard, &QWizard::currentIdChanged, this, [this] {
        const bool hasReport = m_session->report() != nullptr;
        m_exportAction->setEnabled(hasReport);
        m_compareAction->setEnabled(hasReport);
        m_historyAction->setEnabled(hasReport);
    });
    connect(m_session, &Session::suppressionsChanged, this,
            [this] { m_saveSuppressionsAction->setEnabled(m_session->hasUnsavedSuppressions()); });
    connect(m_session, &Session::suppressionsSaved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Suppressions saved to %1").arg(QDir::toNativeSeparators(path)), kMessageMs);
    });

    if (!restoreGeometry(m_settings->windowGeometry())) {
        resize(1200, 820);
    }
    restoreState(m_settings->windowState());
    fitToScreen();
}

MainWindow::~MainWindow()
{
    // The pages use the session: they go first.
    delete m_wizard;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, [this] { m_wizard->accept(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_folderAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFolder);
    m_folderAction->setShortcut(QKeySequence::Open);
    m_descriptionAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseDescription);
    m_descriptionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_questionnaireAction = m_fileMenu->addAction(QString(), this, [this] { m_wizard->startQuestionnaire(); });
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_exportAction = m_fileMenu->addAction(QString(), this, [this] {
        // Walk forward through the steps whose work is done; the wizard's history keeps Back working.
        for (int guard = 0; guard < ExportPageId && m_session->report() && m_wizard->currentId() != ExportPageId &&
                            m_wizard->currentId() != StartPageId && m_wizard->currentPage()->isComplete();
             ++guard) {
            m_wizard->next();
        }
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_saveSuppressionsAction = m_fileMenu->addAction(QString(), m_wizard, &AssessmentWizard::saveSuppressions);
    m_saveSuppressionsAction->setShortcut(QKeySequence::Save);
    m_saveSuppressionsAction->setEnabled(false);
    m_fileMenu->addSeparator();
    // Both show the progress step, where the comparison and the burn-down are.
    m_compareAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_wizard->showProgress()) {
            m_wizard->progressPage()->chooseComparison();
        }
    });
    m_compareAction->setEnabled(false);
    m_historyAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_wizard->showProgress()) {
            m_wizard->progressPage()->chooseHistory();
        }
    });
    m_historyAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_preferencesAction = m_fileMenu->addAction(QString(), this, &MainWindow::showPreferences);
    // Linux desktops define no Preferences key: Ctrl+, there, as on the other systems.
    m_preferencesAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_toolsMenu = menuBar()->addMenu(QString());
    m_supportAction = m_toolsMenu->addAction(QString(), this, &MainWindow::showContactSupport);

    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showUserGuide);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New assessment"));
    m_folderAction->setText(tr("&Scan a folder…"));
    m_descriptionAction->setText(tr("Open a project &description…"));
    m_questionnaireAction->setText(tr("&Answer the questionnaire"));
    m_recentMenu->setTitle(tr("&Recent assessments"));
    m_exportAction->setText(tr("&Export the report…"));
    m_saveSuppressionsAction->setText(tr("Save s&uppressions…"));
    m_compareAction->setText(tr("&Compare with a previous report…"));
    m_historyAction->setText(tr("&Burn-down from saved reports…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_supportAction->setText(tr("&Contact support…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About sig2rtm"));
    m_aboutQtAction->setText(tr("About &Qt"));
    refreshRecentMenu();
    updateTitle();
    if (m_session->scanController()->isRunning()) {
        m_statusLabel->setText(tr("Scanning…"));
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void MainWindow::applyLanguage(const QString& code)
{
    Translations::install(qApp, code);
    m_session->setLanguage(Presentation::reportLanguage());
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const auto recent = m_settings->recentAssessments();
    int number = 1;
    for (const auto& path : recent) {
        // "&" in a folder name is a letter, not a mnemonic.
        const QString shown = visibleText(QDir::toNativeSeparators(path)).replace(u'&', QStringLiteral("&&"));
        const QString label = number < 10 ? tr("&%1 %2").arg(QString::number(number), shown) : shown;
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

void MainWindow::fitToScreen()
{
    // A size saved on a larger screen, or the default one on a laptop, must not put Next and the status bar off
    // screen: shrink to the available area and move inside it.
    const QScreen* where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where || isMaximized() || isFullScreen()) {
        return;
    }
    const QRect available = where->availableGeometry();
    // The frame is not known before the first show: keep a margin for it.
    const QSize frameMargin(16, 48);
    const QSize fitted = size().boundedTo(available.size() - frameMargin);
    if (fitted != size()) {
        resize(fitted);
    }
    QRect frame = frameGeometry();
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width())));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height())));
    if (frame.topLeft() != frameGeometry().topLeft()) {
        move(frame.topLeft());
    }
}

void MainWindow::updateTitle()
{
    // The platform adds the application's name ("… — sig2rtm"): the title holds only what is not in it.
    const auto& report = m_session->report();
    if (report && !report->projectName.isEmpty()) {
        setWindowTitle(visibleText(report->projectName));
    } else {
        setWindowTitle(tr("Signaling to RTM migration assistant"));
    }
    if (report) {
        QString status = Presentation::verdictText(report->verdict);
        if (const auto migration = report->migration()) {
            status = tr("%1 · %2").arg(report->render(migration->headline), status);
        }
        m_statusLabel->setText(report->partial ? tr("%1 (partial results)").arg(status) : status);
    } else {
        m_statusLabel->setText(tr("Ready"));
    }
    if (m_exportAction) {
        m_exportAction->setEnabled(report != nullptr);
        m_compareAction->setEnabled(report != nullptr);
        m_historyAction->setEnabled(report != nullptr);
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
    auto* dialog = new ContactSupportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactSupportDialog::mailRequested, m_session, &Session::openExternal);
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
                           appDir.absoluteFilePath(QStringLiteral("../Resources/user-guide.md")), // macOS bundle
                           appDir.absoluteFilePath(QStringLiteral("docs/user-guide.md"))};
    // Developers: SIG2RTM_DATA_DIR names the source tree's resources/, and the guide is in its docs/.
    if (const QString dataDir = qEnvironmentVariable("SIG2RTM_DATA_DIR"); !dataDir.isEmpty()) {
        candidates << QDir(dataDir).absoluteFilePath(QStringLiteral("../docs/user-guide.md"));
    }
    for (const auto& candidate : candidates) {
        if (QFileInfo(candidate).isFile()) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

QDialog* MainWindow::showUserGuide()
{
    if (m_guideDialog) {
        m_guideDialog->raise();
        m_guideDialog->activateWindow();
        return m_guideDialog;
    }
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (!guide.open(QIODevice::ReadOnly)) {
        m_session->reportError(tr("User guide not found"), tr("The user guide is missing from this build."));
        return nullptr;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("userGuideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("User guide"));
    auto* browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("userGuideBrowser"));
    browser->setAccessibleName(tr("User guide"));
    browser->setOpenExternalLinks(true);
    // The screenshots, when the docs folder is there (installed, or the source tree).
    if (const QString installed = userGuidePath(); !installed.isEmpty()) {
        browser->setSearchPaths({QFileInfo(installed).absolutePath()});
    }
    browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    // Screenshots at most as wide as the reading column, their proportions kept.
    constexpr int kImageWidth = 720;
    QTextCursor cursor(browser->document());
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) {
                continue;
            }
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            image.setWidth(kImageWidth);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    const QScreen* where = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize available = where ? where->availableGeometry().size() - QSize(40, 80) : QSize(900, 720);
    dialog->resize(QSize(kImageWidth + 120, 760).boundedTo(available));
    m_guideDialog = dialog;
    dialog->show();
    browser->setFocus();
    return dialog;
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
        applyLanguage(m_settings->language());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_wizard->confirmDiscardSuppressions()) {
        event->ignore();
        return;
    }
    m_session->scanController()->cancelAndWait();
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
    const QString path = droppedPath(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        showDropTarget(path);
    }
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent* event)
{
    QMainWindow::dragLeaveEvent(event);
    showDropTarget({});
}

void MainWindow::dropEvent(QDropEvent* event)
{
    showDropTarget({});
    const QString path = droppedPath(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openPath(path);
    }
}

void MainWindow::showDropTarget(const QString& path)
{
    if (path.isEmpty()) {
        if (m_dropTarget) {
            m_dropTarget->hide();
        }
        return;
    }
    if (!m_dropTarget) {
        // Over the whole window: a highlighted frame that says what a drop will do.
        m_dropTarget = new QLabel(centralWidget());
        m_dropTarget->setObjectName(QStringLiteral("dropTarget"));
        m_dropTarget->setAlignment(Qt::AlignCenter);
        m_dropTarget->setWordWrap(true);
        m_dropTarget->setTextFormat(Qt::PlainText);
        m_dropTarget->setAttribute(Qt::WA_TransparentForMouseEvents);
        QFont font = m_dropTarget->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        font.setBold(true);
        m_dropTarget->setFont(font);
        QPalette palette = m_dropTarget->palette();
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(60);
        palette.setColor(QPalette::Window, fill);
        m_dropTarget->setPalette(palette);
        m_dropTarget->setAutoFillBackground(true);
        m_dropTarget->setFrameStyle(QFrame::Box | QFrame::Plain);
        m_dropTarget->setLineWidth(3);
    }
    const QString shown = visibleText(QDir::toNativeSeparators(path));
    m_dropTarget->setText(QFileInfo(path).isDir() ? tr("Drop to scan the folder\n%1").arg(shown)
                                                  : tr("Drop to open the project description\n%1").arg(shown));
    m_dropTarget->setGeometry(centralWidget()->rect().adjusted(8, 8, -8, -8));
    m_dropTarget->raise();
    m_dropTarget->show();
}

} // namespace sig2rtm::ui
