// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sig2rtm::ui {

class Settings;

/// Edits the Settings a user may want to change: language, scan exclusions, recent list.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Settings* settings, QWidget* parent = nullptr);

    void accept() override;

    QComboBox* languageCombo() const { return m_language; }
    QPlainTextEdit* exclusionsEdit() const { return m_exclusions; }
    QLineEdit* editorEdit() const { return m_editor; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Settings* m_settings;
    QComboBox* m_language;
    QLabel* m_languageLabel;
    QPlainTextEdit* m_exclusions;
    QLabel* m_exclusionsLabel;
    QCheckBox* m_defaultSkips;
    QCheckBox* m_clearRecent;
    QLineEdit* m_editor;
    QLabel* m_editorLabel;
};

} // namespace sig2rtm::ui
