#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QMimeData;

namespace sig2rtm::ui {

class AssessmentWizard;
class ContactSupportDialog;
class Settings;

/// The application window: hosts the assessment wizard, menus, drag and drop, recent assessments,
/// help, and restores its geometry.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Settings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    AssessmentWizard* wizard() const { return m_wizard; }

    /// Opens a folder or project description straight into the scan (command line, drop).
    bool openPath(const QString& path);
    /// Opens (or raises) the non-modal Contact support dialog for the current report.
    ContactSupportDialog* showContactSupport();
    /// Path of the user guide (installed copy or source tree), or "" when neither exists.
    static QString userGuidePath();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void refreshRecentMenu();
    void updateTitle();
    void chooseFolder();
    void chooseDescription();
    void showUserGuide();
    void showAbout();
    void showPreferences();
    static QString droppedPath(const QMimeData* mime);

    Settings* m_settings;
    AssessmentWizard* m_wizard;
    QMenu* m_recentMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_supportAction = nullptr;
    QLabel* m_statusLabel;
    QPointer<ContactSupportDialog> m_supportDialog;
};

} // namespace sig2rtm::ui
