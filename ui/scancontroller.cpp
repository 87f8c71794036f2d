// SPDX-License-Identifier: MIT
#include "scancontroller.h"

#include "evaluator.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

Q_LOGGING_CATEGORY(lcUiScan, "sig2rtm.ui.scan", QtInfoMsg)

namespace sig2rtm::ui {

/// Lives as long as the worker (shared ownership); never touches the controller from the worker
/// except through one queued call at a time.
class ScanController::Observer final : public ScanObserver
{
public:
    explicit Observer(ScanController* target) : m_target(target) {}

    void progress(const ScanProgress& progress) override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_progress = progress;
        }
        notify();
    }

    void findings(const std::vector<Finding>& findings) override
    {
        if (findings.empty()) {
            return;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_found.insert(m_found.end(), findings.begin(), findings.end());
            ++m_generation;
        }
        notify();
    }

    void take(ScanProgress* progress)
    {
        QMutexLocker lock(&m_mutex);
        m_pending = false;
        *progress = m_progress;
    }

    /// The findings so far, when there are more than at generation (which it advances); false otherwise.
    bool foundSince(quint64* generation, std::vector<Finding>* found)
    {
        QMutexLocker lock(&m_mutex);
        if (m_generation == *generation) {
            return false;
        }
        *generation = m_generation;
        *found = m_found;
        return true;
    }

private:
    void notify()
    {
        // At most one queued call is outstanding: the UI thread reads the latest snapshot.
        if (!m_pending.exchange(true)) {
            auto* target = m_target;
            const auto deliver = [target] { target->deliver(); };
            QMetaObject::invokeMethod(target, deliver, Qt::QueuedConnection);
        }
    }

    ScanController* m_target;
    QMutex m_mutex;
    ScanProgress m_progress;
    std::vector<Finding> m_found;
    quint64 m_generation = 0;
    std::atomic_bool m_pending = false;
};

namespace {

/// Lowers the priority of the calling (scan) thread once. On Linux the nice value is per thread and
/// threads inherit it, so the engine's worker threads started from here run below the UI thread.
void lowerScanPriority()
{
    thread_local bool lowered = false;
    if (lowered) {
        return;
    }
    lowered = true;
    QThread::currentThread()->setPriority(QThread::LowPriority);
#ifdef Q_OS_LINUX
    constexpr int kScanNice = 5;
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, 0);
    if (errno == 0 && current < kScanNice) {
        setpriority(PRIO_PROCESS, 0, kScanNice);
    }
#endif
}

} // namespace

ScanController::ScanController(QObject* parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("sig2rtm scan"));
    m_judgePool.setMaxThreadCount(1);
    m_judgePool.setObjectName(QStringLiteral("sig2rtm judge"));
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kUpdateIntervalMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_dirty) {
            publish();
        }
    });
}

ScanController::~ScanController()
{
    cancelAndWait();
    m_pool.waitForDone();
    m_judgePool.waitForDone();
}

void ScanController::start(const AssessmentRequest& request)
{
    cancelAndWait();
    m_lastReport.reset();
    m_lastEvidence.reset();
    m_progress = {};
    m_progress.walking = true;
    m_canceling = false;
    m_request = request;
    m_judgedGeneration = 0;
    m_sinceJudged.invalidate();
    m_dirty = false;
    m_finalElapsed = 0;
    m_observer = std::make_shared<Observer>(this);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_clock.start();

    m_watcher = new QFutureWatcher<Outcome>(this);
    auto* watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher == m_watcher) {
            onFinished();
        }
        watcher->deleteLater();
    });
    qCDebug(lcUiScan) << "assessing" << request.inputs;
    watcher->setFuture(QtConcurrent::run(&m_pool, [request, observer = m_observer, cancel = m_cancel] {
        lowerScanPriority();
        Outcome outcome;
        outcome.evidence = std::make_shared<ScanEvidence>();
        outcome.report = assess(request, observer.get(), cancel.get(), &outcome.diagnostics, outcome.evidence.get());
        return outcome;
    }));
    emit started();
    emit progressChanged(m_progress);
}

void ScanController::cancel()
{
    if (isRunning() && m_cancel) {
        m_canceling = true;
        m_cancel->store(true);
        qCDebug(lcUiScan) << "cancel requested after" << elapsedMs() << "ms";
    }
}

void ScanController::cancelAndWait()
{
    if (!m_watcher) {
        return;
    }
    if (m_cancel) {
        m_cancel->store(true);
    }
    auto* watcher = m_watcher;
    // A stale run's results are of no interest once the inputs change.
    m_watcher = nullptr;
    watcher->disconnect(this);
    watcher->waitForFinished();
    watcher->deleteLater();
    m_observer.reset();
    m_throttle.stop();
    m_canceling = false;
}

std::shared_ptr<const ScanEvidence> ScanController::evidenceOf(const Report* report) const
{
    // A weak reference: a report freed since cannot be mistaken for a new one at the same address.
    return report && report == m_lastReport.lock().get() ? m_lastEvidence : nullptr;
}

bool ScanController::isRunning() const
{
    return m_watcher && !m_watcher->isFinished();
}

qint64 ScanController::elapsedMs() const
{
    if (isRunning()) {
        return m_clock.isValid() ? m_clock.elapsed() : 0;
    }
    return m_finalElapsed;
}

void ScanController::deliver()
{
    if (!m_observer) {
        return;
    }
    m_observer->take(&m_progress);
    if (m_throttle.isActive()) {
        m_dirty = true;
        return;
    }
    publish();
}

void ScanController::publish()
{
    m_dirty = false;
    m_throttle.start();
    emit progressChanged(m_progress);
    judgeSoFar();
}

void ScanController::judgeSoFar()
{
    if (!m_observer || m_judging || (m_sinceJudged.isValid() && m_sinceJudged.elapsed() < kJudgeIntervalMs)) {
        return;
    }
    std::vector<Finding> found;
    if (!m_observer->foundSince(&m_judgedGeneration, &found)) {
        return;
    }
    m_sinceJudged.start();
    auto* watcher = new QFutureWatcher<std::shared_ptr<const Report>>(this);
    m_judging = watcher;
    const auto observer = m_observer;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, observer] {
        m_judging = nullptr;
        watcher->deleteLater();
        // Only while the scan it judged still runs: the final report supersedes it.
        if (observer == m_observer && isRunning()) {
            emit provisionalReport(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run(
        &m_judgePool, [catalog = m_request.catalog, language = m_request.language, found = std::move(found)]() mutable {
            lowerScanPriority();
            // The rules on what is read so far, as one project: what the table would say if the scan ended here.
            EvaluationInput input;
            input.catalog = catalog ? catalog : Catalog::builtin();
            input.language = language;
            input.findings = std::move(found);
            return std::make_shared<const Report>(evaluate(std::move(input)));
        }));
}

void ScanController::onFinished()
{
    m_finalElapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    auto* watcher = m_watcher;
    m_watcher = nullptr;
    m_throttle.stop();
    if (m_observer) {
        m_observer->take(&m_progress);
    }
    m_canceling = false;
    Outcome outcome = watcher->result();
    emit progressChanged(m_progress);
    if (outcome.report) {
        qCDebug(lcUiScan) << "finished in" << m_finalElapsed << "ms, partial:" << outcome.report->partial;
        auto report = std::make_shared<const Report>(std::move(*outcome.report));
        m_lastReport = report;
        m_lastEvidence = std::move(outcome.evidence);
        emit finished(report);
    } else {
        qCDebug(lcUiScan) << "invalid input:" << toString(outcome.diagnostics);
        emit failed(outcome.diagnostics);
    }
}

} // namespace sig2rtm::ui
