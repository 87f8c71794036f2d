// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <memory>
#include <QAbstractTableModel>

namespace sig2rtm::ui {

/// Every finding of a report, one per model row. FindingsFilterModel narrows it to a compatibility
/// row and to what the user filters for.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// BaselineColumn: new or unchanged since the report the current one is compared with (empty without one).
    enum Column {
        FileColumn,
        LineColumn,
        ReasonColumn,
        ConfidenceColumn,
        EffectColumn,
        RowColumn,
        BaselineColumn,
        ColumnCount
    };
    enum Role {
        FindingIdRole = Qt::UserRole + 1,
        RowIdRole,      ///< compatibility row id ("" for SDK presence evidence)
        EffectRole,     ///< int(Effect)
        ConfidenceRole, ///< int(Confidence)
        FileRole,       ///< path relative to the report root
        LineRole,       ///< int, 1-based, 0 when not applicable
        MentionRole,    ///< bool: a mention (comment or documentation), not a use
        SearchTextRole, ///< everything the text filter looks at, lower case
        SortRole,
        ClientIdRole,      ///< ClientResult::id of the client the finding belongs to
        SuppressedByRole,  ///< the reason of the suppression that made it a note, "" when none did
        BaselineStateRole, ///< int(BaselineState) when the report is compared with a previous one, else invalid
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setReport(std::shared_ptr<const Report> report);
    const std::shared_ptr<const Report>& report() const { return m_report; }
    /// Shows the same report in another language, or the same findings judged again (report: the current one
    /// relabelled or re-evaluated, or nullptr when there is none): every text is rendered again, the rows stay,
    /// so views keep their selection.
    void retranslate(std::shared_ptr<const Report> report);

    /// The finding shown in a model row, or nullptr.
    const Finding* finding(int row) const;
    /// Model row of a finding id, or -1.
    int rowOf(const QString& findingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Report> m_report;
};

} // namespace sig2rtm::ui
