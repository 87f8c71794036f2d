// SPDX-License-Identifier: MIT
// Findings marked not applicable: the dialog asks for a reason, the rows say how many findings are
// suppressed, undo works, nothing is written until the user saves, and the saved project description keeps
// the finding suppressed when it is read again, even after lines are inserted above it.

#include "assessment.h"
#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "presentation.h"
#include "suppressiondialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kReason = u"Dead code, removed in release 3.2"_s;

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    return files;
}

bool insertLinesAtTop(const QString& path, const QByteArray& lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray text = file.readAll();
    file.close();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(lines + text) == lines.size() + text.size();
}

const Finding* findingAt(const Report& report, const QString& rule, const QString& file, int line)
{
    for (const auto& f : report.findings) {
        if (f.rule == rule && f.file == file && f.line == line) {
            return &f;
        }
    }
    return nullptr;
}
} // namespace

class TestSuppressions final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void markUndoAndSaveBesideTheFolder();
    void saveInTheFolderThenAddToTheDescription();
    void unsavedSuppressionsAreNeverDropped();

private:
    /// Scans project and walks to the evidence of a row of a client.
    void openEvidence(const QString& project, const QString& rowId, const QString& clientId);
    /// Selects the first finding of the shown ones that fails in a code file; returns it.
    const Finding* selectFailingFinding();
    /// Marks the selected finding not applicable through the dialog, as a keyboard user would.
    void markSelected(const QString& reason);
    EvidencePage* evidence() const { return m_wizard->evidencePage(); }
};

void TestSuppressions::openEvidence(const QString& project, const QString& rowId, const QString& clientId)
{
    startScanFromUi(project);
    waitForScan();
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(next(), Qt::LeftButton);
    }
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    evidence()->setRow(rowId);
    evidence()->setClient(clientId);
    QCOMPARE(evidence()->rowId(), rowId);
    QCOMPARE(evidence()->clientId(), clientId);
}

const Finding* TestSuppressions::selectFailingFinding()
{
    auto* proxy = evidence()->filterModel();
    for (int i = 0; i < proxy->rowCount(); ++i) {
        const auto index = proxy->index(i, FindingsModel::FileColumn);
        const auto* f = m_session->findingsModel()->finding(proxy->mapToSource(index).row());
        if (f->effect == Effect::Fail && (f->context == Context::Code || f->context == Context::String) &&
            f->line > 0) {
            clickRow(evidence()->findingsView(), index);
            return f;
        }
    }
    return nullptr;
}

void TestSuppressions::markSelected(const QString& reason)
{
    QVERIFY(evidence()->suppressButton()->isEnabled());
    QTest::mouseClick(evidence()->suppressButton(), Qt::LeftButton);
    auto* dialog = evidence()->suppressionDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->reasonEdit());
    QTest::keyClicks(dialog->reasonEdit(), reason);
    QVERIFY(dialog->markButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QTRY_VERIFY(!evidence()->suppressionDialog());
}

void TestSuppressions::markUndoAndSaveBesideTheFolder()
{
    const QString project = m_temp.filePath(u"beside/legacy-chat"_s);
    QVERIFY(copyTree(StartPage::samplePath(), project));
    const QStringList before = filesUnder(project);
    openEvidence(project, u"special-features"_s, u"web"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Finding* target = selectFailingFinding();
    QVERIFY(target);
    const Finding original = *target;
    QCOMPARE(evidence()->selectedFindingId(), original.id);
    const auto rowStatus = [this] {
        auto* model = m_session->compatibilityModel();
        return model->index(model->rowOf(u"special-features"_s), CompatibilityModel::StatusColumn).data().toString();
    };
    const QString failing = rowStatus();
    QVERIFY(!failing.contains(u"suppressed"_s));

    // A blank reason is refused: the button stays disabled and Enter does not mark.
    QTest::mouseClick(evidence()->suppressButton(), Qt::LeftButton);
    auto* dialog = evidence()->suppressionDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->markButton()->isEnabled());
    QTest::keyClicks(dialog->reasonEdit(), u"   "_s);
    QVERIFY(!dialog->markButton()->isEnabled());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_session->addedSuppressions().empty());
    QTest::keyClick(dialog->reasonEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!evidence()->suppressionDialog());
    QVERIFY(m_session->addedSuppressions().empty());

    // With a reason: judged again at once, the finding a note that says why, the row counting it.
    markSelected(kReason);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_session->addedSuppressions().size(), std::size_t(1));
    const Finding* now = m_session->report()->finding(original.id);
    QVERIFY(now);
    QCOMPARE(now->file, original.file);
    QVERIFY(now->effect == Effect::Note);
    QCOMPARE(now->suppressedBy, kReason);
    const ReportRow* row = m_session->report()->row(u"special-features"_s);
    QCOMPARE(row->suppressedCount, 1);
    QCOMPARE(rowStatus(), QStringLiteral("%1 (1 suppressed)").arg(Presentation::statusWord(row->status)));
    QVERIFY2(evidence()->rowCombo()->currentText().contains(u"(1 suppressed)"_s),
             qPrintable(evidence()->rowCombo()->currentText()));
    // The same finding stays selected and says it is suppressed.
    QCOMPARE(evidence()->selectedFindingId(), original.id);
    const auto selected = evidence()->findingsView()->currentIndex();
    QCOMPARE(selected.siblingAtColumn(FindingsModel::EffectColumn).data().toString(), u"Suppressed"_s);
    bool locationSays = false;
    for (auto* label : evidence()->findChildren<QLabel*>()) {
        locationSays |= label->isVisible() && label->text().contains(u"suppressed: "_s + kReason);
    }
    QVERIFY(locationSays);
    QVERIFY(!evidence()->suppressButton()->isEnabled()); // already suppressed
    QVERIFY(m_session->hasUnsavedSuppressions());
    QVERIFY(evidence()->suppressionStatusLabel()->text().contains(u"not saved yet"_s));
    QVERIFY(evidence()->saveSuppressionsButton()->isEnabled());
    // Nothing written yet.
    QCOMPARE(filesUnder(project), before);
    QVERIFY(!QFileInfo::exists(m_temp.filePath(u"beside/legacy-chat.sig2rtm.json"_s)));

    // Undo brings the finding back; redo suppresses it again.
    QVERIFY(evidence()->undoButton()->isEnabled());
    QTest::mouseClick(evidence()->undoButton(), Qt::LeftButton);
    QVERIFY(m_session->report()->finding(original.id)->effect == Effect::Fail);
    QCOMPARE(m_session->report()->row(u"special-features"_s)->suppressedCount, 0);
    QCOMPARE(rowStatus(), failing);
    QVERIFY(!m_session->hasUnsavedSuppressions());
    m_session->suppressionStack()->redo();
    QCOMPARE(m_session->report()->finding(original.id)->suppressedBy, kReason);
    // The same with the platform's keys, from the findings list.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    evidence()->findingsView()->setFocus();
    QTest::keySequence(evidence()->findingsView(), QKeySequence::Undo);
    QVERIFY(m_session->report()->finding(original.id)->suppressedBy.isEmpty());
    QTest::keySequence(evidence()->findingsView(), QKeySequence::Redo);
    QCOMPARE(m_session->report()->finding(original.id)->suppressedBy, kReason);

    // Save: the dialog proposes a file beside the scanned folder, never in it; the user chooses.
    const QString saved = m_temp.filePath(u"beside/legacy-chat.sig2rtm.json"_s);
    QString proposed;
    whenModal<QFileDialog>([&proposed, saved](QFileDialog* fileDialog) {
        proposed = fileDialog->selectedFiles().value(0);
        fileDialog->selectFile(saved);
        static_cast<QDialog*>(fileDialog)->accept();
    });
    QTest::mouseClick(evidence()->saveSuppressionsButton(), Qt::LeftButton);
    QCOMPARE(QDir::cleanPath(proposed), QDir::cleanPath(saved));
    QVERIFY(QFileInfo::exists(saved));
    QCOMPARE(filesUnder(project), before);
    QVERIFY(!m_session->hasUnsavedSuppressions());
    QVERIFY(!evidence()->saveSuppressionsButton()->isEnabled());
    QVERIFY(evidence()->suppressionStatusLabel()->text().contains(QDir::toNativeSeparators(saved)));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(saved)));

    // The description scans the folder and holds the suppression: rule, file, fingerprint, snippet, reason.
    const QJsonObject json = readJson(saved);
    QCOMPARE(json.value(u"format"_s).toString(), u"sig2rtm-project/1"_s);
    QCOMPARE(json.value(u"sources"_s).toArray().at(0).toString(), u"legacy-chat"_s);
    const QJsonObject suppression = json.value(u"suppressions"_s).toArray().at(0).toObject();
    QCOMPARE(suppression.value(u"rule"_s).toString(), original.rule);
    QCOMPARE(suppression.value(u"file"_s).toString(), u"legacy-chat/"_s + original.file);
    QCOMPARE(suppression.value(u"snippet"_s).toString(), original.snippet);
    QCOMPARE(suppression.value(u"reason"_s).toString(), kReason);
    QCOMPARE(suppression.value(u"fingerprint"_s).toString().size(), 32);

    // Three lines above the finding: read again, it is still suppressed, three lines further down.
    QVERIFY(insertLinesAtTop(QDir(project).absoluteFilePath(original.file), "// one\n// two\n// three\n"));
    AssessmentRequest request;
    request.inputs = QStringList{saved};
    Diagnostics problems;
    const auto again = assess(request, nullptr, nullptr, &problems);
    QVERIFY2(again, qPrintable(toString(problems)));
    const Finding* moved = findingAt(*again, original.rule, u"legacy-chat/"_s + original.file, original.line + 3);
    QVERIFY(moved);
    QVERIFY(moved->effect == Effect::Note);
    QCOMPARE(moved->suppressedBy, kReason);
    QCOMPARE(again->row(u"special-features"_s)->suppressedCount, 1);

    // The app opens it like any description: the table shows the suppressed count.
    QVERIFY(m_window->openPath(saved));
    waitForScan();
    QVERIFY2(rowStatus().endsWith(u"(1 suppressed)"_s), qPrintable(rowStatus()));
    QCOMPARE(m_session->suppressionsPath(), QFileInfo(saved).absoluteFilePath());
}

void TestSuppressions::saveInTheFolderThenAddToTheDescription()
{
    const QString project = m_temp.filePath(u"inside/67-monorepo-clients"_s);
    QVERIFY(copyTree(fixture(u"67-monorepo-clients"_s), project));
    openEvidence(project, u"pstn"_s, u"ios"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Finding* target = selectFailingFinding();
    QVERIFY(target);
    const Finding first = *target;
    markSelected(kReason);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_session->report()->client(u"ios"_s)->rows.back().suppressedCount, 1);

    // Saved at the top of the scanned folder, where the user chose to put it.
    const QString saved = QDir(project).absoluteFilePath(u"sig2rtm-project.json"_s);
    QString error;
    QVERIFY2(m_session->saveSuppressions(saved, &error), qPrintable(error));
    const QJsonObject json = readJson(saved);
    QCOMPARE(json.value(u"sources"_s).toArray().at(0).toString(), u"."_s);
    QCOMPARE(json.value(u"suppressions"_s).toArray().at(0).toObject().value(u"file"_s).toString(), first.file);

    // The team adds what the app does not write itself; lines are inserted above the finding. The description
    // opened in the app keeps it suppressed.
    {
        QJsonObject edited = readJson(saved);
        edited.insert(u"$schema"_s, u"../schemas/project-description.schema.json"_s);
        QFile file(saved);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(edited).toJson());
    }
    QVERIFY(insertLinesAtTop(QDir(project).absoluteFilePath(first.file), "// a\n// b\n// c\n"));
    QVERIFY(m_window->openPath(saved));
    waitForScan();
    const Finding* moved = findingAt(*m_session->report(), first.rule, first.file, first.line + 3);
    QVERIFY(moved);
    QCOMPARE(moved->suppressedBy, kReason);

    // Another finding, marked on the description's report, is saved to the description itself.
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(next(), Qt::LeftButton);
    }
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    evidence()->setRow(QString());
    evidence()->setClient(u"web"_s);
    const Finding* second = selectFailingFinding();
    if (!second) {
        evidence()->setClient(QString());
        second = selectFailingFinding();
    }
    QVERIFY(second);
    const Finding other = *second;
    markSelected(u"Handled by the server"_s);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(m_session->proposedSuppressionsPath(), QFileInfo(saved).absoluteFilePath());
    QVERIFY2(m_session->saveSuppressions(saved, &error), qPrintable(error));
    QCOMPARE(readJson(saved).value(u"suppressions"_s).toArray().size(), 2);
    // Saving into the team's own file changes its suppressions only.
    QCOMPARE(readJson(saved).value(u"$schema"_s).toString(), u"../schemas/project-description.schema.json"_s);

    AssessmentRequest request;
    request.inputs = QStringList{saved};
    const auto again = assess(request);
    QVERIFY(again);
    QCOMPARE(findingAt(*again, first.rule, first.file, first.line + 3)->suppressedBy, kReason);
    QCOMPARE(findingAt(*again, other.rule, other.file, other.line)->suppressedBy, u"Handled by the server"_s);
}

void TestSuppressions::unsavedSuppressionsAreNeverDropped()
{
    openEvidence(StartPage::samplePath(), u"pstn"_s, QString());
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(selectFailingFinding());
    markSelected(kReason);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(m_session->hasUnsavedSuppressions());

    // New assessment asks first. Escape stays, with the suppression.
    whenModal<QMessageBox>([](QMessageBox* box) {
        QCOMPARE(box->objectName(), u"unsavedSuppressionsDialog"_s);
        QTest::keyClick(box, Qt::Key_Escape);
    });
    m_wizard->accept();
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    QCOMPARE(m_session->addedSuppressions().size(), std::size_t(1));

    // Enter means Save: the file dialog opens; cancelling it still keeps everything.
    whenModal<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
    whenModal<QFileDialog>([](QFileDialog* fileDialog) { fileDialog->reject(); });
    m_wizard->accept();
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    QVERIFY(m_session->hasUnsavedSuppressions());

    // Opening another project asks too; Discard goes on.
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    QVERIFY(m_window->openPath(fixture(u"10-web-pstn-dtmf"_s)));
    waitForScan();
    QVERIFY(m_session->addedSuppressions().empty());
    QVERIFY(!m_session->hasUnsavedSuppressions());
}

QTEST_MAIN(TestSuppressions)
#include "tst_suppressions.moc"
