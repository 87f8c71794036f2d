#pragma once

#include "questionnaire.h"

#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace sig2rtm::ui {

class Session;

/// Step 2 without code: plain questions per compatibility row. The answers make a project
/// description the user can save, and the same table as a scan (assessDescription()).
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
    QCheckBox* miniProgramCheck() const { return m_miniProgram; }
    QLineEdit* miniProgramVersionEdit() const { return m_miniProgramVersion; }
    /// Cell of the special-features / PSTN grids; nullptr when the platform is not a Signaling client.
    QCheckBox* featureCheck(const QString& feature, const QString& platform) const;
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
    void fixTabOrder();
    void saveAs();

    Session* m_session;
    QLineEdit* m_name;
    QLineEdit* m_appId;
    QHash<QString, QCheckBox*> m_platformChecks;
    QHash<QString, QComboBox*> m_sdkCombos;
    QHash<QString, QLineEdit*> m_versionEdits;
    QHash<QString, QToolButton*> m_helpButtons;
    QLabel* m_versionHelp;
    QString m_helpPlatform; ///< whose version help m_versionHelp shows ("" for the prompt)
    QCheckBox* m_miniProgram;
    QLineEdit* m_miniProgramVersion;
    QToolButton* m_miniProgramHelp;
    QGroupBox* m_projectBox = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_appIdLabel = nullptr;
    QGroupBox* m_clientsBox = nullptr;
    QList<QLabel*> m_clientHeaders;
    QGroupBox* m_miniBox = nullptr;
    QGroupBox* m_featuresBox = nullptr;
    QWidget* m_featuresGrid = nullptr;
    QGroupBox* m_messagesBox = nullptr;
    QLabel* m_messagesHelp = nullptr;
    QHash<QString, QCheckBox*> m_messageChecks;
    QGroupBox* m_pstnBox = nullptr;
    QWidget* m_pstnGrid = nullptr;
    QHash<QString, QCheckBox*> m_featureChecks; ///< "feature/platform"
    QHash<QString, bool> m_featureState;        ///< kept across grid rebuilds
    QLabel* m_hint;
    QString m_savedPath; ///< where the answers were saved last, until they change
    QPushButton* m_save;
    QList<QWidget*> m_tabChainHead;
};

} // namespace sig2rtm::ui
