// SPDX-License-Identifier: MIT
#include "suppressiondialog.h"

#include "presentation.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sig2rtm::ui {

SuppressionDialog::SuppressionDialog(const Finding& finding, const QString& reasonText, QWidget* parent)
    : QDialog(parent), m_findingId(finding.id), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)), m_mark(new QPushButton(this))
{
    setObjectName(QStringLiteral("suppressionDialog"));
    setWindowTitle(tr("Not applicable"));

    auto* intro = new QLabel(tr("Mark this finding as not applicable to your project:"), this);
    intro->setWordWrap(true);
    auto* where =
        new QLabel(finding.line > 0 ? tr("%1, line %2").arg(finding.file).arg(finding.line) : finding.file, this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto* why = new QLabel(tr("%1: %2").arg(Presentation::effectWord(finding.effect), reasonText), this);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);
    auto* code = new QLabel(finding.snippet, this);
    code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    code->setTextFormat(Qt::PlainText);
    code->setWordWrap(true);
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code->setVisible(!finding.snippet.isEmpty());

    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("Why it does not apply, e.g. dead code, removed in release 3.2"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMinimumWidth(420);
    auto* form = new QFormLayout;
    form->addRow(reasonLabel, m_reason);

    auto* note = new QLabel(tr("The finding stays in the report as a note that quotes your reason, and its row "
                               "counts it as suppressed. Nothing is written until you save the suppressions."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    m_mark->setText(tr("&Mark not applicable"));
    m_mark->setDefault(true);
    m_mark->setEnabled(false);
    m_buttons->addButton(m_mark, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addWidget(why);
    layout->addWidget(code);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_mark->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // Enter with a blank reason reaches here only through a disabled button: never accept one.
        if (!reason().isEmpty()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SuppressionDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Typing goes to the reason at once, however the dialog was opened (button, menu, keyboard).
    activateWindow();
    m_reason->setFocus(Qt::OtherFocusReason);
}

QString SuppressionDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace sig2rtm::ui
