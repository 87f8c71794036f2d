// SPDX-License-Identifier: MIT
// The scan step: cancelling mid-scan keeps a usable, clearly labelled partial result.

#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "findingsfiltermodel.h"
#include "guitest.h"
#include "planpage.h"
#include "resultspage.h"
#include "scancontroller.h"
#include "synthetictree.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestScanPage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void cancelMidScanLeavesUsablePartialState();
};

void TestScanPage::cancelMidScanLeavesUsablePartialState()
{
    QTemporaryDir tree;
    QString error;
    constexpr int kFiles = 20000; // about a second of scanning even on a fast machine
    QVERIFY2(tools::SyntheticTree::generate(tree.path(), kFiles, &error), qPrintable(error));

    startScanFromUi(tree.path());
    auto* scan = m_session->scanController();
    auto* page = m_wizard->scanPage();
    // Wait until files are being scanned (polling tightly: the scan is fast), then cancel while it still runs.
    QElapsedTimer waiting;
    waiting.start();
    while (scan->isRunning() && (scan->lastProgress().walking || scan->lastProgress().filesDone == 0) &&
           waiting.elapsed() < kScanTimeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    QVERIFY2(scan->isRunning(), "the scan ended before it could be cancelled: make the tree larger");
    QVERIFY(page->cancelButton()->isVisible());
    QVERIFY(!next()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->state() == ScanPage::State::Partial, 5000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

    // Partial, clearly labelled, and usable.
    const auto report = m_session->report();
    QVERIFY(report);
    QVERIFY(report->partial);
    QVERIFY(report->stats.files < kFiles);
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("partial")));
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY(next()->isEnabled());
    QVERIFY(next()->text().contains(QStringLiteral("partial")));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));
    QCOMPARE(m_session->compatibilityModel()->rowCount(), 5);
    bool bannerShown = false;
    for (auto* label : m_wizard->resultsPage()->findChildren<QLabel*>()) {
        bannerShown |= label->isVisible() && label->text().contains(QStringLiteral("Partial results"));
    }
    QVERIFY(bannerShown);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));
    // The plan says it may be incomplete, whether it found work or nothing.
    auto* plan = m_wizard->planPage();
    const QString planText = plan->isEmptyStateShown() ? plan->emptyLabel()->text() : plan->summaryLabel()->text();
    QVERIFY2(planText.contains(QStringLiteral("Partial results")), qPrintable(planText));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    QCOMPARE(m_wizard->evidencePage()->filterModel()->sourceModel()->rowCount(), int(report->findings.size()));

    // A new scan after a cancelled one works.
    QVERIFY(m_window->openPath(fixture(QStringLiteral("02-web-object-message"))));
    waitForScan();
    QVERIFY(!m_session->report()->partial);
}

QTEST_MAIN(TestScanPage)
#include "tst_scanpage.moc"
