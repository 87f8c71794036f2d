// SPDX-License-Identifier: MIT
#include "contactsupportdialog.h"

#include "presentation.h"
#include "reporttext.h"
#include "session.h"
#include "settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
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

ContactSupportDialog::ContactSupportDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_report(session->report()), m_settings(session->settings()),
      m_intro(new QLabel(this)), m_project(new QLineEdit(this)), m_appId(new QLineEdit(this)), m_rows(new QLabel(this)),
      m_appIdHint(new QLabel(this)), m_previewLabel(new QLabel(this)), m_preview(new QPlainTextEdit(this)),
      m_mail(new QPushButton(this)), m_copy(new QPushButton(this)), m_save(new QPushButton(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("contactSupportDialog"));
    if (!m_report) {
        // Without an assessment the request is still useful: it asks for interop in general.
        auto empty = std::make_shared<Report>();
        empty->catalog = Catalog::builtin();
        empty->language = m_session->language();
        m_report = std::move(empty);
    }
    const auto catalog = m_report->catalog ? m_report->catalog : Catalog::builtin();
    // Where the request goes is the catalog's: its support remediation's address and ticket site (the site in
    // the dialog's language: retranslateUi()).
    if (const auto* contact = catalog->supportRemediation()) {
        m_email = isSafeEmail(contact->email) ? contact->email : QString();
    }
    m_mail->setEnabled(!m_email.isEmpty());
    // Wherever the address shows, the ticket site shows too, and both are links.
    for (auto* label : {m_intro, m_status}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        connect(label, &QLabel::linkActivated, this,
                [this](const QString& link) { m_session->openExternal(QUrl(link)); });
    }

    m_project->setText(m_report->projectName);
    QString appId = m_report->appId;
    if (appId.isEmpty() && m_settings) {
        appId = m_settings->lastAppId();
    }
    m_appId->setText(appId);
    m_appId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9a-fA-F]{0,32}")), this));
    m_appIdHint->setWordWrap(true);
    m_rows->setWordWrap(true);
    m_rows->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_projectLabel = new QLabel(this);
    m_projectLabel->setBuddy(m_project);
    m_appIdLabel = new QLabel(this);
    m_appIdLabel->setBuddy(m_appId);
    auto* form = new QFormLayout;
    form->addRow(m_projectLabel, m_project);
    form->addRow(m_appIdLabel, m_appId);
    form->addRow(QString(), m_appIdHint);

    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_previewLabel->setBuddy(m_preview);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_mail, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_mail->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_rows);
    layout->addWidget(m_previewLabel);
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
        setStatus([email = m_email] {
            return tr("Your mail client should open with the request to %1.").toHtmlEscaped().arg(email);
        });
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(requestText());
        setStatus([this] {
            return m_ticketSite.isEmpty() ? tr("Copied. Paste it into a mail to %1.").toHtmlEscaped().arg(emailLink())
                                          : tr("Copied. Paste it into a ticket at %1 or a mail to %2.")
                                                .toHtmlEscaped()
                                                .arg(ticketLink(), emailLink());
        });
    });
    connect(m_save, &QPushButton::clicked, this, &ContactSupportDialog::saveAs);
    connect(m_session, &Session::languageChanged, this, [this](ReportLanguage language) {
        // The request and the row summaries follow the new language; the answers typed in stay.
        auto relabelled = std::make_shared<Report>(*m_report);
        relabelled->language = language;
        m_report = std::move(relabelled);
        retranslateUi();
    });
    resize(720, 640);
    retranslateUi();
}

void ContactSupportDialog::retranslateUi()
{
    setWindowTitle(tr("Contact Agora support"));
    const auto catalog = m_report->catalog ? m_report->catalog : Catalog::builtin();
    if (const auto* contact = catalog->supportRemediation()) {
        const QString url = catalog->remediationUrl(contact->id, QString(), m_report->language);
        m_ticketUrl = isSafeLink(url) ? url : QString();
        m_ticketSite = QUrl(m_ticketUrl).host();
    }
    QString intro = tr("Some fixes also need Agora to enable interoperability between Signaling and RTM for "
                       "your project on the back end. This composes that request for %1.")
                        .toHtmlEscaped()
                        .arg(emailLink());
    if (!m_ticketSite.isEmpty()) {
        intro += u' ' + tr("You can also file it as a ticket at %1.").toHtmlEscaped().arg(ticketLink());
    }
    m_intro->setText(intro);
    m_project->setAccessibleName(tr("Project name"));
    m_appId->setPlaceholderText(tr("32 hexadecimal characters, from the Agora console"));
    m_appId->setAccessibleName(tr("App ID"));
    m_projectLabel->setText(tr("&Project:"));
    m_appIdLabel->setText(tr("&App ID:"));
    m_preview->setAccessibleName(tr("Request text"));
    m_previewLabel->setText(tr("&Request:"));
    m_mail->setText(tr("Send by &email…"));
    m_copy->setText(tr("&Copy to clipboard"));
    m_save->setText(tr("&Save as text…"));

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
                             m_report->render(row.summary).toHtmlEscaped());
        }
    }
    m_rows->setText(rows.isEmpty()
                        ? tr("No row of this assessment needs back-end enabling; you can still ask for interop during "
                             "the migration.")
                        : tr("Rows that need back-end enabling, and why:<ul>%1</ul>").arg(rows.join(QString())));
    setStatus(m_statusText);
    regenerate();
}

void ContactSupportDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

QString ContactSupportDialog::emailLink() const
{
    const QString email = m_email.toHtmlEscaped();
    return m_email.isEmpty() ? QString() : QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(email);
}

QString ContactSupportDialog::ticketLink() const
{
    return m_ticketUrl.isEmpty()
               ? QString()
               : QStringLiteral("<a href=\"%1\">%2</a>").arg(m_ticketUrl.toHtmlEscaped(), m_ticketSite.toHtmlEscaped());
}

void ContactSupportDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
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
    const bool valid = appId.size() == 32; // the validator lets only hexadecimal digits in
    if (appId.isEmpty()) {
        m_appIdHint->setText(tr("Fill in the App ID to send the request by e-mail. Copy and Save keep a "
                                "placeholder for it."));
    } else if (!valid) {
        m_appIdHint->setText(
            tr("An App ID has 32 characters; this one has %n.", nullptr, static_cast<int>(appId.size())));
    } else {
        m_appIdHint->setText(tr("App ID looks valid."));
    }
    // A request without a usable App ID cannot be acted on: it is not mailed (copying and saving it to finish
    // elsewhere stay possible). The hint is the field's description, in bold while it blocks.
    m_mail->setEnabled(valid);
    m_mail->setToolTip(valid ? QString() : m_appIdHint->text());
    QFont hintFont = m_appIdHint->font();
    hintFont.setBold(!valid);
    m_appIdHint->setFont(hintFont);
    m_appId->setAccessibleDescription(m_appIdHint->text());
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
                              .absoluteFilePath(QStringLiteral("interop-request.txt"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the request"), start, tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (saveText(path, &error)) {
        setStatus(
            [path] { return tr("Saved to %1.").toHtmlEscaped().arg(QDir::toNativeSeparators(path).toHtmlEscaped()); });
    } else {
        setStatus([path, error] {
            return tr("<b>Not saved:</b> %1: %2")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), error.toHtmlEscaped());
        });
    }
}

} // namespace sig2rtm::ui
