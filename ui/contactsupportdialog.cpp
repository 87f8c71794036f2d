#include "contactsupportdialog.h"

#include "presentation.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sig2rtm::ui {

namespace {
const QString kContactSupport = QStringLiteral("contact-support");
} // namespace

ContactSupportDialog::ContactSupportDialog(std::shared_ptr<const Report> report, Settings* settings, QWidget* parent)
    : QDialog(parent), m_report(std::move(report)), m_settings(settings), m_project(new QLineEdit(this)),
      m_appId(new QLineEdit(this)), m_rows(new QLabel(this)), m_appIdHint(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)), m_mail(new QPushButton(tr("Send by &email…"), this)),
      m_copy(new QPushButton(tr("&Copy to clipboard"), this)), m_save(new QPushButton(tr("&Save as text…"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Contact Agora support"));
    setObjectName(QStringLiteral("contactSupportDialog"));
    const auto catalog = m_report && m_report->catalog ? m_report->catalog : Catalog::builtin();
    const auto it = catalog->remediations().constFind(kContactSupport);
    m_email =
        it != catalog->remediations().cend() && !it->email.isEmpty() ? it->email : QStringLiteral("support@agora.io");

    auto* intro = new QLabel(tr("Some fixes also need Agora to enable interoperability between Signaling and RTM for "
                                "your project on the back end. This composes that request for %1.")
                                 .arg(m_email),
                             this);
    intro->setWordWrap(true);

    m_project->setText(m_report ? m_report->projectName : QString());
    m_project->setAccessibleName(tr("Project name"));
    QString appId = m_report ? m_report->appId : QString();
    if (appId.isEmpty() && m_settings) {
        appId = m_settings->lastAppId();
    }
    m_appId->setText(appId);
    m_appId->setPlaceholderText(tr("32 hexadecimal characters, from the Agora console"));
    m_appId->setAccessibleName(tr("App ID"));
    m_appId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,32}")), this));
    m_appIdHint->setWordWrap(true);

    QStringList rows;
    if (m_report) {
        const auto language = m_report->language;
        for (const auto& row : m_report->rows) {
            const auto* def = catalog->row(row.id);
            if (!def || !def->needsSupport || row.status == RowStatus::Pass) {
                continue;
            }
            rows << tr("<li><b>%1</b> (%2): %3</li>")
                        .arg(def->title.get(language).toHtmlEscaped(), Presentation::statusWord(row.status),
                             row.summary.toHtmlEscaped());
        }
    }
    m_rows->setWordWrap(true);
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->setText(rows.isEmpty()
                        ? tr("No row of this assessment needs back-end enabling; you can still ask for interop during "
                             "the migration.")
                        : tr("Rows that need back-end enabling, and why:<ul>%1</ul>").arg(rows.join(QString())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&App ID:"), m_appId);
    form->addRow(QString(), m_appIdHint);

    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Request text"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto* previewLabel = new QLabel(tr("&Request:"), this);
    previewLabel->setBuddy(m_preview);

    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_mail, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_mail->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_rows);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_project, &QLineEdit::textChanged, this, &ContactSupportDialog::regenerate);
    connect(m_appId, &QLineEdit::textChanged, this, &ContactSupportDialog::regenerate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mail, &QPushButton::clicked, this, [this] {
        if (m_settings) {
            m_settings->setLastAppId(m_appId->text().trimmed());
        }
        emit mailRequested(mailtoUrl());
        m_status->setText(tr("Your mail client should open with the request to %1.").arg(m_email));
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(requestText());
        m_status->setText(tr("Copied. Paste it into a ticket at agora-ticket.agora.io or a mail to %1.").arg(m_email));
    });
    connect(m_save, &QPushButton::clicked, this, &ContactSupportDialog::saveAs);
    resize(720, 640);
    regenerate();
}

QString ContactSupportDialog::requestText() const
{
    if (!m_report) {
        return {};
    }
    Report copy = *m_report;
    copy.projectName = m_project->text().trimmed();
    return copy.supportRequest(m_appId->text().trimmed());
}

QUrl ContactSupportDialog::mailtoUrl() const
{
    QString body = requestText();
    QString subject = tr("Enable Signaling/RTM interoperability");
    // The request's first line is its subject.
    if (body.startsWith(QLatin1String("Subject: "))) {
        const auto end = body.indexOf(u'\n');
        subject = body.mid(9, end - 9);
        body = body.mid(end + 1).trimmed() + u'\n';
    }
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(m_email);
    // Percent-encode every reserved character ourselves: mail clients differ in what they decode.
    const QByteArray query = "subject=" + QUrl::toPercentEncoding(subject) + "&body=" + QUrl::toPercentEncoding(body);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

void ContactSupportDialog::regenerate()
{
    const QString appId = m_appId->text().trimmed();
    if (appId.isEmpty()) {
        m_appIdHint->setText(tr("Without an App ID the request carries a placeholder: fill it in before sending."));
    } else if (appId.size() != 32) {
        m_appIdHint->setText(
            tr("An App ID has 32 characters; this one has %n.", nullptr, static_cast<int>(appId.size())));
    } else {
        m_appIdHint->setText(tr("App ID looks valid."));
    }
    m_preview->setPlainText(requestText());
}

bool ContactSupportDialog::saveText(const QString& path, QString* error)
{
    const QByteArray bytes = requestText().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    emit saved(path);
    return true;
}

void ContactSupportDialog::saveAs()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .absoluteFilePath(QStringLiteral("agora-interop-request.txt"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the request"), start, tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (saveText(path, &error)) {
        m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_status->setText(
            tr("<b>Not saved:</b> %1: %2").arg(QDir::toNativeSeparators(path).toHtmlEscaped(), error.toHtmlEscaped()));
    }
}

} // namespace sig2rtm::ui
