// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "compatibilitymodel.h"
#include "presentation.h"
#include "report.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sig2rtm::RowStatus)
using sig2rtm::ui::CompatibilityModel;

namespace {

/// Five rows in seed order with the given statuses and counts.
std::shared_ptr<const Report> makeReport(const QList<RowStatus>& statuses)
{
    auto report = std::make_shared<Report>();
    report->catalog = Catalog::builtin();
    const auto ids = Catalog::builtin()->rowIds();
    for (int i = 0; i < ids.size(); ++i) {
        ReportRow row;
        row.id = ids.at(i);
        row.status = statuses.at(i);
        row.failCount = row.status == RowStatus::Fail ? i + 1 : 0;
        row.reviewCount = row.status == RowStatus::Review ? 2 : 0;
        row.noteCount = 1;
        row.summary = Message::literal(QStringLiteral("summary of %1").arg(row.id));
        report->rows.push_back(row);
    }
    return report;
}

} // namespace

class TestCompatibilityModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyModelListsTheFiveRows();
    void statuses_data();
    void statuses();
    void remediation();
    void countsInTheReportsWords();
    void resetKeepsTester();
};

void TestCompatibilityModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompatibilityModel::emptyModelListsTheFiveRows()
{
    CompatibilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(CompatibilityModel::ColumnCount));
    const auto ids = Catalog::builtin()->rowIds();
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(model.index(i, 0).data(CompatibilityModel::RowIdRole).toString(), ids.at(i));
        QCOMPARE(model.rowOf(ids.at(i)), i);
        QVERIFY(!model.index(i, 0).data(CompatibilityModel::StatusRole).isValid());
        QCOMPARE(model.index(i, CompatibilityModel::TitleColumn).data().toString(),
                 Catalog::builtin()->rows().at(std::size_t(i)).title.en);
    }
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.headerData(CompatibilityModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
}

void TestCompatibilityModel::statuses_data()
{
    QTest::addColumn<QList<RowStatus>>("statuses");
    QTest::newRow("all pass") << QList<RowStatus>{RowStatus::Pass, RowStatus::Pass, RowStatus::Pass, RowStatus::Pass,
                                                  RowStatus::Pass};
    QTest::newRow("mixed") << QList<RowStatus>{RowStatus::Fail, RowStatus::Review, RowStatus::Pass, RowStatus::Fail,
                                               RowStatus::Pass};
    QTest::newRow("all fail") << QList<RowStatus>{RowStatus::Fail, RowStatus::Fail, RowStatus::Fail, RowStatus::Fail,
                                                  RowStatus::Fail};
}

void TestCompatibilityModel::statuses()
{
    QFETCH(QList<RowStatus>, statuses);
    CompatibilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto report = makeReport(statuses);
    model.setReport(report);
    for (int i = 0; i < 5; ++i) {
        const auto status = model.index(i, CompatibilityModel::StatusColumn);
        QCOMPARE(status.data(CompatibilityModel::StatusRole).toInt(), int(statuses.at(i)));
        // Never colour alone: a word and an icon.
        QCOMPARE(status.data().toString(), ui::Presentation::statusWord(statuses.at(i)));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), report->render(report->rows.at(std::size_t(i)).summary));
        const auto& row = report->rows.at(std::size_t(i));
        QCOMPARE(model.index(i, CompatibilityModel::BlockingColumn).data().toInt(), row.failCount);
        QCOMPARE(model.index(i, CompatibilityModel::ReviewColumn).data().toInt(), row.reviewCount);
        QCOMPARE(model.index(i, CompatibilityModel::NotesColumn).data().toInt(), row.noteCount);
    }
}

void TestCompatibilityModel::remediation()
{
    CompatibilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(
        makeReport({RowStatus::Fail, RowStatus::Pass, RowStatus::Review, RowStatus::Pass, RowStatus::Pass}));
    const auto catalog = Catalog::builtin();
    const auto failing = model.index(0, CompatibilityModel::RemediationColumn);
    QCOMPARE(failing.data(CompatibilityModel::RemediationKindsRole).toStringList(), catalog->rows().at(0).remediation);
    QVERIFY(
        failing.data().toString().contains(catalog->remediations().value(QStringLiteral("rest-event-api")).label.en));
    const auto passing = model.index(1, CompatibilityModel::RemediationColumn);
    QVERIFY(passing.data(CompatibilityModel::RemediationKindsRole).toStringList().isEmpty());
    QCOMPARE(passing.data().toString(), QStringLiteral("Nothing to do"));
    QCOMPARE(model.index(1, 0).data(CompatibilityModel::NeedsSupportRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(CompatibilityModel::NeedsSupportRole).toBool(), false);
}

void TestCompatibilityModel::countsInTheReportsWords()
{
    CompatibilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No report yet: no counts, not zeros that would read as "nothing found".
    QVERIFY(!model.index(0, CompatibilityModel::BlockingColumn).data().isValid());
    auto report = std::make_shared<Report>(
        *makeReport({RowStatus::Fail, RowStatus::Pass, RowStatus::Review, RowStatus::Pass, RowStatus::Pass}));
    report->rows[0].failCount = 1;
    report->rows[0].reviewCount = 6;
    report->rows[0].noteCount = 10;
    report->rows[0].suppressedCount = 2;
    model.setReport(report);
    // The headers are the reports' own column labels, and a cell's tooltip is the reports' sentence.
    QCOMPARE(model.headerData(CompatibilityModel::BlockingColumn, Qt::Horizontal).toString(), u"Blocking"_s);
    QCOMPARE(model.headerData(CompatibilityModel::ReviewColumn, Qt::Horizontal).toString(), u"Review"_s);
    QCOMPARE(model.headerData(CompatibilityModel::NotesColumn, Qt::Horizontal).toString(), u"Notes"_s);
    QVERIFY(
        !model.headerData(CompatibilityModel::BlockingColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    for (const int column :
         {CompatibilityModel::BlockingColumn, CompatibilityModel::ReviewColumn, CompatibilityModel::NotesColumn}) {
        QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(),
                 u"1 blocking · 6 review · 10 notes · 2 suppressed"_s);
    }
    // English plurals come from the plural forms, never "(s)".
    QCOMPARE(model.index(1, CompatibilityModel::NotesColumn).data(Qt::ToolTipRole).toString(),
             u"0 blocking · 0 review · 1 note"_s);
}

void TestCompatibilityModel::resetKeepsTester()
{
    CompatibilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReport(makeReport({RowStatus::Fail, RowStatus::Fail, RowStatus::Fail, RowStatus::Fail, RowStatus::Fail}));
    model.setReport(nullptr);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
}

QTEST_MAIN(TestCompatibilityModel)
#include "tst_compatibilitymodel.moc"
