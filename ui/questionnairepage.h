// SPDX-License-Identifier: MIT
#pragma once

#include "questionnaire.h"

#include <QHash>
#include <QWizardPage>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QValidator;

namespace sig2rtm::ui {

class Session;

/// Step 2 without code: plain questions per compatibility row. The answers make a project
/// description the user can save, and the same table as a scan (assessDescription()).
///
/// The questions come from the catalog's declarations: the clients grid decides the version row, each
/// declared client kind (a mini-program build) and each feature group asks for its own row, and the
/// message types ask for theirs. Their words are catalog texts; this page only lays them out.
class QuestionnairePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit QuestionnairePage(Session* session, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QuestionnaireAnswers answers() const;
    ProjectDescription description() const { return answers().toDescription(); }
    /// Writes the description (QSaveFile). Returns false and reports why on failure.
    bool saveDescription(const QString& path);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* appIdEdit() const { return m_appId; }
    QCheckBox* platformCheck(const QString& platform) const { return m_platformChecks.value(platform); }
    QComboBox* sdkCombo(const QString& platform) const { return m_sdkCombos.value(platform); }
    QLineEdit* versionEdit(const QString& platform) const { return m_versionEdits.value(platform); }
    /// The answer that declares a client kind of the catalog's declarations (a mini-program build).
    QCheckBox* declaredClientCheck(const QString& platform) const;
    QLineEdit* declaredClientVersionEdit(const QString& platform) const;
    /// Cell of a feature grid; nullptr when the platform is not a legacy SDK client.
    QCheckBox* featureCheck(const QString& feature, const QString& platform) const;
    /// The question that decides a row (its group box), or nullptr when no question does.
    QGroupBox* questionBox(const QString& rowId) const;
    QCheckBox* messageTypeCheck(const QString& type) const { return m_messageChecks.value(type); }
    QLabel* versionHelpLabel() const { return m_versionHelp; }

signals:
    void descriptionSaved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// The question titles, which name the rows they decide in the session's language.
    void retranslateQuestions();
    /// Platforms whose client uses the Signaling SDK, in the order of the questions.
    QStringList signalingPlatforms() const;
    void rebuildGrids();
    void updateEnabled();
    void updateHint();
    /// The legacy client whose messages the message question describes, or "" when none may.
    QString messagesOwner() const;
    void fixTabOrder();
    void saveAs();
    void addClientsQuestion(QWidget* content, QValidator* versionValidator);
    void addDeclaredClientQuestion(QWidget* content, const QString& platform, QValidator* versionValidator);
    void addFeatureQuestion(QWidget* content, const QString& rowId, const QStringList& features);
    void addMessageQuestion(QWidget* content, const QString& rowId);
    void showVersionHelp(const QString& platform);

    /// A question: the group box that asks it and the row it decides.
    struct Question
    {
        enum class Kind { Clients, DeclaredClient, Features, Messages };
        Kind kind = Kind::Clients;
        QString row; ///< empty: the catalog has no row this question decides
        QGroupBox* box = nullptr;
        std::size_t index = 0; ///< into m_clientQuestions or m_featureQuestions
    };
    /// A client kind declared by a check box of its own (declarations.clients).
    struct ClientQuestion
    {
        QString platform;
        QCheckBox* check = nullptr;
        QLineEdit* version = nullptr;
        QToolButton* help = nullptr;
    };
    /// A grid of feature check boxes, one column per legacy SDK client.
    struct FeatureQuestion
    {
        QStringList features;
        QWidget* grid = nullptr;
    };

    Session* m_session;
    QLineEdit* m_name;
    QLineEdit* m_appId;
    QHash<QString, QCheckBox*> m_platformChecks;
    QHash<QString, QComboBox*> m_sdkCombos;
    QHash<QString, QLineEdit*> m_versionEdits;
    QHash<QString, QToolButton*> m_helpButtons;
    QLabel* m_versionHelp;
    QString m_helpPlatform; ///< whose version help m_versionHelp shows ("" for the prompt)
    QGroupBox* m_projectBox = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_appIdLabel = nullptr;
    QGroupBox* m_clientsBox = nullptr;
    QList<QLabel*> m_clientHeaders;
    std::vector<Question> m_questions; ///< in the order they are asked
    std::vector<ClientQuestion> m_clientQuestions;
    std::vector<FeatureQuestion> m_featureQuestions;
    QGroupBox* m_messagesBox = nullptr;
    QLabel* m_messagesHelp = nullptr;
    QHash<QString, QCheckBox*> m_messageChecks;
    QHash<QString, QCheckBox*> m_featureChecks; ///< "feature/platform"
    QHash<QString, bool> m_featureState;        ///< kept across grid rebuilds
    QLabel* m_hint;
    QString m_savedPath; ///< where the answers were saved last, until they change
    QPushButton* m_save;
};

} // namespace sig2rtm::ui
