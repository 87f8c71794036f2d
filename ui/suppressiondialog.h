// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sig2rtm::ui {

/// Asks why a finding does not apply before marking it so: the reason is required (the button that marks it
/// stays disabled while it is blank), and the report will quote it.
class SuppressionDialog final : public QDialog
{
    Q_OBJECT

public:
    /// finding: what is marked; reasonText: its reason as the report shows it.
    SuppressionDialog(const Finding& finding, const QString& reasonText, QWidget* parent = nullptr);

    QString findingId() const { return m_findingId; }
    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* markButton() const { return m_mark; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString m_findingId;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
    QPushButton* m_mark;
};

} // namespace sig2rtm::ui
