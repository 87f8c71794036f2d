// SPDX-License-Identifier: MIT
// The evidence step: the findings of the selected row, the source viewer on the selected finding,
// the actions on it and the filters.

#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "resultspage.h"
#include "sourceviewer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
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
};

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
