#include "preferencesdialog.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sig2rtm::ui {

PreferencesDialog::PreferencesDialog(Settings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)), m_restartHint(new QLabel(this)),
      m_exclusions(new QPlainTextEdit(this)),
      m_defaultSkips(
          new QCheckBox(tr("Skip &dependency and build folders (.git, node_modules, Pods, build, …)"), this)),
      m_clearRecent(new QCheckBox(tr("Clear the list of &recent assessments"), this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_language->setAccessibleName(tr("Language"));
    m_restartHint->setText(tr("A new language applies the next time sig2rtm starts."));
    m_restartHint->setWordWrap(true);

    m_exclusions->setPlainText(m_settings->defaultExclusions().join(u'\n'));
    m_exclusions->setPlaceholderText(tr("One glob per line, for example:\n**/third_party/**\n*.min.js"));
    m_exclusions->setAccessibleName(tr("Default exclusions"));
    m_exclusions->setTabChangesFocus(true);
    m_defaultSkips->setChecked(m_settings->useDefaultSkips());

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartHint);
    form->addRow(tr("&Exclude from every scan:"), m_exclusions);
    form->addRow(QString(), m_defaultSkips);
    form->addRow(QString(), m_clearRecent);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->setDefaultExclusions(m_exclusions->toPlainText().split(u'\n'));
    m_settings->setUseDefaultSkips(m_defaultSkips->isChecked());
    if (m_clearRecent->isChecked()) {
        m_settings->clearRecentAssessments();
    }
    QDialog::accept();
}

} // namespace sig2rtm::ui
