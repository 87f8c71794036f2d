// SPDX-License-Identifier: MIT
#include "exportpage.h"

#include "presentation.h"
#include "reportwriter.h"
#include "session.h"
#include "settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sig2rtm::ui {

ExportPage::ExportPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_formats(new QButtonGroup(this)), m_formatIds(reportFormats()),
      m_formatBox(new QGroupBox(this)), m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_openAfter(new QCheckBox(this)), m_export(new QPushButton(this)),
      m_result(new QLabel(this))
{
    auto* formatLayout = new QGridLayout(m_formatBox);
    for (int i = 0; i < m_formatIds.size(); ++i) {
        const QString& id = m_formatIds.at(i);
        auto* button = new QRadioButton(m_formatBox);
        button->setObjectName(id);
        m_formats->addButton(button, i);
        formatLayout->addWidget(button, i / 2, i % 2);
    }

    m_pathLabel->setBuddy(m_path);
    m_path->setClearButtonEnabled(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_openAfter);
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formatBox);
    layout->addLayout(pathRow);
    layout->addLayout(exportRow);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_openAfter->setChecked(m_session->settings()->openAfterExport());
    setFormat(m_session->settings()->lastExportFormat());
    if (!m_formats->checkedButton() && m_formats->button(0)) {
        m_formats->button(0)->setChecked(true);
    }

    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            updatePath();
        }
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportPage::browse);
    connect(m_export, &QPushButton::clicked, this,
            [this] { exportTo(format(), QDir::fromNativeSeparators(m_path->text().trimmed())); });
    connect(m_path, &QLineEdit::returnPressed, m_export, &QPushButton::click);
    connect(m_path, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_export->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_result, &QLabel::linkActivated, this,
            [this](const QString& link) { m_session->openExternal(QUrl(link)); });
    connect(m_openAfter, &QCheckBox::toggled, this, [this](bool on) { m_session->settings()->setOpenAfterExport(on); });
    retranslateUi();
}

void ExportPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Export")));
    setSubTitle(tr("Save the report to share it, archive it or feed it to other tools."));
    m_formatBox->setTitle(tr("Format"));
    for (int i = 0; i < m_formatIds.size(); ++i) {
        auto* button = m_formats->button(i);
        button->setText(Presentation::formatName(m_formatIds.at(i)));
        button->setAccessibleName(Presentation::formatName(m_formatIds.at(i)));
    }
    m_pathLabel->setText(tr("&Save to:"));
    m_path->setAccessibleName(tr("Report file"));
    m_browse->setText(tr("Bro&wse…"));
    m_openAfter->setText(tr("&Open the report after export"));
    m_export->setText(tr("E&xport"));
    m_result->setAccessibleName(tr("Export result"));
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
    setResult(m_resultText);
}

void ExportPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void ExportPage::setResult(std::function<QString()> text)
{
    m_resultText = std::move(text);
    m_result->setText(m_resultText ? m_resultText() : QString());
}

QRadioButton* ExportPage::formatButton(const QString& format) const
{
    const int id = static_cast<int>(m_formatIds.indexOf(format));
    return id >= 0 ? qobject_cast<QRadioButton*>(m_formats->button(id)) : nullptr;
}

QString ExportPage::format() const
{
    return m_formatIds.value(m_formats->checkedId());
}

void ExportPage::setFormat(const QString& format)
{
    if (auto* button = formatButton(format)) {
        button->setChecked(true);
    }
}

void ExportPage::initializePage()
{
    setResult({});
    m_path->clear();
    updatePath();
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
}

void ExportPage::cleanupPage()
{
    setResult({});
}

QString ExportPage::defaultPath(const QString& format) const
{
    QString directory = m_session->settings()->lastExportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const auto& report = m_session->report();
    QString name = report && !report->projectName.isEmpty() ? report->projectName : QStringLiteral("project");
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return QDir(directory).absoluteFilePath(name + QStringLiteral("-sig2rtm.") + reportExtension(format));
}

void ExportPage::updatePath()
{
    const QString current = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (current.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(defaultPath(format())));
        return;
    }
    // Keep the folder and name the user chose; follow the format with the extension.
    const QFileInfo info(current);
    m_path->setText(QDir::toNativeSeparators(
        QDir(info.absolutePath()).absoluteFilePath(info.completeBaseName() + u'.' + reportExtension(format()))));
}

void ExportPage::browse()
{
    const QString fmt = format();
    const QString filter = tr("%1 (*.%2)").arg(Presentation::formatName(fmt), reportExtension(fmt));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the report"), QDir::fromNativeSeparators(m_path->text()), filter);
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
        exportTo(fmt, path);
    }
}

bool ExportPage::exportTo(const QString& format, const QString& path)
{
    const auto& report = m_session->report();
    if (!report) {
        m_session->reportError(tr("Nothing to export"), tr("Run an assessment first."));
        return false;
    }
    if (path.isEmpty()) {
        m_session->reportError(tr("Nothing to export"), tr("Choose where to save the report."));
        return false;
    }
    QString error;
    if (!writeReport(*report, format, path, &error)) {
        setResult([error] { return tr("<b>Export failed.</b> %1").arg(error.toHtmlEscaped()); });
        m_session->reportError(tr("Export failed"), error);
        return false;
    }
    m_session->settings()->setLastExportFormat(format);
    m_session->settings()->setLastExportDirectory(QFileInfo(path).absolutePath());
    const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    setResult([format, url, path] {
        return tr("Saved %1 to <a href=\"%2\">%3</a>.")
            .arg(Presentation::formatName(format).toHtmlEscaped(), url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                 QDir::toNativeSeparators(path).toHtmlEscaped());
    });
    emit exported(format, path);
    if (m_openAfter->isChecked()) {
        m_session->openExternal(url);
    }
    return true;
}

} // namespace sig2rtm::ui
