// SPDX-License-Identifier: MIT
#pragma once

#include "assessment.h"

#include <atomic>
#include <memory>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace sig2rtm::ui {

/// Runs one assessment at a time off the UI thread (QtConcurrent::run around assess()) and brings
/// its progress back to the UI thread, coalesced and throttled so that a fast scan cannot flood the
/// event loop.
class ScanController final : public QObject
{
    Q_OBJECT

public:
    /// UI updates happen at most this often (the last one always arrives).
    static constexpr int kUpdateIntervalMs = 100;
    /// The findings so far are judged at most this often, on a thread of their own.
    static constexpr int kJudgeIntervalMs = 400;

    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;
    Q_DISABLE_COPY_MOVE(ScanController)

    /// Starts assessing; a running assessment is cancelled and waited for first.
    void start(const AssessmentRequest& request);
    /// Asks the running assessment to stop; finished() follows with a partial report.
    void cancel();
    /// Cancels and blocks until the worker has returned (about 100 ms at most).
    void cancelAndWait();

    bool isRunning() const;
    bool isCanceling() const { return m_canceling; }
    qint64 elapsedMs() const;

    ScanProgress lastProgress() const { return m_progress; }
    /// What the last finished scan read, when report is the one it delivered (nullptr otherwise): the
    /// evidence to judge again when suppressions are added.
    std::shared_ptr<const ScanEvidence> evidenceOf(const Report* report) const;

signals:
    void started();
    void progressChanged(const sig2rtm::ScanProgress& progress);
    /// The compatibility table as it would be if the scan ended now: the findings so far, judged by the same
    /// rules as the final report (as one project, without the inputs' declared facts). Several per scan,
    /// never after finished().
    void provisionalReport(std::shared_ptr<const sig2rtm::Report> report);
    /// The assessment ended, completely or (after cancel()) partially: see Report::partial.
    void finished(std::shared_ptr<const sig2rtm::Report> report);
    /// The inputs were invalid: nothing was scanned.
    void failed(const sig2rtm::Diagnostics& diagnostics);

private:
    class Observer;
    struct Outcome
    {
        std::optional<Report> report;
        Diagnostics diagnostics;
        std::shared_ptr<ScanEvidence> evidence;
    };

    void deliver();
    void publish();
    void onFinished();
    void judgeSoFar();

    /// One thread of our own for assess(): its scan workers inherit its lowered priority, so the UI
    /// thread wins the CPU when they compete.
    QThreadPool m_pool;
    std::shared_ptr<Observer> m_observer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    QElapsedTimer m_clock;
    qint64 m_finalElapsed = 0;
    QTimer m_throttle;
    bool m_dirty = false;
    bool m_canceling = false;
    ScanProgress m_progress;
    AssessmentRequest m_request;
    QThreadPool m_judgePool;
    QFutureWatcherBase* m_judging = nullptr;
    QElapsedTimer m_sinceJudged;
    quint64 m_judgedGeneration = 0;
    std::weak_ptr<const Report> m_lastReport;
    std::shared_ptr<const ScanEvidence> m_lastEvidence;
};

} // namespace sig2rtm::ui
