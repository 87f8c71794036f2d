// SPDX-License-Identifier: MIT
#include "planpage.h"

#include "effortbardelegate.h"
#include "enterkeyfilter.h"
#include "pageid.h"
#include "planclientsmodel.h"
#include "planstepsmodel.h"
#include "presentation.h"
#include "session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace sig2rtm::ui {

namespace {
constexpr int kVisibleClients = 6; ///< more scroll

QLabel* sectionLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

PlanPage::PlanPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_clientsModel(new PlanClientsModel(this)),
      m_stepsModel(new PlanStepsModel(this)), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_summary(new QLabel(this)), m_clientsLabel(sectionLabel(this)), m_clients(new QTreeView(this)),
      m_stepsLabel(sectionLabel(this)), m_noSteps(new QLabel(this)), m_steps(new QTreeView(this)),
      m_evidenceButton(new QPushButton(this))
{
    QFont big = m_empty->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_empty->setFont(big);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_clients->setModel(m_clientsModel);
    m_clients->setRootIsDecorated(false);
    m_clients->setItemsExpandable(false);
    m_clients->setUniformRowHeights(true);
    m_clients->setAllColumnsShowFocus(true);
    m_clients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clients->setIconSize(QSize(16, 16));
    m_clients->setItemDelegateForColumn(
        PlanClientsModel::EffortColumn,
        new EffortBarDelegate(PlanClientsModel::PointsRole, PlanClientsModel::MaxPointsRole, m_clients));
    auto* header = m_clients->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanClientsModel::EffortColumn, QHeaderView::Stretch);
    m_clientsLabel->setBuddy(m_clients);

    m_steps->setModel(m_stepsModel);
    m_steps->setRootIsDecorated(true);
    m_steps->setUniformRowHeights(true);
    m_steps->setAllColumnsShowFocus(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(PlanStepsModel::StepColumn, QHeaderView::Interactive);
    m_steps->header()->setSectionResizeMode(PlanStepsModel::ClientColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(PlanStepsModel::DetailColumn, QHeaderView::Stretch);
    m_steps->header()->setSectionResizeMode(PlanStepsModel::SizeColumn, QHeaderView::ResizeToContents);
    m_stepsLabel->setBuddy(m_steps);
    m_noSteps->setWordWrap(true);
    m_noSteps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Enter on a blocker shows its evidence; on any other step it is the page's Next.
    new EnterKeyFilter(m_steps, [this](const QModelIndex& index) {
        const auto* step = m_stepsModel->step(index);
        if (step && step->kind == PlanStep::Kind::Blocker) {
            showStepEvidence(index);
            return true;
        }
        return false;
    });

    auto* planWidget = new QWidget(this);
    auto* planLayout = new QVBoxLayout(planWidget);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(m_summary);
    planLayout->addSpacing(4);
    planLayout->addWidget(m_clientsLabel);
    planLayout->addWidget(m_clients);
    planLayout->addSpacing(4);
    auto* stepsHeader = new QHBoxLayout;
    stepsHeader->addWidget(m_stepsLabel, 1);
    stepsHeader->addWidget(m_evidenceButton);
    planLayout->addLayout(stepsHeader);
    planLayout->addWidget(m_steps, 1);
    planLayout->addWidget(m_noSteps);

    auto* emptyWidget = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyWidget);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addStretch(1);

    m_stack->addWidget(planWidget);
    m_stack->addWidget(emptyWidget);
    // On a small or scaled screen the step scrolls instead of pushing the window's buttons off screen.
    auto* layout = new QVBoxLayout(Presentation::scrollingContent(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_steps, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) { showStepEvidence(index); });
    connect(m_steps->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPage::updateActions);
    connect(m_evidenceButton, &QPushButton::clicked, this, [this] { showStepEvidence(m_steps->currentIndex()); });
    connect(m_session, &Session::reportChanged, this, [this] {
        if (wizard() && wizard()->currentPage() == this) {
            refresh();
        }
    });
    connect(m_session, &Session::languageChanged, this, &PlanPage::refresh);

    setTabOrder(m_clients, m_steps);
    setTabOrder(m_steps, m_evidenceButton);
    retranslateUi();
}

void PlanPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Migration plan")));
    setSubTitle(tr("The work in order: interop blockers first, then each client's API port, then removing the "
                   "legacy SDK."));
    m_clientsLabel->setText(tr("&Clients"));
    m_clients->setAccessibleName(tr("Clients"));
    m_stepsLabel->setText(tr("&Work in order"));
    m_steps->setAccessibleName(tr("Work in order"));
    m_evidenceButton->setText(tr("Show &evidence"));
    m_evidenceButton->setToolTip(tr("The findings that make the selected blocker fail"));
    m_summary->setAccessibleName(tr("Plan summary"));
    m_empty->setAccessibleName(tr("Nothing to migrate"));
    if (m_session->report()) {
        refresh();
    }
}

void PlanPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void PlanPage::initializePage()
{
    m_evidenceRow = m_session->evidenceRowId();
    m_clientsModel->setReport(m_session->report());
    m_stepsModel->setReport(m_session->report());
    refresh();
    m_steps->setCurrentIndex(m_stepsModel->index(0, 0));
    updateActions();
    if (!isEmptyStateShown()) {
        m_steps->setFocus();
    }
}

int PlanPage::nextId() const
{
    return ProgressPageId;
}

bool PlanPage::validatePage()
{
    // Next shows the row chosen in the compatibility step, every client: a blocker shown since is forgotten.
    m_session->setEvidenceTarget(m_evidenceRow);
    return true;
}

bool PlanPage::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 1;
}

void PlanPage::refresh()
{
    const auto& report = m_session->report();
    // Same clients and steps: texts render anew and the selection stays; else the models start over.
    m_clientsModel->retranslate(report);
    m_stepsModel->retranslate(report);
    m_steps->expandAll();
    // The files of a removal span the whole row; the step column is as wide as the steps' own texts.
    int stepWidth = m_steps->header()->sectionSizeHint(PlanStepsModel::StepColumn);
    for (int row = 0; row < m_stepsModel->rowCount(); ++row) {
        const QModelIndex step = m_stepsModel->index(row, PlanStepsModel::StepColumn);
        stepWidth = std::max(stepWidth, m_steps->sizeHintForIndex(step).width() + m_steps->indentation());
        for (int file = 0; file < m_stepsModel->rowCount(step); ++file) {
            m_steps->setFirstColumnSpanned(file, step, true);
        }
    }
    m_steps->setColumnWidth(PlanStepsModel::StepColumn, stepWidth + 8);

    const Plan& plan = m_clientsModel->plan();
    if (!report || plan.empty()) {
        m_stack->setCurrentIndex(1);
        if (!report) {
            m_empty->setText(tr("No assessment yet."));
        } else {
            QString text =
                tr("Nothing to migrate: %1").arg(report->render(Message::catalog(QStringLiteral("text/noLegacySdk"))));
            if (report->partial) {
                text += u'\n' + partialText();
            }
            m_empty->setText(text);
        }
        updateActions();
        return;
    }
    m_stack->setCurrentIndex(0);

    QStringList alone;
    QStringList together;
    QStringList done;
    for (const auto& c : plan.clients) {
        const QString name = c.client->name.toHtmlEscaped();
        if (c.stage == QLatin1String("migrated")) {
            done << name;
        } else if (c.independent) {
            alone << name;
        } else {
            together << name;
        }
    }
    const int moving = static_cast<int>(alone.size() + together.size());
    QString text =
        QStringLiteral("<b>%1</b>")
            .arg(moving == 1
                     ? tr("1 client to move, %1 in all.").arg(PlanStepsModel::pointsText(plan.points).toHtmlEscaped())
                     : tr("%1 clients to move, %2 in all.")
                           .arg(moving)
                           .arg(PlanStepsModel::pointsText(plan.points).toHtmlEscaped()));
    const QString separator = QStringLiteral(", ");
    if (!alone.isEmpty()) {
        text +=
            QStringLiteral("<br>") + tr("Can move on their own (no interop blocker): %1.").arg(alone.join(separator));
    }
    if (!together.isEmpty()) {
        text += QStringLiteral("<br>") +
                tr("Must switch together until their interop blockers are fixed: %1.").arg(together.join(separator));
    }
    if (!done.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Done, already on RTM: %1.").arg(done.join(separator));
    }
    if (report->partial) {
        text += QStringLiteral("<br><b>") + partialText().toHtmlEscaped() + QStringLiteral("</b>");
    }
    m_summary->setText(text);

    const bool noSteps = plan.steps.empty();
    m_steps->setVisible(!noSteps);
    m_noSteps->setVisible(noSteps);
    m_evidenceButton->setVisible(!noSteps);
    m_noSteps->setText(moving == 0 ? tr("Every client is on RTM: the migration is done.")
                                   : tr("No work found for the clients still on the legacy SDK."));
    fitClients();
    updateActions();
}

QString PlanPage::partialText()
{
    return tr("Partial results: the scan was cancelled, so the plan may miss clients and work.");
}

void PlanPage::fitClients()
{
    // As tall as the clients, up to a few: the steps get the rest of the page.
    const int rows = std::min(m_clientsModel->rowCount(), kVisibleClients);
    int height = m_clients->header()->sizeHint().height() + 2 * m_clients->frameWidth() + 2;
    for (int row = 0; row < rows; ++row) {
        height += m_clients->sizeHintForRow(row);
    }
    if (m_clientsModel->rowCount() > rows) {
        height += m_clients->sizeHintForRow(0) / 2; // a half row tells that more follow
    }
    m_clients->setFixedHeight(height);
}

void PlanPage::updateActions()
{
    const auto* step = m_stepsModel->step(m_steps->currentIndex());
    m_evidenceButton->setEnabled(step && step->kind == PlanStep::Kind::Blocker);
}

void PlanPage::showStepEvidence(const QModelIndex& index)
{
    const auto* step = m_stepsModel->step(index);
    if (step && step->kind == PlanStep::Kind::Blocker) {
        emit evidenceRequested(step->row, step->client);
    }
}

} // namespace sig2rtm::ui
