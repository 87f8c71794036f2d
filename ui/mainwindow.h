// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

class QDialog;
class QLabel;
class QMenu;
class QMimeData;

namespace sig2rtm::ui {

class AssessmentWizard;
class ContactSupportDialog;
class Session;
class Settings;

/// The application window: owns the session, hosts the assessment wizard, menus, drag and drop,
/// recent assessments, help, the language switch, and restores its geometry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// The user guide, rendered in a window of its own (F1); nullptr when it is missing from the build.
    QDialog* showUserGuide();
    explicit MainWindow(Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session* session() const { return m_session; }
    AssessmentWizard* wizard() const { return m_wizard; }

    /// Opens a folder or project description straight into the scan (command line, drop).
    bool openPath(const QString& path);
    /// Opens (or raises) the non-modal Contact support dialog for the current report.
    ContactSupportDialog* showContactSupport();
    /// Switches the user interface and the report's texts to a language ("" follows the system,
    /// "en", "zh_CN") while the application runs: no restart, no rescan.
    void applyLanguage(const QString& code);
    /// Path of the user guide (installed copy or source tree), or "" when neither exists.
    static QString userGuidePath();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    static constexpr int kMessageMs = 10000;
    void createMenus();
    void retranslateUi();
    void refreshRecentMenu();
    void updateTitle();
    void fitToScreen();
    /// Highlights the window while something that can be opened is dragged over it (path empty: hides it).
    void showDropTarget(const QString& path);
    void chooseFolder();
    void chooseDescription();
    void showAbout();
    void showPreferences();
    static QString droppedPath(const QMimeData* mime);

    Settings* m_settings;
    Session* m_session;
    AssessmentWizard* m_wizard;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_folderAction = nullptr;
    QAction* m_descriptionAction = nullptr;
    QAction* m_questionnaireAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_saveSuppressionsAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_historyAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_supportAction = nullptr;
    QAction* m_guideAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QLabel* m_statusLabel;
    QLabel* m_dropTarget = nullptr;
    QPointer<ContactSupportDialog> m_supportDialog;
    QPointer<QDialog> m_guideDialog;
};

} // namespace sig2rtm::ui
