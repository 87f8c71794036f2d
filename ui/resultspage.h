// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QFrame;
class QGroupBox;
class QLabel;
class QMenu;
class QPushButton;
class QTreeView;

namespace sig2rtm::ui {

class FlowLayout;
class Session;

/// Step 3: the five rows with status, findings count and remediation actions; the Signaling
/// shutdown timeline, the verdict, and the SDKs and platforms found.
class ResultsPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultsPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;
    bool validatePage() override;

    QTreeView* table() const { return m_table; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* migrationLabel() const { return m_migration; }
    QLabel* sdkLabel() const { return m_sdk; }
    QLabel* timelineLabel() const { return m_timeline; }
    QLabel* recommendationLabel() const { return m_recommendation; }
    /// Row id of the selected compatibility row ("" when none).
    QString selectedRowId() const;
    void selectRow(const QString& rowId);
    /// The remediation buttons of the selected row (doc links, contact support).
    QList<QPushButton*> remediationButtons() const { return m_remediationButtons; }
    /// The remediations of the selected row that are statements, not links ("no equivalent").
    QList<QLabel*> remediationNotes() const { return m_remediationNotes; }
    /// Lists the report's skipped items with their reasons, in a dialog (the statistics' link).
    void showSkipped();

signals:
    /// Show the evidence of a row ("" for every row).
    void evidenceRequested(const QString& rowId);
    void contactSupportRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void fitTable();
    void updateRemediation();
    void fillMenu(QMenu* menu, const QString& rowId);
    /// Opens url, or, for the support request, asks for the contact dialog.
    void triggerRemediation(const QString& kind, const QString& url);

    Session* m_session;
    QLabel* m_timeline;
    QLabel* m_partial;
    QFrame* m_partialBanner = nullptr;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_migration; ///< leads the page whenever the legacy SDK is present
    QLabel* m_target;    ///< which RTM to move to
    QTreeView* m_table;
    QGroupBox* m_remediationBox;
    QLabel* m_recommendation;
    FlowLayout* m_remediationLayout; ///< wraps: catalog labels never widen the page
    QList<QPushButton*> m_remediationButtons;
    QList<QLabel*> m_remediationNotes; ///< remediations that are statements, not links
    QPushButton* m_evidenceButton;
    QLabel* m_sdk;
    QLabel* m_stats;
    QLabel* m_legend;
};

} // namespace sig2rtm::ui
