// SPDX-License-Identifier: MIT
// The questionnaire: answers give the same table as the engine, and save as a project description that
// opens again with the same statuses.

#include "catalog.h"
#include "compatibilitymodel.h"
#include "evidencepage.h"
#include "guitest.h"
#include "projectdescription.h"
#include "questionnairepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestQuestionnairePage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void questionnaire_data();
    void questionnaire();
    void questionnaireSavesDescription();
    void everyRowIsAskedInTheCatalogsWords();
};

void TestQuestionnairePage::questionnaire_data()
{
    QTest::addColumn<QStringList>("platforms"); // platform=version, "rtm:platform" for RTM clients
    QTest::addColumn<QStringList>("features");  // feature/platform
    QTest::addColumn<QStringList>("messageTypes");
    QTest::addColumn<QStringList>("statuses"); // the five rows, seed order

    QTest::newRow("old web sends objects") << QStringList{u"web=1.0.5"_s} << QStringList{} << QStringList{u"object"_s}
                                           << QStringList{u"pass"_s, u"fail"_s, u"pass"_s, u"fail"_s, u"pass"_s};
    QTest::newRow("current web sends strings")
        << QStringList{u"web=1.4.0"_s} << QStringList{} << QStringList{u"string"_s}
        << QStringList{u"pass"_s, u"pass"_s, u"pass"_s, u"pass"_s, u"pass"_s};
    QTest::newRow("unknown version, presence channel, phone calls")
        << QStringList{u"android="_s} << QStringList{u"special-channels/android"_s, u"pstn/android"_s} << QStringList{}
        << QStringList{u"fail"_s, u"review"_s, u"pass"_s, u"pass"_s, u"fail"_s};
    QTest::newRow("mini-program") << QStringList{u"mini-program=1.4.0"_s} << QStringList{} << QStringList{u"unknown"_s}
                                  << QStringList{u"pass"_s, u"pass"_s, u"fail"_s, u"review"_s, u"pass"_s};
    QTest::newRow("already on RTM") << QStringList{u"rtm:ios"_s} << QStringList{} << QStringList{}
                                    << QStringList{u"pass"_s, u"pass"_s, u"pass"_s, u"pass"_s, u"pass"_s};
}

void TestQuestionnairePage::questionnaire()
{
    QFETCH(QStringList, platforms);
    QFETCH(QStringList, features);
    QFETCH(QStringList, messageTypes);
    QFETCH(QStringList, statuses);

    QTest::mouseClick(m_wizard->startPage()->questionnaireButton(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(QuestionnairePageId));
    auto* page = m_wizard->questionnairePage();
    QVERIFY(!next()->isEnabled()); // no client yet

    QTest::keyClicks(page->nameEdit(), QStringLiteral("Questionnaire project"));
    for (const auto& spec : platforms) {
        const bool rtm = spec.startsWith(QLatin1String("rtm:"));
        const QString platform = rtm ? spec.mid(4) : spec.section(u'=', 0, 0);
        if (platform == QLatin1String("mini-program")) {
            clickIndicator(page->declaredClientCheck(platform));
            QTest::keyClicks(page->declaredClientVersionEdit(platform), spec.section(u'=', 1));
            continue;
        }
        clickIndicator(page->platformCheck(platform));
        QVERIFY(page->platformCheck(platform)->isChecked());
        if (rtm) {
            page->sdkCombo(platform)->setCurrentIndex(1);
        } else {
            QTest::keyClicks(page->versionEdit(platform), spec.section(u'=', 1));
        }
    }
    for (const auto& feature : features) {
        auto* check = page->featureCheck(feature.section(u'/', 0, 0), feature.section(u'/', 1));
        QVERIFY2(check, qPrintable(feature));
        clickIndicator(check);
        QVERIFY(check->isChecked());
    }
    for (const auto& type : messageTypes) {
        clickIndicator(page->messageTypeCheck(type));
    }
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));

    const auto* report = m_session->report().get();
    QVERIFY(report);
    QCOMPARE(report->inputKind, QStringLiteral("questionnaire"));
    auto* model = m_session->compatibilityModel();
    QStringList shown;
    for (int i = 0; i < 5; ++i) {
        shown << toString(static_cast<RowStatus>(
            model->index(i, CompatibilityModel::StatusColumn).data(CompatibilityModel::StatusRole).toInt()));
    }
    QCOMPARE(shown, statuses);
    // The same answers through the engine directly give the same table.
    const Report direct = assessDescription(page->description(), Catalog::builtin(), ReportLanguage::English);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(toString(direct.rows.at(std::size_t(i)).status), statuses.at(i));
    }

    // The plan of declared clients, then the evidence step explains declared facts instead of showing source.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(PlanPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ProgressPageId));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    // Answers cannot be marked not applicable: they are changed in the questionnaire.
    QVERIFY(!m_wizard->evidencePage()->suppressButton()->isVisible());
    // Back four times returns to the answers, still filled in.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(QuestionnairePageId));
    QCOMPARE(page->nameEdit()->text(), QStringLiteral("Questionnaire project"));
}

void TestQuestionnairePage::questionnaireSavesDescription()
{
    m_wizard->startQuestionnaire();
    QCOMPARE(m_wizard->currentId(), int(QuestionnairePageId));
    auto* page = m_wizard->questionnairePage();
    page->nameEdit()->setText(QStringLiteral("Saved"));
    page->appIdEdit()->setText(QStringLiteral("0123456789abcdef0123456789ABCDEF"));
    clickIndicator(page->platformCheck(QStringLiteral("web")));
    QTest::keyClicks(page->versionEdit(QStringLiteral("web")), QStringLiteral("1.2.1"));
    clickIndicator(page->featureCheck(QStringLiteral("set-background"), QStringLiteral("web")));
    clickIndicator(page->messageTypeCheck(QStringLiteral("array")));

    const QString path = m_temp.filePath(QStringLiteral("saved.sig2rtm.json"));
    QSignalSpy saved(page, &QuestionnairePage::descriptionSaved);
    QVERIFY(page->saveDescription(path));
    QCOMPARE(saved.count(), 1);
    Diagnostics diagnostics;
    const auto loaded = ProjectDescription::loadFile(path, &diagnostics);
    QVERIFY2(loaded, qPrintable(toString(diagnostics)));
    QCOMPARE(loaded->name, QStringLiteral("Saved"));
    QCOMPARE(loaded->appId, QStringLiteral("0123456789abcdef0123456789ABCDEF"));
    QCOMPARE(loaded->clients.size(), std::size_t(1));
    QCOMPARE(loaded->clients.front().platform, QStringLiteral("web"));
    QCOMPARE(loaded->clients.front().sdkVersion.value_or(QString()), QStringLiteral("1.2.1"));
    QCOMPARE(loaded->clients.front().features.front().value, QStringLiteral("set-background"));
    QCOMPARE(loaded->clients.front().messageTypes.front().value, QStringLiteral("array"));

    // The saved file opens as a description and gives the same statuses.
    const Report fromQuestionnaire =
        assessDescription(page->description(), Catalog::builtin(), ReportLanguage::English);
    QVERIFY(m_window->openPath(path));
    waitForScan();
    for (std::size_t i = 0; i < 5; ++i) {
        QCOMPARE(toString(m_session->report()->rows.at(i).status), toString(fromQuestionnaire.rows.at(i).status));
    }

    // A failed commit is reported, not ignored.
    QSignalSpy errors(m_session, &Session::errorOccurred);
    m_wizard->startQuestionnaire();
    clickIndicator(page->platformCheck(QStringLiteral("web")));
    QVERIFY(!page->saveDescription(m_temp.filePath(QStringLiteral("missing-folder/x/y.json"))));
    QCOMPARE(errors.count(), 1);
}

void TestQuestionnairePage::everyRowIsAskedInTheCatalogsWords()
{
    m_wizard->startQuestionnaire();
    auto* page = m_wizard->questionnairePage();
    const auto catalog = Catalog::builtin();
    // One question per row, numbered in the order asked, worded as the catalog words the row's question.
    QStringList titles;
    for (const auto& row : catalog->rows()) {
        auto* box = page->questionBox(row.id);
        QVERIFY2(box, qPrintable(row.id));
        QVERIFY2(box->title().endsWith(row.question.en), qPrintable(box->title()));
        QVERIFY(box->toolTip().contains(row.title.en));
        titles << box->title();
    }
    titles.sort();
    for (int i = 0; i < titles.size(); ++i) {
        QVERIFY2(titles.at(i).startsWith(QString::number(i + 1) + u'.'), qPrintable(titles.at(i)));
    }
    // The clients come first: the feature grids have a column per client.
    QVERIFY(page->questionBox(catalog->versionRow()->id)->title().startsWith(u"1."_s));
    // Check boxes say what the catalog says, in the session's language.
    for (const auto& type : catalog->declarations().messageTypes) {
        QCOMPARE(page->messageTypeCheck(type.id)->text(), type.label.en);
    }
    clickIndicator(page->platformCheck(u"android"_s));
    for (const auto& feature : catalog->declarations().features) {
        auto* check = page->featureCheck(feature.id, u"android"_s);
        QVERIFY2(check, qPrintable(feature.id));
        QVERIFY(check->accessibleName().endsWith(feature.label.en));
    }
    for (const auto& client : catalog->declarations().clients) {
        QCOMPARE(page->declaredClientCheck(client.platform)->text(), client.question.en);
    }
    m_session->setLanguage(ReportLanguage::Chinese);
    QVERIFY(page->questionBox(catalog->versionRow()->id)->title().endsWith(catalog->versionRow()->question.zh));
    for (const auto& type : catalog->declarations().messageTypes) {
        QCOMPARE(page->messageTypeCheck(type.id)->text(), type.label.zh);
    }
    for (const auto& feature : catalog->declarations().features) {
        QVERIFY(page->featureCheck(feature.id, u"android"_s)->accessibleName().endsWith(feature.label.zh));
    }
}

QTEST_MAIN(TestQuestionnairePage)
#include "tst_questionnairepage.moc"
