// SPDX-License-Identifier: MIT
// The plan step: the clients (stage, interop, whether they move alone, effort) and the work in order
// (interop blockers, API ports, removal of the SDK), on the sample project and the monorepo fixture; the
// empty state; a blocker leads to its evidence; the page fits small and large windows.

#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "planclientsmodel.h"
#include "planpage.h"
#include "planstepsmodel.h"
#include "steplist.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestPlanPage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void sampleProject();
    void monorepo();
    void blockerShowsItsEvidence();
    void nothingToMigrate();
    void fitsTheWindow_data();
    void fitsTheWindow();

private:
    /// Scans project and walks Compatibility -> Plan.
    void openPlan(const QString& project);
    PlanPage* page() const { return m_wizard->planPage(); }
    QStringList clientColumn(int column, int role = Qt::DisplayRole) const;
};

void TestPlanPage::openPlan(const QString& project)
{
    startScanFromUi(project);
    waitForScan();
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));
    QCOMPARE(m_wizard->findChild<StepList*>()->currentStep(), 3);
}

QStringList TestPlanPage::clientColumn(int column, int role) const
{
    QStringList values;
    auto* model = page()->clientsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->index(row, column).data(role).toString();
    }
    return values;
}

void TestPlanPage::sampleProject()
{
    const QString sample = StartPage::samplePath();
    QVERIFY2(!sample.isEmpty(), "the bundled sample is missing");
    openPlan(sample);
    QAbstractItemModelTester clientsTester(page()->clientsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester stepsTester(page()->stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!page()->isEmptyStateShown());
    const auto report = m_session->report();

    // Four clients, all still on the legacy SDK; only iOS has no interop blocker.
    QCOMPARE(clientColumn(PlanClientsModel::ClientColumn, PlanClientsModel::ClientIdRole),
             (QStringList{u"android"_s, u"ios"_s, u"miniprogram"_s, u"web"_s}));
    QCOMPARE(clientColumn(PlanClientsModel::StageColumn, PlanClientsModel::StageRole), QStringList(4, u"legacy"_s));
    QCOMPARE(clientColumn(PlanClientsModel::MoveColumn, PlanClientsModel::IndependentRole),
             (QStringList{u"false"_s, u"true"_s, u"false"_s, u"false"_s}));
    QCOMPARE(clientColumn(PlanClientsModel::MoveColumn),
             (QStringList{u"Together"_s, u"On its own"_s, u"Together"_s, u"Together"_s}));
    QCOMPARE(clientColumn(PlanClientsModel::VerdictColumn),
             (QStringList{u"1 blocker"_s, u"No blocker"_s, u"1 blocker"_s, u"3 blockers"_s}));
    // Uses, gaps and points are the client's inventory; the bars scale to the largest client.
    auto* clients = page()->clientsModel();
    int maxPoints = 0;
    for (int row = 0; row < clients->rowCount(); ++row) {
        const QString id = clients->index(row, 0).data(PlanClientsModel::ClientIdRole).toString();
        const InventoryView inventory = inventoryView(*report, id);
        QVERIFY(inventory.uses > 0);
        QCOMPARE(clients->index(row, PlanClientsModel::UsesColumn).data().toInt(), inventory.uses);
        QCOMPARE(clients->index(row, PlanClientsModel::GapsColumn).data().toInt(), inventory.gaps);
        const auto effort = clients->index(row, PlanClientsModel::EffortColumn);
        QCOMPARE(effort.data(PlanClientsModel::PointsRole).toInt(), inventory.points);
        QCOMPARE(effort.data().toString(), QStringLiteral("%1 points").arg(inventory.points));
        maxPoints = std::max(maxPoints, inventory.points);
    }
    QCOMPARE(clients->index(0, PlanClientsModel::EffortColumn).data(PlanClientsModel::MaxPointsRole).toInt(),
             maxPoints);
    const QString summary = page()->summaryLabel()->text();
    QVERIFY2(summary.contains(u"4 clients to move"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Can move on their own (no interop blocker): ios."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"fixed: android, miniprogram, web."_s), qPrintable(summary));

    // The work in order: every failing row of every client, then the ports from the smallest, then removal.
    auto* steps = page()->stepsModel();
    QStringList kinds;
    QStringList blockers;
    QList<int> portPoints;
    for (int row = 0; row < steps->rowCount(); ++row) {
        const auto index = steps->index(row, PlanStepsModel::StepColumn);
        const auto kind = static_cast<PlanStep::Kind>(index.data(PlanStepsModel::KindRole).toInt());
        const QString client = index.data(PlanStepsModel::ClientIdRole).toString();
        const auto* step = steps->step(index);
        QVERIFY(step);
        switch (kind) {
        case PlanStep::Kind::Blocker: {
            kinds << u"blocker"_s;
            blockers << client + u'/' + step->row;
            // The row's title comes from the catalog; the size counts its blocking findings.
            QCOMPARE(steps->index(row, PlanStepsModel::DetailColumn).data().toString(),
                     report->catalog->row(step->row)->title.get(ReportLanguage::English));
            const auto* clientRow = [&]() -> const ReportRow* {
                for (const auto& r : report->client(client)->rows) {
                    if (r.id == step->row) {
                        return &r;
                    }
                }
                return nullptr;
            }();
            QVERIFY(clientRow);
            QVERIFY(clientRow->status == RowStatus::Fail);
            QCOMPARE(step->findings, clientRow->failCount);
            QVERIFY(steps->index(row, PlanStepsModel::SizeColumn).data().toString().contains(u"blocking finding"_s));
            QCOMPARE(steps->rowCount(index), 0);
            break;
        }
        case PlanStep::Kind::Port:
            kinds << u"port"_s;
            portPoints << step->points;
            QCOMPARE(step->points, inventoryView(*report, client).points);
            QVERIFY(steps->index(row, PlanStepsModel::DetailColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("%1 uses of %2 legacy APIs").arg(step->uses).arg(step->apis)));
            break;
        case PlanStep::Kind::RemoveSdk:
            kinds << u"remove"_s;
            // Its files are child rows, listed as the plan has them.
            QVERIFY(!step->files.isEmpty());
            QCOMPARE(steps->rowCount(index), int(step->files.size()));
            for (int f = 0; f < steps->rowCount(index); ++f) {
                QCOMPARE(steps->index(f, 0, index).data(PlanStepsModel::FileRole).toString(), step->files.at(f));
            }
            QVERIFY(page()->stepsView()->isExpanded(index));
            break;
        }
    }
    QCOMPARE(blockers, (QStringList{u"android/pstn"_s, u"miniprogram/mini-program"_s, u"web/special-features"_s,
                                    u"web/sdk-version"_s, u"web/web-non-string-message"_s}));
    QCOMPARE(kinds.mid(0, 5), QStringList(5, u"blocker"_s));
    QCOMPARE(kinds.mid(5, 4), QStringList(4, u"port"_s));
    QCOMPARE(kinds.mid(9), QStringList(kinds.size() - 9, u"remove"_s));
    QVERIFY(kinds.size() > 9);
    QVERIFY(std::is_sorted(portPoints.begin(), portPoints.end()));
    QCOMPARE(steps->index(0, 0).data().toString(), u"1. Fix an interop blocker"_s);
}

void TestPlanPage::monorepo()
{
    openPlan(fixture(u"67-monorepo-clients"_s));
    QAbstractItemModelTester clientsTester(page()->clientsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester stepsTester(page()->stepsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(clientColumn(PlanClientsModel::ClientColumn, PlanClientsModel::ClientIdRole),
             (QStringList{u"android"_s, u"ios"_s, u"web"_s, u"web-next"_s}));
    QCOMPARE(clientColumn(PlanClientsModel::StageColumn, PlanClientsModel::StageRole),
             (QStringList{u"legacy"_s, u"legacy"_s, u"legacy"_s, u"migrated"_s}));
    // The migrated client is done; iOS (PSTN) must switch together; Android (review only) and Web move alone.
    QCOMPARE(clientColumn(PlanClientsModel::VerdictColumn),
             (QStringList{u"1 to review"_s, u"1 blocker"_s, u"No blocker"_s, u"Done"_s}));
    QCOMPARE(clientColumn(PlanClientsModel::MoveColumn),
             (QStringList{u"On its own"_s, u"Together"_s, u"On its own"_s, u"Done"_s}));
    QCOMPARE(page()->clientsModel()->plan().together, QStringList{u"ios"_s});
    const QString summary = page()->summaryLabel()->text();
    QVERIFY2(summary.contains(u"3 clients to move"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Done, already on RTM: web-next."_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"fixed: ios."_s), qPrintable(summary));

    auto* steps = page()->stepsModel();
    QStringList order;
    for (int row = 0; row < steps->rowCount(); ++row) {
        const auto index = steps->index(row, 0);
        const auto* step = steps->step(index);
        QVERIFY(step->client != u"web-next"_s); // nothing left to do there
        if (step->kind != PlanStep::Kind::RemoveSdk) {
            order << (step->kind == PlanStep::Kind::Blocker ? u"fix "_s : u"port "_s) + step->client;
        }
    }
    // The smallest port first: web (31 points), android (32), ios (43).
    QCOMPARE(order, (QStringList{u"fix ios"_s, u"port web"_s, u"port android"_s, u"port ios"_s}));
    QCOMPARE(steps->index(0, PlanStepsModel::DetailColumn).data().toString(),
             m_session->report()->catalog->row(u"pstn"_s)->title.get(ReportLanguage::English));
}

void TestPlanPage::blockerShowsItsEvidence()
{
    openPlan(StartPage::samplePath());
    auto* view = page()->stepsView();
    auto* steps = page()->stepsModel();
    // The third step: the web client's special features.
    const auto index = steps->index(2, PlanStepsModel::DetailColumn);
    const auto* step = steps->step(index);
    QVERIFY(step->kind == PlanStep::Kind::Blocker);
    const QString row = step->row;
    const QString client = step->client;
    clickRow(view, index);
    QVERIFY(page()->evidenceButton()->isEnabled());
    view->setFocus();
    // Enter shows the evidence of that row in that client, and goes no further (not also Next).
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    auto* evidence = m_wizard->evidencePage();
    QCOMPARE(evidence->rowId(), row);
    QCOMPARE(evidence->clientId(), client);
    auto* proxy = evidence->filterModel();
    const auto& clientRows = m_session->report()->client(client)->rows;
    const auto clientRow =
        std::find_if(clientRows.begin(), clientRows.end(), [&](const ReportRow& r) { return r.id == row; });
    QVERIFY(clientRow != clientRows.end());
    QCOMPARE(proxy->rowCount(), clientRow->failCount + clientRow->reviewCount + clientRow->noteCount);
    QVERIFY(proxy->rowCount() > 0);
    for (int i = 0; i < proxy->rowCount(); ++i) {
        QCOMPARE(proxy->index(i, 0).data(FindingsModel::ClientIdRole).toString(), client);
        QCOMPARE(proxy->index(i, 0).data(FindingsModel::RowIdRole).toString(), row);
    }
    // Back returns to the plan, which keeps its place.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));

    // A port step has no evidence to show: Enter there is the page's default action, Next (to the progress).
    int port = 0;
    while (steps->step(steps->index(port, 0))->kind != PlanStep::Kind::Port) {
        ++port;
    }
    clickRow(view, steps->index(port, PlanStepsModel::DetailColumn));
    QVERIFY(!page()->evidenceButton()->isEnabled());
    // Double-click on a blocker, from the button this time.
    clickRow(view, steps->index(0, PlanStepsModel::DetailColumn));
    QTest::mouseClick(page()->evidenceButton(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    QCOMPARE(evidence->clientId(), steps->step(steps->index(0, 0))->client);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    clickRow(view, steps->index(port, PlanStepsModel::DetailColumn));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    // Reached by Next: every client's findings.
    QCOMPARE(evidence->clientId(), QString());
}

void TestPlanPage::nothingToMigrate()
{
    openPlan(fixture(u"13-web-unrelated-signal-library"_s));
    QVERIFY(m_session->report()->verdict == Verdict::NoSignaling);
    QVERIFY(page()->isEmptyStateShown());
    QVERIFY(page()->emptyLabel()->isVisible());
    QVERIFY2(page()->emptyLabel()->text().startsWith(u"Nothing to migrate"_s),
             qPrintable(page()->emptyLabel()->text()));
    QVERIFY(!page()->stepsView()->isVisible());
    QCOMPARE(page()->stepsModel()->rowCount(), 0);
    QVERIFY(next()->isEnabled());
}

void TestPlanPage::fitsTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1400x900") << QSize(1400, 900);
}

void TestPlanPage::fitsTheWindow()
{
    QFETCH(QSize, size);
    openPlan(StartPage::samplePath());
    m_window->resize(size);
    // The page needs no more room than the window has: nothing forces it larger, nothing is cut off.
    QTRY_COMPARE(m_window->size(), size);
    QTest::qWait(50);
    const QRect window = m_window->rect();
    for (QWidget* widget : std::initializer_list<QWidget*>{page()->summaryLabel(), page()->clientsView(),
                                                           page()->stepsView(), page()->evidenceButton(), next()}) {
        QVERIFY(widget->isVisible());
        const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(window.contains(inWindow), qPrintable(QString::fromLatin1(widget->metaObject()->className())));
    }
    // Every client shows without scrolling, and the steps keep a useful height.
    QCOMPARE(page()->clientsView()->verticalScrollBar()->maximum(), 0);
    QVERIFY(page()->stepsView()->height() >= 5 * page()->stepsView()->sizeHintForRow(0));
    // Texts are not cut: the clients' columns fit.
    const int columns = page()->clientsView()->header()->length();
    QVERIFY2(columns <= page()->clientsView()->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(columns).arg(page()->clientsView()->viewport()->width())));
}

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
