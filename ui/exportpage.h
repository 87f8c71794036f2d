// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sig2rtm::ui {

class Session;

/// Step 7: writes the report in any format the engine offers (reportFormats()), through a file
/// dialog, and opens it afterwards when asked.
class ExportPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportPage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;

    QString format() const;
    void setFormat(const QString& format);
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    QCheckBox* openAfterCheck() const { return m_openAfter; }
    QRadioButton* formatButton(const QString& format) const;

    /// Writes the report to path in format. Returns false (and reports the error) on failure.
    bool exportTo(const QString& format, const QString& path);

signals:
    void exported(const QString& format, const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Shows the outcome of the last export; text renders it, again after a language change.
    void setResult(std::function<QString()> text);
    void browse();
    void updatePath();
    QString defaultPath(const QString& format) const;

    Session* m_session;
    QButtonGroup* m_formats;
    QStringList m_formatIds;
    QGroupBox* m_formatBox;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_openAfter;
    QPushButton* m_export;
    QLabel* m_result;
    std::function<QString()> m_resultText;
};

} // namespace sig2rtm::ui
