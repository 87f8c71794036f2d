// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sig2rtm::ui {

class Session;

/// Step 1: what to assess. A folder, a project description or the questionnaire; recent
/// assessments; the bundled sample. Validates the input before the scan starts.
class StartPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// Chooses a mode and input programmatically (drag and drop, command line, recent list).
    void selectFolder(const QString& path);
    void selectDescription(const QString& path);
    void selectQuestionnaire();

    QLineEdit* pathEdit() const { return m_path; }
    QListWidget* recentList() const { return m_recent; }
    QCommandLinkButton* folderButton() const { return m_folderButton; }
    QCommandLinkButton* descriptionButton() const { return m_descriptionButton; }
    QCommandLinkButton* questionnaireButton() const { return m_questionnaireButton; }

    void refreshRecent();

    /// The demo project shipped with sig2rtm, or an empty string when it is not installed.
    static QString samplePath();

signals:
    /// The user picked something to assess at once: the bundled sample or a recent assessment.
    void assessmentRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    /// Back on the start page (Back, New assessment): the list shows the latest outcomes.
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateMode();
    void browse();
    void openRecent();
    /// A recent entry picked (click, arrow keys): its path and mode fill the form, so Scan is one key away.
    void pickRecent();

    Session* m_session;
    QButtonGroup* m_modes;
    QCommandLinkButton* m_folderButton;
    QCommandLinkButton* m_descriptionButton;
    QCommandLinkButton* m_questionnaireButton;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_recentLabel;
    QListWidget* m_recent;
    QPushButton* m_clearRecent;
    QPushButton* m_sample;
};

} // namespace sig2rtm::ui
