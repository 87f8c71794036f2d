// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>

namespace sig2rtm::ui {

/// The visible list of wizard steps beside the pages: done steps are ticked, the current one is
/// bold and marked with an arrow (never told by colour alone).
class StepList final : public QListWidget
{
    Q_OBJECT

public:
    explicit StepList(QWidget* parent = nullptr);

    /// step: index into the step names; questionnaire: the second step is the questionnaire.
    void setCurrentStep(int step, bool questionnaire);
    int currentStep() const { return m_current; }

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    int m_current = 0;
    bool m_questionnaire = false;
};

} // namespace sig2rtm::ui
