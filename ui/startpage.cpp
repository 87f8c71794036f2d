// SPDX-License-Identifier: MIT
#include "startpage.h"

#include "enterkeyfilter.h"
#include "pageid.h"
#include "presentation.h"
#include "projectdescription.h"
#include "reporttext.h"
#include "session.h"
#include "settings.h"

#include <QButtonGroup>
#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sig2rtm::ui {

namespace {
bool isDescriptionFile(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}
} // namespace

StartPage::StartPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_modes(new QButtonGroup(this)),
      m_folderButton(new QCommandLinkButton(this)), m_descriptionButton(new QCommandLinkButton(this)),
      m_questionnaireButton(new QCommandLinkButton(this)), m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_recentLabel(new QLabel(this)), m_recent(new QListWidget(this)),
      m_clearRecent(new QPushButton(this)), m_sample(new QPushButton(this))
{
    for (auto* button : {m_folderButton, m_descriptionButton, m_questionnaireButton}) {
        button->setCheckable(true);
        button->setAutoExclusive(false);
    }
    m_folderButton->setIcon(QIcon::fromTheme(QStringLiteral("folder"), QIcon(QStringLiteral(":/icons/folder.svg"))));
    m_descriptionButton->setIcon(QIcon(QStringLiteral(":/icons/description.svg")));
    m_questionnaireButton->setIcon(QIcon(QStringLiteral(":/icons/questionnaire.svg")));
    m_modes->setExclusive(true);
    m_modes->addButton(m_folderButton, static_cast<int>(Session::Mode::Folder));
    m_modes->addButton(m_descriptionButton, static_cast<int>(Session::Mode::Description));
    m_modes->addButton(m_questionnaireButton, static_cast<int>(Session::Mode::Questionnaire));
    m_folderButton->setChecked(true);

    m_path->setClearButtonEnabled(true);
    m_pathLabel->setBuddy(m_path);
    m_recent->setAlternatingRowColors(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_recentLabel->setBuddy(m_recent);
    auto* recentButtons = new QHBoxLayout;
    recentButtons->addStretch();
    recentButtons->addWidget(m_sample);
    recentButtons->addWidget(m_clearRecent);

    // On a small or scaled screen the step scrolls instead of pushing the window's buttons off screen.
    auto* layout = new QVBoxLayout(Presentation::scrollingContent(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_folderButton);
    layout->addWidget(m_descriptionButton);
    layout->addWidget(m_questionnaireButton);
    layout->addSpacing(8);
    layout->addLayout(pathRow);
    layout->addSpacing(8);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addLayout(recentButtons);

    connect(m_modes, &QButtonGroup::idClicked, this, [this] {
        updateMode();
        if (m_path->isEnabled()) {
            m_path->setFocus();
        }
    });
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &StartPage::browse);
    connect(m_recent, &QListWidget::itemActivated, this, &StartPage::openRecent);
    connect(m_recent, &QListWidget::itemClicked, this, &StartPage::pickRecent);
    connect(m_recent, &QListWidget::currentItemChanged, this, [this] {
        if (m_recent->hasFocus()) {
            pickRecent();
        }
    });
    // Enter assesses the entry and stops there (the scan page's buttons never see the key).
    new EnterKeyFilter(m_recent, [this](const QModelIndex&) {
        const auto* item = m_recent->currentItem();
        if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
            return false; // "no recent assessments": Enter is the page's Next
        }
        openRecent();
        return true;
    });
    connect(m_clearRecent, &QPushButton::clicked, this, [this] {
        m_session->settings()->clearRecentAssessments();
        refreshRecent();
    });
    connect(m_sample, &QPushButton::clicked, this, [this] { emit assessmentRequested(samplePath()); });
    m_sample->setVisible(!samplePath().isEmpty());

    setTabOrder(m_folderButton, m_descriptionButton);
    setTabOrder(m_descriptionButton, m_questionnaireButton);
    setTabOrder(m_questionnaireButton, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_recent);
    setTabOrder(m_recent, m_sample);
    setTabOrder(m_sample, m_clearRecent);
    retranslateUi();
}

void StartPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Start")));
    setSubTitle(tr("What do you want to assess? You can also drop a folder or a .json file onto this window."));
    m_folderButton->setText(tr("S&can a source folder"));
    m_folderButton->setDescription(tr("Find where the code uses the legacy Signaling SDK."));
    m_descriptionButton->setText(tr("Open a project &description"));
    m_descriptionButton->setDescription(tr("A sig2rtm-project/1 .json file with declared facts and folders to scan."));
    m_questionnaireButton->setText(tr("Answer a &questionnaire (no code at hand)"));
    m_questionnaireButton->setDescription(tr("A few plain questions per incompatibility."));
    m_browse->setText(tr("&Browse…"));
    m_path->setAccessibleName(tr("Folder or project description"));
    m_recentLabel->setText(tr("&Recent assessments:"));
    m_recent->setAccessibleName(tr("Recent assessments"));
    m_recent->setToolTip(tr("Click to fill in the path; double-click or press Enter to assess again."));
    m_clearRecent->setText(tr("C&lear list"));
    m_sample->setText(tr("Open the sa&mple project"));
    m_sample->setToolTip(tr("Scan Legacy Chat, a small demo project that fails all five rows."));
    updateMode();
    refreshRecent();
}

void StartPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

QString StartPage::samplePath()
{
    // Never a path compiled in from the build machine: SIG2RTM_DATA_DIR (a folder that holds samples/, such as
    // the source tree's resources/ for developers), else beside the installed executable, else the platform's
    // data folders.
    const QString relative = QStringLiteral("samples/legacy-chat");
    QStringList candidates;
    if (const QString dataDir = qEnvironmentVariable("SIG2RTM_DATA_DIR"); !dataDir.isEmpty()) {
        candidates << QDir(dataDir).absoluteFilePath(relative);
    }
    const QDir appDir(QCoreApplication::applicationDirPath());
    candidates << appDir.absoluteFilePath(QStringLiteral("../share/sig2rtm/") + relative)
               << appDir.absoluteFilePath(QStringLiteral("../Resources/") + relative) // a macOS bundle
               << appDir.absoluteFilePath(relative);                                  // beside a Windows .exe
    for (const auto& dir : QStandardPaths::standardLocations(QStandardPaths::AppDataLocation)) {
        candidates << QDir(dir).absoluteFilePath(relative);
    }
    for (const auto& candidate : candidates) {
        if (QFileInfo(candidate).isDir()) {
            return QDir::cleanPath(candidate);
        }
    }
    return {};
}

void StartPage::initializePage()
{
    refreshRecent();
}

void StartPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_recent->clear();
    const Settings* settings = m_session->settings();
    for (const auto& path : settings->recentAssessments()) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(m_recent);
        // A path is someone's file name: invisible and control characters are shown, never obeyed.
        const QString shown = visibleText(QDir::toNativeSeparators(path));
        QString text = info.exists() ? shown : tr("%1 (missing)").arg(shown);
        if (const auto outcome = settings->recentOutcome(path)) {
            const auto verdict = verdictFromString(outcome->verdict);
            const QString when = QLocale().toString(outcome->when.toLocalTime(), QLocale::ShortFormat);
            const QString result = verdict ? Presentation::verdictText(*verdict) : outcome->verdict;
            text += u'\n' + (outcome->partial ? tr("%1, cancelled scan · %2") : tr("%1 · %2")).arg(result, when);
            if (verdict) {
                item->setIcon(Presentation::verdictIcon(*verdict));
            }
        }
        if (item->icon().isNull()) {
            item->setIcon(info.isDir() ? QIcon(QStringLiteral(":/icons/folder.svg"))
                                       : QIcon(QStringLiteral(":/icons/description.svg")));
        }
        item->setText(text);
        item->setData(Qt::UserRole, path);
    }
    if (m_recent->count() == 0) {
        auto* item = new QListWidgetItem(tr("No recent assessments yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
    m_clearRecent->setEnabled(!m_session->settings()->recentAssessments().isEmpty());
}

void StartPage::pickRecent()
{
    const auto* item = m_recent->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        return;
    }
    const QString path = item->data(Qt::UserRole).toString();
    if (QFileInfo(path).isDir()) {
        selectFolder(path);
    } else {
        selectDescription(path);
    }
}

void StartPage::openRecent()
{
    const auto* item = m_recent->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
        return;
    }
    emit assessmentRequested(item->data(Qt::UserRole).toString());
}

void StartPage::updateMode()
{
    const auto mode = static_cast<Session::Mode>(m_modes->checkedId());
    const bool needsPath = mode != Session::Mode::Questionnaire;
    m_path->setEnabled(needsPath);
    m_browse->setEnabled(needsPath);
    m_pathLabel->setEnabled(needsPath);
    m_pathLabel->setText(mode == Session::Mode::Description ? tr("Descr&iption file:") : tr("Source f&older:"));
    m_path->setPlaceholderText(mode == Session::Mode::Description ? tr("Path of a .json project description")
                                                                  : tr("Path of the folder to scan"));
    setButtonText(QWizard::NextButton, needsPath ? tr("&Scan >") : tr("&Next >"));
    emit completeChanged();
}

void StartPage::browse()
{
    const auto mode = static_cast<Session::Mode>(m_modes->checkedId());
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
    QString path;
    if (mode == Session::Mode::Description) {
        path = QFileDialog::getOpenFileName(this, tr("Open a project description"), start,
                                            tr("Project descriptions (*.json);;All files (*)"));
    } else {
        path = QFileDialog::getExistingDirectory(this, tr("Choose the folder to scan"), start);
    }
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
    }
}

void StartPage::selectFolder(const QString& path)
{
    m_folderButton->setChecked(true);
    m_path->setText(QDir::toNativeSeparators(path));
    updateMode();
}

void StartPage::selectDescription(const QString& path)
{
    m_descriptionButton->setChecked(true);
    m_path->setText(QDir::toNativeSeparators(path));
    updateMode();
}

void StartPage::selectQuestionnaire()
{
    m_questionnaireButton->setChecked(true);
    updateMode();
}

bool StartPage::isComplete() const
{
    return m_modes->checkedId() == static_cast<int>(Session::Mode::Questionnaire) ||
           !m_path->text().trimmed().isEmpty();
}

int StartPage::nextId() const
{
    return m_modes->checkedId() == static_cast<int>(Session::Mode::Questionnaire) ? QuestionnairePageId : ScanPageId;
}

bool StartPage::validatePage()
{
    const auto mode = static_cast<Session::Mode>(m_modes->checkedId());
    m_session->setMode(mode);
    if (mode == Session::Mode::Questionnaire) {
        return true;
    }
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_path->text().trimmed()));
    const QFileInfo info(path);
    if (!info.exists()) {
        m_session->reportError(tr("Nothing to assess"), tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (info.isDir()) {
        if (mode == Session::Mode::Description) {
            // A folder given where a description was expected is simply a folder to scan.
            m_folderButton->setChecked(true);
            updateMode();
        }
        if (!info.isReadable() || !info.isExecutable()) {
            m_session->reportError(tr("Cannot read the folder"),
                                   tr("%1 cannot be read: check its permissions.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        m_session->setMode(Session::Mode::Folder);
    } else {
        if (!isDescriptionFile(path)) {
            m_session->reportError(
                tr("Not a project description"),
                tr("%1 is neither a folder nor a project description (.json).").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        Diagnostics diagnostics;
        if (!ProjectDescription::loadFile(path, &diagnostics)) {
            m_session->reportError(
                tr("The project description has problems"),
                tr("%1 cannot be used: fix the problems below and open it again.").arg(QDir::toNativeSeparators(path)),
                Presentation::describe(diagnostics));
            return false;
        }
        if (mode != Session::Mode::Description) {
            m_descriptionButton->setChecked(true);
            updateMode();
        }
        m_session->setMode(Session::Mode::Description);
    }
    m_session->setInputPath(info.absoluteFilePath());
    return true;
}

} // namespace sig2rtm::ui
