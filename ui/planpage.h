// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace sig2rtm::ui {

class PlanClientsModel;
class PlanStepsModel;
class Session;

/// Step 4: the migration as work. The clients (where each stands, whether it can move alone, its effort),
/// then the steps in order: interop blockers, each client's API port, removal of the legacy SDK.
class PlanPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PlanPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

    QTreeView* clientsView() const { return m_clients; }
    QTreeView* stepsView() const { return m_steps; }
    PlanClientsModel* clientsModel() const { return m_clientsModel; }
    PlanStepsModel* stepsModel() const { return m_stepsModel; }
    QLabel* summaryLabel() const { return m_summary; }
    /// The text shown instead of the plan when there is nothing to migrate (hidden otherwise).
    QLabel* emptyLabel() const { return m_empty; }
    bool isEmptyStateShown() const;
    QPushButton* evidenceButton() const { return m_evidenceButton; }

signals:
    /// Show the evidence of a row in a client (a blocker step).
    void evidenceRequested(const QString& rowId, const QString& clientId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void fitClients();
    static QString partialText();
    void updateActions();
    void showStepEvidence(const QModelIndex& index);

    Session* m_session;
    QString m_evidenceRow; ///< what Next shows: the row selected in the compatibility step
    PlanClientsModel* m_clientsModel;
    PlanStepsModel* m_stepsModel;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_summary;
    QLabel* m_clientsLabel;
    QTreeView* m_clients;
    QLabel* m_stepsLabel;
    QLabel* m_noSteps;
    QTreeView* m_steps;
    QPushButton* m_evidenceButton;
};

} // namespace sig2rtm::ui
