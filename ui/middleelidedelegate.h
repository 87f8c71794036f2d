// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace sig2rtm::ui {

/// Elides in the middle: a long path keeps where it starts and the file's name.
class MiddleElideDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace sig2rtm::ui
