// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"
#include "scanner.h"

#include <memory>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace sig2rtm::ui {

class CompatibilityModel;
class Session;

/// Step 2: the scan runs here, off the UI thread: progress in files and bytes, the current file,
/// live counts per row, elapsed time and an estimate; Cancel keeps what was found, clearly partial.
class ScanPage final : public QWizardPage
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Canceling, Done, Partial, Failed };

    explicit ScanPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    State state() const { return m_state; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }
    QTreeView* liveView() const { return m_live; }

signals:
    void stateChanged(sig2rtm::ui::ScanPage::State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void setState(State state);
    void updateLiveLabel();
    void updateSubTitle();
    void showProgress(const ScanProgress& progress);
    void onFinished(std::shared_ptr<const Report> report);
    void onFailed(const Diagnostics& diagnostics);
    void showFullProgress();
    /// The status line of a finished scan, from the session's report.
    void showOutcome();
    /// The status line of an input that could not be assessed.
    void showFailure();

    Session* m_session;
    CompatibilityModel* m_liveModel;
    QString m_scannedPath;
    Diagnostics m_failure;
    QProgressBar* m_progress;
    QLabel* m_counts;
    QLabel* m_current;
    QLabel* m_timing;
    QLabel* m_progressLabel;
    QLabel* m_currentLabel;
    QLabel* m_timingLabel;
    QLabel* m_liveLabel;
    QLabel* m_statusIcon;
    QLabel* m_status;
    QTreeView* m_live;
    QPushButton* m_cancel;
    State m_state = State::Idle;
};

} // namespace sig2rtm::ui
