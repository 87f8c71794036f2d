// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "presentation.h"
#include "reporttext.h"

#include <QFileInfo>

namespace sig2rtm::ui {

namespace {
// Sorting by effect or confidence puts the most serious first in ascending order.
int severity(Effect effect)
{
    return static_cast<int>(effect);
}
} // namespace

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setReport(std::shared_ptr<const Report> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void FindingsModel::retranslate(std::shared_ptr<const Report> report)
{
    if (!report || !m_report || report->findings.size() != m_report->findings.size()) {
        setReport(std::move(report));
        return;
    }
    m_report = std::move(report);
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Finding* FindingsModel::finding(int row) const
{
    if (!m_report || row < 0 || row >= static_cast<int>(m_report->findings.size())) {
        return nullptr;
    }
    return &m_report->findings[static_cast<std::size_t>(row)];
}

int FindingsModel::rowOf(const QString& findingId) const
{
    if (!m_report) {
        return -1;
    }
    for (std::size_t i = 0; i < m_report->findings.size(); ++i) {
        if (m_report->findings[i].id == findingId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_report ? 0 : static_cast<int>(m_report->findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Finding& f = *finding(index.row());
    const auto reason = [&] { return m_report->render(f.reason); };
    switch (role) {
    case FindingIdRole:
        return f.id;
    case RowIdRole:
        return f.row;
    case EffectRole:
        return static_cast<int>(f.effect);
    case ConfidenceRole:
        return static_cast<int>(f.confidence);
    case FileRole:
        return f.file;
    case MentionRole:
        return isMention(f.context);
    case LineRole:
        return f.line;
    case ClientIdRole:
        return f.client;
    case SuppressedByRole:
        return f.suppressedBy;
    case BaselineStateRole:
        return m_report->baseline
                   ? QVariant(static_cast<int>(m_report->baseline->findingState(static_cast<std::size_t>(index.row()))))
                   : QVariant();
    case SearchTextRole:
        return QStringList{f.file, reason(), f.snippet, f.rule, f.platform}.join(u'\n').toLower();
    default:
        break;
    }

    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return f.file;
        }
        if (role == Qt::ToolTipRole) {
            return f.snippet.isEmpty() ? f.file : f.file + u'\n' + f.snippet;
        }
        break;
    case LineColumn:
        if (role == Qt::DisplayRole) {
            return f.line > 0 ? QVariant(f.line) : QVariant(QStringLiteral("–"));
        }
        if (role == SortRole) {
            return f.line;
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            return reason();
        }
        if (role == Qt::ToolTipRole) {
            return f.snippet.isEmpty() ? reason() : reason() + u'\n' + f.snippet;
        }
        break;
    case ConfidenceColumn:
        if (role == Qt::DisplayRole) {
            return Presentation::confidenceWord(f.confidence);
        }
        if (role == SortRole) {
            return static_cast<int>(f.confidence);
        }
        break;
    case EffectColumn:
        if (role == Qt::DisplayRole) {
            // A suppressed finding says so: a note the team made, not one the scan found.
            return f.suppressedBy.isEmpty() ? Presentation::effectWord(f.effect) : tr("Suppressed");
        }
        if (role == Qt::ToolTipRole && !f.suppressedBy.isEmpty()) {
            return tr("Not applicable: %1").arg(f.suppressedBy);
        }
        if (role == Qt::DecorationRole) {
            return Presentation::effectIcon(f.effect);
        }
        if (role == SortRole) {
            return severity(f.effect);
        }
        break;
    case BaselineColumn:
        if (m_report->baseline && (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)) {
            const auto& b = *m_report->baseline;
            const bool added = b.findingState(static_cast<std::size_t>(index.row())) == BaselineState::New;
            if (role == SortRole) {
                return added ? 0 : 1;
            }
            if (role == Qt::DisplayRole) {
                return added ? tr("New") : tr("Unchanged");
            }
            // The previous report's name as it is: nothing hidden or reordered.
            const QString since = formatTimestamp(b.previousGeneratedAt);
            const QString file = visibleText(QFileInfo(b.file).fileName());
            return Presentation::plainToolTip(added ? tr("New since %1: not in %2").arg(since, file)
                                                    : tr("Unchanged since %1: also in %2").arg(since, file));
        }
        break;
    case RowColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (f.row.isEmpty()) {
                return tr("SDK presence");
            }
            const auto* def = m_report->catalog ? m_report->catalog->row(f.row) : nullptr;
            return def ? def->title.get(m_report->language) : f.row;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    case ConfidenceColumn:
        return tr("Confidence");
    case EffectColumn:
        return tr("Effect");
    case RowColumn:
        return tr("Row");
    case BaselineColumn:
        // "Since 2025-03-01": what the New and Unchanged under it are measured against.
        return m_report && m_report->baseline
                   ? tr("Since %1").arg(m_report->baseline->previousGeneratedAt.toUTC().toString(u"yyyy-MM-dd"))
                   : tr("Since");
    default:
        return {};
    }
}

} // namespace sig2rtm::ui
