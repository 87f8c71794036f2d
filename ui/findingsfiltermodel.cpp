// SPDX-License-Identifier: MIT
#include "findingsfiltermodel.h"

#include "findingsmodel.h"

namespace sig2rtm::ui {

namespace {
unsigned bit(int value)
{
    return 1U << static_cast<unsigned>(value);
}
} // namespace

FindingsFilterModel::FindingsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FindingsFilterModel::setRowId(const QString& rowId)
{
    if (rowId == m_rowId) {
        return;
    }
    m_rowId = rowId;
    invalidateRowsFilter();
}

void FindingsFilterModel::setClientId(const QString& clientId)
{
    if (clientId == m_clientId) {
        return;
    }
    m_clientId = clientId;
    invalidateRowsFilter();
}

void FindingsFilterModel::setText(const QString& text)
{
    const auto normalized = text.trimmed().toLower();
    if (normalized == m_text) {
        return;
    }
    m_text = normalized;
    invalidateRowsFilter();
}

void FindingsFilterModel::setEffectVisible(Effect effect, bool visible)
{
    const unsigned next =
        visible ? (m_effects | bit(static_cast<int>(effect))) : (m_effects & ~bit(static_cast<int>(effect)));
    if (next != m_effects) {
        m_effects = next;
        invalidateRowsFilter();
    }
}

bool FindingsFilterModel::isEffectVisible(Effect effect) const
{
    return (m_effects & bit(static_cast<int>(effect))) != 0;
}

void FindingsFilterModel::setConfidenceVisible(Confidence confidence, bool visible)
{
    const unsigned next = visible ? (m_confidences | bit(static_cast<int>(confidence)))
                                  : (m_confidences & ~bit(static_cast<int>(confidence)));
    if (next != m_confidences) {
        m_confidences = next;
        invalidateRowsFilter();
    }
}

bool FindingsFilterModel::isConfidenceVisible(Confidence confidence) const
{
    return (m_confidences & bit(static_cast<int>(confidence))) != 0;
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_rowId.isEmpty() && index.data(FindingsModel::RowIdRole).toString() != m_rowId) {
        return false;
    }
    if (!m_clientId.isEmpty() && index.data(FindingsModel::ClientIdRole).toString() != m_clientId) {
        return false;
    }
    if (!isEffectVisible(static_cast<Effect>(index.data(FindingsModel::EffectRole).toInt()))) {
        return false;
    }
    if (!isConfidenceVisible(static_cast<Confidence>(index.data(FindingsModel::ConfidenceRole).toInt()))) {
        return false;
    }
    return m_text.isEmpty() || index.data(FindingsModel::SearchTextRole).toString().contains(m_text);
}

bool FindingsFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto l = left.data(sortRole());
    const auto r = right.data(sortRole());
    if (l != r) {
        return QSortFilterProxyModel::lessThan(left, right);
    }
    // Ties keep a stable, useful order: code before mentions (a README line is never the first evidence
    // shown when code shows the same), then by file, then line.
    const bool lm = left.data(FindingsModel::MentionRole).toBool();
    const bool rm = right.data(FindingsModel::MentionRole).toBool();
    if (lm != rm) {
        return sortOrder() == Qt::AscendingOrder ? rm : lm;
    }
    const auto lf = left.siblingAtColumn(FindingsModel::FileColumn).data(FindingsModel::FileRole).toString();
    const auto rf = right.siblingAtColumn(FindingsModel::FileColumn).data(FindingsModel::FileRole).toString();
    if (lf != rf) {
        return QString::localeAwareCompare(lf, rf) < 0;
    }
    return left.data(FindingsModel::LineRole).toInt() < right.data(FindingsModel::LineRole).toInt();
}

} // namespace sig2rtm::ui
