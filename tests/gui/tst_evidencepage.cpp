// SPDX-License-Identifier: MIT
// The evidence step: the findings of the selected row, the source viewer on the selected finding,
// the actions on it and the filters.

#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "middleelidedelegate.h"
#include "resultspage.h"
#include "settings.h"
#include "sourceviewer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestEvidencePage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void findingsSourceAndFilters();
    void filtersSayTheyAreOnAndResetForANewAssessment();
    void openInEditorAtTheLine();
    void theReasonKeepsItsRoom();

private:
    EvidencePage* openEvidence(const char* fixtureName)
    {
        startScanFromUi(fixture(QString::fromLatin1(fixtureName)));
        waitForScan();
        for (int i = 0; i < 3; ++i) {
            QTest::mouseClick(next(), Qt::LeftButton);
        }
        return m_wizard->currentId() == int(EvidencePageId) ? m_wizard->evidencePage() : nullptr;
    }
};

void TestEvidencePage::filtersSayTheyAreOnAndResetForANewAssessment()
{
    auto* page = openEvidence("43-mixed-monorepo");
    QVERIFY(page);
    page->setRow(QString());
    const int all = page->filterModel()->rowCount();
    QVERIFY(all > 2);
    QVERIFY(!page->filtersActive());
    QVERIFY(!page->showAllButton()->isVisible());
    // A filter that hides findings says so, with the way back next to it.
    clickIndicator(page->effectCheck(Effect::Note));
    QVERIFY(page->filtersActive());
    QVERIFY(page->countLabel()->text().contains(u"filters are on"_s));
    QVERIFY(page->showAllButton()->isVisible());
    QTest::mouseClick(page->showAllButton(), Qt::LeftButton);
    QVERIFY(!page->filtersActive());
    QCOMPARE(page->filterModel()->rowCount(), all);
    QVERIFY(!page->showAllButton()->isVisible());
    // File paths keep their ends: the file column elides in the middle.
    QVERIFY(qobject_cast<MiddleElideDelegate*>(page->findingsView()->itemDelegateForColumn(FindingsModel::FileColumn)));
    QVERIFY(
        !qobject_cast<MiddleElideDelegate*>(page->findingsView()->itemDelegateForColumn(FindingsModel::ReasonColumn)));

    // Filters of one assessment never hide the next one's evidence.
    page->filterEdit()->setText(u"no such text anywhere"_s);
    clickIndicator(page->confidenceCheck(Confidence::Low));
    QCOMPARE(page->filterModel()->rowCount(), 0);
    answerMessageBox(u"discardAssessmentDialog"_s, u"Start a new assessment"_s);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton); // to Progress, then start over
    m_wizard->accept();
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    page = openEvidence("06-web-sdk-1-0-5-script");
    QVERIFY(page);
    QVERIFY(!page->filtersActive());
    QVERIFY(page->filterEdit()->text().isEmpty());
    QVERIFY(page->filterModel()->rowCount() > 0);
}

void TestEvidencePage::theReasonKeepsItsRoom()
{
    auto* page = openEvidence("43-mixed-monorepo");
    QVERIFY(page);
    auto* view = page->findingsView();
    // From a large window to a scaled laptop screen (1366x768 at 150 %): the file and row columns give way.
    for (const QSize size : {QSize(1400, 900), QSize(1024, 700), QSize(911, 512)}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QTRY_VERIFY2(view->columnWidth(FindingsModel::ReasonColumn) >= 150,
                     qPrintable(QString::number(view->columnWidth(FindingsModel::ReasonColumn))));
    }
}

void TestEvidencePage::openInEditorAtTheLine()
{
    auto* page = openEvidence("06-web-sdk-1-0-5-script");
    QVERIFY(page);
    QVERIFY(page->findingsView()->currentIndex().isValid());
    const auto index = page->findingsView()->currentIndex();
    const int line = index.siblingAtColumn(FindingsModel::LineColumn).data().toInt();
    QVERIFY(line > 0);
    // An editor command of the user's: it gets the file and the line of the selected finding.
    const QString out = m_temp.filePath(u"editor-args.txt"_s);
    const QString script = m_temp.filePath(u"editor.sh"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("printf '%s %s' \"$1\" \"$2\" > \"$3\"\n");
    }
    m_settings->setEditorCommand(u"sh \""_s + script + u"\" {file} {line} \""_s + out + u'"');
    const QStringList command = page->editorCommandFor(u"/p/a.js"_s, 44, 3);
    QCOMPARE(command.first(), u"sh"_s);
    QVERIFY(command.contains(QDir::toNativeSeparators(u"/p/a.js"_s)));
    QVERIFY(command.contains(u"44"_s));
    QVERIFY(page->openButton()->isEnabled());
    QTest::mouseClick(page->openButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0, 10000);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString args = QString::fromUtf8(file.readAll());
    QVERIFY2(args.endsWith(u' ' + QString::number(line)), qPrintable(args));
    const QString relative = index.siblingAtColumn(FindingsModel::FileColumn).data(FindingsModel::FileRole).toString();
    QVERIFY2(args.startsWith(QDir::toNativeSeparators(QDir(m_session->report()->root).absoluteFilePath(relative))),
             qPrintable(args));
}

void TestEvidencePage::findingsSourceAndFilters()
{
    const QString project = fixture(QStringLiteral("43-mixed-monorepo"));
    const QJsonObject expect = readJson(project + QStringLiteral(".expect.json"));
    QVERIFY(!expect.isEmpty());
    startScanFromUi(project);
    waitForScan();

    // The selected row of the compatibility table is the row whose evidence shows.
    auto* results = m_wizard->resultsPage();
    auto* model = m_session->compatibilityModel();
    clickRow(results->table(),
             model->index(model->rowOf(QStringLiteral("special-features")), CompatibilityModel::TitleColumn));
    QCOMPARE(results->selectedRowId(), QStringLiteral("special-features"));
    QSignalSpy opened(m_session, &Session::externalOpenRequested);

    // Compatibility -> Plan -> Evidence for the selected row.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    auto* evidence = m_wizard->evidencePage();
    QCOMPARE(evidence->rowId(), QStringLiteral("special-features"));
    auto* proxy = evidence->filterModel();
    QVERIFY(proxy->rowCount() >= 2);

    // Select the expected finding: the viewer shows its file with the line highlighted.
    const QJsonObject expected = expect.value(QStringLiteral("findings")).toArray().at(0).toObject();
    const QString file = expected.value(QStringLiteral("file")).toString();
    const int line = expected.value(QStringLiteral("line")).toInt();
    QModelIndex target;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        const auto index = proxy->index(i, FindingsModel::FileColumn);
        if (index.data(FindingsModel::FileRole).toString() == file &&
            index.data(FindingsModel::LineRole).toInt() == line) {
            target = index;
        }
    }
    QVERIFY2(target.isValid(), qPrintable(file));
    clickRow(evidence->findingsView(), target);
    QCOMPARE(evidence->selectedFindingId(), target.data(FindingsModel::FindingIdRole).toString());
    auto* viewer = evidence->sourceViewer();
    const QString absolute = QDir(project).absoluteFilePath(file);
    QCOMPARE(viewer->currentFile(), absolute);
    QCOMPARE(viewer->highlightedLine(), line);
    QCOMPARE(viewer->textCursor().blockNumber(), line - 1);
    QFile source(absolute);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(viewer->lineText(line), QString::fromUtf8(source.readAll().split('\n').at(line - 1)));
    QVERIFY(viewer->extraSelections().size() >= 1);
    QVERIFY(viewer->isReadOnly());

    // Actions on the finding.
    QTest::mouseClick(evidence->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(absolute)).arg(line));
    QTest::mouseClick(evidence->openButton(), Qt::LeftButton);
    QCOMPARE(opened.takeFirst().at(0).toUrl(), QUrl::fromLocalFile(absolute));
    QTest::mouseClick(evidence->revealButton(), Qt::LeftButton);
    QCOMPARE(opened.takeFirst().at(0).toUrl(), QUrl::fromLocalFile(QFileInfo(absolute).absolutePath()));

    // Filters: text, then effect.
    const int shown = proxy->rowCount();
    QTest::keyClicks(evidence->filterEdit(), QStringLiteral("no such text anywhere"));
    QCOMPARE(proxy->rowCount(), 0);
    evidence->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), shown);
    clickIndicator(evidence->effectCheck(Effect::Fail));
    QVERIFY(!proxy->isEffectVisible(Effect::Fail));
    QVERIFY(proxy->rowCount() < shown);
    clickIndicator(evidence->effectCheck(Effect::Fail));
    QCOMPARE(proxy->rowCount(), shown);
    // All rows: every finding.
    evidence->rowCombo()->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), int(m_session->report()->findings.size()));
}

QTEST_MAIN(TestEvidencePage)
#include "tst_evidencepage.moc"
