// SPDX-License-Identifier: MIT
// Switching between English and Chinese while the app runs: page titles, buttons and the report's texts
// change at once, without a restart and without a rescan, and the selection stays.

#include "catalog.h"
#include "compatibilitymodel.h"
#include "guitest.h"
#include "resultspage.h"
#include "scancontroller.h"
#include "translations.h"

#include <QLabel>
#include <QSignalSpy>

using namespace sig2rtm;
using namespace Qt::StringLiterals;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;

class TestLanguageSwitch final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup();

    void compatibilityTableFollowsTheLanguage();
};

void TestLanguageSwitch::cleanup()
{
    tearDown();
    // Translators and the default locale are global: the next test starts in English again.
    Translations::install(qApp, QStringLiteral("en"));
}

void TestLanguageSwitch::compatibilityTableFollowsTheLanguage()
{
    QVERIFY(m_window->openPath(fixture(QStringLiteral("43-mixed-monorepo"))));
    waitForScan();
    auto* results = m_wizard->resultsPage();
    auto* model = m_session->compatibilityModel();
    const auto& firstRow = Catalog::builtin()->rows().front();
    const QModelIndex title = model->index(0, CompatibilityModel::TitleColumn);
    QVERIFY2(results->title().contains(QStringLiteral("Compatibility")), qPrintable(results->title()));
    QCOMPARE(next()->text(), QStringLiteral("&Next >"));
    QCOMPARE(title.data().toString(), firstRow.title.en);
    results->selectRow(QStringLiteral("pstn"));
    const std::size_t findings = m_session->report()->findings.size();
    QSignalSpy scans(m_session->scanController(), &ScanController::started);

    m_window->applyLanguage(QStringLiteral("zh_CN"));
    // Widgets retranslate on QEvent::LanguageChange, which Qt posts.
    QTRY_VERIFY2(results->title().contains(QStringLiteral("兼容性")), qPrintable(results->title()));
    QCOMPARE(next()->text(), QStringLiteral("下一步(&N) >"));
    QCOMPARE(title.data().toString(), firstRow.title.zh);
    QCOMPARE(m_session->language(), ReportLanguage::Chinese);
    QCOMPARE(m_session->report()->language, ReportLanguage::Chinese);
    // The same report, relabelled: nothing was scanned again and the selected row is still selected.
    QCOMPARE(scans.count(), 0);
    QCOMPARE(m_session->report()->findings.size(), findings);
    QCOMPARE(results->selectedRowId(), QStringLiteral("pstn"));
    // Lists in running text use the language's own separator, never a Western "; " amid Chinese.
    bool sawList = false;
    for (int i = 0; i < model->rowCount(); ++i) {
        const QString remediation = model->index(i, CompatibilityModel::RemediationColumn).data().toString();
        QVERIFY2(!remediation.contains(u"; "_s), qPrintable(remediation));
        sawList = sawList || remediation.contains(u"；"_s);
    }
    QVERIFY(sawList);
    QVERIFY(!results->sdkLabel()->text().contains(u"; "_s));

    m_window->applyLanguage(QStringLiteral("en"));
    QTRY_VERIFY2(results->title().contains(QStringLiteral("Compatibility")), qPrintable(results->title()));
    QCOMPARE(next()->text(), QStringLiteral("&Next >"));
    QCOMPARE(title.data().toString(), firstRow.title.en);
    QCOMPARE(m_session->report()->language, ReportLanguage::English);
    QCOMPARE(results->selectedRowId(), QStringLiteral("pstn"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
