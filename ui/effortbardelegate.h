// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace sig2rtm::ui {

/// Paints a cell's number as a bar proportional to the largest one (PlanClientsModel's PointsRole over
/// MaxPointsRole), with the cell's text beside it: the bar shows the proportion, the text the amount, so
/// nothing is told by length or colour alone.
class EffortBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit EffortBarDelegate(int valueRole, int maximumRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static constexpr int kBarWidth = 96;

private:
    int m_valueRole;
    int m_maximumRole;
};

} // namespace sig2rtm::ui
