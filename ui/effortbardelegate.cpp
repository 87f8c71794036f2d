// SPDX-License-Identifier: MIT
#include "effortbardelegate.h"

#include <QApplication>
#include <QPainter>

namespace sig2rtm::ui {

namespace {
constexpr int kMargin = 4;
} // namespace

EffortBarDelegate::EffortBarDelegate(int valueRole, int maximumRole, QObject* parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole), m_maximumRole(maximumRole)
{
}

void EffortBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the bar and the text on top.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int value = index.data(m_valueRole).toInt();
    const int maximum = std::max(1, index.data(m_maximumRole).toInt());
    const QRect area = option.rect.adjusted(kMargin, kMargin + 2, -kMargin, -kMargin - 2);
    const int barWidth = std::min(kBarWidth, std::max(0, area.width() / 2));
    const QRect track(area.left(), area.top(), barWidth, area.height());
    const int filled = value > 0 ? std::max(2, barWidth * std::min(value, maximum) / maximum) : 0;
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(palette.color(QPalette::Mid));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(track.adjusted(0, 0, -1, -1));
    if (filled > 0) {
        painter->fillRect(QRect(track.left() + 1, track.top() + 1, filled - 2 > 0 ? filled - 2 : 1, track.height() - 2),
                          selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight));
    }
    const QRect textRect(track.right() + 2 * kMargin, option.rect.top(),
                         option.rect.right() - track.right() - 2 * kMargin, option.rect.height());
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize EffortBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(kBarWidth + 3 * kMargin + option.fontMetrics.horizontalAdvance(index.data().toString()) + kMargin);
    return size;
}

} // namespace sig2rtm::ui
