// SPDX-License-Identifier: MIT
#include "exportpage.h"

#include "atomicfile.h"
#include "presentation.h"
#include "reporttext.h"
#include "reportwriter.h"
#include "session.h"
#include "settings.h"

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
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace sig2rtm::ui {

namespace {

/// "Saved HTML page to <link>.": one line of the outcome, the path shown as it is.
QString savedLine(const QString& format, const QString& path)
{
    const QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    return ExportPage::tr("Saved %1 to <a href=\"%2\">%3</a>.")
        .arg(Presentation::formatName(format).toHtmlEscaped(), url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
             visibleText(QDir::toNativeSeparators(path)).toHtmlEscaped());
}

/// A file name the user typed: one name, no folder in it.
bool isPlainName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") && !name.contains(u'/') &&
           !name.contains(u'\\');
}

} // namespace

ExportPage::ExportPage(Session* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_formatIds(reportFormats()), m_formatGroup(new QGroupBox(this)),
      m_folderLabel(new QLabel(this)), m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)), m_plan(new QLabel(this)),
      m_openAfter(new QCheckBox(this)), m_absolutePaths(new QCheckBox(this)), m_export(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_result(new QLabel(this))
{
    // Writing reports must not take the cores from the window: two writers at most.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("sig2rtm export"));

    auto* formatLayout = new QGridLayout(m_formatGroup);
    for (int i = 0; i < m_formatIds.size(); ++i) {
        auto* box = new QCheckBox(m_formatGroup);
        box->setObjectName(m_formatIds.at(i));
        m_formatBoxes << box;
        formatLayout->addWidget(box, i / 3, i % 3);
        connect(box, &QCheckBox::toggled, this, &ExportPage::updatePlan);
    }

    m_folderLabel->setBuddy(m_folder);
    m_nameLabel->setBuddy(m_name);
    m_folder->setClearButtonEnabled(true);
    m_name->setClearButtonEnabled(true);
    m_plan->setWordWrap(true);
    m_plan->setTextFormat(Qt::PlainText);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QGridLayout;
    form->addWidget(m_folderLabel, 0, 0);
    form->addWidget(m_folder, 0, 1);
    form->addWidget(m_browse, 0, 2);
    form->addWidget(m_nameLabel, 1, 0);
    form->addWidget(m_name, 1, 1);
    form->addWidget(m_plan, 2, 1, 1, 2);
    form->addWidget(m_absolutePaths, 3, 1, 1, 2);
    form->setColumnStretch(1, 1);

    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_openAfter);
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);

    m_export->setAutoDefault(true);
    m_progress->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                      Qt::LinksAccessibleByKeyboard);

    // On a small or scaled screen the step scrolls instead of pushing the window's buttons off screen.
    auto* layout = new QVBoxLayout(Presentation::scrollingContent(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formatGroup);
    layout->addLayout(form);
    layout->addLayout(exportRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_openAfter->setChecked(m_session->settings()->openAfterExport());
    setFormats(m_session->settings()->lastExportFormats());

    connect(m_browse, &QPushButton::clicked, this, &ExportPage::browse);
    // Enter in a field reaches the default button, Export: no returnPressed connection, or it would export twice.
    connect(m_export, &QPushButton::clicked, this, &ExportPage::startExport);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportPage::updatePlan);
    connect(m_name, &QLineEdit::textChanged, this, &ExportPage::updatePlan);
    connect(m_result, &QLabel::linkActivated, this,
            [this](const QString& link) { m_session->openExternal(QUrl(link)); });
    connect(m_openAfter, &QCheckBox::toggled, this, [this](bool on) { m_session->settings()->setOpenAfterExport(on); });
    retranslateUi();
}

RenderOptions ExportPage::renderOptions() const
{
    RenderOptions options;
    options.absolutePaths = m_absolutePaths->isChecked();
    return options;
}

ExportPage::~ExportPage()
{
    // The writers hold the report and write into files of their own: let them end before the page goes.
    m_pool.waitForDone();
}

void ExportPage::retranslateUi()
{
    setTitle(Presentation::heading(tr("Export")));
    setSubTitle(tr("Save the report to share it, archive it or feed it to other tools: one or several formats."));
    m_formatGroup->setTitle(tr("Formats"));
    for (int i = 0; i < m_formatIds.size(); ++i) {
        m_formatBoxes.at(i)->setText(Presentation::formatName(m_formatIds.at(i)));
        m_formatBoxes.at(i)->setAccessibleName(Presentation::formatName(m_formatIds.at(i)));
    }
    m_folderLabel->setText(tr("Save &in:"));
    m_folder->setAccessibleName(tr("Folder for the reports"));
    m_browse->setText(tr("Bro&wse…"));
    m_nameLabel->setText(tr("File na&me:"));
    m_name->setAccessibleName(tr("Report file name, without extension"));
    m_openAfter->setText(tr("&Open the reports after export"));
    m_absolutePaths->setText(tr("Include the &local folder path"));
    m_absolutePaths->setToolTip(tr("Off: the reports name the scanned folder but not where it lies on this computer, "
                                   "as they are often sent to other teams or to support."));
    m_export->setText(tr("E&xport"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_result->setAccessibleName(tr("Export result"));
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
    updatePlan();
    setResult(m_resultText);
}

void ExportPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void ExportPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    makeExportDefault();
}

void ExportPage::makeExportDefault()
{
    // The wizard makes its Finish button ("New assessment") the default whenever it updates its buttons; on this
    // page Enter must export instead. After the wizard's own update, hence queued.
    QTimer::singleShot(0, this, [this] {
        if (!isVisible() || !wizard()) {
            return;
        }
        for (const auto which : {QWizard::FinishButton, QWizard::NextButton, QWizard::CommitButton}) {
            if (auto* button = qobject_cast<QPushButton*>(wizard()->button(which))) {
                button->setDefault(false);
            }
        }
        m_export->setDefault(true);
    });
}

void ExportPage::setResult(std::function<QString()> text)
{
    m_resultText = std::move(text);
    m_result->setText(m_resultText ? m_resultText() : QString());
}

QCheckBox* ExportPage::formatBox(const QString& format) const
{
    const auto i = m_formatIds.indexOf(format);
    return i >= 0 ? m_formatBoxes.at(i) : nullptr;
}

QStringList ExportPage::formats() const
{
    QStringList chosen;
    for (int i = 0; i < m_formatIds.size(); ++i) {
        if (m_formatBoxes.at(i)->isChecked()) {
            chosen << m_formatIds.at(i);
        }
    }
    return chosen;
}

void ExportPage::setFormats(const QStringList& formats)
{
    for (int i = 0; i < m_formatIds.size(); ++i) {
        m_formatBoxes.at(i)->setChecked(formats.contains(m_formatIds.at(i)));
    }
}

bool ExportPage::isComplete() const
{
    // "New assessment" waits for the files being written.
    return !isExporting();
}

void ExportPage::initializePage()
{
    setResult({});
    m_progress->setVisible(false);
    m_folder->setText(QDir::toNativeSeparators(defaultFolder()));
    m_name->setText(defaultName());
    updatePlan();
    setButtonText(QWizard::FinishButton, tr("&New assessment"));
    makeExportDefault();
}

void ExportPage::cleanupPage()
{
    setResult({});
}

QString ExportPage::defaultFolder() const
{
    QString directory = m_session->settings()->lastExportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    return directory;
}

QString ExportPage::defaultName() const
{
    const auto& report = m_session->report();
    QString name = report && !report->projectName.isEmpty() ? report->projectName : QStringLiteral("project");
    // The project's name comes from someone's tree: only safe characters reach a file name.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    name.replace(unsafe, QStringLiteral("-"));
    while (name.startsWith(u'.')) {
        name.remove(0, 1);
    }
    return (name.isEmpty() ? QStringLiteral("project") : name) + QStringLiteral("-sig2rtm");
}

QList<ExportPage::Item> ExportPage::plannedFiles() const
{
    QList<Item> items;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString name = m_name->text().trimmed();
    if (folder.isEmpty() || !isPlainName(name)) {
        return items;
    }
    for (const auto& format : formats()) {
        items << Item{format, QDir(folder).absoluteFilePath(name + u'.' + reportExtension(format)), {}, {}};
    }
    return items;
}

void ExportPage::updatePlan()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (formats().isEmpty()) {
        problem = tr("Choose at least one format.");
    } else if (m_folder->text().trimmed().isEmpty()) {
        problem = tr("Choose the folder to save in.");
    } else if (!isPlainName(name)) {
        problem = tr("The file name must be one name, without a folder.");
    }
    if (!problem.isEmpty()) {
        m_plan->setText(problem);
    } else {
        QStringList files;
        for (const auto& item : plannedFiles()) {
            files << visibleText(QFileInfo(item.path).fileName());
        }
        m_plan->setText(tr("Writes %1.").arg(files.join(QStringLiteral(", "))));
    }
    m_export->setEnabled(problem.isEmpty() && !isExporting());
}

void ExportPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the reports"),
                                                             QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
    m_export->setFocus();
}

bool ExportPage::startExport()
{
    const auto report = m_session->report();
    if (!report) {
        m_session->reportError(tr("Nothing to export"), tr("Run an assessment first."));
        return false;
    }
    if (isExporting()) {
        return false;
    }
    const QList<Item> items = plannedFiles();
    if (items.isEmpty()) {
        updatePlan();
        m_session->reportError(tr("Nothing to export"), m_plan->text());
        return false;
    }
    const QString folder = QFileInfo(items.first().path).absolutePath();
    if (!QDir().mkpath(folder)) {
        m_session->reportError(tr("Export failed"), tr("Cannot create the folder %1.").arg(visibleText(folder)));
        return false;
    }
    QStringList existing;
    for (const auto& item : items) {
        if (QFileInfo::exists(item.path)) {
            existing << visibleText(QDir::toNativeSeparators(item.path));
        }
    }
    if (!existing.isEmpty()) {
        // Enter keeps the files: replacing them is a choice, never the default.
        if (!Presentation::confirm(
                this, QStringLiteral("replaceFilesDialog"), tr("Replace existing files?"),
                tr("%n file(s) already exist and would be replaced:", nullptr, static_cast<int>(existing.size())),
                tr("&Replace"), existing)) {
            return false;
        }
    }

    m_session->settings()->setLastExportFormats(formats());
    m_session->settings()->setLastExportDirectory(folder);
    m_running = items;
    setResult([] { return tr("Writing the reports…"); });
    m_progress->setRange(0, static_cast<int>(items.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m written"));
    m_progress->setVisible(true);

    auto* watcher = new QFutureWatcher<Item>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, &ExportPage::onFinished);
    const RenderOptions options = renderOptions();
    // Every format is rendered in parallel, then all are written together or none (writeFilesAtomically, in
    // onFinished): a failure leaves the earlier set of reports as it was, never a mix of old and new.
    watcher->setFuture(QtConcurrent::mapped(&m_pool, m_running, [report, options](Item item) {
        QString error;
        if (auto bytes = renderReport(*report, item.format, &error, options)) {
            item.bytes = std::move(*bytes);
        } else {
            item.error = error.isEmpty() ? QStringLiteral("?") : error;
        }
        return item;
    }));
    updatePlan();
    emit completeChanged();
    return true;
}

void ExportPage::onFinished()
{
    auto* watcher = m_watcher;
    m_watcher = nullptr;
    QList<Item> items = watcher->future().results();
    watcher->deleteLater();
    m_progress->setVisible(false);

    QStringList errors;
    std::vector<PendingFile> files;
    for (auto& item : items) {
        if (!item.error.isEmpty()) {
            errors << tr("%1: %2").arg(visibleText(QDir::toNativeSeparators(item.path)), item.error);
        }
        files.push_back({item.path, std::move(item.bytes)});
        item.bytes.clear();
    }
    if (errors.isEmpty()) {
        QString error;
        if (!writeFilesAtomically(files, &error)) {
            errors << error;
        }
    }
    QList<Item> written;
    if (errors.isEmpty()) {
        for (const auto& item : std::as_const(items)) {
            written << item;
            emit exported(item.format, item.path);
        }
    } else {
        for (auto& item : items) {
            if (item.error.isEmpty()) {
                item.error = tr("not written: another report of the set failed");
            }
        }
        errors << tr("No report was written; files saved earlier are unchanged.");
    }
    if (!written.isEmpty()) {
        m_session->setReportExported();
    }
    setResult([written, errors] {
        QStringList lines;
        for (const auto& item : written) {
            lines << savedLine(item.format, item.path);
        }
        for (const auto& error : errors) {
            lines << tr("<b>Export failed.</b> %1").arg(error.toHtmlEscaped());
        }
        return lines.join(QStringLiteral("<br>"));
    });
    if (!errors.isEmpty()) {
        m_session->reportError(tr("Export failed"), errors.join(u'\n'));
    }
    if (m_openAfter->isChecked() && !written.isEmpty()) {
        // One file opens itself; several open their folder.
        m_session->openExternal(QUrl::fromLocalFile(
            written.size() == 1 ? written.first().path : QFileInfo(written.first().path).absolutePath()));
    }
    updatePlan();
    emit completeChanged();
    makeExportDefault();
    emit exportFinished(items);
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
    if (!writeReport(*report, format, path, &error, renderOptions())) {
        setResult([error] { return tr("<b>Export failed.</b> %1").arg(error.toHtmlEscaped()); });
        m_session->reportError(tr("Export failed"), error);
        return false;
    }
    m_session->setReportExported();
    setResult([format, path] { return savedLine(format, path); });
    emit exported(format, path);
    if (m_openAfter->isChecked()) {
        m_session->openExternal(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    }
    return true;
}

} // namespace sig2rtm::ui
