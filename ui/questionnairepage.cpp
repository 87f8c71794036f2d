#include "questionnairepage.h"

#include "assessmentwizard.h"
#include "presentation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace sig2rtm::ui {

namespace {
const QString kMiniProgram = QStringLiteral("mini-program");
const QString kPstn = QStringLiteral("pstn");

QStringList clientPlatforms()
{
    QStringList platforms = knownPlatforms();
    platforms.removeAll(kMiniProgram);
    return platforms;
}

QString key(const QString& feature, const QString& platform)
{
    return feature + u'/' + platform;
}

QString featureLabel(const QString& feature)
{
    if (feature == QLatin1String("special-channels")) {
        return QuestionnairePage::tr("Joins the special channels __agora_channel_event or __agora_user_online");
    }
    if (feature == QLatin1String("special-attributes")) {
        return QuestionnairePage::tr("Uses the channel attributes _userNotification or _auto_update_total_num");
    }
    if (feature == QLatin1String("special-invoke")) {
        return QuestionnairePage::tr("Calls invoke with channel_query_userlist_all");
    }
    if (feature == QLatin1String("set-background")) {
        return QuestionnairePage::tr("Uses the SDK setting setBackground");
    }
    return QuestionnairePage::tr("Calls phones or SIP numbers (channelInvitePhone, invitePhone, DTMF)");
}

QString messageTypeLabel(const QString& type)
{
    if (type == QLatin1String("string")) {
        return QuestionnairePage::tr("Strings (text, or JSON.stringify of objects)");
    }
    if (type == QLatin1String("object")) {
        return QuestionnairePage::tr("Objects");
    }
    if (type == QLatin1String("array")) {
        return QuestionnairePage::tr("Arrays");
    }
    if (type == QLatin1String("number")) {
        return QuestionnairePage::tr("Numbers");
    }
    if (type == QLatin1String("boolean")) {
        return QuestionnairePage::tr("Booleans");
    }
    return QuestionnairePage::tr("I don't know");
}

QGroupBox* question(QWidget* parent, const QString& title, const QString& row)
{
    auto* box = new QGroupBox(title, parent);
    box->setToolTip(QuestionnairePage::tr("Decides the row: %1").arg(row));
    return box;
}
} // namespace

QuestionnairePage::QuestionnairePage(AssessmentWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_name(new QLineEdit(this)), m_appId(new QLineEdit(this)),
      m_versionHelp(new QLabel(this)),
      m_miniProgram(new QCheckBox(tr("Yes: a &WeChat mini-program uses the Signaling SDK"), this)),
      m_miniProgramVersion(new QLineEdit(this)), m_miniProgramHelp(new QToolButton(this)), m_featuresBox(nullptr),
      m_featuresGrid(nullptr), m_messagesBox(nullptr), m_pstnBox(nullptr), m_pstnGrid(nullptr),
      m_hint(new QLabel(this)), m_save(new QPushButton(tr("Sa&ve as project description…"), this))
{
    setTitle(AssessmentWizard::heading(tr("Questionnaire")));
    setSubTitle(tr("No code at hand? Answer what you know; leave what you don't know empty and the table asks for "
                   "a review."));
    const auto catalog = Catalog::builtin();
    const auto language = Presentation::reportLanguage();
    auto rowTitle = [&](const char* id) { return catalog->row(QString::fromLatin1(id))->title.get(language); };

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);

    // Project
    auto* projectBox = new QGroupBox(tr("Project"), content);
    auto* projectForm = new QFormLayout(projectBox);
    m_name->setPlaceholderText(tr("For the report and the support request"));
    m_appId->setPlaceholderText(tr("32 hexadecimal characters (optional)"));
    m_appId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,32}")), this));
    m_name->setAccessibleName(tr("Project name"));
    m_appId->setAccessibleName(tr("App ID"));
    projectForm->addRow(tr("Project &name:"), m_name);
    projectForm->addRow(tr("&App ID:"), m_appId);
    contentLayout->addWidget(projectBox);

    // 1. Clients and versions: decides the SDK version row.
    auto* versionValidator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d+(\\.\\d+){0,3}")), this);
    auto* clientsBox =
        question(content, tr("1. Which clients does the project have, and which SDK version do they use?"),
                 rowTitle("sdk-version"));
    auto* clientsGrid = new QGridLayout(clientsBox);
    clientsGrid->addWidget(new QLabel(tr("Client"), clientsBox), 0, 0);
    clientsGrid->addWidget(new QLabel(tr("SDK"), clientsBox), 0, 1);
    clientsGrid->addWidget(new QLabel(tr("Version (empty: unknown)"), clientsBox), 0, 2);
    int gridRow = 1;
    for (const auto& platform : clientPlatforms()) {
        auto* check = new QCheckBox(Presentation::platformName(platform), clientsBox);
        check->setObjectName(platform);
        auto* sdk = new QComboBox(clientsBox);
        sdk->addItem(tr("Signaling (legacy)"), static_cast<int>(SdkKind::Signaling));
        sdk->addItem(tr("RTM (already migrated)"), static_cast<int>(SdkKind::Rtm));
        sdk->setAccessibleName(tr("SDK of the %1 client").arg(Presentation::platformName(platform)));
        auto* version = new QLineEdit(clientsBox);
        version->setMaximumWidth(220);
        version->setValidator(versionValidator);
        version->setPlaceholderText(tr("e.g. 1.2.1"));
        version->setAccessibleName(
            tr("Signaling SDK version of the %1 client").arg(Presentation::platformName(platform)));
        version->setToolTip(Questionnaire::versionHelp(platform));
        auto* help = new QToolButton(clientsBox);
        help->setText(tr("Where?"));
        help->setToolTip(tr("Where to find the version"));
        help->setAccessibleName(tr("Where to find the %1 SDK version").arg(Presentation::platformName(platform)));
        connect(help, &QToolButton::clicked, this,
                [this, platform] { m_versionHelp->setText(Questionnaire::versionHelp(platform)); });
        connect(check, &QCheckBox::toggled, this, [this] {
            rebuildGrids();
            updateEnabled();
            emit completeChanged();
        });
        connect(sdk, &QComboBox::currentIndexChanged, this, [this] {
            rebuildGrids();
            updateEnabled();
        });
        clientsGrid->addWidget(check, gridRow, 0);
        clientsGrid->addWidget(sdk, gridRow, 1);
        clientsGrid->addWidget(version, gridRow, 2);
        clientsGrid->addWidget(help, gridRow, 3);
        m_platformChecks.insert(platform, check);
        m_sdkCombos.insert(platform, sdk);
        m_versionEdits.insert(platform, version);
        m_helpButtons.insert(platform, help);
        m_tabChainHead << check << sdk << version << help;
        ++gridRow;
    }
    clientsGrid->setColumnStretch(4, 1);
    m_versionHelp->setWordWrap(true);
    m_versionHelp->setText(tr("Press “Where?” beside a client to learn where its SDK version is written."));
    clientsGrid->addWidget(m_versionHelp, gridRow, 0, 1, 4);
    contentLayout->addWidget(clientsBox);

    // 2. Mini-program
    auto* miniBox = question(content, tr("2. Does the project have a WeChat mini-program that uses Signaling?"),
                             rowTitle("mini-program"));
    auto* miniLayout = new QHBoxLayout(miniBox);
    m_miniProgramVersion->setValidator(versionValidator);
    m_miniProgramVersion->setPlaceholderText(tr("version, e.g. 1.4.0"));
    m_miniProgramVersion->setAccessibleName(tr("Signaling SDK version of the mini-program"));
    m_miniProgramHelp->setText(tr("Where?"));
    m_miniProgramHelp->setAccessibleName(tr("Where to find the mini-program SDK version"));
    miniLayout->addWidget(m_miniProgram);
    m_miniProgramVersion->setMaximumWidth(220);
    miniLayout->addWidget(m_miniProgramVersion);
    miniLayout->addWidget(m_miniProgramHelp);
    miniLayout->addStretch(1);
    connect(m_miniProgramHelp, &QToolButton::clicked, this,
            [this] { m_versionHelp->setText(Questionnaire::versionHelp(kMiniProgram)); });
    connect(m_miniProgram, &QCheckBox::toggled, this, [this] {
        rebuildGrids();
        updateEnabled();
        emit completeChanged();
    });
    m_tabChainHead << m_miniProgram << m_miniProgramVersion << m_miniProgramHelp;
    contentLayout->addWidget(miniBox);

    // 3. Special features
    m_featuresBox = question(content, tr("3. Does a client use one of these special Signaling features?"),
                             rowTitle("special-features"));
    auto* featuresLayout = new QVBoxLayout(m_featuresBox);
    m_featuresGrid = new QWidget(m_featuresBox);
    featuresLayout->addWidget(m_featuresGrid);
    contentLayout->addWidget(m_featuresBox);

    // 4. Web messages
    m_messagesBox = question(content, tr("4. What does the Web (or mini-program) client send as messages?"),
                             rowTitle("web-non-string-message"));
    auto* messagesLayout = new QGridLayout(m_messagesBox);
    auto* messagesHelp = new QLabel(tr("The msg argument of messageInstantSend(peer, msg, cb) and "
                                       "messageChannelSend(msg, cb)."),
                                    m_messagesBox);
    messagesHelp->setWordWrap(true);
    messagesLayout->addWidget(messagesHelp, 0, 0, 1, 3);
    int messageIndex = 0;
    for (const auto& type : ProjectDescription::messageTypeIds()) {
        auto* check = new QCheckBox(messageTypeLabel(type), m_messagesBox);
        check->setObjectName(type);
        messagesLayout->addWidget(check, 1 + messageIndex / 3, messageIndex % 3);
        m_messageChecks.insert(type, check);
        ++messageIndex;
    }
    contentLayout->addWidget(m_messagesBox);

    // 5. PSTN
    m_pstnBox = question(content, tr("5. Does a client call phones or SIP numbers (PSTN)?"), rowTitle("pstn"));
    auto* pstnLayout = new QVBoxLayout(m_pstnBox);
    m_pstnGrid = new QWidget(m_pstnBox);
    pstnLayout->addWidget(m_pstnGrid);
    contentLayout->addWidget(m_pstnBox);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_hint->setWordWrap(true);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    connect(m_save, &QPushButton::clicked, this, &QuestionnairePage::saveAs);
    rebuildGrids();
    updateEnabled();
}

QStringList QuestionnairePage::signalingPlatforms() const
{
    QStringList platforms;
    for (const auto& platform : clientPlatforms()) {
        if (m_platformChecks.value(platform)->isChecked() &&
            m_sdkCombos.value(platform)->currentData().toInt() == static_cast<int>(SdkKind::Signaling)) {
            platforms << platform;
        }
    }
    if (m_miniProgram->isChecked()) {
        platforms << kMiniProgram;
    }
    return platforms;
}

QCheckBox* QuestionnairePage::featureCheck(const QString& feature, const QString& platform) const
{
    return m_featureChecks.value(key(feature, platform));
}

void QuestionnairePage::rebuildGrids()
{
    for (auto it = m_featureChecks.cbegin(); it != m_featureChecks.cend(); ++it) {
        m_featureState.insert(it.key(), it.value()->isChecked());
    }
    m_featureChecks.clear();
    const QStringList platforms = signalingPlatforms();
    for (auto* grid : {m_featuresGrid, m_pstnGrid}) {
        delete grid->layout();
        qDeleteAll(grid->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
        auto* layout = new QGridLayout(grid);
        layout->setContentsMargins(0, 0, 0, 0);
        if (platforms.isEmpty()) {
            layout->addWidget(new QLabel(tr("Select a client that uses Signaling first."), grid), 0, 0);
            continue;
        }
        QStringList features = ProjectDescription::featureIds();
        features.removeAll(kPstn);
        if (grid == m_pstnGrid) {
            features = QStringList{kPstn};
        }
        for (int c = 0; c < platforms.size(); ++c) {
            auto* header = new QLabel(Presentation::platformName(platforms.at(c)), grid);
            header->setAlignment(Qt::AlignCenter);
            layout->addWidget(header, 0, c + 1);
        }
        for (int r = 0; r < features.size(); ++r) {
            auto* label = new QLabel(featureLabel(features.at(r)), grid);
            label->setWordWrap(true);
            layout->addWidget(label, r + 1, 0);
            for (int c = 0; c < platforms.size(); ++c) {
                const QString k = key(features.at(r), platforms.at(c));
                auto* check = new QCheckBox(grid);
                check->setObjectName(k);
                check->setChecked(m_featureState.value(k));
                check->setAccessibleName(
                    tr("%1: %2").arg(Presentation::platformName(platforms.at(c)), featureLabel(features.at(r))));
                check->setToolTip(check->accessibleName());
                layout->addWidget(check, r + 1, c + 1, Qt::AlignCenter);
                m_featureChecks.insert(k, check);
            }
        }
        layout->setColumnStretch(0, 1);
    }
    fixTabOrder();
}

void QuestionnairePage::updateEnabled()
{
    for (const auto& platform : clientPlatforms()) {
        const bool on = m_platformChecks.value(platform)->isChecked();
        const bool signaling =
            m_sdkCombos.value(platform)->currentData().toInt() == static_cast<int>(SdkKind::Signaling);
        m_sdkCombos.value(platform)->setEnabled(on);
        m_versionEdits.value(platform)->setEnabled(on && signaling);
    }
    m_miniProgramVersion->setEnabled(m_miniProgram->isChecked());
    const QStringList platforms = signalingPlatforms();
    const bool messages = platforms.contains(QStringLiteral("web")) || platforms.contains(kMiniProgram);
    m_messagesBox->setEnabled(messages);
    if (platforms.isEmpty()) {
        m_hint->setText(tr("Select at least one client to continue."));
    } else {
        m_hint->setText(tr("Next shows the compatibility table for these answers."));
    }
}

void QuestionnairePage::fixTabOrder()
{
    QList<QWidget*> chain = m_tabChainHead;
    for (const auto& feature : ProjectDescription::featureIds()) {
        if (feature == kPstn) {
            continue;
        }
        for (const auto& platform : signalingPlatforms()) {
            if (auto* check = featureCheck(feature, platform)) {
                chain << check;
            }
        }
    }
    for (const auto& type : ProjectDescription::messageTypeIds()) {
        chain << m_messageChecks.value(type);
    }
    for (const auto& platform : signalingPlatforms()) {
        if (auto* check = featureCheck(kPstn, platform)) {
            chain << check;
        }
    }
    chain << m_save;
    setTabOrder(m_name, m_appId);
    setTabOrder(m_appId, chain.first());
    for (int i = 1; i < chain.size(); ++i) {
        setTabOrder(chain.at(i - 1), chain.at(i));
    }
}

bool QuestionnairePage::isComplete() const
{
    for (auto* check : m_platformChecks) {
        if (check->isChecked()) {
            return true;
        }
    }
    return m_miniProgram->isChecked();
}

QuestionnaireAnswers QuestionnairePage::answers() const
{
    QuestionnaireAnswers a;
    a.projectName = m_name->text();
    a.appId = m_appId->text();
    QStringList messageTypes;
    for (const auto& type : ProjectDescription::messageTypeIds()) {
        if (m_messageChecks.value(type)->isChecked()) {
            messageTypes << type;
        }
    }
    const QStringList platforms = signalingPlatforms();
    // The message question is about the Web client; the mini-program answers it when there is no Web client.
    const QString messagesOwner = platforms.contains(QStringLiteral("web")) ? QStringLiteral("web")
                                  : platforms.contains(kMiniProgram)        ? kMiniProgram
                                                                            : QString();
    auto addClient = [&](const QString& platform, SdkKind sdk, const QString& version) {
        QuestionnaireAnswers::Client client;
        client.platform = platform;
        client.sdk = sdk;
        client.version = version;
        if (sdk == SdkKind::Signaling) {
            for (const auto& feature : ProjectDescription::featureIds()) {
                if (auto* check = featureCheck(feature, platform); check && check->isChecked()) {
                    client.features << feature;
                }
            }
            if (platform == messagesOwner) {
                client.messageTypes = messageTypes;
            }
        }
        a.clients.push_back(client);
    };
    for (const auto& platform : clientPlatforms()) {
        if (!m_platformChecks.value(platform)->isChecked()) {
            continue;
        }
        const auto sdk = static_cast<SdkKind>(m_sdkCombos.value(platform)->currentData().toInt());
        addClient(platform, sdk, sdk == SdkKind::Signaling ? m_versionEdits.value(platform)->text() : QString());
    }
    if (m_miniProgram->isChecked()) {
        addClient(kMiniProgram, SdkKind::Signaling, m_miniProgramVersion->text());
    }
    return a;
}

bool QuestionnairePage::validatePage()
{
    const auto appId = m_appId->text().trimmed();
    if (!appId.isEmpty() && appId.size() != 32) {
        m_wizard->reportError(
            tr("The App ID is incomplete"),
            tr("An App ID is 32 hexadecimal characters; this one has %n.", nullptr, static_cast<int>(appId.size())));
        m_appId->setFocus();
        return false;
    }
    const auto d = description();
    auto report = std::make_shared<Report>(assessDescription(d, Catalog::builtin(), Presentation::reportLanguage()));
    report->projectName = d.name;
    report->appId = d.appId;
    m_wizard->setReport(std::move(report));
    return true;
}

int QuestionnairePage::nextId() const
{
    return AssessmentWizard::ResultsPageId;
}

bool QuestionnairePage::saveDescription(const QString& path)
{
    const QByteArray text = description().toJsonText(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        m_wizard->reportError(tr("Cannot save the description"),
                              tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_wizard->reportError(tr("Cannot save the description"),
                              tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_hint->setText(
        tr("Saved to %1. Open it later with “Open a project description”.").arg(QDir::toNativeSeparators(path)));
    emit descriptionSaved(path);
    return true;
}

void QuestionnairePage::saveAs()
{
    QString name = m_name->text().trimmed().isEmpty() ? QStringLiteral("project") : m_name->text().trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .absoluteFilePath(name + QStringLiteral(".sig2rtm.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the project description"), start,
                                                      tr("Project descriptions (*.json)"));
    if (!path.isEmpty()) {
        saveDescription(path);
    }
}

} // namespace sig2rtm::ui
