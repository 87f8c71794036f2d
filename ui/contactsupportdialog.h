#pragma once

#include "report.h"

#include <memory>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sig2rtm::ui {

class Settings;

/// Composes the request asking Agora support to enable Signaling/RTM interoperability on the back
/// end, and sends it by mail, copies it or saves it as text.
class ContactSupportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactSupportDialog(std::shared_ptr<const Report> report, Settings* settings, QWidget* parent = nullptr);

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

private:
    void regenerate();
    void saveAs();

    std::shared_ptr<const Report> m_report;
    Settings* m_settings;
    QString m_email;
    QLineEdit* m_project;
    QLineEdit* m_appId;
    QLabel* m_rows;
    QLabel* m_appIdHint;
    QPlainTextEdit* m_preview;
    QPushButton* m_mail;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_status;
};

} // namespace sig2rtm::ui
