// SPDX-License-Identifier: MIT
#include "scanpage.h"

#include "compatibilitymodel.h"
#include "pageid.h"
#include "presentation.h"
#include "reporttext.h"
#include "scancontroller.h"
#include "session.h"

#include <QDir>
#include <QEvent>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace sig2rtm::ui {

ScanPage::ScanPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_liveModel(new CompatibilityModel(this)),
      m_progress(new QProgressBar(this)), m_counts(new QLabel(this)), m_current(new QLabel(this)),
      m_timing(new QLabel(this)), m_progressLabel(new QLabel(this)), m_currentLabel(new QLabel(this)),
      m_timingLabel(new QLabel(this)), m_liveLabel(new QLabel(this)), m_statusIcon(new QLabel(this)),
      m_status(new QLabel(this)), m_live(new QTreeView(this)), m_cancel(new QPushButton(this))
{
    m_progress->setTextVisible(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setMinimumWidth(200);
    m_current->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_statusIcon->setFixedSize(24, 24);

    m_live->setModel(m_liveModel);
    m_live->setRootIsDecorated(false);
    m_live->setItemsExpandable(false);
    m_live->setSelectionMode(QAbstractItemView::NoSelection);
    m_live->setFocusPolicy(Qt::NoFocus);
    m_live->setColumnHidden(CompatibilityModel::RemediationColumn, true);
    m_live->header()->setStretchLastSection(false);
    m_live->header()->setSectionResizeMode(CompatibilityModel::StatusColumn, QHeaderView::ResizeToContents);
    m_live->header()->setSectionResizeMode(CompatibilityModel::TitleColumn, QHeaderView::Stretch);
    for (const int column :
         {CompatibilityModel::BlockingColumn, CompatibilityModel::ReviewColumn, CompatibilityModel::NotesColumn}) {
        m_live->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_live->setMaximumHeight(m_live->sizeHintForRow(0) * 7 + m_live->header()->sizeHint().height());

    auto* form = new QGridLayout;
    for (const auto& [label, field] : {std::pair<QLabel*, QWidget*>{m_progressLabel, m_counts},
                                       {m_currentLabel, m_current},
                                       {m_timingLabel, m_timing}}) {
        const int row = form->rowCount();
        form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        form->addWidget(field, row, 1);
    }
    form->setColumnStretch(1, 1);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel, 0, Qt::AlignTop);

    m_liveLabel->setWordWrap(true);

    // On a small or scaled screen the step scrolls instead of pushing the window's buttons off screen.
    auto* layout = new QVBoxLayout(Presentation::scrollingContent(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(statusRow);
    layout->addSpacing(6);
    layout->addWidget(m_liveLabel);
    layout->addWidget(m_live);
    layout->addStretch(1);

    auto* scan = m_session->scanController();
    connect(scan, &ScanController::progressChanged, this, &ScanPage::showProgress);
    connect(scan, &ScanController::provisionalReport, m_liveModel, &CompatibilityModel::retranslate);
    connect(scan, &ScanController::finished, this, &ScanPage::onFinished);
    connect(scan, &ScanController::failed, this, &ScanPage::onFailed);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_session->scanController()->cancel();
        setState(State::Canceling);
    });
    // The table so far is judged in the scan's language; the final one follows the session's.
    connect(m_session, &Session::languageChanged, m_liveModel,
            [this] { m_liveModel->retranslate(m_session->report() ? m_session->report() : m_liveModel->report()); });
    retranslateUi();
}

void ScanPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Scan")));
    updateSubTitle();
    m_progress->setAccessibleName(tr("Scan progress"));
    m_status->setAccessibleName(tr("Scan status"));
    m_live->setAccessibleName(tr("The compatibility table so far"));
    m_progressLabel->setText(tr("Progress:"));
    m_currentLabel->setText(tr("Current file:"));
    m_timingLabel->setText(tr("Time:"));
    updateLiveLabel();
    m_cancel->setText(tr("&Cancel scan"));
    if (m_state == State::Idle) {
        return;
    }
    // The texts that tell how the scan goes or went, in the new language.
    const auto* scan = m_session->scanController();
    showProgress(scan->lastProgress());
    setState(m_state);
    switch (m_state) {
    case State::Done:
        showFullProgress();
        [[fallthrough]];
    case State::Partial:
        showOutcome();
        m_timing->setText(tr("%1 elapsed").arg(Presentation::humanDuration(scan->elapsedMs())));
        break;
    case State::Failed:
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        showFailure();
        break;
    default:
        break;
    }
}

void ScanPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void ScanPage::initializePage()
{
    m_scannedPath = m_session->inputPath();
    m_failure.clear();
    m_liveModel->setReport(nullptr);
    m_session->setReport(nullptr);
    m_progress->setRange(0, 0);
    m_counts->setText(tr("Listing files…"));
    m_current->clear();
    m_timing->clear();
    setState(State::Running);
    m_session->startScan();
}

void ScanPage::cleanupPage()
{
    m_session->scanController()->cancelAndWait();
    if (m_state == State::Running || m_state == State::Canceling) {
        setState(State::Idle);
    }
}

bool ScanPage::isComplete() const
{
    return (m_state == State::Done || m_state == State::Partial) && m_session->report();
}

int ScanPage::nextId() const
{
    return ResultsPageId;
}

void ScanPage::updateSubTitle()
{
    if (m_scannedPath.isEmpty()) {
        return;
    }
    const QString path = visibleText(QDir::toNativeSeparators(m_scannedPath));
    switch (m_state) {
    case State::Done:
        setSubTitle(tr("Scanned %1").arg(path));
        break;
    case State::Partial:
        setSubTitle(tr("Scan of %1 cancelled: the results are partial").arg(path));
        break;
    case State::Failed:
        setSubTitle(tr("%1 cannot be assessed").arg(path));
        break;
    default:
        setSubTitle(tr("Scanning %1").arg(path));
        break;
    }
}

void ScanPage::updateLiveLabel()
{
    m_liveLabel->setText(m_state == State::Running || m_state == State::Canceling
                             ? tr("The table so far, judged on the files read until now (final when the scan ends):")
                             : tr("The compatibility table:"));
}

void ScanPage::setState(State state)
{
    m_state = state;
    updateLiveLabel();
    updateSubTitle();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_statusIcon->setFixedSize(iconSize + 4, iconSize + 4);
    m_cancel->setVisible(state == State::Running || state == State::Canceling);
    m_cancel->setEnabled(state == State::Running);
    switch (state) {
    case State::Idle:
        m_status->clear();
        m_statusIcon->clear();
        break;
    case State::Running:
        m_status->setText(tr("Scanning… The window stays usable; Cancel keeps what has been found so far."));
        m_statusIcon->clear();
        setButtonText(QWizard::NextButton, tr("&Next >"));
        break;
    case State::Canceling:
        m_status->setText(tr("Cancelling: keeping the results found so far…"));
        break;
    case State::Done:
        m_statusIcon->setPixmap(Presentation::statusIcon(RowStatus::Pass).pixmap(iconSize, iconSize));
        setButtonText(QWizard::NextButton, tr("&Next >"));
        break;
    case State::Partial:
        m_statusIcon->setPixmap(Presentation::statusIcon(RowStatus::Review).pixmap(iconSize, iconSize));
        setButtonText(QWizard::NextButton, tr("Show &partial results >"));
        break;
    case State::Failed:
        m_statusIcon->setPixmap(Presentation::statusIcon(RowStatus::Fail).pixmap(iconSize, iconSize));
        break;
    }
    emit stateChanged(state);
    emit completeChanged();
}

void ScanPage::showProgress(const ScanProgress& p)
{
    const auto* scan = m_session->scanController();
    const qint64 elapsed = scan->elapsedMs();
    if (p.walking) {
        m_progress->setRange(0, 0);
        m_counts->setText(tr("Listing files… %n found so far", nullptr, static_cast<int>(p.filesTotal)));
        m_timing->setText(tr("%1 elapsed").arg(Presentation::humanDuration(elapsed)));
    } else {
        // QProgressBar holds an int: scale bytes down to per-mille.
        const int permille = p.bytesTotal > 0
                                 ? static_cast<int>(p.bytesDone * 1000 / p.bytesTotal)
                                 : (p.filesTotal > 0 ? static_cast<int>(p.filesDone * 1000 / p.filesTotal) : 1000);
        m_progress->setRange(0, 1000);
        m_progress->setValue(std::clamp(permille, 0, 1000));
        m_progress->setFormat(QStringLiteral("%1%").arg(permille / 10));
        m_counts->setText(tr("%1 of %2 files · %3 of %4 in the tree")
                              .arg(QLocale().toString(p.filesDone), QLocale().toString(p.filesTotal),
                                   Presentation::humanBytes(p.bytesDone), Presentation::humanBytes(p.bytesTotal)));
        QString timing = tr("%1 elapsed").arg(Presentation::humanDuration(elapsed));
        if (m_state == State::Running && p.bytesDone > 0 && p.bytesDone < p.bytesTotal && elapsed > 500) {
            const double rate = static_cast<double>(p.bytesDone) / static_cast<double>(elapsed);
            const auto remaining = static_cast<qint64>(static_cast<double>(p.bytesTotal - p.bytesDone) / rate);
            timing += tr(" · about %1 left").arg(Presentation::humanDuration(remaining));
        }
        m_timing->setText(timing);
    }
    const QString file = QDir::toNativeSeparators(p.currentFile);
    m_current->setText(m_current->fontMetrics().elidedText(file, Qt::ElideMiddle, std::max(200, m_current->width())));
    m_current->setToolTip(file);
}

void ScanPage::onFinished(std::shared_ptr<const Report> report)
{
    if ((!wizard() || wizard()->currentPage() != this) && m_state != State::Running && m_state != State::Canceling) {
        return;
    }
    m_session->setReport(report);
    m_liveModel->retranslate(m_session->report());
    showOutcome();
    if (report->partial) {
        setState(State::Partial);
    } else {
        showFullProgress();
        setState(State::Done);
    }
    m_timing->setText(tr("%1 elapsed").arg(Presentation::humanDuration(m_session->scanController()->elapsedMs())));
    // A complete scan goes on to its answer; a cancelled one stays to say what it holds (Next shows it).
    if (!report->partial && wizard() && wizard()->currentPage() == this) {
        wizard()->next();
    }
}

void ScanPage::onFailed(const Diagnostics& diagnostics)
{
    m_failure = diagnostics;
    showFailure();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    setState(State::Failed);
    m_session->reportError(tr("The input cannot be assessed"), tr("Nothing was scanned."),
                           Presentation::describe(diagnostics));
}

void ScanPage::showFullProgress()
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(1000);
    m_progress->setFormat(QStringLiteral("100%"));
}

void ScanPage::showOutcome()
{
    const auto& report = m_session->report();
    if (!report) {
        return;
    }
    const auto& stats = report->stats;
    m_current->clear();
    if (report->partial) {
        m_status->setText(tr("<b>Scan cancelled: the results are partial.</b> %1 files (%2 read) were examined before "
                             "the scan stopped; rows can only get worse once the rest is scanned.")
                              .arg(QLocale().toString(stats.files), Presentation::humanBytes(stats.bytes)));
    } else {
        m_status->setText(tr("Scan complete: %1 files examined (%2 read) in %3, %n item(s) skipped.", nullptr,
                             static_cast<int>(report->skipped.size()))
                              .arg(QLocale().toString(stats.files), Presentation::humanBytes(stats.bytes),
                                   Presentation::humanDuration(stats.durationMs)));
    }
}

void ScanPage::showFailure()
{
    const auto details = Presentation::describe(m_failure);
    m_status->setText(tr("The input cannot be assessed. Go back to choose another one.") + QStringLiteral("<br>") +
                      details.join(u'\n').toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
}

} // namespace sig2rtm::ui
