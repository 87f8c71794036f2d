// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <memory>
#include <QAbstractTableModel>

namespace sig2rtm::ui {

/// The five compatibility rows of a report, in seed order: status (icon and word), title, the findings that
/// block, need review or are notes (the words every view and report uses), and the remediations that apply.
class CompatibilityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TitleColumn,
        BlockingColumn,
        ReviewColumn,
        NotesColumn,
        RemediationColumn,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        StatusRole,           ///< int(RowStatus)
        RemediationKindsRole, ///< QStringList of remediation ids, most relevant first
        NeedsSupportRole,     ///< bool
        SortRole,
    };

    explicit CompatibilityModel(QObject* parent = nullptr);

    void setReport(std::shared_ptr<const Report> report);
    const std::shared_ptr<const Report>& report() const { return m_report; }
    /// Shows the same report in another language, or judged again (report: the current one relabelled or
    /// re-evaluated, or nullptr when there is none): every text is rendered again, the rows stay, so views keep
    /// their selection.
    void retranslate(std::shared_ptr<const Report> report);

    /// A row's status as every view shows it: the word, and how many findings suppressions turned into notes
    /// ("Fail (2 suppressed)"), so that a suppression never changes a row silently.
    static QString statusText(const ReportRow& row);

    /// Model row of a compatibility row id, or -1.
    int rowOf(const QString& rowId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString remediationText(const QStringList& kinds) const;
    const Catalog& catalog() const;

    std::shared_ptr<const Report> m_report;
    std::shared_ptr<const Catalog> m_catalog;
};

} // namespace sig2rtm::ui
