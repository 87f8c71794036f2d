// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sig2rtm::ui {

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_languageLabel(new QLabel(this)),
      m_exclusions(new QPlainTextEdit(this)), m_exclusionsLabel(new QLabel(this)), m_defaultSkips(new QCheckBox(this)),
      m_clearRecent(new QCheckBox(this)), m_editor(new QLineEdit(this)), m_editorLabel(new QLabel(this))
{
    // Language names are written in their own language, so that anyone can find theirs.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_languageLabel->setBuddy(m_language);

    m_exclusions->setPlainText(m_settings->defaultExclusions().join(u'\n'));
    m_exclusions->setTabChangesFocus(true);
    m_exclusionsLabel->setBuddy(m_exclusions);
    m_defaultSkips->setChecked(m_settings->useDefaultSkips());
    m_editor->setText(m_settings->editorCommand());
    m_editor->setPlaceholderText(QStringLiteral("code --goto {file}:{line}:{column}"));
    m_editorLabel->setBuddy(m_editor);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_exclusionsLabel, m_exclusions);
    form->addRow(QString(), m_defaultSkips);
    form->addRow(m_editorLabel, m_editor);
    form->addRow(QString(), m_clearRecent);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslateUi();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_language->setItemText(0, tr("Follow the system"));
    m_language->setAccessibleName(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_exclusions->setPlaceholderText(tr("One glob per line, for example:\n**/third_party/**\n*.min.js"));
    m_exclusions->setAccessibleName(tr("Default exclusions"));
    m_exclusionsLabel->setText(tr("&Exclude from every scan:"));
    m_defaultSkips->setText(tr("Skip &dependency and build folders (.git, node_modules, Pods, build, …)"));
    m_clearRecent->setText(tr("Clear the list of &recent assessments"));
    m_editorLabel->setText(tr("Open findings &with:"));
    m_editor->setAccessibleName(tr("Editor command"));
    m_editor->setToolTip(tr("A command with {file}, {line} and {column}. Empty: Visual Studio Code when it is "
                            "installed, otherwise the system's default application."));
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void PreferencesDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setDefaultExclusions(m_exclusions->toPlainText().split(u'\n'));
    m_settings->setUseDefaultSkips(m_defaultSkips->isChecked());
    m_settings->setEditorCommand(m_editor->text());
    if (m_clearRecent->isChecked()) {
        m_settings->clearRecentAssessments();
    }
    QDialog::accept();
}

} // namespace sig2rtm::ui
