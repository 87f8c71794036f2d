// SPDX-License-Identifier: MIT
// The compatibility step: the five rows with their statuses, the verdict, the timeline, the SDKs found
// and the remediation actions of a row.

#include "catalog.h"
#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "guitest.h"
#include "presentation.h"
#include "reportview.h"
#include "resultspage.h"
#include "scanpage.h"
#include "startpage.h"

#include <algorithm>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestResultsPage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void tableVerdictAndRemediation();
    void countsAgreeEverywhere();
    void emptyFolderIsNotAssessed();
    void skippedItemsAreListed();
};

void TestResultsPage::skippedItemsAreListed()
{
    QTemporaryDir tree;
    QVERIFY(tree.isValid());
    for (const auto& [name, bytes] : {std::pair<const char*, QByteArray>{"app.js", "console.log(1);\n"},
                                      {"assets/blob.bin", QByteArray("\0\1\2\3", 4)}}) {
        QVERIFY(QDir(tree.path()).mkpath(QFileInfo(tree.filePath(QString::fromLatin1(name))).path()));
        QFile file(tree.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    startScanFromUi(tree.path());
    waitForScan();
    const auto report = m_session->report();
    QCOMPARE(report->skipped.size(), std::size_t(1));
    auto* results = m_wizard->resultsPage();
    // The statistics link to the list: a number alone cannot be checked.
    const auto stats = results->findChildren<QLabel*>();
    QVERIFY(std::any_of(stats.begin(), stats.end(), [](QLabel* l) {
        return l->text().contains(u"href=\"#skipped\""_s) && l->text().contains(u"1 item skipped"_s);
    }));
    results->showSkipped();
    auto* dialog = results->findChild<QDialog*>(u"skippedDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto* list = dialog->findChild<QTreeWidget*>(u"skippedList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QDir::toNativeSeparators(u"assets/blob.bin"_s));
    QCOMPARE(list->topLevelItem(0)->text(1), report->render(report->skipped.front().reason));
    QVERIFY(!list->topLevelItem(0)->text(1).isEmpty());
    dialog->close();
}

void TestResultsPage::countsAgreeEverywhere()
{
    // The sample: rows with blocking findings, findings to review and notes side by side.
    QVERIFY(m_window->openPath(StartPage::samplePath()));
    waitForScan();
    const auto report = m_session->report();
    auto* results = m_wizard->resultsPage();
    auto* scanModel = m_wizard->scanPage()->liveView()->model();
    auto* table = m_session->compatibilityModel();
    auto* picker = m_wizard->evidencePage()->rowCombo();
    bool sawNotes = false;
    for (const auto& row : report->rows) {
        const int i = table->rowOf(row.id);
        const QString counts = ReportView::rowCounts(row, report->language);
        sawNotes = sawNotes || (row.noteCount > 0 && row.failCount + row.reviewCount > 0);
        // The compatibility table and the scan step's table, column by column.
        for (auto* model : {static_cast<QAbstractItemModel*>(table), scanModel}) {
            QCOMPARE(model->index(i, CompatibilityModel::BlockingColumn).data().toInt(), row.failCount);
            QCOMPARE(model->index(i, CompatibilityModel::ReviewColumn).data().toInt(), row.reviewCount);
            QCOMPARE(model->index(i, CompatibilityModel::NotesColumn).data().toInt(), row.noteCount);
        }
        // The remediation panel.
        results->selectRow(row.id);
        QVERIFY2(results->recommendationLabel()->text().contains(counts.toHtmlEscaped()),
                 qPrintable(results->recommendationLabel()->text()));
        QVERIFY(!results->recommendationLabel()->text().contains(u"(s)"_s));
    }
    QVERIFY2(sawNotes, "the sample should have a row with both findings and notes");
    // The evidence step's row picker, in the same words.
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    for (const auto& row : report->rows) {
        const int item = picker->findData(row.id);
        QVERIFY(item > 0);
        QVERIFY2(picker->itemText(item).contains(ReportView::rowCounts(row, report->language)),
                 qPrintable(picker->itemText(item)));
    }
}

void TestResultsPage::emptyFolderIsNotAssessed()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    startScanFromUi(empty.path());
    waitForScan();
    auto* results = m_wizard->resultsPage();
    QCOMPARE(toString(m_session->report()->verdict), u"not-assessed"_s);
    // Never the green "no legacy SDK": nothing could be assessed, and nothing passes.
    QVERIFY2(results->verdictLabel()->text().contains(u"Nothing could be assessed"_s),
             qPrintable(results->verdictLabel()->text()));
    auto* table = m_session->compatibilityModel();
    for (int i = 0; i < table->rowCount(); ++i) {
        QCOMPARE(table->index(i, 0).data(CompatibilityModel::StatusRole).toInt(), int(RowStatus::Review));
        results->selectRow(table->index(i, 0).data(CompatibilityModel::RowIdRole).toString());
        QVERIFY(results->remediationButtons().isEmpty());
    }
}

void TestResultsPage::tableVerdictAndRemediation()
{
    const QString project = fixture(QStringLiteral("43-mixed-monorepo"));
    const QJsonObject expect = readJson(project + QStringLiteral(".expect.json"));
    QVERIFY(!expect.isEmpty());

    // Start -> Scan
    startScanFromUi(project);
    waitForScan();
    QVERIFY(!m_session->report()->partial);
    QCOMPARE(m_settings->recentAssessments().value(0), QDir::cleanPath(project));

    // Scan -> Compatibility, by itself: the five rows in seed order, with the expected statuses.
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));
    auto* results = m_wizard->resultsPage();
    auto* model = m_session->compatibilityModel();
    QCOMPARE(results->table()->model(), model);
    QCOMPARE(model->rowCount(), 5);
    const QJsonObject rows = expect.value(QStringLiteral("rows")).toObject();
    const QStringList ids = Catalog::builtin()->rowIds();
    for (int i = 0; i < 5; ++i) {
        const auto index = model->index(i, CompatibilityModel::StatusColumn);
        QCOMPARE(index.data(CompatibilityModel::RowIdRole).toString(), ids.at(i));
        const auto status = static_cast<RowStatus>(index.data(CompatibilityModel::StatusRole).toInt());
        QCOMPARE(toString(status), rows.value(ids.at(i)).toString());
        QCOMPARE(index.data().toString(), Presentation::statusWord(status));
    }
    const auto verdict = verdictFromString(expect.value(QStringLiteral("verdict")).toString());
    QVERIFY(verdict);
    QCOMPARE(results->verdictLabel()->text(), Presentation::verdictText(*verdict));
    QVERIFY(results->timelineLabel()->text().contains(QStringLiteral("2020-06-30")));
    for (const auto& sdk : expect.value(QStringLiteral("sdk")).toArray()) {
        QVERIFY2(results->sdkLabel()->text().contains(
                     Presentation::platformName(sdk.toObject().value(QStringLiteral("platform")).toString())),
                 qPrintable(results->sdkLabel()->text()));
    }

    // Remediation actions of the failing special-features row open the RTM event RESTful API doc.
    clickRow(results->table(),
             model->index(model->rowOf(QStringLiteral("special-features")), CompatibilityModel::TitleColumn));
    QCOMPARE(results->selectedRowId(), QStringLiteral("special-features"));
    QSignalSpy opened(m_session, &Session::externalOpenRequested);
    QPushButton* restButton = nullptr;
    for (auto* button : results->remediationButtons()) {
        if (button->objectName() == QLatin1String("rest-event-api")) {
            restButton = button;
        }
    }
    QVERIFY(restButton);
    QTest::mouseClick(restButton, Qt::LeftButton);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.takeFirst().at(0).toUrl(),
             QUrl(Catalog::builtin()->remediations().value(QStringLiteral("rest-event-api")).url));
}

QTEST_MAIN(TestResultsPage)
#include "tst_resultspage.moc"
