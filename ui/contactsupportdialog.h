// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <functional>
#include <memory>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sig2rtm::ui {

class Session;
class Settings;

/// Composes the request asking Agora support to enable Signaling/RTM interoperability on the back
/// end, and sends it by mail, copies it or saves it as text. Works on the session's report as it was
/// when the dialog opened (a general request when there is none).
class ContactSupportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactSupportDialog(Session* session, QWidget* parent = nullptr);

    QString requestText() const;
    QString recipient() const { return m_email; }
    /// mailto: URL with subject and body.
    QUrl mailtoUrl() const;
    /// Writes the request as UTF-8 text (QSaveFile). Returns false with error set on failure.
    bool saveText(const QString& path, QString* error);

    QLineEdit* projectEdit() const { return m_project; }
    QLineEdit* appIdEdit() const { return m_appId; }
    QPlainTextEdit* preview() const { return m_preview; }
    QPushButton* mailButton() const { return m_mail; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }

signals:
    /// The mail client is asked to open this URL (tests observe it instead of a mail client opening).
    void mailRequested(const QUrl& url);
    void saved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void regenerate();
    void saveAs();
    /// Shows what the last action did; text renders it, again after a language change.
    void setStatus(std::function<QString()> text);
    /// The address and the ticket site as links (rich text), for the intro and the status.
    QString emailLink() const;
    QString ticketLink() const;

    Session* m_session;
    std::shared_ptr<const Report> m_report;
    Settings* m_settings;
    QString m_email;      ///< the support remediation's address (a safe one, or empty)
    QString m_ticketUrl;  ///< its ticket site (a safe https link, or empty)
    QString m_ticketSite; ///< the host of its ticket site
    QLabel* m_intro;
    QLabel* m_projectLabel = nullptr;
    QLineEdit* m_project;
    QLabel* m_appIdLabel = nullptr;
    QLineEdit* m_appId;
    QLabel* m_rows;
    QLabel* m_appIdHint;
    QLabel* m_previewLabel;
    QPlainTextEdit* m_preview;
    QPushButton* m_mail;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_status;
    std::function<QString()> m_statusText;
};

} // namespace sig2rtm::ui
