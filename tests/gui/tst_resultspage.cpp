// SPDX-License-Identifier: MIT
// The compatibility step: the five rows with their statuses, the verdict, the timeline, the SDKs found
// and the remediation actions of a row.

#include "catalog.h"
#include "compatibilitymodel.h"
#include "guitest.h"
#include "presentation.h"
#include "resultspage.h"

#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

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
};

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
