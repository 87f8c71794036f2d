// SPDX-License-Identifier: MIT
// The progress step: this scan compared with a saved report of an earlier version of the same fixture (new,
// fixed and unchanged counts, the evidence's column, exports, suppressions recomputing it, a rescan dropping it),
// bad report files as errors, and the burn-down over a folder of saved reports (markers, tooltips, keyboard,
// skipped files, 500 reports read without blocking). The page fits small and large windows in both languages.

#include "assessment.h"
#include "burndownchart.h"
#include "chartpainter.h"
#include "evidencepage.h"
#include "exportpage.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "guitest.h"
#include "progresspage.h"
#include "reporttext.h"
#include "steplist.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>
#include <QUndoStack>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kV1 = QStringLiteral(SIG2RTM_TEST_DATA "/baseline/v1");
const QString kV2 = QStringLiteral(SIG2RTM_TEST_DATA "/baseline/v2");
const QString kHistory = QStringLiteral(SIG2RTM_TEST_DATA "/history");

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestProgressPage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void comparesTwoVersionsOfAFixture();
    void suppressionsRecomputeAndARescanDrops();
    void badReportsAreErrors_data();
    void badReportsAreErrors();
    void burnDownOverThreeReports();
    void filesThatAreNotReportsAreListed();
    void fiveHundredReportsDoNotBlock();
    void reachedFromTheFileMenu();
    void fitsTheWindow_data();
    void fitsTheWindow();

private:
    /// Scans project and walks Compatibility -> Plan -> Progress.
    void openProgress(const QString& project);
    /// Compares the current report with a saved one and waits for the comparison.
    void compare(const QString& path);
    void loadHistory(const QString& folder);
    ProgressPage* page() const { return m_wizard->progressPage(); }
    int count(ProgressPage::CountRow row, ProgressPage::CountColumn column) const
    {
        return page()->countLabel(row, column)->text().toInt();
    }

    QString m_v1Report; ///< the v1 fixture scanned and saved as JSON
    QDateTime m_v1Time;
};

void TestProgressPage::initTestCase()
{
    setUpTestCase();
    AssessmentRequest request;
    request.inputs = QStringList{kV1};
    Diagnostics problems;
    auto report = assess(request, nullptr, nullptr, &problems);
    QVERIFY2(report, qPrintable(toString(problems)));
    m_v1Time = QDateTime(QDate(2025, 3, 1), QTime(9, 30), QTimeZone::utc());
    report->generatedAt = m_v1Time;
    m_v1Report = m_temp.filePath(u"saved/v1.json"_s);
    QVERIFY(writeFile(m_v1Report, toJsonText(*report)));
}

void TestProgressPage::openProgress(const QString& project)
{
    startScanFromUi(project);
    waitForScan();
    for (const int id : {PlanPageId, ProgressPageId}) {
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), id);
    }
    QCOMPARE(m_wizard->findChild<StepList*>()->currentStep(), 4);
    QVERIFY(page()->compareButton()->isEnabled());
    QVERIFY(!page()->clearComparisonButton()->isVisible());
    QVERIFY(!page()->chart()->isVisible());
}

void TestProgressPage::compare(const QString& path)
{
    QSignalSpy changed(m_session, &Session::progressChanged);
    QVERIFY(m_session->compareWith(path));
    QVERIFY(m_session->isReadingComparison());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isReadingComparison(), 10000);
    QVERIFY(changed.count() >= 2);
}

void TestProgressPage::loadHistory(const QString& folder)
{
    QVERIFY(m_session->loadHistory(folder));
    QVERIFY(m_session->isReadingHistory());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isReadingHistory(), 60000);
}

void TestProgressPage::comparesTwoVersionsOfAFixture()
{
    // v2 drops the presence channel and a string receipt, sends the receipt as an object (new), adds a peer message
    // (new) and inserts lines at the top of a file: what stays is unchanged (tst_baseline has the details).
    openProgress(kV2);
    whenModal<QFileDialog>([this](QFileDialog* dialog) {
        // Typed into the name field, as a user would: selectFile() leaves that field alone while it has the
        // focus. Then done() rather than accept(): accept() checks the name against the dialog's file system
        // model, which fills in the background and may not know the file yet ("file not found", and it waits).
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(m_v1Report);
        QCOMPARE(dialog->selectedFiles().value(0), m_v1Report);
        static_cast<QDialog*>(dialog)->done(QDialog::Accepted);
    });
    QTest::mouseClick(page()->compareButton(), Qt::LeftButton);
    QTRY_VERIFY(m_session->report()->baseline.has_value());
    QVERIFY(!m_session->isReadingComparison());
    QCOMPARE(m_session->comparisonPath(), m_v1Report);

    // Findings that block or need review, notes and legacy calls: fixed, new, unchanged.
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::FixedColumn), 2);
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::NewColumn), 1);
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::UnchangedColumn), 4);
    QCOMPARE(count(ProgressPage::NotesRow, ProgressPage::FixedColumn), 0);
    QCOMPARE(count(ProgressPage::NotesRow, ProgressPage::NewColumn), 1);
    QCOMPARE(count(ProgressPage::NotesRow, ProgressPage::UnchangedColumn), 4);
    QCOMPARE(count(ProgressPage::UsesRow, ProgressPage::FixedColumn), 4);
    QCOMPARE(count(ProgressPage::UsesRow, ProgressPage::NewColumn), 2);
    QCOMPARE(count(ProgressPage::UsesRow, ProgressPage::UnchangedColumn), 14);
    QVERIFY(page()->countLabel(ProgressPage::FindingsRow, ProgressPage::FixedColumn)->isVisible());
    // The previous report's date and file, and where the totals went.
    const QString since = formatTimestamp(m_v1Time);
    QCOMPARE(since, u"2025-03-01 09:30 UTC"_s);
    QVERIFY2(page()->comparisonLabel()->text().contains(since), qPrintable(page()->comparisonLabel()->text()));
    QVERIFY(page()->comparisonLabel()->text().contains(u"v1.json"_s));
    QVERIFY2(page()->headlineLabel()->text().contains(u"18 → 16"_s), qPrintable(page()->headlineLabel()->text()));
    QVERIFY(page()->headlineLabel()->text().contains(u"53 → 43"_s));
    QVERIFY(page()->headlineLabel()->text().contains(u"6 → 5"_s));
    // What was fixed is a tooltip away.
    const QString fixedTip = page()->countLabel(ProgressPage::FindingsRow, ProgressPage::FixedColumn)->toolTip();
    QVERIFY2(fixedTip.contains(u"web/js/chat.js:19"_s) && fixedTip.contains(u"web/js/chat.js:31"_s),
             qPrintable(fixedTip));
    QVERIFY(page()->clearComparisonButton()->isVisible());

    // The evidence marks each finding new or unchanged: two new ones, the peer message and the object receipt.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    auto* evidence = m_wizard->evidencePage();
    evidence->setRow(QString());
    evidence->setClient(QString());
    QVERIFY(!evidence->findingsView()->isColumnHidden(FindingsModel::BaselineColumn));
    auto* model = m_session->findingsModel();
    QCOMPARE(model->headerData(FindingsModel::BaselineColumn, Qt::Horizontal).toString(), u"Since 2025-03-01"_s);
    QStringList added;
    int unchanged = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString state = model->index(row, FindingsModel::BaselineColumn).data().toString();
        if (state == u"New"_s) {
            added << model->finding(row)->snippet;
            QVERIFY(model->index(row, 0).data(FindingsModel::BaselineStateRole).toInt() == int(BaselineState::New));
        } else {
            QCOMPARE(state, u"Unchanged"_s);
            ++unchanged;
        }
    }
    added.sort();
    QCOMPARE(added, (QStringList{u"channel.messageChannelSend(JSON.stringify({ type: 'read', id: id }));"_s,
                                 u"session.messageInstantSend(peer, text);"_s}));
    QCOMPARE(unchanged, 8);

    // Exports made now carry the comparison.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    auto* exportPage = m_wizard->exportPage();
    const QString json = m_temp.filePath(u"out/compared.json"_s);
    QVERIFY(exportPage->exportTo(u"json"_s, json));
    const QJsonObject baseline = readJson(json).value(u"baseline"_s).toObject();
    QVERIFY(!baseline.isEmpty());
    QCOMPARE(baseline.value(u"findings"_s).toObject().value(u"new"_s).toInt(), 1);
    QCOMPARE(baseline.value(u"findings"_s).toObject().value(u"fixed"_s).toInt(), 2);
    QCOMPARE(baseline.value(u"uses"_s).toObject().value(u"unchanged"_s).toInt(), 14);
    const QString html = m_temp.filePath(u"out/compared.html"_s);
    QVERIFY(exportPage->exportTo(u"html"_s, html));
    QVERIFY(QString::fromUtf8(readFile(html)).contains(u"Progress since 2025-03-01 09:30 UTC"_s));

    // Cleared: the report, the page, the evidence and later exports no longer have it.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTest::mouseClick(page()->clearComparisonButton(), Qt::LeftButton);
    QVERIFY(!m_session->report()->baseline);
    QVERIFY(m_session->comparisonPath().isEmpty());
    QVERIFY(!page()->clearComparisonButton()->isVisible());
    QVERIFY(!page()->headlineLabel()->isVisible());
    QVERIFY(evidence->findingsView()->isColumnHidden(FindingsModel::BaselineColumn));
    QVERIFY(!model->index(0, 0).data(FindingsModel::BaselineStateRole).isValid());
    QVERIFY(exportPage->exportTo(u"json"_s, json));
    QVERIFY(!readJson(json).contains(u"baseline"_s));
}

void TestProgressPage::suppressionsRecomputeAndARescanDrops()
{
    openProgress(kV2);
    compare(m_v1Report);
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::UnchangedColumn), 4);
    const auto& report = *m_session->report();
    // An unchanged finding to review, marked not applicable: it becomes a note, so fixed work and a new note.
    const Finding* target = nullptr;
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        if (isWork(report.findings[i].effect) && m_session->canSuppress(report.findings[i]) &&
            report.baseline->findingState(i) == BaselineState::Unchanged) {
            target = &report.findings[i];
            break;
        }
    }
    QVERIFY(target);
    QVERIFY(m_session->suppress(target->id, u"Dead code"_s));
    QVERIFY(m_session->report()->baseline);
    QCOMPARE(m_session->report()->baseline->findings, (BaselineCounts{1, 3, 3}));
    QCOMPARE(m_session->report()->baseline->notes, (BaselineCounts{2, 0, 4}));
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::FixedColumn), 3);
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::UnchangedColumn), 3);
    QCOMPARE(count(ProgressPage::NotesRow, ProgressPage::NewColumn), 2);
    m_session->suppressionStack()->undo();
    QCOMPARE(m_session->report()->baseline->findings, (BaselineCounts{1, 2, 4}));
    QCOMPARE(count(ProgressPage::FindingsRow, ProgressPage::FixedColumn), 2);

    // A new scan is a new report: the comparison made for the old one is dropped, never shown stale.
    QVERIFY(m_window->openPath(kV2));
    waitForScan();
    QVERIFY(!m_session->report()->baseline);
    QVERIFY(m_session->comparisonPath().isEmpty());
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(next(), Qt::LeftButton);
    }
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QVERIFY(!page()->headlineLabel()->isVisible());
    QVERIFY(!page()->clearComparisonButton()->isVisible());
}

void TestProgressPage::badReportsAreErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": \"sig2rtm-report/1\",\n  oops\n}\n")
                              << u"bad.json, line 3, column"_s;
    QTest::newRow("truncated") << QByteArray("{\n  \"format\": \"sig2rtm-report/1\",\n  \"findings\": [\n")
                               << u"bad.json, line"_s;
    QTest::newRow("another format") << QByteArray("{\"format\": \"something-else/2\"}") << u"bad.json"_s;
    QTest::newRow("empty") << QByteArray() << u"bad.json"_s;
}

void TestProgressPage::badReportsAreErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    openProgress(kV2);
    const QString bad = m_temp.filePath(u"bad/bad.json"_s);
    QVERIFY(writeFile(bad, text));
    compare(bad);
    // An error that says where, and a report that stays as it was.
    QTRY_VERIFY(visibleErrorBox());
    const QString message = visibleErrorBox()->text();
    QVERIFY2(message.contains(where), qPrintable(message));
    // Paths and what the file holds are shown as they are, never read as markup.
    QCOMPARE(visibleErrorBox()->textFormat(), Qt::PlainText);
    QVERIFY(!m_session->report()->baseline);
    QVERIFY(!page()->clearComparisonButton()->isVisible());
    closeErrorBoxes();

    // A folder that is not there is an error too; a file is no folder.
    loadHistory(m_temp.filePath(u"no-such-folder"_s));
    QTRY_VERIFY(visibleErrorBox());
    QVERIFY(visibleErrorBox()->text().contains(u"no-such-folder"_s));
    QVERIFY(!m_session->report()->history);
    QVERIFY(!page()->chart()->isVisible());
}

void TestProgressPage::burnDownOverThreeReports()
{
    openProgress(kV2);
    loadHistory(kHistory);
    const auto& history = m_session->report()->history;
    QVERIFY(history);
    // Three saved reports and this scan, the last point.
    QCOMPARE(history->points.size(), std::size_t(4));
    QVERIFY(history->points.back().current);
    QVERIFY(history->skipped.isEmpty());
    auto* chart = page()->chart();
    QVERIFY(chart->isVisible());
    QVERIFY(!page()->skippedList()->isVisible());
    QVERIFY2(page()->historyLabel()->text().contains(u"left in 4 report"_s),
             qPrintable(page()->historyLabel()->text()));
    // Laid out at the widget's size: two panels, the whole project and both clients, four reports each.
    const ChartLayout& layout = chart->chart();
    QCOMPARE(layout.panels.size(), 2);
    QCOMPARE(layout.markers.size(), std::size_t(2 * 3 * 4));
    QVERIFY(QRectF(QPointF(0, 0), layout.size).width() <= chart->width());
    // The whole project's effort points: 53, 43, 23 in the saved reports, 43 today (the v2 fixture).
    QList<int> effort;
    for (const auto& m : layout.markers) {
        if (m.panel == 0 && m.series == 0) {
            effort << m.value;
        }
    }
    QCOMPARE(effort, (QList<int>{53, 43, 23, 43}));

    // A data point's tooltip names it and its values.
    const QTransform toWidget = chartTransform(layout, chart->chartRect());
    const ChartMarker* first = nullptr;
    for (const auto& m : layout.markers) {
        if (m.panel == 0 && m.series == 0 && m.point == 0) {
            first = &m;
        }
    }
    QVERIFY(first);
    const QString tip = chart->toolTipAt(toWidget.map(first->centre).toPoint() + QPoint(2, -1));
    QVERIFY2(tip.contains(u"Whole project"_s) && tip.contains(u"2025-01-06 09:30 UTC"_s) &&
                 tip.contains(u"53 effort points"_s) && tip.contains(u"18 legacy calls"_s),
             qPrintable(tip));
    QVERIFY(tip.contains(u"2025-01-06.json"_s));
    QVERIFY(chart->toolTipAt(QPoint(2, 2)).isEmpty());

    // With the keyboard: the first key chooses today's point, Left goes back a report, Down to a client's line.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->currentSeries(), 0);
    QCOMPARE(chart->currentPoint(), 3);
    QVERIFY2(page()->pointLabel()->text().contains(u"this scan"_s), qPrintable(page()->pointLabel()->text()));
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(chart->currentPoint(), 2);
    QVERIFY(page()->pointLabel()->text().contains(u"23 effort points"_s));
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(chart->currentSeries(), 1);
    QVERIFY2(page()->pointLabel()->text().startsWith(u"android"_s), qPrintable(page()->pointLabel()->text()));
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(chart->currentPoint(), 0);
    QVERIFY(chart->accessibleDescription().contains(page()->pointLabel()->text()));
    // Enter in the chart is the page's default action: Next.
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));

    // The burn-down goes into exports, and comes off with Clear.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QVERIFY(chart->isVisible());
    const QString json = m_temp.filePath(u"out/burndown.json"_s);
    QVERIFY(m_wizard->exportPage()->exportTo(u"json"_s, json));
    QCOMPARE(readJson(json).value(u"history"_s).toObject().value(u"points"_s).toArray().size(), 4);
    QTest::mouseClick(page()->clearHistoryButton(), Qt::LeftButton);
    QVERIFY(!m_session->report()->history);
    QVERIFY(!chart->isVisible());
    QVERIFY(m_wizard->exportPage()->exportTo(u"json"_s, json));
    QVERIFY(!readJson(json).contains(u"history"_s));
}

void TestProgressPage::filesThatAreNotReportsAreListed()
{
    const QString folder = m_temp.filePath(u"mixed-history"_s);
    for (const auto& name : QDir(kHistory).entryList({u"*.json"_s}, QDir::Files)) {
        QVERIFY(writeFile(QDir(folder).filePath(name), readFile(QDir(kHistory).filePath(name))));
    }
    // Not reports: a settings file, and one whose name tries to reorder the text around it.
    QVERIFY(writeFile(QDir(folder).filePath(u"settings.json"_s), "{\"theme\": \"dark\"}\n"));
    QVERIFY(writeFile(QDir(folder).filePath(u"evil\u202Egnp.json"_s), "[1, 2,\n"));
    openProgress(kV2);
    loadHistory(folder);
    QVERIFY(m_session->report()->history);
    QCOMPARE(m_session->report()->history->points.size(), std::size_t(4));
    QCOMPARE(m_session->report()->history->skipped.size(), 2);
    auto* list = page()->skippedList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 2);
    QStringList items;
    for (int i = 0; i < list->count(); ++i) {
        items << list->item(i)->text();
    }
    QVERIFY2(items.join(u'\n').contains(u"settings.json"_s), qPrintable(items.join(u'\n')));
    // Shown, not obeyed: the override is a visible escape.
    QVERIFY(!items.join(u'\n').contains(QChar(0x202E)));
    QVERIFY2(items.join(u'\n').contains(u"<U+202E>"_s), qPrintable(items.join(u'\n')));
    // Tooltips too: the escape stays text, it does not become a tag.
    for (int i = 0; i < list->count(); ++i) {
        QVERIFY(!list->item(i)->toolTip().contains(u"<U+"_s));
    }
    QCOMPARE(page()->chart()->chart().markers.size(), std::size_t(2 * 3 * 4));
}

void TestProgressPage::fiveHundredReportsDoNotBlock()
{
    // Five hundred saved reports, one a day: read in the background while the window keeps answering.
    const QString folder = m_temp.filePath(u"many-reports"_s);
    const QByteArray text = readFile(QDir(kHistory).filePath(u"2025-01-06.json"_s));
    const QByteArray stamp = "\"generatedAt\": \"2025-01-06T09:30:00Z\"";
    QVERIFY(text.contains(stamp));
    const QDate first(2023, 1, 1);
    for (int i = 0; i < History::kMaxReports; ++i) {
        const QDate day = first.addDays(i);
        QByteArray report = text;
        report.replace(stamp,
                       QByteArray("\"generatedAt\": \"" + day.toString(u"yyyy-MM-dd").toLatin1() + "T09:30:00Z\""));
        QVERIFY(writeFile(QDir(folder).filePath(day.toString(u"yyyy-MM-dd") + u".json"_s), report));
    }
    openProgress(kV2);
    bool answered = false;
    QTimer::singleShot(0, m_window.get(), [&] { answered = m_session->isReadingHistory(); });
    QVERIFY(m_session->loadHistory(folder));
    QVERIFY(m_session->isReadingHistory());
    QVERIFY(page()->historyLabel()->text().startsWith(u"Reading"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isReadingHistory(), 120000);
    QVERIFY2(answered, "the event loop did not run while the reports were read");
    QCOMPARE(m_session->report()->history->points.size(), std::size_t(History::kMaxReports + 1));
    QCOMPARE(page()->chart()->chart().markers.size(), std::size_t(2 * 3 * (History::kMaxReports + 1)));
    QVERIFY(page()->skippedList()->isHidden());
}

void TestProgressPage::reachedFromTheFileMenu()
{
    QAction* compareAction = nullptr;
    for (auto* action : m_window->menuBar()->actions().first()->menu()->actions()) {
        if (action->text() == u"&Compare with a previous report…"_s) {
            compareAction = action;
        }
    }
    QVERIFY(compareAction);
    QVERIFY(!compareAction->isEnabled());
    startScanFromUi(kV2);
    waitForScan();
    QVERIFY(compareAction->isEnabled());
    // From the compatibility step: forward to the progress step, where the file dialog opens.
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));
    whenModal<QFileDialog>([this](QFileDialog* dialog) {
        // Typed into the name field, as a user would: selectFile() leaves that field alone while it has the
        // focus. Then done() rather than accept(): accept() checks the name against the dialog's file system
        // model, which fills in the background and may not know the file yet ("file not found", and it waits).
        auto* name = dialog->findChild<QLineEdit*>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(m_v1Report);
        QCOMPARE(dialog->selectedFiles().value(0), m_v1Report);
        static_cast<QDialog*>(dialog)->done(QDialog::Accepted);
    });
    compareAction->trigger();
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTRY_VERIFY(m_session->report()->baseline.has_value());
    QCOMPARE(count(ProgressPage::UsesRow, ProgressPage::FixedColumn), 4);
    // Back keeps working through the steps walked.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));
    // From the export step: back to it; a cancelled dialog changes nothing.
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    whenModal<QFileDialog>([](QFileDialog* dialog) { dialog->reject(); });
    compareAction->trigger();
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QVERIFY(m_session->report()->baseline.has_value());
}

void TestProgressPage::fitsTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en 1024x700") << QString() << QSize(1024, 700);
    QTest::newRow("en 1400x900") << QString() << QSize(1400, 900);
    QTest::newRow("zh_CN 1024x700") << u"zh_CN"_s << QSize(1024, 700);
    QTest::newRow("zh_CN 1400x900") << u"zh_CN"_s << QSize(1400, 900);
}

void TestProgressPage::fitsTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    if (!language.isEmpty()) {
        m_window->applyLanguage(language);
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"文件(&F)"_s);
    }
    openProgress(kV2);
    compare(m_v1Report);
    loadHistory(kHistory);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QTest::qWait(50);
    const QSize needed = m_window->minimumSizeHint();
    QVERIFY2(needed.width() <= size.width() && needed.height() <= size.height(),
             qPrintable(QStringLiteral("needs %1x%2").arg(needed.width()).arg(needed.height())));
    // Everything shows inside the window, the chart at a readable size.
    const QRect window = m_window->rect();
    for (QWidget* widget : std::initializer_list<QWidget*>{
             page()->compareButton(), page()->clearComparisonButton(), page()->historyButton(),
             page()->clearHistoryButton(), page()->headlineLabel(),
             page()->countLabel(ProgressPage::NotesRow, ProgressPage::UnchangedColumn), page()->chart(), next()}) {
        QVERIFY(widget->isVisible());
        const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
        QVERIFY2(window.contains(inWindow), qPrintable(QString::fromLatin1(widget->metaObject()->className())));
    }
    QVERIFY2(page()->chart()->height() >= 180, qPrintable(QString::number(page()->chart()->height())));
    // Buttons show their whole text.
    for (auto* button : page()->findChildren<QPushButton*>()) {
        if (button->isVisible()) {
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
    }
    // Every mnemonic of the page is its own, with the comparison and the burn-down shown.
    const QStringList found = clashes(m_window.get(), m_wizard, page());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; ")));
    if (!language.isEmpty()) {
        // The report's texts follow the language: the counts' labels are Chinese.
        QVERIFY2(page()->headlineLabel()->text().contains(u"→"_s), qPrintable(page()->headlineLabel()->text()));
        static const QRegularExpression cjk(u"[\\x{4e00}-\\x{9fff}]"_s);
        QVERIFY(cjk.match(page()->headlineLabel()->text()).hasMatch());
        QVERIFY(cjk.match(page()->historyLabel()->text()).hasMatch());
        m_window->applyLanguage(u"en"_s);
    }
}

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
