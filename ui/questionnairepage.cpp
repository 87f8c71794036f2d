// SPDX-License-Identifier: MIT
#include "questionnairepage.h"

#include "catalog.h"
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

std::shared_ptr<const Catalog> catalog()
{
    return Catalog::builtin();
}

/// Platforms of the clients grid: every platform but the client kinds that have a question of their own.
QStringList clientPlatforms()
{
    QStringList platforms = knownPlatforms();
    for (const auto& client : catalog()->declarations().clients) {
        platforms.removeAll(client.platform);
    }
    return platforms;
}

QString key(const QString& feature, const QString& platform)
{
    return feature + u'/' + platform;
}

const DeclaredValueDefinition* findValue(const std::vector<DeclaredValueDefinition>& values, const QString& id)
{
    for (const auto& value : values) {
        if (value.id == id) {
            return &value;
        }
    }
    return nullptr;
}

} // namespace

QuestionnairePage::QuestionnairePage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_name(new QLineEdit(this)), m_appId(new QLineEdit(this)),
      m_versionHelp(new QLabel(this)), m_hint(new QLabel(this)), m_save(new QPushButton(this))
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

    // The questions, from the catalog: clients first (the later grids have a column per client), then
    // the client kinds of their own, then the other rows in the catalog's order.
    auto* versionValidator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d+(\\.\\d+){0,3}")), this);
    const auto& declarations = catalog()->declarations();
    addClientsQuestion(content, versionValidator);
    for (const auto& client : declarations.clients) {
        addDeclaredClientQuestion(content, client.platform, versionValidator);
    }
    for (const auto& row : catalog()->rows()) {
        QStringList features;
        for (const auto& feature : declarations.features) {
            if (feature.row == row.id) {
                features << feature.id;
            }
        }
        if (!features.isEmpty()) {
            addFeatureQuestion(content, row.id, features);
        }
        if (row.id == declarations.messageTypeRow && !declarations.messageTypes.empty()) {
            addMessageQuestion(content, row.id);
        }
    }
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

void QuestionnairePage::addClientsQuestion(QWidget* content, QValidator* versionValidator)
{
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
        connect(help, &QToolButton::clicked, this, [this, platform] { showVersionHelp(platform); });
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
        ++gridRow;
    }
    clientsGrid->setColumnStretch(4, 1);
    m_versionHelp->setWordWrap(true);
    clientsGrid->addWidget(m_versionHelp, gridRow, 0, 1, 4);
    content->layout()->addWidget(m_clientsBox);
    const auto* versionRow = catalog()->versionRow();
    m_questions.push_back({Question::Kind::Clients, versionRow ? versionRow->id : QString(), m_clientsBox, 0});
}

void QuestionnairePage::addDeclaredClientQuestion(QWidget* content, const QString& platform,
                                                  QValidator* versionValidator)
{
    auto* box = new QGroupBox(content);
    auto* boxLayout = new QHBoxLayout(box);
    ClientQuestion question{platform, new QCheckBox(box), new QLineEdit(box), new QToolButton(box)};
    question.check->setObjectName(platform);
    question.version->setValidator(versionValidator);
    question.version->setMaximumWidth(220);
    boxLayout->addWidget(question.check);
    boxLayout->addWidget(question.version);
    boxLayout->addWidget(question.help);
    boxLayout->addStretch(1);
    connect(question.help, &QToolButton::clicked, this, [this, platform] { showVersionHelp(platform); });
    connect(question.check, &QCheckBox::toggled, this, [this] {
        rebuildGrids();
        updateEnabled();
        emit completeChanged();
    });
    content->layout()->addWidget(box);
    QString row;
    for (const auto& client : catalog()->declarations().clients) {
        if (client.platform == platform) {
            row = client.row;
        }
    }
    m_questions.push_back({Question::Kind::DeclaredClient, row, box, m_clientQuestions.size()});
    m_clientQuestions.push_back(question);
}

void QuestionnairePage::addFeatureQuestion(QWidget* content, const QString& rowId, const QStringList& features)
{
    auto* box = new QGroupBox(content);
    auto* boxLayout = new QVBoxLayout(box);
    auto* grid = new QWidget(box);
    boxLayout->addWidget(grid);
    content->layout()->addWidget(box);
    m_questions.push_back({Question::Kind::Features, rowId, box, m_featureQuestions.size()});
    m_featureQuestions.push_back({features, grid});
}

void QuestionnairePage::addMessageQuestion(QWidget* content, const QString& rowId)
{
    m_messagesBox = new QGroupBox(content);
    auto* messagesLayout = new QGridLayout(m_messagesBox);
    m_messagesHelp = new QLabel(m_messagesBox);
    m_messagesHelp->setWordWrap(true);
    messagesLayout->addWidget(m_messagesHelp, 0, 0, 1, 3);
    int messageIndex = 0;
    for (const auto& type : catalog()->messageTypeIds()) {
        auto* check = new QCheckBox(m_messagesBox);
        check->setObjectName(type);
        messagesLayout->addWidget(check, 1 + messageIndex / 3, messageIndex % 3);
        m_messageChecks.insert(type, check);
        ++messageIndex;
    }
    content->layout()->addWidget(m_messagesBox);
    m_questions.push_back({Question::Kind::Messages, rowId, m_messagesBox, 0});
}

void QuestionnairePage::showVersionHelp(const QString& platform)
{
    m_helpPlatform = platform;
    m_versionHelp->setText(Questionnaire::versionHelp(platform));
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
    m_nameLabel->setText(tr("Project na&me:"));
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
    m_save->setText(tr("Sa&ve as project description…"));
    retranslateQuestions();
    updateHint();
}

void QuestionnairePage::retranslateQuestions()
{
    // The questions' words are the catalog's, in the session's language; each names the row it decides.
    const auto c = catalog();
    const auto language = m_session->language();
    int number = 0;
    for (const auto& question : m_questions) {
        const RowDefinition* row = question.row.isEmpty() ? nullptr : c->row(question.row);
        QString text = row && !row->question.isEmpty() ? row->question.get(language) : QString();
        if (text.isEmpty()) {
            text = row ? row->title.get(language) : tr("Which clients does the project have?");
        }
        question.box->setTitle(tr("%1. %2").arg(++number).arg(text));
        question.box->setToolTip(row ? tr("Decides the row: %1").arg(row->title.get(language)) : QString());
    }
    for (const auto& question : m_clientQuestions) {
        const QString name = Presentation::platformName(question.platform);
        QString answer;
        for (const auto& client : c->declarations().clients) {
            if (client.platform == question.platform) {
                answer = client.question.get(language);
            }
        }
        question.check->setText(answer.isEmpty() ? name : answer);
        question.version->setPlaceholderText(tr("version, e.g. 1.4.0"));
        question.version->setAccessibleName(tr("Signaling SDK version of the %1 client").arg(name));
        question.help->setText(tr("Where?"));
        question.help->setToolTip(tr("Where to find the version"));
        question.help->setAccessibleName(tr("Where to find the %1 SDK version").arg(name));
    }
    if (m_messagesBox) {
        const auto* row = c->row(c->declarations().messageTypeRow);
        m_messagesHelp->setText(row ? row->questionHelp.get(language) : QString());
        m_messagesHelp->setVisible(!m_messagesHelp->text().isEmpty());
        for (const auto& type : c->messageTypeIds()) {
            const auto* value = findValue(c->declarations().messageTypes, type);
            m_messageChecks.value(type)->setText(value && !value->label.isEmpty() ? value->label.get(language) : type);
        }
    }
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
    for (const auto& question : m_clientQuestions) {
        if (question.check->isChecked()) {
            platforms << question.platform;
        }
    }
    return platforms;
}

QCheckBox* QuestionnairePage::declaredClientCheck(const QString& platform) const
{
    for (const auto& question : m_clientQuestions) {
        if (question.platform == platform) {
            return question.check;
        }
    }
    return nullptr;
}

QLineEdit* QuestionnairePage::declaredClientVersionEdit(const QString& platform) const
{
    for (const auto& question : m_clientQuestions) {
        if (question.platform == platform) {
            return question.version;
        }
    }
    return nullptr;
}

QCheckBox* QuestionnairePage::featureCheck(const QString& feature, const QString& platform) const
{
    return m_featureChecks.value(key(feature, platform));
}

QGroupBox* QuestionnairePage::questionBox(const QString& rowId) const
{
    for (const auto& question : m_questions) {
        if (question.row == rowId) {
            return question.box;
        }
    }
    return nullptr;
}

void QuestionnairePage::rebuildGrids()
{
    for (auto it = m_featureChecks.cbegin(); it != m_featureChecks.cend(); ++it) {
        m_featureState.insert(it.key(), it.value()->isChecked());
    }
    m_featureChecks.clear();
    const auto c = catalog();
    const auto language = m_session->language();
    const QStringList platforms = signalingPlatforms();
    for (const auto& question : m_featureQuestions) {
        QWidget* grid = question.grid;
        delete grid->layout();
        qDeleteAll(grid->findChildren<QWidget*>(Qt::FindDirectChildrenOnly));
        auto* layout = new QGridLayout(grid);
        layout->setContentsMargins(0, 0, 0, 0);
        if (platforms.isEmpty()) {
            layout->addWidget(new QLabel(tr("Select a client that uses Signaling first."), grid), 0, 0);
            continue;
        }
        for (int col = 0; col < platforms.size(); ++col) {
            auto* header = new QLabel(Presentation::platformName(platforms.at(col)), grid);
            header->setAlignment(Qt::AlignCenter);
            layout->addWidget(header, 0, col + 1);
        }
        for (int r = 0; r < question.features.size(); ++r) {
            const QString& feature = question.features.at(r);
            const auto* value = findValue(c->declarations().features, feature);
            const QString text = value && !value->label.isEmpty() ? value->label.get(language) : feature;
            auto* label = new QLabel(text, grid);
            label->setWordWrap(true);
            layout->addWidget(label, r + 1, 0);
            for (int col = 0; col < platforms.size(); ++col) {
                const QString k = key(feature, platforms.at(col));
                auto* check = new QCheckBox(grid);
                check->setObjectName(k);
                check->setChecked(m_featureState.value(k));
                check->setAccessibleName(tr("%1: %2").arg(Presentation::platformName(platforms.at(col)), text));
                check->setToolTip(check->accessibleName());
                layout->addWidget(check, r + 1, col + 1, Qt::AlignCenter);
                m_featureChecks.insert(k, check);
            }
        }
        // The boxes sit next to their questions; the room left over goes to an empty last column, not
        // between a question and its answers.
        layout->setHorizontalSpacing(layout->horizontalSpacing() * 2);
        layout->setColumnStretch(platforms.size() + 1, 1);
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
    for (const auto& question : m_clientQuestions) {
        question.version->setEnabled(question.check->isChecked());
    }
    if (m_messagesBox) {
        m_messagesBox->setEnabled(!messagesOwner().isEmpty());
    }
    m_savedPath.clear();
    updateHint();
}

QString QuestionnairePage::messagesOwner() const
{
    // The message question is about the first legacy client, in the catalog's order, that may declare them
    // (the Web client; the mini-program answers it when there is no Web client).
    const QStringList platforms = signalingPlatforms();
    for (const auto& platform : catalog()->declarations().messageTypePlatforms) {
        if (platforms.contains(platform)) {
            return platform;
        }
    }
    return {};
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
    // The keyboard goes through the questions in the order they are asked, then to Save.
    QList<QWidget*> chain;
    const QStringList platforms = signalingPlatforms();
    for (const auto& question : m_questions) {
        switch (question.kind) {
        case Question::Kind::Clients:
            for (const auto& platform : clientPlatforms()) {
                chain << m_platformChecks.value(platform) << m_sdkCombos.value(platform)
                      << m_versionEdits.value(platform) << m_helpButtons.value(platform);
            }
            break;
        case Question::Kind::DeclaredClient: {
            const auto& client = m_clientQuestions.at(question.index);
            chain << client.check << client.version << client.help;
            break;
        }
        case Question::Kind::Features:
            for (const auto& feature : m_featureQuestions.at(question.index).features) {
                for (const auto& platform : platforms) {
                    if (auto* check = featureCheck(feature, platform)) {
                        chain << check;
                    }
                }
            }
            break;
        case Question::Kind::Messages:
            for (const auto& type : catalog()->messageTypeIds()) {
                chain << m_messageChecks.value(type);
            }
            break;
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
    for (const auto& question : m_clientQuestions) {
        if (question.check->isChecked()) {
            return true;
        }
    }
    return false;
}

QuestionnaireAnswers QuestionnairePage::answers() const
{
    QuestionnaireAnswers a;
    a.projectName = m_name->text();
    a.appId = m_appId->text();
    QStringList messageTypes;
    for (const auto& type : catalog()->messageTypeIds()) {
        if (auto* check = m_messageChecks.value(type); check && check->isChecked()) {
            messageTypes << type;
        }
    }
    const QString owner = messagesOwner();
    auto addClient = [&](const QString& platform, SdkKind sdk, const QString& version) {
        QuestionnaireAnswers::Client client;
        client.platform = platform;
        client.sdk = sdk;
        client.version = version;
        if (sdk == SdkKind::Signaling) {
            for (const auto& feature : catalog()->featureIds()) {
                if (auto* check = featureCheck(feature, platform); check && check->isChecked()) {
                    client.features << feature;
                }
            }
            if (platform == owner) {
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
    for (const auto& question : m_clientQuestions) {
        if (question.check->isChecked()) {
            addClient(question.platform, SdkKind::Signaling, question.version->text());
        }
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
