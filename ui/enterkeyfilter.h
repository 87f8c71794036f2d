// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QObject>

class QAbstractItemView;
class QModelIndex;

namespace sig2rtm::ui {

/// Makes Enter on an item view do one thing. Item views pass Enter on after activating an item, so in a
/// wizard the same key press would also press the page's default button (Next): show a row's evidence and
/// then leave it at once. The filter calls activate with the current item; when it returns true the key
/// stops there, otherwise it goes on as usual (to the default button).
class EnterKeyFilter final : public QObject
{
    Q_OBJECT

public:
    using Activate = std::function<bool(const QModelIndex&)>;
    EnterKeyFilter(QAbstractItemView* view, Activate activate);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    Activate m_activate;
};

} // namespace sig2rtm::ui
