#include "questionnairepage.h"

#include "pageid.h"
#include "presentation.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
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

void setQuestion(QGroupBox* box, const QString& title, const QString& row)
{
    box->setTitle(title);
    box->setToolTip(QuestionnairePage::tr("Decides the row: %1").arg(row));
}
} // namespace

QuestionnairePage::QuestionnairePage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_name(new QLineEdit(this)), m_appId(new QLineEdit(this)),
      m_versionHelp(new QLabel(this)), m_miniProgram(new QCheckBox(this)), m_miniProgramVersion(new QLineEdit(this)),
      m_miniProgramHelp(new QToolButton(this)), m_hint(new QLabel(this)), m_save(new QPushButton(this))
{
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);

    // Project
    m_projectBox = new QGroupBox(content);
    auto* projectForm = new QFormLayout(m_projectBox);
    m_appId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,32}")), this));
    m_nameLabel = new QLabel(m_projectBox);
    m_appIdLabel = new QLabel(m_projectBox);
    m_nameLabel->setBuddy(m_name);
    m_appIdLabel->setBuddy(m_appId);
    projectForm->addRow(m_nameLabel, m_name);
    projectForm->addRow(m_appIdLabel, m_appId);
    contentLayout->addWidget(m_projectBox);

    // 1. Clients and versions: decides the SDK version row.
    auto* versionValidator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d+(\\.\\d+){0,3}")), this);
    m_clientsBox = new QGroupBox(content);
    auto* clientsGrid = new QGridLayout(m_clientsBox);
    for (int column = 0; column < 3; ++column) {
        auto* header = new QLabel(m_clientsBox);
        clientsGrid->addWidget(header, 0, column);
        m_clientHeaders << header;
    }
    int gridRow = 1;
    for (const auto& platform : clientPlatforms()) {
        auto* check = new QCheckBox(m_clientsBox);
        check->setObjectName(platform);
        auto* sdk = new QComboBox(m_clientsBox);
        // Follows its items' width when the language changes, not only when first shown.
        sdk->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        sdk->addItem(QString(), static_cast<int>(SdkKind::Signaling));
        sdk->addItem(QString(), static_cast<int>(SdkKind::Rtm));
        auto* version = new QLineEdit(m_clientsBox);
        version->setMaximumWidth(220);
        version->setValidator(versionValidator);
        auto* help = new QToolButton(m_clientsBox);
        connect(help, &QToolButton::clicked, this, [this, platform] {
            m_helpPlatform = platform;
            m_versionHelp->setText(Questionnaire::versionHelp(platform));
        });
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
    clientsGrid->addWidget(m_versionHelp, gridRow, 0, 1, 4);
    contentLayout->addWidget(m_clientsBox);

    // 2. Mini-program
    m_miniBox = new QGroupBox(content);
    auto* miniLayout = new QHBoxLayout(m_miniBox);
    m_miniProgramVersion->setValidator(versionValidator);
    miniLayout->addWidget(m_miniProgram);
    m_miniProgramVersion->setMaximumWidth(220);
    miniLayout->addWidget(m_miniProgramVersion);
    miniLayout->addWidget(m_miniProgramHelp);
    miniLayout->addStretch(1);
    connect(m_miniProgramHelp, &QToolButton::clicked, this, [this] {
        m_helpPlatform = kMiniProgram;
        m_versionHelp->setText(Questionnaire::versionHelp(kMiniProgram));
    });
    connect(m_miniProgram, &QCheckBox::toggled, this, [this] {
        rebuildGrids();
        updateEnabled();
        emit completeChanged();
    });
    m_tabChainHead << m_miniProgram << m_miniProgramVersion << m_miniProgramHelp;
    contentLayout->addWidget(m_miniBox);

    // 3. Special features
    m_featuresBox = new QGroupBox(content);
    auto* featuresLayout = new QVBoxLayout(m_featuresBox);
    m_featuresGrid = new QWidget(m_featuresBox);
    featuresLayout->addWidget(m_featuresGrid);
    contentLayout->addWidget(m_featuresBox);

    // 4. Web messages
    m_messagesBox = new QGroupBox(content);
    auto* messagesLayout = new QGridLayout(m_messagesBox);
    m_messagesHelp = new QLabel(m_messagesBox);
    m_messagesHelp->setWordWrap(true);
    messagesLayout->addWidget(m_messagesHelp, 0, 0, 1, 3);
    int messageIndex = 0;
    for (const auto& type : ProjectDescription::messageTypeIds()) {
        auto* check = new QCheckBox(m_messagesBox);
        check->setObjectName(type);
        messagesLayout->addWidget(check, 1 + messageIndex / 3, messageIndex % 3);
        m_messageChecks.insert(type, check);
        ++messageIndex;
    }
    contentLayout->addWidget(m_messagesBox);

    // 5. PSTN
    m_pstnBox = new QGroupBox(content);
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
    connect(m_session, &Session::languageChanged, this, &QuestionnairePage::retranslateQuestions);
    retranslateUi();
    updateEnabled();
}

void QuestionnairePage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Questionnaire")));
    setSubTitle(tr("No code at hand? Answer what you know; leave what you don't know empty and the table asks for "
                   "a review."));
    m_projectBox->setTitle(tr("Project"));
    m_name->setPlaceholderText(tr("For the report and the support request"));
    m_appId->setPlaceholderText(tr("32 hexadecimal characters (optional)"));
    m_name->setAccessibleName(tr("Project name"));
    m_appId->setAccessibleName(tr("App ID"));
    m_nameLabel->setText(tr("Project &name:"));
    m_appIdLabel->setText(tr("&App ID:"));

    m_clientHeaders.at(0)->setText(tr("Client"));
    m_clientHeaders.at(1)->setText(tr("SDK"));
    m_clientHeaders.at(2)->setText(tr("Version (empty: unknown)"));
    for (const auto& platform : clientPlatforms()) {
        const QString name = Presentation::platformName(platform);
        m_platformChecks.value(platform)->setText(name);
        auto* sdk = m_sdkCombos.value(platform);
        sdk->setItemText(0, tr("Signaling (legacy)"));
        sdk->setItemText(1, tr("RTM (already migrated)"));
        sdk->setAccessibleName(tr("SDK of the %1 client").arg(name));
        auto* version = m_versionEdits.value(platform);
        version->setPlaceholderText(tr("e.g. 1.2.1"));
        version->setAccessibleName(tr("Signaling SDK version of the %1 client").arg(name));
        version->setToolTip(Questionnaire::versionHelp(platform));
        auto* help = m_helpButtons.value(platform);
        help->setText(tr("Where?"));
        help->setToolTip(tr("Where to find the version"));
        help->setAccessibleName(tr("Where to find the %1 SDK version").arg(name));
    }
    m_versionHelp->setText(m_helpPlatform.isEmpty()
                               ? tr("Press “Where?” beside a client to learn where its SDK version is written.")
                               : Questionnaire::versionHelp(m_helpPlatform));

    m_miniProgram->setText(tr("Yes: a &WeChat mini-program uses the Signaling SDK"));
    m_miniProgramVersion->setPlaceholderText(tr("version, e.g. 1.4.0"));
    m_miniProgramVersion->setAccessibleName(tr("Signaling SDK version of the mini-program"));
    m_miniProgramHelp->setText(tr("Where?"));
    m_miniProgramHelp->setAccessibleName(tr("Where to find the mini-program SDK version"));

    m_messagesHelp->setText(
        tr("The msg argument of messageInstantSend(peer, msg, cb) and messageChannelSend(msg, cb)."));
    for (const auto& type : ProjectDescription::messageTypeIds()) {
        m_messageChecks.value(type)->setText(messageTypeLabel(type));
    }
    m_save->setText(tr("Sa&ve as project description…"));
    retranslateQuestions();
    updateHint();
}

void QuestionnairePage::retranslateQuestions()
{
    // Each question names the row it decides, as the catalog words it in the session's language.
    const auto catalog = Catalog::builtin();
    const auto language = m_session->language();
    auto rowTitle = [&](const char* id) { return catalog->row(QString::fromLatin1(id))->title.get(language); };
    setQuestion(m_clientsBox, tr("1. Which clients does the project have, and which SDK version do they use?"),
                rowTitle("sdk-version"));
    setQuestion(m_miniBox, tr("2. Does the project have a WeChat mini-program that uses Signaling?"),
                rowTitle("mini-program"));
    setQuestion(m_featuresBox, tr("3. Does a client use one of these special Signaling features?"),
                rowTitle("special-features"));
    setQuestion(m_messagesBox, tr("4. What does the Web (or mini-program) client send as messages?"),
                rowTitle("web-non-string-message"));
    setQuestion(m_pstnBox, tr("5. Does a client call phones or SIP numbers (PSTN)?"), rowTitle("pstn"));
    rebuildGrids();
}

void QuestionnairePage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
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
    m_savedPath.clear();
    updateHint();
}

void QuestionnairePage::updateHint()
{
    if (!m_savedPath.isEmpty()) {
        m_hint->setText(tr("Saved to %1. Open it later with “Open a project description”.")
                            .arg(QDir::toNativeSeparators(m_savedPath)));
    } else if (signalingPlatforms().isEmpty()) {
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
        m_session->reportError(
            tr("The App ID is incomplete"),
            tr("An App ID is 32 hexadecimal characters; this one has %n.", nullptr, static_cast<int>(appId.size())));
        m_appId->setFocus();
        return false;
    }
    const auto d = description();
    auto report = std::make_shared<Report>(assessDescription(d, Catalog::builtin(), m_session->language()));
    report->projectName = d.name;
    report->appId = d.appId;
    m_session->setReport(std::move(report));
    return true;
}

int QuestionnairePage::nextId() const
{
    return ResultsPageId;
}

bool QuestionnairePage::saveDescription(const QString& path)
{
    const QByteArray text = description().toJsonText(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        m_session->reportError(tr("Cannot save the description"),
                               tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_session->reportError(tr("Cannot save the description"),
                               tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_savedPath = path;
    updateHint();
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
