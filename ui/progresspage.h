// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace sig2rtm::ui {

class BurnDownChart;
class Session;

/// Step 5: how the migration moves. This scan compared with a report saved earlier (findings, notes and legacy
/// calls new, fixed or unchanged since then), and the burn-down over the reports saved in a folder (effort points
/// and legacy calls left over time, per client). Both go into every export made afterwards.
class ProgressPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// The comparison's table: what is counted (rows) and how it changed (columns).
    enum CountRow { UsesRow, FindingsRow, NotesRow, CountRows };
    enum CountColumn { FixedColumn, NewColumn, UnchangedColumn, CountColumns };

    explicit ProgressPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    /// Asks for a saved report (a file dialog) and compares the current report with it.
    void chooseComparison();
    /// Asks for a folder of saved reports (a folder dialog) and draws the burn-down over them.
    void chooseHistory();

    QPushButton* compareButton() const { return m_compare; }
    QPushButton* clearComparisonButton() const { return m_clearComparison; }
    QPushButton* historyButton() const { return m_history; }
    QPushButton* clearHistoryButton() const { return m_clearHistory; }
    /// What the report is compared with, or how to compare it.
    QLabel* comparisonLabel() const { return m_comparisonText; }
    QLabel* headlineLabel() const { return m_headline; }
    /// A number of the comparison's table.
    QLabel* countLabel(CountRow row, CountColumn column) const;
    /// What the burn-down shows, or how to draw one.
    QLabel* historyLabel() const { return m_historyText; }
    BurnDownChart* chart() const { return m_chart; }
    /// The data point chosen in the chart, in words.
    QLabel* pointLabel() const { return m_point; }
    /// Files of the history folder that are not in the burn-down, and why.
    QListWidget* skippedList() const { return m_skipped; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    static constexpr int kFixedInTooltip = 15;
    void retranslateUi();
    void refresh();
    void updatePointLabel(const QString& text);
    QString startFolder() const;

    Session* m_session;
    QLabel* m_comparisonTitle;
    QPushButton* m_compare;
    QPushButton* m_clearComparison;
    QLabel* m_comparisonText;
    QLabel* m_headline;
    QWidget* m_counts;
    QGridLayout* m_countsGrid;
    QList<QLabel*> m_countLabels; ///< row by row: the row's label, then fixed, new, unchanged
    QList<QLabel*> m_countHeaders;
    QLabel* m_historyTitle;
    QPushButton* m_history;
    QPushButton* m_clearHistory;
    QLabel* m_historyText;
    BurnDownChart* m_chart;
    QLabel* m_point;
    QLabel* m_skippedLabel;
    QListWidget* m_skipped;
};

} // namespace sig2rtm::ui
