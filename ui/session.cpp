// SPDX-License-Identifier: MIT
#include "session.h"

#include "atomicfile.h"
#include "compatibilitymodel.h"
#include "findingsmodel.h"
#include "presentation.h"
#include "reporttext.h"
#include "scancontroller.h"
#include "settings.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcSession, "sig2rtm.ui.session", QtInfoMsg)

namespace sig2rtm::ui {

namespace {
/// One change of the session's suppressions: the list before and after it.
class SuppressionCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(std::vector<Suppression>)>;
    SuppressionCommand(Apply apply, std::vector<Suppression> before, std::vector<Suppression> after,
                       const QString& text)
        : QUndoCommand(text), m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { m_apply(m_after); }
    void undo() override { m_apply(m_before); }

private:
    Apply m_apply;
    std::vector<Suppression> m_before;
    std::vector<Suppression> m_after;
};

QString absolutePath(const QString& root, const QString& file)
{
    return QDir::cleanPath(QDir(root).absoluteFilePath(file));
}

/// What reading a saved report or a history folder gives back to the UI thread, by value.
struct ReadReport
{
    std::optional<PreviousReport> report;
    Diagnostics problems;
};
struct ReadHistory
{
    std::optional<History> history;
    Diagnostics problems;
};

/// Located problems as the error dialog lists them, with whatever the file put in them made visible.
QStringList visibleProblems(const Diagnostics& problems)
{
    QStringList lines;
    for (const auto& line : Presentation::describe(problems)) {
        lines << visibleText(line);
    }
    return lines;
}
} // namespace

Session::Session(Settings* settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_scan(new ScanController(this)),
      m_compatibility(new CompatibilityModel(this)), m_findings(new FindingsModel(this)),
      m_language(Presentation::reportLanguage()), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, &Session::suppressionsChanged);
}

Session::~Session()
{
    // Cancel, then wait, before anything that listens to the scan goes away. Reading saved reports cannot be
    // cancelled; it is waited for.
    m_scan->cancelAndWait();
    for (auto* reading : findChildren<QFutureWatcherBase*>(Qt::FindDirectChildrenOnly)) {
        reading->waitForFinished();
    }
}

std::shared_ptr<const Report> Session::inLanguage(std::shared_ptr<const Report> report, ReportLanguage language)
{
    if (!report || report->language == language) {
        return report;
    }
    // Report texts are language-neutral: relabelling a copy is all it takes to show it in another language.
    auto copy = std::make_shared<Report>(*report);
    copy->language = language;
    return copy;
}

void Session::setLanguage(ReportLanguage language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    m_report = inLanguage(m_report, language);
    m_compatibility->retranslate(m_report);
    m_findings->retranslate(m_report);
    emit languageChanged(language);
}

std::shared_ptr<const Catalog> Session::catalog() const
{
    return m_report && m_report->catalog ? m_report->catalog : Catalog::builtin();
}

AssessmentRequest Session::request() const
{
    AssessmentRequest r;
    r.inputs = QStringList{m_inputPath};
    r.exclude = m_settings->defaultExclusions();
    r.useDefaultSkips = m_settings->useDefaultSkips();
    r.language = m_language;
    r.catalog = Catalog::builtin();
    return r;
}

void Session::startScan()
{
    emit assessmentStarted(m_inputPath);
    m_scan->start(request());
}

void Session::setEvidenceTarget(const QString& rowId, const QString& findingId, const QString& clientId)
{
    m_evidenceRow = rowId;
    m_evidenceFinding = findingId;
    m_evidenceClient = clientId;
}

void Session::setReport(std::shared_ptr<const Report> report)
{
    // A new report starts without suppressions of its own: unsaved ones belonged to the previous scan.
    m_evidence = m_scan->evidenceOf(report.get());
    m_added.clear();
    m_savedPath.clear();
    m_exported = false;
    m_undo->clear();
    // A comparison and a burn-down belong to the report they were made for.
    dropProgress();
    m_report = inLanguage(std::move(report), m_language);
    m_compatibility->setReport(m_report);
    m_findings->setReport(m_report);
    emit reportChanged(m_report);
    emit suppressionsChanged();
    emit progressChanged();
}

bool Session::canSuppress(const Finding& finding) const
{
    return m_evidence && m_report && finding.effect != Effect::Note && finding.context != Context::Declared &&
           !finding.file.isEmpty() && finding.suppressedBy.isEmpty();
}

bool Session::suppress(const QString& findingId, const QString& reason)
{
    const Finding* finding = m_report ? m_report->finding(findingId) : nullptr;
    if (!finding || !canSuppress(*finding) || reason.trimmed().isEmpty()) {
        return false;
    }
    Suppression s;
    s.rule = finding->rule;
    s.file = finding->file;
    s.line = finding->line;
    s.reason = reason.trimmed();
    s.fingerprint = fingerprint(*finding);
    s.snippet = finding->snippet;
    std::vector<Suppression> after = m_added;
    after.push_back(s);
    const QString text = finding->line > 0 ? tr("Not applicable: %1, line %2").arg(finding->file).arg(finding->line)
                                           : tr("Not applicable: %1").arg(finding->file);
    m_undo->push(new SuppressionCommand([this](std::vector<Suppression> list) { applySuppressions(std::move(list)); },
                                        m_added, std::move(after), text));
    return true;
}

void Session::applySuppressions(std::vector<Suppression> suppressions)
{
    m_added = std::move(suppressions);
    if (m_evidence) {
        // The same evidence judged again: the findings keep their order and ids, so views keep their selection.
        // The comparison and the burn-down are made again: a finding marked not applicable is fixed work now.
        Report judged = reassess(*m_evidence, m_added);
        addProgress(judged);
        m_report = inLanguage(std::make_shared<const Report>(std::move(judged)), m_language);
        m_compatibility->retranslate(m_report);
        m_findings->retranslate(m_report);
        emit reportChanged(m_report);
    }
    emit suppressionsChanged();
}

void Session::addProgress(Report& report) const
{
    report.baseline.reset();
    report.history.reset();
    if (m_previous) {
        report.baseline = compareWithBaseline(report, *m_previous);
    }
    if (m_history) {
        History history = *m_history;
        history.addCurrent(report);
        report.history = std::move(history);
    }
}

void Session::updateProgress()
{
    if (m_report) {
        auto report = std::make_shared<Report>(*m_report);
        addProgress(*report);
        m_report = std::move(report);
        // The same findings: views keep their selection and show the new states.
        m_compatibility->retranslate(m_report);
        m_findings->retranslate(m_report);
        emit reportChanged(m_report);
    }
    emit progressChanged();
}

void Session::dropProgress()
{
    m_previous.reset();
    m_history.reset();
    // Reads still running finish unheard.
    m_readingComparison = nullptr;
    m_readingHistory = nullptr;
}

bool Session::compareWith(const QString& path)
{
    if (!m_report) {
        return false;
    }
    auto* watcher = new QFutureWatcher<ReadReport>(this);
    m_readingComparison = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (watcher != m_readingComparison) {
            return; // another file was chosen since, or another report came
        }
        m_readingComparison = nullptr;
        ReadReport read = watcher->result();
        if (!read.report) {
            emit progressChanged();
            reportError(tr("Cannot compare"),
                        tr("%1 is not a report this version can compare with.")
                            .arg(visibleText(QDir::toNativeSeparators(path))),
                        visibleProblems(read.problems));
            return;
        }
        qCDebug(lcSession) << "comparing with" << path;
        m_previous = std::move(read.report);
        updateProgress();
    });
    // Worker code: reads and parses the file, touches nothing of the session.
    watcher->setFuture(QtConcurrent::run([path] {
        ReadReport read;
        read.report = PreviousReport::loadFile(path, &read.problems);
        return read;
    }));
    emit progressChanged();
    return true;
}

void Session::clearComparison()
{
    m_readingComparison = nullptr;
    if (m_previous) {
        m_previous.reset();
        updateProgress();
    } else {
        emit progressChanged();
    }
}

bool Session::loadHistory(const QString& folder)
{
    if (!m_report) {
        return false;
    }
    auto* watcher = new QFutureWatcher<ReadHistory>(this);
    m_readingHistory = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, folder] {
        watcher->deleteLater();
        if (watcher != m_readingHistory) {
            return;
        }
        m_readingHistory = nullptr;
        ReadHistory read = watcher->result();
        if (!read.history) {
            emit progressChanged();
            reportError(
                tr("Cannot draw a burn-down"),
                tr("%1 cannot be read as a folder of reports.").arg(visibleText(QDir::toNativeSeparators(folder))),
                visibleProblems(read.problems));
            return;
        }
        qCDebug(lcSession) << "burn-down over" << read.history->points.size() << "reports of" << folder;
        m_history = std::move(read.history);
        updateProgress();
    });
    watcher->setFuture(QtConcurrent::run([folder] {
        ReadHistory read;
        read.history = History::loadFolder(folder, &read.problems);
        return read;
    }));
    emit progressChanged();
    return true;
}

void Session::clearHistory()
{
    m_readingHistory = nullptr;
    if (m_history) {
        m_history.reset();
        updateProgress();
    } else {
        emit progressChanged();
    }
}

bool Session::hasUnsavedSuppressions() const
{
    return !m_undo->isClean();
}

QString Session::suppressionsPath() const
{
    if (!m_savedPath.isEmpty()) {
        return m_savedPath;
    }
    return m_evidence && m_evidence->description ? m_evidence->descriptionPath : QString();
}

QString Session::proposedSuppressionsPath() const
{
    if (const QString path = suppressionsPath(); !path.isEmpty()) {
        return path;
    }
    const QString folder = m_evidence && !m_evidence->roots.isEmpty() ? m_evidence->roots.first() : m_inputPath;
    const QFileInfo info(folder);
    QString name = info.fileName().isEmpty() ? QStringLiteral("project") : info.fileName();
    name += QStringLiteral(".sig2rtm.json");
    // Beside the scanned folder, not in it: nothing lands in the scanned tree unless the user puts it there.
    const QFileInfo parent(info.absolutePath());
    if (!info.fileName().isEmpty() && parent.isDir() && parent.isWritable()) {
        return QDir(parent.absoluteFilePath()).absoluteFilePath(name);
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).absoluteFilePath(name);
}

ProjectDescription Session::descriptionToSave(const QString& path) const
{
    ProjectDescription d;
    if (!m_evidence) {
        return d;
    }
    const QString folder = QFileInfo(path).absolutePath();
    const QString root = m_evidence->scan.base;
    if (m_evidence->description) {
        d = *m_evidence->description;
    } else {
        d.name = m_report && !m_report->projectName.isEmpty() ? m_report->projectName : QStringLiteral("project");
        d.sources = m_evidence->roots;
    }
    const auto place = [&](Suppression s, const QString& absolute) {
        // The fingerprint holds no path: only the file is written anew, relative to the description.
        s.file = QDir(folder).relativeFilePath(absolute);
        return s;
    };
    if (m_evidence->description) {
        const QString oldFolder = QFileInfo(m_evidence->descriptionPath).absolutePath();
        if (oldFolder != folder) {
            for (auto& s : d.suppressions) {
                s = place(s, absolutePath(oldFolder, s.file));
            }
        }
    }
    for (const auto& s : m_added) {
        d.suppressions.push_back(place(s, absolutePath(root, s.file)));
    }
    d.path = QFileInfo(path).absoluteFilePath();
    return d;
}

bool Session::saveSuppressions(const QString& path, QString* error)
{
    if (!m_evidence) {
        *error = tr("There is no scan whose suppressions could be saved.");
        return false;
    }
    const ProjectDescription d = descriptionToSave(path);
    QByteArray text = d.toJsonText(QFileInfo(path).absolutePath());
    if (m_evidence->description && QFileInfo(path) == QFileInfo(m_evidence->descriptionPath)) {
        // The team's own file: only its suppressions change; what the model does not keep ($schema, a
        // client's notes, the order of keys) stays as written.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            auto original = nlohmann::ordered_json::parse(file.readAll().toStdString(), nullptr, false);
            const auto saved = nlohmann::ordered_json::parse(text.toStdString(), nullptr, false);
            if (original.is_object() && saved.is_object() && saved.contains("suppressions")) {
                original["suppressions"] = saved["suppressions"];
                text = QByteArray::fromStdString(original.dump(2)) + '\n';
            }
        }
    }
    if (!writeFileAtomically(path, text, error)) {
        return false;
    }
    m_savedPath = QFileInfo(path).absoluteFilePath();
    m_undo->setClean();
    qCDebug(lcSession) << "suppressions saved to" << m_savedPath;
    emit suppressionsChanged();
    emit suppressionsSaved(m_savedPath);
    return true;
}

void Session::reportError(const QString& title, const QString& message, const QStringList& details)
{
    const QString text = details.isEmpty() ? message : message + u'\n' + u'\n' + details.join(u'\n');
    qCDebug(lcSession).noquote() << title << text;
    emit errorOccurred(title, text);
}

void Session::openExternal(const QUrl& url)
{
    emit externalOpenRequested(url);
    if (m_externalOpen && !QDesktopServices::openUrl(url)) {
        reportError(tr("Cannot open"), tr("No application could open %1.").arg(url.toDisplayString()));
    }
}

} // namespace sig2rtm::ui
