// SPDX-License-Identifier: MIT
#include "enterkeyfilter.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace sig2rtm::ui {

EnterKeyFilter::EnterKeyFilter(QAbstractItemView* view, Activate activate)
    : QObject(view), m_view(view), m_activate(std::move(activate))
{
    view->installEventFilter(this);
}

bool EnterKeyFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && m_view->currentIndex().isValid() &&
            m_activate(m_view->currentIndex())) {
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sig2rtm::ui
