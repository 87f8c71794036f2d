// SPDX-License-Identifier: MIT
// The export step: HTML with every row title, JSON with the same statuses, open after export, and
// Finish starting a new assessment.

#include "catalog.h"
#include "exportpage.h"
#include "guitest.h"
#include "reportwriter.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestExportPage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void htmlAndJsonThenNewAssessment();
};

void TestExportPage::htmlAndJsonThenNewAssessment()
{
    const QString project = fixture(QStringLiteral("43-mixed-monorepo"));
    const QJsonObject expect = readJson(project + QStringLiteral(".expect.json"));
    QVERIFY(!expect.isEmpty());
    startScanFromUi(project);
    waitForScan();
    const QJsonObject rows = expect.value(QStringLiteral("rows")).toObject();
    QSignalSpy opened(m_session, &Session::externalOpenRequested);

    // Start -> Scan -> Compatibility (by itself) -> Plan -> Progress -> Evidence.
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));

    // Evidence -> Export: HTML with every row title, and JSON with the same statuses.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    auto* exportPage = m_wizard->exportPage();
    QVERIFY2(reportFormats().contains(QStringLiteral("html")), "the engine offers no HTML report");
    QVERIFY(exportPage->formatButton(QStringLiteral("html")));
    clickIndicator(exportPage->formatButton(QStringLiteral("html")));
    QCOMPARE(exportPage->format(), QStringLiteral("html"));
    const QString htmlPath = m_temp.filePath(QStringLiteral("out/report.html"));
    exportPage->pathEdit()->setText(htmlPath);
    QVERIFY(exportPage->openAfterCheck()->isChecked());
    QSignalSpy exported(exportPage, &ExportPage::exported);
    QTest::mouseClick(exportPage->exportButton(), Qt::LeftButton);
    QCOMPARE(exported.count(), 1);
    QVERIFY(QFileInfo::exists(htmlPath));
    QCOMPARE(opened.takeLast().at(0).toUrl(), QUrl::fromLocalFile(htmlPath)); // open after export
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(html.readAll());
    QVERIFY(htmlText.contains(QLatin1String("<html"), Qt::CaseInsensitive));
    for (const auto& row : Catalog::builtin()->rows()) {
        QVERIFY2(htmlText.contains(row.title.en.toHtmlEscaped()), qPrintable(row.title.en));
    }

    clickIndicator(exportPage->openAfterCheck());
    QVERIFY(!exportPage->openAfterCheck()->isChecked());
    clickIndicator(exportPage->formatButton(QStringLiteral("json")));
    QCOMPARE(exportPage->format(), QStringLiteral("json"));
    const QString jsonPath = exportPage->pathEdit()->text();
    QVERIFY(jsonPath.endsWith(QLatin1String("report.json")));
    const int before = opened.count();
    QTest::mouseClick(exportPage->exportButton(), Qt::LeftButton);
    QCOMPARE(opened.count(), before);
    const QJsonObject json = readJson(jsonPath);
    for (const auto& row : json.value(QStringLiteral("rows")).toArray()) {
        const auto o = row.toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(),
                 rows.value(o.value(QStringLiteral("id")).toString()).toString());
    }

    // Finish starts a new assessment.
    QCOMPARE(m_wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&New assessment"));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_wizard->isVisible());
}

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
