#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sig2rtm::ui {

class AssessmentWizard;

/// Step 5: writes the report in any format the engine offers (reportFormats()), through a file
/// dialog, and opens it afterwards when asked.
class ExportPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportPage(AssessmentWizard* wizard);

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

private:
    void browse();
    void updatePath();
    QString defaultPath(const QString& format) const;

    AssessmentWizard* m_wizard;
    QButtonGroup* m_formats;
    QStringList m_formatIds;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_openAfter;
    QPushButton* m_export;
    QLabel* m_result;
};

} // namespace sig2rtm::ui
