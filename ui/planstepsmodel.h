// SPDX-License-Identifier: MIT
#pragma once

#include "plan.h"

#include <memory>
#include <QAbstractItemModel>

namespace sig2rtm::ui {

/// The work of a migration plan in order, one top-level row per step (interop blockers, API ports, removal
/// of the SDK); a removal step holds one child row per file or folder to delete.
class PlanStepsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, ClientColumn, DetailColumn, SizeColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(PlanStep::Kind); on a file row too
        ClientIdRole,
        RowIdRole, ///< a blocker's row id, else ""
        FileRole,  ///< a file row's path relative to the report's root, else ""
    };

    explicit PlanStepsModel(QObject* parent = nullptr);

    void setReport(std::shared_ptr<const Report> report);
    /// The same report in another language, or the same clients judged again: texts render anew, rows stay
    /// when the steps are the same.
    void retranslate(std::shared_ptr<const Report> report);

    const Plan& plan() const { return m_plan; }
    /// The step a row stands for (a file row: its step), or nullptr.
    const PlanStep* step(const QModelIndex& index) const;

    /// "1 point", "12 points": effort as the plan shows it.
    static QString pointsText(int points);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant stepData(const PlanStep& step, int number, int column, int role) const;
    QString clientName(const QString& clientId) const;

    std::shared_ptr<const Report> m_report;
    Plan m_plan;
};

} // namespace sig2rtm::ui
