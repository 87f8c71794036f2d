// SPDX-License-Identifier: MIT
#pragma once

#include "plan.h"

#include <memory>
#include <QAbstractTableModel>

namespace sig2rtm::ui {

/// The clients of a migration plan, one per model row in the report's order: where each stands (stage,
/// verdict), whether it can move alone, and the size of its API port (uses, gaps, effort points).
class PlanClientsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        StageColumn,
        VerdictColumn,
        MoveColumn,
        UsesColumn,
        GapsColumn,
        EffortColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole + 1,
        StageRole,       ///< migrationStage(): "legacy", "mixed", "migrated"
        IndependentRole, ///< bool: can move alone
        PointsRole,      ///< int: the client's effort points
        MaxPointsRole,   ///< int: the largest client's, for bars
        SortRole,
    };

    explicit PlanClientsModel(QObject* parent = nullptr);

    /// The plan of a report (nullptr: none). Rebuilds every row; retranslate() keeps them.
    void setReport(std::shared_ptr<const Report> report);
    /// The same report in another language, or the same clients judged again: texts render anew, rows stay
    /// when the clients are the same.
    void retranslate(std::shared_ptr<const Report> report);

    const Plan& plan() const { return m_plan; }
    /// Model row of a client id, or -1.
    int rowOf(const QString& clientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Words for a stage ("legacy", "mixed", "migrated"), shared with the page's summary.
    static QString stageWord(const QString& stage);

private:
    QString rowTitles(const QStringList& rowIds) const;

    std::shared_ptr<const Report> m_report;
    Plan m_plan;
};

} // namespace sig2rtm::ui
