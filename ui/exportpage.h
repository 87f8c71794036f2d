// SPDX-License-Identifier: MIT
#pragma once

#include "renderoptions.h"

#include <functional>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sig2rtm::ui {

class Session;

/// Step 7: writes the report in any of the formats the engine offers (reportFormats()), several at once, into
/// one folder, in the background with progress; asks before it replaces a file, and opens the result when
/// asked. Export is the page's default button: Enter exports, never starts over.
class ExportPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// One file to write, and how writing it went.
    struct Item
    {
        QString format;
        QString path;
        QString error;    ///< empty when written
        QByteArray bytes; ///< the rendered report, until every format is rendered and all are written at once
    };

    explicit ExportPage(Session* session, QWidget* parent = nullptr);
    ~ExportPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QStringList formats() const;
    void setFormats(const QStringList& formats);
    QCheckBox* formatBox(const QString& format) const;
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* exportButton() const { return m_export; }
    QCheckBox* openAfterCheck() const { return m_openAfter; }
    QCheckBox* absolutePathsCheck() const { return m_absolutePaths; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    bool isExporting() const { return m_watcher != nullptr; }

    /// The files an export of the chosen formats would write now.
    QList<Item> plannedFiles() const;

    /// Exports the chosen formats into the chosen folder in the background (asks first when files would be
    /// replaced). Returns false when nothing was started: nothing to export, a bad folder or name, or the user
    /// kept the existing files.
    bool startExport();

    /// Writes one report file now, on this thread: for scripted use and tests. Returns false (and reports the
    /// error) on failure.
    bool exportTo(const QString& format, const QString& path);

signals:
    void exported(const QString& format, const QString& path);
    /// An export started by startExport() is over (items: every file, written or not).
    void exportFinished(const QList<sig2rtm::ui::ExportPage::Item>& items);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    /// How the reports are rendered: what the page offers beyond the formats.
    RenderOptions renderOptions() const;
    void retranslateUi();
    /// Shows the outcome of the last export; text renders it, again after a language change.
    void setResult(std::function<QString()> text);
    void browse();
    void updatePlan();
    void onFinished();
    void makeExportDefault();
    QString defaultFolder() const;
    QString defaultName() const;

    Session* m_session;
    QStringList m_formatIds;
    QList<QCheckBox*> m_formatBoxes;
    QGroupBox* m_formatGroup;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_plan;
    QCheckBox* m_openAfter;
    QCheckBox* m_absolutePaths;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_result;
    std::function<QString()> m_resultText;
    QThreadPool m_pool;
    QFutureWatcher<Item>* m_watcher = nullptr;
    QList<Item> m_running;
};

} // namespace sig2rtm::ui
