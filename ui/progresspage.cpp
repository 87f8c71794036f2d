// SPDX-License-Identifier: MIT
#include "progresspage.h"

#include "burndownchart.h"
#include "pageid.h"
#include "presentation.h"
#include "reportview.h"
#include "session.h"
#include "settings.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sig2rtm::ui {

namespace {
constexpr int kVisibleSkipped = 3; ///< more scroll

QLabel* sectionLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    // Paths and project names come from saved reports: never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// "web/app.js:12 — what", one a line, for a tooltip; "…" and the rest's count when cut.
QString fixedList(const std::vector<ReportView::Progress::Fixed>& fixed, const QString& title, const QString& more)
{
    QStringList lines{title};
    for (const auto& f : fixed) {
        lines << visibleText(f.location) + QStringLiteral(" — ") + visibleText(f.what);
    }
    if (!more.isEmpty()) {
        lines << more;
    }
    return lines.join(u'\n');
}
} // namespace

ProgressPage::ProgressPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_comparisonTitle(sectionLabel(this)), m_compare(new QPushButton(this)),
      m_clearComparison(new QPushButton(this)), m_comparisonText(textLabel(this)), m_headline(textLabel(this)),
      m_counts(new QWidget(this)), m_countsGrid(new QGridLayout(m_counts)), m_historyTitle(sectionLabel(this)),
      m_history(new QPushButton(this)), m_clearHistory(new QPushButton(this)), m_historyText(textLabel(this)),
      m_chart(new BurnDownChart(this)), m_point(textLabel(this)), m_skippedLabel(new QLabel(this)),
      m_skipped(new QListWidget(this))
{
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    // The comparison's table: a header row, then uses, findings and notes with their fixed, new and unchanged.
    m_countsGrid->setContentsMargins(0, 0, 0, 0);
    m_countsGrid->setHorizontalSpacing(24);
    m_countsGrid->setVerticalSpacing(2);
    for (int column = 0; column < CountColumns; ++column) {
        auto* header = sectionLabel(m_counts);
        header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_countsGrid->addWidget(header, 0, column + 1);
        m_countHeaders << header;
    }
    for (int row = 0; row < CountRows; ++row) {
        auto* label = textLabel(m_counts);
        m_countsGrid->addWidget(label, row + 1, 0);
        m_countLabels << label;
        for (int column = 0; column < CountColumns; ++column) {
            auto* number = new QLabel(m_counts);
            number->setTextFormat(Qt::PlainText);
            number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_countsGrid->addWidget(number, row + 1, column + 1);
            m_countLabels << number;
        }
    }
    m_countsGrid->setColumnStretch(0, 1);

    m_skippedLabel->setBuddy(m_skipped);
    m_skipped->setSelectionMode(QAbstractItemView::SingleSelection);
    m_skipped->setUniformItemSizes(true);

    auto* content = Presentation::scrollingContent(this);

    auto* comparisonButtons = new QHBoxLayout;
    comparisonButtons->addWidget(m_comparisonTitle, 1);
    comparisonButtons->addWidget(m_compare);
    comparisonButtons->addWidget(m_clearComparison);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(m_historyTitle, 1);
    historyButtons->addWidget(m_history);
    historyButtons->addWidget(m_clearHistory);

    auto* layout = new QVBoxLayout(content);
    layout->addLayout(comparisonButtons);
    layout->addWidget(m_comparisonText);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addSpacing(8);
    layout->addLayout(historyButtons);
    layout->addWidget(m_historyText);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_point);
    layout->addWidget(m_skippedLabel);
    layout->addWidget(m_skipped);
    layout->addStretch(0);

    connect(m_compare, &QPushButton::clicked, this, &ProgressPage::chooseComparison);
    connect(m_clearComparison, &QPushButton::clicked, m_session, &Session::clearComparison);
    connect(m_history, &QPushButton::clicked, this, &ProgressPage::chooseHistory);
    connect(m_clearHistory, &QPushButton::clicked, m_session, &Session::clearHistory);
    connect(m_chart, &BurnDownChart::currentChanged, this, &ProgressPage::updatePointLabel);
    const auto refreshIfShown = [this] {
        if (isVisible()) {
            refresh();
        }
    };
    connect(m_session, &Session::progressChanged, this, refreshIfShown);
    connect(m_session, &Session::reportChanged, this, refreshIfShown);
    connect(m_session, &Session::languageChanged, this, refreshIfShown);

    setTabOrder(m_compare, m_clearComparison);
    setTabOrder(m_clearComparison, m_history);
    setTabOrder(m_history, m_clearHistory);
    setTabOrder(m_clearHistory, m_chart);
    setTabOrder(m_chart, m_skipped);
    retranslateUi();
}

void ProgressPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Progress")));
    setSubTitle(tr("How the migration moves: this scan compared with a report saved earlier, and the burn-down over "
                   "reports saved over time. Exports made afterwards include both."));
    // Alt+B is Back, Alt+N Next, Alt+F, Alt+T and Alt+H the menus.
    m_compare->setText(tr("&Compare with a previous report…"));
    m_compare->setToolTip(tr("Open a JSON report saved earlier by sig2rtm (the desktop app or the command line)"));
    m_clearComparison->setText(tr("C&lear comparison"));
    m_history->setText(tr("Burn-&down from saved reports…"));
    m_history->setToolTip(tr("Choose a folder of JSON reports saved over time"));
    m_clearHistory->setText(tr("Clear b&urn-down"));
    m_comparisonText->setAccessibleName(tr("Comparison"));
    m_headline->setAccessibleName(tr("Changes since the previous report"));
    m_historyText->setAccessibleName(tr("Burn-down"));
    m_chart->setAccessibleName(tr("Burn-down chart"));
    m_point->setAccessibleName(tr("Chosen data point"));
    m_skipped->setAccessibleName(tr("Files not read"));
    refresh();
}

void ProgressPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void ProgressPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    // Back from a later step does not initialize the page again: what changed since shows now.
    refresh();
}

void ProgressPage::initializePage()
{
    refresh();
    m_compare->setFocus();
}

int ProgressPage::nextId() const
{
    return EvidencePageId;
}

QLabel* ProgressPage::countLabel(CountRow row, CountColumn column) const
{
    return m_countLabels.value(row * (CountColumns + 1) + column + 1);
}

QString ProgressPage::startFolder() const
{
    // Reports the user exported are where the last export went.
    const QString folder = m_session->settings()->lastExportDirectory();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
               ? folder
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ProgressPage::chooseComparison()
{
    if (!m_session->report()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with a previous report"), startFolder(),
                                                      tr("sig2rtm reports (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_session->compareWith(path);
    }
}

void ProgressPage::chooseHistory()
{
    if (!m_session->report()) {
        return;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose a folder of saved reports"), startFolder());
    if (!folder.isEmpty()) {
        m_session->loadHistory(folder);
    }
}

void ProgressPage::refresh()
{
    const auto& report = m_session->report();
    const bool reading = m_session->isReadingComparison();
    const bool readingHistory = m_session->isReadingHistory();
    m_compare->setEnabled(report != nullptr);
    m_history->setEnabled(report != nullptr);

    std::optional<ReportView::Progress> progress;
    if (report && (report->baseline || report->history)) {
        ReportView::Options options;
        options.findingsPerRow = 0;
        options.passingRowFindings = false;
        options.otherEvidence = false;
        options.skippedLimit = 0;
        options.fixedLimit = kFixedInTooltip;
        progress = ReportView::build(*report, options).progress;
    }

    // The comparison.
    const bool compared = progress && progress->hasBaseline;
    m_clearComparison->setVisible(compared);
    m_headline->setVisible(compared);
    m_counts->setVisible(compared);
    m_comparisonTitle->setText(compared ? progress->baselineTitle : tr("Comparison with a previous report"));
    if (reading) {
        m_comparisonText->setText(tr("Reading the report…"));
    } else if (compared) {
        // The previous report's path and project name are shown as they are: nothing hidden or reordered.
        m_comparisonText->setText(visibleText(progress->baselineIntro));
    } else {
        m_comparisonText->setText(tr("Compare this scan with a JSON report saved earlier from the same project: the "
                                     "findings and legacy calls that are new, fixed or unchanged since then."));
    }
    if (compared) {
        m_headline->setText(progress->headline);
        for (int column = 0; column < CountColumns; ++column) {
            m_countHeaders[column]->setText(progress->countHeaders.value(column + 1));
        }
        for (int row = 0; row < CountRows && row < static_cast<int>(progress->counts.size()); ++row) {
            const auto& counts = progress->counts[static_cast<std::size_t>(row)];
            m_countLabels[row * (CountColumns + 1)]->setText(counts.label);
            countLabel(CountRow(row), FixedColumn)->setText(QString::number(counts.counts.fixed));
            countLabel(CountRow(row), NewColumn)->setText(QString::number(counts.counts.added));
            countLabel(CountRow(row), UnchangedColumn)->setText(QString::number(counts.counts.unchanged));
        }
        const QString usesFixed = progress->fixedUses.empty() ? QString()
                                                              : fixedList(progress->fixedUses, progress->fixedUsesTitle,
                                                                          progress->moreFixedUses);
        const QString findingsFixed =
            progress->fixedFindings.empty()
                ? QString()
                : fixedList(progress->fixedFindings, progress->fixedFindingsTitle, progress->moreFixedFindings);
        countLabel(UsesRow, FixedColumn)->setToolTip(Presentation::plainToolTip(usesFixed));
        countLabel(FindingsRow, FixedColumn)->setToolTip(Presentation::plainToolTip(findingsFixed));
        const QString newTip = tr("Marked as new in the evidence step");
        countLabel(FindingsRow, NewColumn)->setToolTip(newTip);
        countLabel(NotesRow, NewColumn)->setToolTip(newTip);
    }

    // The burn-down.
    const bool drawn = progress && progress->hasHistory && report->history;
    m_clearHistory->setVisible(drawn);
    m_chart->setVisible(drawn);
    m_point->setVisible(drawn);
    m_historyTitle->setText(drawn ? progress->historyTitle : tr("Burn-down"));
    if (readingHistory) {
        m_historyText->setText(tr("Reading the saved reports…"));
    } else if (drawn) {
        const int saved = static_cast<int>(std::count_if(report->history->points.begin(), report->history->points.end(),
                                                         [](const HistoryPoint& p) { return !p.current; }));
        // The intro names the folder once (its reports are listed by name).
        QString text = progress->historyIntro;
        if (saved == 0) {
            text += u' ' + tr("The folder holds no saved report: the chart shows this scan only.");
        }
        m_historyText->setText(text);
    } else {
        m_historyText->setText(tr("Choose a folder of JSON reports saved over time (for example one a week) to draw "
                                  "the effort points and legacy calls left, per client, up to this scan."));
    }
    m_chart->setHistory(drawn ? report->history : std::nullopt, report ? report->language : ReportLanguage::English);
    updatePointLabel(m_chart->currentText());

    // Files of the folder that are not in the burn-down: listed, never dropped silently.
    const QStringList skipped = drawn ? progress->skipped : QStringList();
    m_skippedLabel->setVisible(!skipped.isEmpty());
    m_skipped->setVisible(!skipped.isEmpty());
    m_skippedLabel->setText(
        tr("File&s in the folder that are not in the burn-down (%n):", nullptr, static_cast<int>(skipped.size())));
    m_skipped->clear();
    for (const auto& line : skipped) {
        auto* item = new QListWidgetItem(visibleText(line), m_skipped);
        item->setToolTip(Presentation::plainToolTip(item->text()));
    }
    if (!skipped.isEmpty()) {
        const int rows = std::min(static_cast<int>(skipped.size()), kVisibleSkipped);
        m_skipped->setFixedHeight(rows * m_skipped->sizeHintForRow(0) + 2 * m_skipped->frameWidth() + 2);
    }
}

void ProgressPage::updatePointLabel(const QString& text)
{
    m_point->setText(text.isEmpty() ? tr("Point at a dot for its values, or use the arrow keys in the chart.") : text);
}

} // namespace sig2rtm::ui
