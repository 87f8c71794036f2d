// SPDX-License-Identifier: MIT
#include "compatibilitymodel.h"

#include "presentation.h"
#include "reportview.h"

namespace sig2rtm::ui {

CompatibilityModel::CompatibilityModel(QObject* parent) : QAbstractTableModel(parent), m_catalog(Catalog::builtin()) {}

void CompatibilityModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_catalog = m_report && m_report->catalog ? m_report->catalog : Catalog::builtin();
    endResetModel();
}

void CompatibilityModel::retranslate(std::shared_ptr<const Report> report)
{
    if (static_cast<bool>(report) != static_cast<bool>(m_report)) {
        setReport(std::move(report));
        return;
    }
    m_report = std::move(report);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Catalog& CompatibilityModel::catalog() const
{
    return *m_catalog;
}

QString CompatibilityModel::statusText(const ReportRow& row)
{
    const QString word = Presentation::statusWord(row.status);
    return row.suppressedCount > 0 ? tr("%1 (%2 suppressed)").arg(word).arg(row.suppressedCount) : word;
}

int CompatibilityModel::rowOf(const QString& rowId) const
{
    return catalog().rowIndex(rowId);
}

int CompatibilityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(catalog().rows().size());
}

int CompatibilityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompatibilityModel::remediationText(const QStringList& kinds) const
{
    const auto language = m_report ? m_report->language : Presentation::reportLanguage();
    QStringList labels;
    for (const auto& kind : kinds) {
        const auto it = catalog().remediations().constFind(kind);
        labels << (it != catalog().remediations().cend() ? it->label.get(language) : kind);
    }
    return labels.join(Presentation::listSeparator(language));
}

QVariant CompatibilityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& definition = catalog().rows().at(static_cast<std::size_t>(index.row()));
    const ReportRow* row = m_report ? m_report->row(definition.id) : nullptr;
    const auto language = m_report ? m_report->language : Presentation::reportLanguage();
    const QStringList kinds = row ? m_report->remediationKinds(*row) : QStringList();

    switch (role) {
    case RowIdRole:
        return definition.id;
    case StatusRole:
        return row ? QVariant(static_cast<int>(row->status)) : QVariant();
    case RemediationKindsRole:
        return row ? kinds : definition.remediation;
    case NeedsSupportRole:
        return definition.needsSupport;
    default:
        break;
    }

    switch (index.column()) {
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            return row ? statusText(*row) : tr("Not assessed");
        }
        if (role == Qt::DecorationRole && row) {
            return Presentation::statusIcon(row->status);
        }
        if (role == SortRole) {
            return row ? static_cast<int>(row->status) : -1;
        }
        if (role == Qt::ToolTipRole && row) {
            return m_report->render(row->summary);
        }
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return definition.title.get(language);
        }
        if (role == Qt::ToolTipRole) {
            return definition.explanation.get(language);
        }
        break;
    case BlockingColumn:
    case ReviewColumn:
    case NotesColumn: {
        if (!row) {
            break;
        }
        const int count = index.column() == BlockingColumn ? row->failCount
                          : index.column() == ReviewColumn ? row->reviewCount
                                                           : row->noteCount;
        if (role == Qt::DisplayRole || role == SortRole) {
            return count;
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return ReportView::rowCounts(*row, language);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    }
    case RemediationColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (row && row->status == RowStatus::Pass) {
                return tr("Nothing to do");
            }
            if (row && m_report->verdict == Verdict::NotAssessed) {
                return tr("Scan a folder that holds the project's code");
            }
            return remediationText(kinds.isEmpty() ? definition.remediation : kinds);
        }
        if (role == Qt::ToolTipRole) {
            return definition.recommendation.get(language);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CompatibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const auto language = m_report ? m_report->language : Presentation::reportLanguage();
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case BlockingColumn:
            return tr("Findings that stop old and new clients from talking: the row fails while one is left");
        case ReviewColumn:
            return tr("Findings a person must look at: the row needs review while one is left");
        case NotesColumn:
            return tr("Findings that need no change: context, SDK evidence and suppressed findings");
        default:
            return {};
        }
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Incompatibility");
    case BlockingColumn:
        return reportLabel(ReportLabel::Blocking, language);
    case ReviewColumn:
        return reportLabel(ReportLabel::ToReview, language);
    case NotesColumn:
        return reportLabel(ReportLabel::Notes, language);
    case RemediationColumn:
        return tr("Remediation");
    default:
        return {};
    }
}

} // namespace sig2rtm::ui
