// SPDX-License-Identifier: MIT
#include "evidencepage.h"

#include "compatibilitymodel.h"
#include "enterkeyfilter.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "middleelidedelegate.h"
#include "pageid.h"
#include "presentation.h"
#include "reporttext.h"
#include "reportview.h"
#include "session.h"
#include "settings.h"
#include "sourceviewer.h"
#include "suppressiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sig2rtm::ui {

EvidencePage::EvidencePage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_proxy(new FindingsFilterModel(this)), m_rowLabel(new QLabel(this)),
      m_row(new QComboBox(this)), m_clientLabel(new QLabel(this)), m_client(new QComboBox(this)),
      m_filterLabel(new QLabel(this)), m_filter(new QLineEdit(this)), m_showLabel(new QLabel(this)),
      m_confidenceLabel(new QLabel(this)), m_count(new QLabel(this)), m_showAll(new QPushButton(this)),
      m_view(new QTreeView(this)), m_location(new QLabel(this)), m_source(new SourceViewer(this)),
      m_open(new QPushButton(this)), m_reveal(new QPushButton(this)), m_copy(new QPushButton(this)),
      m_suppress(new QPushButton(this)), m_undo(new QPushButton(this)), m_saveSuppressions(new QPushButton(this)),
      m_suppressionStatus(new QLabel(this)), m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_proxy->setSourceModel(m_session->findingsModel());

    m_rowLabel->setBuddy(m_row);
    // Row titles are long: the combo takes the room there is and elides, never widens the page.
    m_row->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_row->setMinimumContentsLength(16);
    m_clientLabel->setBuddy(m_client);
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterLabel->setBuddy(m_filter);
    m_filter->setClearButtonEnabled(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_rowLabel);
    top->addWidget(m_row, 3);
    top->addSpacing(12);
    top->addWidget(m_clientLabel);
    top->addWidget(m_client);
    top->addSpacing(12);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter, 2);

    auto* checks = new QHBoxLayout;
    checks->addWidget(m_showLabel);
    for (const auto effect : {Effect::Fail, Effect::Review, Effect::Note}) {
        auto* check = new QCheckBox(this);
        check->setChecked(true);
        check->setIcon(Presentation::effectIcon(effect));
        connect(check, &QCheckBox::toggled, this, [this, effect](bool on) {
            m_proxy->setEffectVisible(effect, on);
            updateCount();
        });
        checks->addWidget(check);
        m_effects << check;
    }
    checks->addSpacing(12);
    checks->addWidget(m_confidenceLabel);
    for (const auto confidence : {Confidence::High, Confidence::Medium, Confidence::Low}) {
        auto* check = new QCheckBox(this);
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, [this, confidence](bool on) {
            m_proxy->setConfidenceVisible(confidence, on);
            updateCount();
        });
        checks->addWidget(check);
        m_confidences << check;
    }
    checks->addStretch(1);
    m_count->setTextFormat(Qt::RichText);
    checks->addWidget(m_count);
    checks->addWidget(m_showAll);
    m_showAll->setVisible(false);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::EffectColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::ReasonColumn, QHeaderView::Stretch);
    // The reason gets the room (fitColumns): on a narrow window it still shows a useful part.
    m_view->setColumnWidth(FindingsModel::LineColumn, 50);
    m_view->setColumnWidth(FindingsModel::ConfidenceColumn, 80);
    m_view->setColumnWidth(FindingsModel::EffectColumn, 110);
    m_view->viewport()->installEventFilter(this);
    m_view->header()->setSectionResizeMode(FindingsModel::BaselineColumn, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(FindingsModel::BaselineColumn, true);
    // A path keeps its file name and its start: elided in the middle.
    m_view->setItemDelegateForColumn(FindingsModel::FileColumn, new MiddleElideDelegate(m_view));

    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* sourcePane = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_location, 1);
    actions->addWidget(m_open);
    actions->addWidget(m_reveal);
    actions->addWidget(m_copy);
    sourceLayout->addLayout(actions);
    sourceLayout->addWidget(m_source, 1);

    m_suppressionStatus->setWordWrap(true);
    m_suppressionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suppressionStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* findingsPane = new QWidget(this);
    auto* findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_view, 1);
    auto* suppressions = new QHBoxLayout;
    suppressions->addWidget(m_suppress);
    suppressions->addWidget(m_undo);
    suppressions->addWidget(m_saveSuppressions);
    suppressions->addWidget(m_suppressionStatus, 1);
    findingsLayout->addLayout(suppressions);

    m_splitter->addWidget(findingsPane);
    m_splitter->addWidget(sourcePane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    // On a small or scaled screen the step scrolls instead of pushing the window's buttons off screen.
    auto* layout = new QVBoxLayout(Presentation::scrollingContent(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(checks);
    layout->addWidget(m_splitter, 1);

    connect(m_row, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRowId(m_row->currentData().toString());
        updateCount();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        showSelected();
    });
    connect(m_client, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setClientId(m_client->currentData().toString());
        updateCount();
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
        showSelected();
    });
    connect(m_showAll, &QPushButton::clicked, this, &EvidencePage::resetFilters);
    // A new assessment starts with every finding shown: filters of the last one would hide its evidence unasked.
    connect(m_session, &Session::assessmentStarted, this, &EvidencePage::resetFilters);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidencePage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EvidencePage::showSelected);
    connect(m_open, &QPushButton::clicked, this, &EvidencePage::openInEditor);
    connect(m_reveal, &QPushButton::clicked, this, &EvidencePage::revealInFileManager);
    connect(m_copy, &QPushButton::clicked, this, &EvidencePage::copyLocation);
    connect(m_view, &QTreeView::activated, this, &EvidencePage::openInEditor);
    new EnterKeyFilter(m_view, [this](const QModelIndex&) {
        openInEditor();
        return true;
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &EvidencePage::showContextMenu);
    connect(m_suppress, &QPushButton::clicked, this, &EvidencePage::markNotApplicable);
    connect(m_undo, &QPushButton::clicked, m_session->suppressionStack(), &QUndoStack::undo);
    // The platform's undo and redo keys step through every suppression made since the scan (the filter box
    // keeps its own undo while it has the focus).
    auto* undoKey = new QShortcut(QKeySequence::Undo, this, m_session->suppressionStack(), &QUndoStack::undo);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto* redoKey = new QShortcut(QKeySequence::Redo, this, m_session->suppressionStack(), &QUndoStack::redo);
    redoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveSuppressions, &QPushButton::clicked, this, &EvidencePage::saveSuppressionsRequested);
    connect(m_session, &Session::suppressionsChanged, this, &EvidencePage::updateSuppressionActions);
    connect(m_session->suppressionStack(), &QUndoStack::indexChanged, this, &EvidencePage::updateSuppressionActions);
    // Judged again after a suppression: the rows' statuses and counts, the selected finding's texts.
    connect(m_session, &Session::reportChanged, this, [this] {
        updateBaselineColumn();
        if (wizard() && wizard()->currentPage() == this) {
            refreshReportTexts();
        }
    });

    setTabOrder(m_row, m_client);
    setTabOrder(m_client, m_filter);
    setTabOrder(m_filter, m_effects.first());
    QWidget* previous = m_effects.first();
    for (auto* check : m_effects.mid(1) + m_confidences) {
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_view);
    setTabOrder(m_view, m_suppress);
    setTabOrder(m_suppress, m_undo);
    setTabOrder(m_undo, m_saveSuppressions);
    setTabOrder(m_saveSuppressions, m_open);
    setTabOrder(m_open, m_reveal);
    setTabOrder(m_reveal, m_copy);
    setTabOrder(m_copy, m_source);
    connect(m_session, &Session::languageChanged, this, &EvidencePage::refreshReportTexts);
    retranslateUi();
}

void EvidencePage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Evidence")));
    setSubTitle(tr("Why each row has its status: select a finding to see the source around it."));
    m_rowLabel->setText(tr("&Row:"));
    m_row->setAccessibleName(tr("Compatibility row"));
    m_clientLabel->setText(tr("&Client:"));
    m_client->setAccessibleName(tr("Client"));
    m_filterLabel->setText(tr("F&ilter:"));
    m_filter->setPlaceholderText(tr("File, reason, code or rule"));
    m_filter->setAccessibleName(tr("Filter findings"));
    m_showLabel->setText(tr("Show:"));
    // Alt+N is the wizard's Next, Alt+T the Tools menu: Notes takes another letter.
    const QString effectLabels[] = {tr("F&ail"), tr("Revie&w"), tr("Not&es")};
    for (const auto effect : {Effect::Fail, Effect::Review, Effect::Note}) {
        auto* check = effectCheck(effect);
        check->setText(effectLabels[static_cast<int>(effect)]);
        check->setAccessibleName(tr("Show effect %1").arg(Presentation::effectWord(effect)));
    }
    m_confidenceLabel->setText(tr("Confidence:"));
    const QString confidenceLabels[] = {tr("Hi&gh"), tr("&Medium"), tr("&Low")};
    for (const auto confidence : {Confidence::High, Confidence::Medium, Confidence::Low}) {
        auto* check = confidenceCheck(confidence);
        check->setText(confidenceLabels[static_cast<int>(confidence)]);
        check->setAccessibleName(tr("Show confidence %1").arg(Presentation::confidenceWord(confidence)));
    }
    m_view->setAccessibleName(tr("Findings"));
    m_location->setAccessibleName(tr("Selected location"));
    m_open->setText(tr("&Open in editor"));
    m_showAll->setText(tr("Show all fin&dings"));
    m_showAll->setToolTip(tr("Tick every Show and Confidence box and clear the filter text"));
    m_reveal->setText(tr("Re&veal in file manager"));
    m_copy->setText(tr("Cop&y location"));
    m_suppress->setText(tr("Not a&pplicable…"));
    m_suppress->setToolTip(tr("Mark the selected finding as not applicable to your project, with a reason"));
    m_undo->setText(tr("&Undo"));
    m_saveSuppressions->setText(tr("&Save suppressions…"));
    m_saveSuppressions->setToolTip(tr("Write the findings marked not applicable into a project description"));
    m_suppressionStatus->setAccessibleName(tr("Suppressions"));
    refreshReportTexts();
}

void EvidencePage::refreshReportTexts()
{
    // The row list exists once the page has been shown; the findings keep their selection.
    if (m_row->count() > 0) {
        const QString rowId = m_row->currentData().toString();
        fillRows();
        const QSignalBlocker blocker(m_row);
        m_row->setCurrentIndex(std::max(0, m_row->findData(rowId)));
    }
    if (m_client->count() > 0) {
        const QString clientId = m_client->currentData().toString();
        fillClients();
        const QSignalBlocker blocker(m_client);
        m_client->setCurrentIndex(std::max(0, m_client->findData(clientId)));
    }
    showSelected();
}

void EvidencePage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

QCheckBox* EvidencePage::effectCheck(Effect effect) const
{
    return m_effects.value(static_cast<int>(effect));
}

QCheckBox* EvidencePage::confidenceCheck(Confidence confidence) const
{
    return m_confidences.value(static_cast<int>(confidence));
}

void EvidencePage::updateBaselineColumn()
{
    // New or unchanged since the previous report, while the report is compared with one.
    const auto& report = m_session->report();
    const bool compared = report && report->baseline;
    if (m_view->isColumnHidden(FindingsModel::BaselineColumn) == compared) {
        m_view->setColumnHidden(FindingsModel::BaselineColumn, !compared);
        // The column takes its room from the file and the row, not from the reason.
        fitColumns();
    }
}

bool EvidencePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        fitColumns();
    }
    return QWizardPage::eventFilter(watched, event);
}

void EvidencePage::fitColumns()
{
    int fixed = 0;
    for (const int column : {FindingsModel::LineColumn, FindingsModel::ConfidenceColumn, FindingsModel::EffectColumn,
                             FindingsModel::BaselineColumn}) {
        if (!m_view->isColumnHidden(column)) {
            fixed += m_view->columnWidth(column);
        }
    }
    // What is left is shared: the reason about half, the file and the row the rest, within bounds.
    const int free = std::max(0, m_view->viewport()->width() - fixed);
    m_view->setColumnWidth(FindingsModel::FileColumn, std::clamp(free * 30 / 100, 110, 240));
    m_view->setColumnWidth(FindingsModel::RowColumn, std::clamp(free * 18 / 100, 80, 160));
}

void EvidencePage::initializePage()
{
    updateBaselineColumn();
    fillRows();
    fillClients();
    setClient(m_session->evidenceClientId());
    setRow(m_session->evidenceRowId());
    if (!m_session->evidenceFindingId().isEmpty()) {
        selectFinding(m_session->evidenceFindingId());
    } else if (m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    showSelected();
    m_view->setFocus();
}

int EvidencePage::nextId() const
{
    return ExportPageId;
}

void EvidencePage::fillRows()
{
    const QSignalBlocker blocker(m_row);
    m_row->clear();
    const auto& report = m_session->report();
    m_row->addItem(tr("All findings (%n)", nullptr, report ? static_cast<int>(report->findings.size()) : 0), QString());
    auto* model = m_session->compatibilityModel();
    for (int i = 0; i < model->rowCount(); ++i) {
        const auto status = model->index(i, CompatibilityModel::StatusColumn);
        const auto title = model->index(i, CompatibilityModel::TitleColumn).data().toString();
        const auto rowId = status.data(CompatibilityModel::RowIdRole).toString();
        const ReportRow* row = report ? report->row(rowId) : nullptr;
        // The same counts as the compatibility table and the remediation panel, in the same words.
        const QString counts = row ? ReportView::rowCounts(*row, report->language) : QString();
        m_row->addItem(status.data(Qt::DecorationRole).value<QIcon>(),
                       counts.isEmpty() ? tr("%1 — %2").arg(status.data().toString(), title)
                                        : tr("%1 — %2 (%3)").arg(status.data().toString(), title, counts),
                       rowId);
    }
}

void EvidencePage::fillClients()
{
    const QSignalBlocker blocker(m_client);
    m_client->clear();
    m_client->addItem(tr("All clients"), QString());
    if (const auto& report = m_session->report()) {
        for (const auto& c : report->clients) {
            m_client->addItem(c.name, c.id);
        }
    }
    // One client or none: nothing to choose.
    m_client->setEnabled(m_client->count() > 2);
}

void EvidencePage::setClient(const QString& clientId)
{
    const int index = std::max(0, m_client->findData(clientId));
    if (m_client->currentIndex() != index) {
        m_client->setCurrentIndex(index);
    } else {
        m_proxy->setClientId(m_client->currentData().toString());
        updateCount();
    }
}

QString EvidencePage::clientId() const
{
    return m_client->currentData().toString();
}

void EvidencePage::setRow(const QString& rowId)
{
    const int index = std::max(0, m_row->findData(rowId));
    if (m_row->currentIndex() != index) {
        m_row->setCurrentIndex(index);
    } else {
        m_proxy->setRowId(m_row->currentData().toString());
        updateCount();
    }
}

QString EvidencePage::rowId() const
{
    return m_row->currentData().toString();
}

bool EvidencePage::selectFinding(const QString& findingId)
{
    const int sourceRow = m_session->findingsModel()->rowOf(findingId);
    if (sourceRow < 0) {
        return false;
    }
    const auto index = m_proxy->mapFromSource(m_session->findingsModel()->index(sourceRow, 0));
    if (!index.isValid()) {
        return false;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString EvidencePage::selectedFindingId() const
{
    const auto index = m_view->currentIndex();
    return index.isValid() ? index.data(FindingsModel::FindingIdRole).toString() : QString();
}

QString EvidencePage::selectedFilePath() const
{
    const auto index = m_view->currentIndex();
    const auto& report = m_session->report();
    if (!index.isValid() || !report || report->root.isEmpty()) {
        return {};
    }
    const QString file = index.data(FindingsModel::FileRole).toString();
    return file.isEmpty() ? QString() : QDir::cleanPath(QDir(report->root).absoluteFilePath(file));
}

QString EvidencePage::selectedLocation() const
{
    const QString path = selectedFilePath();
    if (path.isEmpty()) {
        return {};
    }
    const int line = m_view->currentIndex().data(FindingsModel::LineRole).toInt();
    return line > 0 ? QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(path)).arg(line)
                    : QDir::toNativeSeparators(path);
}

bool EvidencePage::filtersActive() const
{
    if (!m_filter->text().trimmed().isEmpty()) {
        return true;
    }
    for (const auto* box : m_effects + m_confidences) {
        if (!box->isChecked()) {
            return true;
        }
    }
    return false;
}

void EvidencePage::resetFilters()
{
    for (auto* box : m_effects + m_confidences) {
        box->setChecked(true);
    }
    m_filter->clear();
    updateCount();
}

void EvidencePage::updateCount()
{
    const bool filtered = filtersActive();
    const QString count = tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_session->findingsModel()->rowCount());
    // When a filter hides findings it says so, next to the way back.
    m_count->setText(filtered ? tr("<b>%1 — filters are on</b>").arg(count.toHtmlEscaped()) : count.toHtmlEscaped());
    m_showAll->setVisible(filtered);
}

void EvidencePage::showSelected()
{
    updateCount();
    updateSuppressionActions();
    const auto index = m_view->currentIndex();
    const auto* finding =
        index.isValid() ? m_session->findingsModel()->finding(m_proxy->mapToSource(index).row()) : nullptr;
    const QString path = selectedFilePath();
    m_open->setEnabled(!path.isEmpty() && QFileInfo(path).isFile());
    m_reveal->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
    m_copy->setEnabled(!path.isEmpty());
    if (!finding) {
        m_location->clear();
        m_source->showMessage(m_proxy->rowCount() == 0 ? tr("No findings to show.") : tr("Select a finding."));
        return;
    }
    const QString reason = m_session->report() ? m_session->report()->render(finding->reason) : QString();
    QString location = finding->line > 0 ? tr("%1, line %2").arg(finding->file).arg(finding->line) : finding->file;
    if (!finding->suppressedBy.isEmpty()) {
        location = tr("%1 — suppressed: %2").arg(location, finding->suppressedBy);
    }
    m_location->setText(location);
    m_location->setToolTip(reason);
    if (finding->context == Context::Declared && path.isEmpty()) {
        m_source->showMessage(tr("Declared in the questionnaire: %1").arg(reason));
        return;
    }
    if (path.isEmpty()) {
        m_source->showMessage(reason);
        return;
    }
    m_source->showFile(path, finding->line, finding->column, finding->length);
}

SuppressionDialog* EvidencePage::suppressionDialog() const
{
    return findChild<SuppressionDialog*>(QString(), Qt::FindDirectChildrenOnly);
}

SuppressionDialog* EvidencePage::markNotApplicable()
{
    const auto index = m_view->currentIndex();
    const auto* finding =
        index.isValid() ? m_session->findingsModel()->finding(m_proxy->mapToSource(index).row()) : nullptr;
    if (!finding || !m_session->canSuppress(*finding) || suppressionDialog()) {
        return nullptr;
    }
    auto* dialog = new SuppressionDialog(*finding, m_session->report()->render(finding->reason), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->findingId();
        m_session->suppress(id, dialog->reason());
        selectFinding(id);
        m_view->setFocus();
    });
    // Window-modal without a nested event loop: nothing blocks, and the finding is marked when it closes.
    dialog->open();
    return dialog;
}

void EvidencePage::updateSuppressionActions()
{
    const auto index = m_view->currentIndex();
    const auto* finding =
        index.isValid() ? m_session->findingsModel()->finding(m_proxy->mapToSource(index).row()) : nullptr;
    m_suppress->setEnabled(finding && m_session->canSuppress(*finding));
    const auto* stack = m_session->suppressionStack();
    m_undo->setEnabled(stack->canUndo());
    m_undo->setToolTip(stack->canUndo() ? tr("Undo: %1 (%2)")
                                              .arg(stack->undoText(),
                                                   QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))
                                        : QString());
    const int count = static_cast<int>(m_session->addedSuppressions().size());
    const bool unsaved = m_session->hasUnsavedSuppressions();
    m_saveSuppressions->setEnabled(unsaved);
    const QString path = QDir::toNativeSeparators(m_session->suppressionsPath());
    if (unsaved) {
        m_suppressionStatus->setText(count == 1 ? tr("1 finding marked not applicable; not saved yet.")
                                                : tr("%1 findings marked not applicable; not saved yet.").arg(count));
    } else if (count > 0 && !path.isEmpty()) {
        m_suppressionStatus->setText(tr("Saved to %1.").arg(path));
    } else {
        m_suppressionStatus->clear();
    }
    m_suppressionStatus->setToolTip(m_suppressionStatus->text());
    // Only scanned evidence can be marked: a questionnaire's answers are changed in the questionnaire.
    const bool scanned = m_session->report() && m_session->report()->inputKind != QLatin1String("questionnaire");
    m_suppress->setVisible(scanned);
    m_undo->setVisible(scanned);
    m_saveSuppressions->setVisible(scanned);
}

void EvidencePage::showContextMenu(const QPoint& pos)
{
    const auto at = m_view->indexAt(pos);
    if (at.isValid()) {
        m_view->setCurrentIndex(at);
    }
    if (!m_view->currentIndex().isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Not applicable…"), this, &EvidencePage::markNotApplicable)->setEnabled(m_suppress->isEnabled());
    auto* stack = m_session->suppressionStack();
    if (stack->canUndo()) {
        menu.addAction(tr("Undo: %1").arg(stack->undoText()), stack, &QUndoStack::undo);
    }
    menu.addSeparator();
    menu.addAction(tr("Open in editor"), this, &EvidencePage::openInEditor)->setEnabled(m_open->isEnabled());
    menu.addAction(tr("Copy location"), this, &EvidencePage::copyLocation)->setEnabled(m_copy->isEnabled());
    menu.exec(
        m_view->viewport()->mapToGlobal(at.isValid() ? pos : m_view->visualRect(m_view->currentIndex()).center()));
}

QStringList EvidencePage::editorCommandFor(const QString& file, int line, int column) const
{
    QStringList command = QProcess::splitCommand(m_session->settings()->editorCommand());
    if (command.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("code")).isEmpty()) {
        command = {QStringLiteral("code"), QStringLiteral("--goto"), QStringLiteral("{file}:{line}:{column}")};
    }
    for (auto& arg : command) {
        arg.replace(QLatin1String("{file}"), QDir::toNativeSeparators(file))
            .replace(QLatin1String("{line}"), QString::number(std::max(1, line)))
            .replace(QLatin1String("{column}"), QString::number(std::max(1, column)));
    }
    return command;
}

void EvidencePage::openInEditor()
{
    const QString path = selectedFilePath();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        return;
    }
    const auto index = m_view->currentIndex();
    const auto* finding =
        index.isValid() ? m_session->findingsModel()->finding(m_proxy->mapToSource(index).row()) : nullptr;
    const QStringList command = editorCommandFor(path, finding ? finding->line : 1, finding ? finding->column : 1);
    if (command.isEmpty()) {
        // No editor that takes a line: the system's default application, at the start of the file.
        m_session->openExternal(QUrl::fromLocalFile(path));
        return;
    }
    if (!QProcess::startDetached(command.first(), command.mid(1))) {
        m_session->reportError(tr("Cannot open the editor"),
                               tr("%1 could not be started. Check the editor command in the preferences.")
                                   .arg(visibleText(command.first())));
    }
}

void EvidencePage::revealInFileManager()
{
    const QString path = selectedFilePath();
    if (path.isEmpty()) {
        return;
    }
#if defined(Q_OS_WIN)
    QProcess::startDetached(QStringLiteral("explorer.exe"),
                            {QStringLiteral("/select,"), QDir::toNativeSeparators(path)});
#elif defined(Q_OS_MACOS)
    QProcess::startDetached(QStringLiteral("open"), {QStringLiteral("-R"), path});
#else
    // Without a portable "select this file" call, open the folder that holds it.
    const QFileInfo info(path);
    m_session->openExternal(QUrl::fromLocalFile(info.isDir() ? path : info.absolutePath()));
#endif
}

void EvidencePage::copyLocation()
{
    const QString location = selectedLocation();
    if (!location.isEmpty()) {
        QApplication::clipboard()->setText(location);
    }
}

} // namespace sig2rtm::ui
