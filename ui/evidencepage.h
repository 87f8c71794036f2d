// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTreeView;

namespace sig2rtm::ui {

class FindingsFilterModel;
class Session;
class SourceViewer;
class SuppressionDialog;

/// Step 6: the findings of a row, filterable and sortable, and the source around the selected one. A finding
/// that fails or needs review can be marked not applicable (a suppression, saved in a project description).
class EvidencePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit EvidencePage(Session* session, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override;

    /// Shows the findings of a row ("" for every finding).
    void setRow(const QString& rowId);
    QString rowId() const;
    /// Selects a finding by id; returns false when it is not shown (filtered out or unknown).
    bool selectFinding(const QString& findingId);
    /// Id of the selected finding, or "".
    QString selectedFindingId() const;

    /// file:line of the selected finding with the file absolute, as editors accept it.
    QString selectedLocation() const;
    /// Absolute path of the selected finding's file, or "".
    QString selectedFilePath() const;

    /// Shows the findings of one client ("" for every client).
    void setClient(const QString& clientId);
    QString clientId() const;

    /// Opens the dialog that marks the selected finding not applicable (non-blocking; the finding is marked
    /// when the dialog is accepted with a reason). Returns the dialog, or nullptr when the finding cannot be.
    SuppressionDialog* markNotApplicable();
    /// The open not-applicable dialog, or nullptr.
    SuppressionDialog* suppressionDialog() const;

    QComboBox* rowCombo() const { return m_row; }
    QComboBox* clientCombo() const { return m_client; }
    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* findingsView() const { return m_view; }
    FindingsFilterModel* filterModel() const { return m_proxy; }
    SourceViewer* sourceViewer() const { return m_source; }
    QCheckBox* effectCheck(Effect effect) const;
    QCheckBox* confidenceCheck(Confidence confidence) const;
    QPushButton* openButton() const { return m_open; }
    QPushButton* showAllButton() const { return m_showAll; }
    QLabel* countLabel() const { return m_count; }
    /// Whether the filter text or a Show/Confidence box hides findings of the chosen row and client.
    bool filtersActive() const;
    /// Every finding of the chosen row and client again: all boxes ticked, no filter text.
    void resetFilters();
    /// The program and arguments that open file at line and column with the editor chosen in the preferences
    /// (or found on the PATH); empty when the system's default application is to open it.
    QStringList editorCommandFor(const QString& file, int line, int column) const;
    QPushButton* revealButton() const { return m_reveal; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* suppressButton() const { return m_suppress; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* saveSuppressionsButton() const { return m_saveSuppressions; }
    QLabel* suppressionStatusLabel() const { return m_suppressionStatus; }

signals:
    /// The user asked to save the suppressions (the wizard asks where).
    void saveSuppressionsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    /// Texts that come from the report: the row list and the selected finding.
    void refreshReportTexts();
    void fillRows();
    void fillClients();
    void updateSuppressionActions();
    void updateBaselineColumn();
    /// Shares the view's width so that the reason always keeps a readable part: the file and row columns give
    /// way first on a narrow window.
    void fitColumns();
    void showContextMenu(const QPoint& pos);
    void showSelected();
    void updateCount();
    void openInEditor();
    void revealInFileManager();
    void copyLocation();

    Session* m_session;
    FindingsFilterModel* m_proxy;
    QLabel* m_rowLabel;
    QComboBox* m_row;
    QLabel* m_clientLabel;
    QComboBox* m_client;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QLabel* m_showLabel;
    QLabel* m_confidenceLabel;
    QList<QCheckBox*> m_effects;
    QList<QCheckBox*> m_confidences;
    QLabel* m_count;
    QPushButton* m_showAll;
    QTreeView* m_view;
    QLabel* m_location;
    SourceViewer* m_source;
    QPushButton* m_open;
    QPushButton* m_reveal;
    QPushButton* m_copy;
    QPushButton* m_suppress;
    QPushButton* m_undo;
    QPushButton* m_saveSuppressions;
    QLabel* m_suppressionStatus;
    QSplitter* m_splitter;
};

} // namespace sig2rtm::ui
