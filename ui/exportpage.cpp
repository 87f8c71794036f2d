#include "exportpage.h"

#include "assessmentwizard.h"
#include "presentation.h"
#include "reportwriter.h"
#include "settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
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

ExportPage::ExportPage(AssessmentWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_formats(new QButtonGroup(this)), m_formatIds(reportFormats()),
      m_path(new QLineEdit(this)), m_browse(new QPushButton(tr("&Browse…"), this)),
      m_openAfter(new QCheckBox(tr("&Open the report after export"), this)),
      m_export(new QPushButton(tr("E&xport"), this)), m_result(new QLabel(this))
{
    setTitle(AssessmentWizard::heading(tr("Export")));
    setSubTitle(tr("Save the report to share it, archive it or feed it to other tools."));

    auto* formatBox = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QGridLayout(formatBox);
    for (int i = 0; i < m_formatIds.size(); ++i) {
        const QString& id = m_formatIds.at(i);
        auto* button = new QRadioButton(Presentation::formatName(id), formatBox);
        button->setObjectName(id);
        button->setAccessibleName(Presentation::formatName(id));
        m_formats->addButton(button, i);
        formatLayout->addWidget(button, i / 2, i % 2);
    }

    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setAccessibleName(tr("Report file"));
    m_path->setClearButtonEnabled(true);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_openAfter);
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);
    m_result->setAccessibleName(tr("Export result"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addLayout(pathRow);
    layout->addLayout(exportRow);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_openAfter->setChecked(m_wizard->settings()->openAfterExport());
    setFormat(m_wizard->settings()->lastExportFormat());
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
            [this](const QString& link) { m_wizard->openExternal(QUrl(link)); });
    connect(m_openAfter, &QCheckBox::toggled, this, [this](bool on) { m_wizard->settings()->setOpenAfterExport(on); });
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
    m_result->clear();
    m_path->clear();
    updatePath();
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
}

void ExportPage::cleanupPage()
{
    m_result->clear();
}

QString ExportPage::defaultPath(const QString& format) const
{
    QString directory = m_wizard->settings()->lastExportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const auto& report = m_wizard->report();
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
    const auto& report = m_wizard->report();
    if (!report) {
        m_wizard->reportError(tr("Nothing to export"), tr("Run an assessment first."));
        return false;
    }
    if (path.isEmpty()) {
        m_wizard->reportError(tr("Nothing to export"), tr("Choose where to save the report."));
        return false;
    }
    QString error;
    if (!writeReport(*report, format, path, &error)) {
        m_result->setText(tr("<b>Export failed.</b> %1").arg(error.toHtmlEscaped()));
        m_wizard->reportError(tr("Export failed"), error);
        return false;
    }
    m_wizard->settings()->setLastExportFormat(format);
    m_wizard->settings()->setLastExportDirectory(QFileInfo(path).absolutePath());
    const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    m_result->setText(tr("Saved %1 to <a href=\"%2\">%3</a>.")
                          .arg(Presentation::formatName(format).toHtmlEscaped(),
                               url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                               QDir::toNativeSeparators(path).toHtmlEscaped()));
    emit exported(format, path);
    if (m_openAfter->isChecked()) {
        m_wizard->openExternal(url);
    }
    return true;
}

} // namespace sig2rtm::ui
