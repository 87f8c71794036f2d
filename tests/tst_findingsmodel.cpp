// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "findingsmodel.h"
#include "report.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;
using sig2rtm::ui::FindingsModel;

namespace {

Finding finding(const char* id, const char* row, const char* file, int line, Effect effect, Confidence confidence,
                const char* reason)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.rule = QStringLiteral("test.rule");
    f.row = QString::fromLatin1(row);
    f.file = QString::fromLatin1(file);
    f.line = line;
    f.effect = effect;
    f.confidence = confidence;
    f.reason = Message::literal(QString::fromLatin1(reason));
    f.snippet = QStringLiteral("snippet %1").arg(f.id);
    return f;
}

std::shared_ptr<const Report> makeReport()
{
    auto report = std::make_shared<Report>();
    report->catalog = Catalog::builtin();
    report->findings = {
        finding("F1", "pstn", "android/Call.java", 33, Effect::Fail, Confidence::High, "Calls channelInvitePhone3."),
        finding("F2", "sdk-version", "web/index.html", 22, Effect::Review, Confidence::Medium, "Loads AgoraSig."),
        finding("F3", "", "libs/agora-sig-sdk.jar", 0, Effect::Note, Confidence::Low, "SDK library present."),
    };
    return report;
}

} // namespace

class TestFindingsModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void empty();
    void columns_data();
    void columns();
    void roles();
    void reset();
};

void TestFindingsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFindingsModel::empty()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    QCOMPARE(model.finding(0), nullptr);
    QCOMPARE(model.rowOf(QStringLiteral("F1")), -1);
}

void TestFindingsModel::columns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");
    QTest::newRow("file") << 0 << int(FindingsModel::FileColumn) << QStringLiteral("android/Call.java");
    QTest::newRow("line") << 0 << int(FindingsModel::LineColumn) << QStringLiteral("33");
    QTest::newRow("no line") << 2 << int(FindingsModel::LineColumn) << QStringLiteral("–");
    QTest::newRow("reason") << 1 << int(FindingsModel::ReasonColumn) << QStringLiteral("Loads AgoraSig.");
    QTest::newRow("confidence") << 1 << int(FindingsModel::ConfidenceColumn) << QStringLiteral("Medium");
    QTest::newRow("effect") << 0 << int(FindingsModel::EffectColumn) << QStringLiteral("Fail");
    QTest::newRow("note") << 2 << int(FindingsModel::EffectColumn) << QStringLiteral("Note");
    QTest::newRow("row title") << 0 << int(FindingsModel::RowColumn) << QStringLiteral("PSTN features");
    QTest::newRow("presence") << 2 << int(FindingsModel::RowColumn) << QStringLiteral("SDK presence");
}

void TestFindingsModel::columns()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(makeReport());
    QCOMPARE(model.index(row, column).data().toString(), display);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestFindingsModel::roles()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(makeReport());
    QCOMPARE(model.rowCount(), 3);
    const auto index = model.index(1, FindingsModel::ReasonColumn);
    QCOMPARE(index.data(FindingsModel::FindingIdRole).toString(), QStringLiteral("F2"));
    QCOMPARE(index.data(FindingsModel::RowIdRole).toString(), QStringLiteral("sdk-version"));
    QCOMPARE(index.data(FindingsModel::EffectRole).toInt(), int(Effect::Review));
    QCOMPARE(index.data(FindingsModel::ConfidenceRole).toInt(), int(Confidence::Medium));
    QCOMPARE(index.data(FindingsModel::FileRole).toString(), QStringLiteral("web/index.html"));
    QCOMPARE(index.data(FindingsModel::LineRole).toInt(), 22);
    QVERIFY(index.data(FindingsModel::SearchTextRole).toString().contains(QStringLiteral("snippet f2")));
    // Sorting uses numbers, not the displayed text.
    QCOMPARE(model.index(2, FindingsModel::LineColumn).data(FindingsModel::SortRole).toInt(), 0);
    QVERIFY(model.index(0, FindingsModel::EffectColumn).data(FindingsModel::SortRole).toInt() <
            model.index(2, FindingsModel::EffectColumn).data(FindingsModel::SortRole).toInt());
    QCOMPARE(model.rowOf(QStringLiteral("F3")), 2);
    QCOMPARE(model.finding(2)->file, QStringLiteral("libs/agora-sig-sdk.jar"));
}

void TestFindingsModel::reset()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(makeReport());
    model.setReport(nullptr);
    QCOMPARE(model.rowCount(), 0);
    model.setReport(makeReport());
    QCOMPARE(model.rowCount(), 3);
}

QTEST_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
