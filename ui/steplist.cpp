// SPDX-License-Identifier: MIT
#include "steplist.h"

#include <QEvent>

namespace sig2rtm::ui {

namespace {
constexpr int kSteps = 7;
} // namespace

StepList::StepList(QWidget* parent) : QListWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Steps"));
    setSpacing(4);
    // The list sits on the window background, not in a text field.
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAutoFillBackground(false);
    for (int i = 0; i < kSteps; ++i) {
        addItem(new QListWidgetItem(this));
    }
    refresh();
}

void StepList::setCurrentStep(int step, bool questionnaire)
{
    m_current = step;
    m_questionnaire = questionnaire;
    refresh();
}

void StepList::refresh()
{
    const QString second = m_questionnaire ? tr("Questionnaire") : tr("Scan");
    const QStringList names{tr("Start"),    second,         tr("Compatibility"), tr("Plan"),
                            tr("Progress"), tr("Evidence"), tr("Export")};
    for (int i = 0; i < kSteps; ++i) {
        auto* it = item(i);
        QString marker = QStringLiteral("   ");
        QString state;
        if (i < m_current) {
            marker = QStringLiteral("✓ ");
            state = tr("done");
        } else if (i == m_current) {
            marker = QStringLiteral("▶ ");
            state = tr("current step");
        }
        it->setText(marker + tr("%1. %2").arg(i + 1).arg(names.at(i)));
        QFont font = this->font();
        font.setBold(i == m_current);
        it->setFont(font);
        it->setForeground(palette().brush(i <= m_current ? QPalette::WindowText : QPalette::PlaceholderText));
        it->setData(Qt::AccessibleTextRole, state.isEmpty() ? names.at(i) : tr("%1 (%2)").arg(names.at(i), state));
    }
    // Step names are never elided: the list is as wide as its longest (bold) entry.
    setMinimumWidth(sizeHint().width());
}

void StepList::changeEvent(QEvent* event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Steps"));
        refresh();
    }
}

QSize StepList::sizeHint() const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (int i = 0; i < count(); ++i) {
        width = std::max(width, metrics.horizontalAdvance(item(i)->text()));
    }
    return {width + 40, QListWidget::sizeHint().height()};
}

} // namespace sig2rtm::ui
