// Drives the whole desktop flow offscreen: start -> scan -> compatibility -> evidence -> export, the
// questionnaire, cancellation mid-scan, bad input, contact support, drag and drop and settings.

#include "assessmentwizard.h"
#include "catalog.h"
#include "compatibilitymodel.h"
#include "contactsupportdialog.h"
#include "evidencepage.h"
#include "exportpage.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "presentation.h"
#include "projectdescription.h"
#include "questionnairepage.h"
#include "reportwriter.h"
#include "resultspage.h"
#include "scancontroller.h"
#include "scanpage.h"
#include "settings.h"
#include "sourceviewer.h"
#include "startpage.h"
#include "synthetictree.h"

#include <memory>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace sig2rtm;
using namespace Qt::StringLiterals;
using namespace sig2rtm::ui;

namespace {

constexpr int kScanTimeoutMs = 60000;

QString fixture(const QString& name)
{
    return QStringLiteral(SIG2RTM_TEST_DATA "/projects/") + name;
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Clicks a check box or radio button on its indicator, as the style guide asks (not its centre).
void clickIndicator(QAbstractButton* box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const auto element =
        qobject_cast<QRadioButton*>(box) ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator;
    const QRect indicator = box->style()->subElementRect(element, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

void clickRow(QTreeView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

QMessageBox* visibleErrorBox()
{
    for (auto* widget : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(widget);
            box && box->isVisible() && box->objectName() == QLatin1String("errorDialog")) {
            return box;
        }
    }
    return nullptr;
}

void closeErrorBoxes()
{
    while (auto* box = visibleErrorBox()) {
        box->close();
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fullFlowOnFixture();
    void questionnaire_data();
    void questionnaire();
    void questionnaireSavesDescription();
    void cancelMidScanLeavesUsablePartialState();
    void badDescriptionShowsLineAndColumn_data();
    void badDescriptionShowsLineAndColumn();
    void badInputShowsError_data();
    void badInputShowsError();
    void commandLineOpensTheSample();
    void dropOpensFolder();
    void contactSupport();
    void menuActions();
    void everyControlHasAName();
    void settingsPersist();

private:
    void startScanFromUi(const QString& folder);
    void waitForScan();
    QAbstractButton* next() const { return m_window->wizard()->button(QWizard::NextButton); }

    QTemporaryDir m_temp;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    AssessmentWizard* m_wizard = nullptr;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_temp.isValid());
}

void TestWizard::init()
{
    const QString ini =
        m_temp.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(ini);
    m_settings = std::make_unique<Settings>(ini);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_wizard = m_window->wizard();
    m_wizard->setExternalOpenEnabled(false);
    m_window->resize(1200, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::StartPageId));
}

void TestWizard::cleanup()
{
    closeErrorBoxes();
    m_window.reset();
    m_settings.reset();
}

void TestWizard::startScanFromUi(const QString& folder)
{
    auto* start = m_wizard->startPage();
    QTest::mouseClick(start->folderButton(), Qt::LeftButton);
    QVERIFY(start->folderButton()->isChecked());
    start->pathEdit()->clear();
    QTest::keyClicks(start->pathEdit(), folder);
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ScanPageId));
}

void TestWizard::waitForScan()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->scanPage()->state() == ScanPage::State::Done, kScanTimeoutMs);
    QVERIFY(m_wizard->report());
    QVERIFY(next()->isEnabled());
}

void TestWizard::fullFlowOnFixture()
{
    const QString project = fixture(QStringLiteral("43-mixed-monorepo"));
    const QJsonObject expect = readJson(project + QStringLiteral(".expect.json"));
    QVERIFY(!expect.isEmpty());

    // Start -> Scan
    startScanFromUi(project);
    waitForScan();
    QVERIFY(!m_wizard->report()->partial);
    QCOMPARE(m_settings->recentAssessments().value(0), QDir::cleanPath(project));

    // Scan -> Compatibility: the five rows in seed order, with the expected statuses.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ResultsPageId));
    auto* results = m_wizard->resultsPage();
    auto* model = m_wizard->compatibilityModel();
    QCOMPARE(results->table()->model(), model);
    QCOMPARE(model->rowCount(), 5);
    const QJsonObject rows = expect.value(QStringLiteral("rows")).toObject();
    const QStringList ids = Catalog::rowIds();
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
    QSignalSpy opened(m_wizard, &AssessmentWizard::externalOpenRequested);
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

    // Compatibility -> Evidence for the selected row.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::EvidencePageId));
    auto* evidence = m_wizard->evidencePage();
    QCOMPARE(evidence->rowId(), QStringLiteral("special-features"));
    auto* proxy = evidence->filterModel();
    QVERIFY(proxy->rowCount() >= 2);

    // Select the expected finding: the viewer shows its file with the line highlighted.
    const QJsonObject expected = expect.value(QStringLiteral("findings")).toArray().at(0).toObject();
    const QString file = expected.value(QStringLiteral("file")).toString();
    const int line = expected.value(QStringLiteral("line")).toInt();
    QModelIndex target;
    for (int i = 0; i < proxy->rowCount(); ++i) {
        const auto index = proxy->index(i, FindingsModel::FileColumn);
        if (index.data(FindingsModel::FileRole).toString() == file &&
            index.data(FindingsModel::LineRole).toInt() == line) {
            target = index;
        }
    }
    QVERIFY2(target.isValid(), qPrintable(file));
    clickRow(evidence->findingsView(), target);
    QCOMPARE(evidence->selectedFindingId(), target.data(FindingsModel::FindingIdRole).toString());
    auto* viewer = evidence->sourceViewer();
    const QString absolute = QDir(project).absoluteFilePath(file);
    QCOMPARE(viewer->currentFile(), absolute);
    QCOMPARE(viewer->highlightedLine(), line);
    QCOMPARE(viewer->textCursor().blockNumber(), line - 1);
    QFile source(absolute);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(viewer->lineText(line), QString::fromUtf8(source.readAll().split('\n').at(line - 1)));
    QVERIFY(viewer->extraSelections().size() >= 1);
    QVERIFY(viewer->isReadOnly());

    // Actions on the finding.
    QTest::mouseClick(evidence->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(absolute)).arg(line));
    QTest::mouseClick(evidence->openButton(), Qt::LeftButton);
    QCOMPARE(opened.takeFirst().at(0).toUrl(), QUrl::fromLocalFile(absolute));
    QTest::mouseClick(evidence->revealButton(), Qt::LeftButton);
    QCOMPARE(opened.takeFirst().at(0).toUrl(), QUrl::fromLocalFile(QFileInfo(absolute).absolutePath()));

    // Filters: text, then effect.
    const int shown = proxy->rowCount();
    QTest::keyClicks(evidence->filterEdit(), QStringLiteral("no such text anywhere"));
    QCOMPARE(proxy->rowCount(), 0);
    evidence->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), shown);
    clickIndicator(evidence->effectCheck(Effect::Fail));
    QVERIFY(!proxy->isEffectVisible(Effect::Fail));
    QVERIFY(proxy->rowCount() < shown);
    clickIndicator(evidence->effectCheck(Effect::Fail));
    QCOMPARE(proxy->rowCount(), shown);
    // All rows: every finding.
    evidence->rowCombo()->setCurrentIndex(0);
    QCOMPARE(proxy->rowCount(), int(m_wizard->report()->findings.size()));

    // Evidence -> Export: HTML with every row title, and JSON with the same statuses.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ExportPageId));
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
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::StartPageId));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_wizard->isVisible());
}

void TestWizard::questionnaire_data()
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

void TestWizard::questionnaire()
{
    QFETCH(QStringList, platforms);
    QFETCH(QStringList, features);
    QFETCH(QStringList, messageTypes);
    QFETCH(QStringList, statuses);

    QTest::mouseClick(m_wizard->startPage()->questionnaireButton(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::QuestionnairePageId));
    auto* page = m_wizard->questionnairePage();
    QVERIFY(!next()->isEnabled()); // no client yet

    QTest::keyClicks(page->nameEdit(), QStringLiteral("Questionnaire project"));
    for (const auto& spec : platforms) {
        const bool rtm = spec.startsWith(QLatin1String("rtm:"));
        const QString platform = rtm ? spec.mid(4) : spec.section(u'=', 0, 0);
        if (platform == QLatin1String("mini-program")) {
            clickIndicator(page->miniProgramCheck());
            QTest::keyClicks(page->miniProgramVersionEdit(), spec.section(u'=', 1));
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
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ResultsPageId));

    const auto* report = m_wizard->report().get();
    QVERIFY(report);
    QCOMPARE(report->inputKind, QStringLiteral("questionnaire"));
    auto* model = m_wizard->compatibilityModel();
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

    // The evidence step explains declared facts instead of showing source.
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::EvidencePageId));
    // Back twice returns to the answers, still filled in.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::QuestionnairePageId));
    QCOMPARE(page->nameEdit()->text(), QStringLiteral("Questionnaire project"));
}

void TestWizard::questionnaireSavesDescription()
{
    m_wizard->startQuestionnaire();
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::QuestionnairePageId));
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
        QCOMPARE(toString(m_wizard->report()->rows.at(i).status), toString(fromQuestionnaire.rows.at(i).status));
    }

    // A failed commit is reported, not ignored.
    QSignalSpy errors(m_wizard, &AssessmentWizard::errorOccurred);
    m_wizard->startQuestionnaire();
    clickIndicator(page->platformCheck(QStringLiteral("web")));
    QVERIFY(!page->saveDescription(m_temp.filePath(QStringLiteral("missing-folder/x/y.json"))));
    QCOMPARE(errors.count(), 1);
}

void TestWizard::cancelMidScanLeavesUsablePartialState()
{
    QTemporaryDir tree;
    QString error;
    constexpr int kFiles = 20000; // about a second of scanning even on a fast machine
    QVERIFY2(SyntheticTree::generate(tree.path(), kFiles, &error), qPrintable(error));

    startScanFromUi(tree.path());
    auto* scan = m_wizard->scanController();
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
    const auto report = m_wizard->report();
    QVERIFY(report);
    QVERIFY(report->partial);
    QVERIFY(report->stats.files < kFiles);
    QVERIFY(page->statusLabel()->text().contains(QStringLiteral("partial")));
    QVERIFY(!page->cancelButton()->isVisible());
    QVERIFY(next()->isEnabled());
    QVERIFY(next()->text().contains(QStringLiteral("partial")));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ResultsPageId));
    QCOMPARE(m_wizard->compatibilityModel()->rowCount(), 5);
    bool bannerShown = false;
    for (auto* label : m_wizard->resultsPage()->findChildren<QLabel*>()) {
        bannerShown |= label->isVisible() && label->text().contains(QStringLiteral("Partial results"));
    }
    QVERIFY(bannerShown);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::EvidencePageId));
    QCOMPARE(m_wizard->evidencePage()->filterModel()->sourceModel()->rowCount(), int(report->findings.size()));

    // A new scan after a cancelled one works.
    QVERIFY(m_window->openPath(fixture(QStringLiteral("02-web-object-message"))));
    waitForScan();
    QVERIFY(!m_wizard->report()->partial);
}

void TestWizard::badDescriptionShowsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown platform") << QByteArray("{\n"
                                                    "  \"format\": \"sig2rtm-project/1\",\n"
                                                    "  \"name\": \"bad\",\n"
                                                    "  \"clients\": [\n"
                                                    "    {\"platform\": \"symbian\", \"sdk\": \"signaling\"}\n"
                                                    "  ]\n"
                                                    "}\n")
                                      << 5;
    QTest::newRow("syntax error") << QByteArray("{\n"
                                                "  \"format\": \"sig2rtm-project/1\",\n"
                                                "  \"name\": \"bad\"\n"
                                                "  \"clients\": []\n"
                                                "}\n")
                                  << 4;
}

void TestWizard::badDescriptionShowsLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const QString path = m_temp.filePath(
        QStringLiteral("bad-%1.json").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    Diagnostics diagnostics;
    QVERIFY(!ProjectDescription::loadFile(path, &diagnostics));
    QVERIFY(!diagnostics.isEmpty());
    QCOMPARE(diagnostics.first().line, line);
    const QString where = QStringLiteral("line %1, column %2").arg(line).arg(diagnostics.first().column);

    // From the command line / a drop: no crash, an error with line and column, still on Start.
    QSignalSpy errors(m_wizard, &AssessmentWizard::errorOccurred);
    QVERIFY(!m_window->openPath(path));
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::StartPageId));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(1).toString().contains(where), qPrintable(errors.first().at(1).toString()));
    QVERIFY(errors.first().at(1).toString().contains(QFileInfo(path).fileName()));
    auto* box = visibleErrorBox();
    QVERIFY(box);
    QVERIFY(!box->isModal());
    QVERIFY(box->text().contains(where));
    box->close();

    // From the start page: same.
    QTest::mouseClick(m_wizard->startPage()->descriptionButton(), Qt::LeftButton);
    m_wizard->startPage()->pathEdit()->setText(path);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::StartPageId));
    QCOMPARE(errors.count(), 2);
    QVERIFY(errors.last().at(1).toString().contains(where));
}

void TestWizard::badInputShowsError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("/no/such/folder/anywhere") << QStringLiteral("does not exist");
    QTest::newRow("not json") << QStringLiteral(SIG2RTM_TEST_DATA "/projects/43-mixed-monorepo/web/index.html")
                              << QStringLiteral("neither a folder nor a project description");
}

void TestWizard::badInputShowsError()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QSignalSpy errors(m_wizard, &AssessmentWizard::errorOccurred);
    QVERIFY(!m_window->openPath(path));
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::StartPageId));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(1).toString().contains(message), qPrintable(errors.first().at(1).toString()));
    QVERIFY(visibleErrorBox());
}

void TestWizard::commandLineOpensTheSample()
{
    const QString sample = StartPage::samplePath();
    QVERIFY2(!sample.isEmpty(), "the bundled sample is missing");
    QVERIFY(m_window->openPath(sample));
    waitForScan();
    const QJsonObject expect = readJson(sample + QStringLiteral(".expect.json"));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ResultsPageId));
    const QJsonObject rows = expect.value(QStringLiteral("rows")).toObject();
    for (const auto& row : m_wizard->report()->rows) {
        QCOMPARE(toString(row.status), rows.value(row.id).toString());
    }
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("legacy-chat")));
}

void TestWizard::dropOpensFolder()
{
    const QString project = fixture(QStringLiteral("10-web-pstn-dtmf"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(project)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ScanPageId));
    waitForScan();
    QCOMPARE(toString(m_wizard->report()->row(QStringLiteral("pstn"))->status), QStringLiteral("fail"));

    // A file that is neither a folder nor .json is refused.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(project + QStringLiteral(".expect.json.missing"))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestWizard::contactSupport()
{
    QVERIFY(m_window->openPath(StartPage::samplePath()));
    waitForScan();
    QTest::mouseClick(next(), Qt::LeftButton);
    auto* results = m_wizard->resultsPage();
    auto* model = m_wizard->compatibilityModel();
    clickRow(results->table(),
             model->index(model->rowOf(QStringLiteral("sdk-version")), CompatibilityModel::TitleColumn));
    QPushButton* support = nullptr;
    for (auto* button : results->remediationButtons()) {
        if (button->objectName() == QLatin1String("contact-support")) {
            support = button;
        }
    }
    QVERIFY(support);
    QTest::mouseClick(support, Qt::LeftButton);

    ContactSupportDialog* dialog = nullptr;
    for (auto* widget : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<ContactSupportDialog*>(widget); d && d->isVisible()) {
            dialog = d;
        }
    }
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->recipient(), QStringLiteral("support@agora.io"));
    const QString appId = QStringLiteral("00112233445566778899aabbccddeeff");
    dialog->appIdEdit()->clear();
    QTest::keyClicks(dialog->appIdEdit(), appId);
    const QString text = dialog->requestText();
    QCOMPARE(dialog->preview()->toPlainText(), text);
    QVERIFY(text.contains(appId));
    QVERIFY(text.contains(QStringLiteral("legacy-chat")));
    for (const auto& row : Catalog::builtin()->rows()) {
        QCOMPARE(text.contains(row.title.en), row.needsSupport); // every row fails in the sample
    }

    QSignalSpy mail(dialog, &ContactSupportDialog::mailRequested);
    QSignalSpy opened(m_wizard, &AssessmentWizard::externalOpenRequested);
    QTest::mouseClick(dialog->mailButton(), Qt::LeftButton);
    QCOMPARE(mail.count(), 1);
    QCOMPARE(opened.count(), 1);
    const QUrl url = mail.first().at(0).toUrl();
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("support@agora.io"));
    const QUrlQuery query(url);
    QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded).contains(appId));
    QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                .contains(QStringLiteral("Hello Agora support")));
    QCOMPARE(m_settings->lastAppId(), appId);

    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text);

    QString error;
    const QString path = m_temp.filePath(QStringLiteral("request.txt"));
    QVERIFY(dialog->saveText(path, &error));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), text);
    QVERIFY(!dialog->saveText(m_temp.filePath(QStringLiteral("no/such/dir/request.txt")), &error));
    QVERIFY(!error.isEmpty());
    dialog->close();
}

void TestWizard::menuActions()
{
    const auto action = [this](const QString& text) -> QAction* {
        for (auto* a : m_window->findChildren<QAction*>()) {
            if (a->text() == text) {
                return a;
            }
        }
        return nullptr;
    };
    auto* exportAction = action(QStringLiteral("&Export the report…"));
    QVERIFY(exportAction);
    QVERIFY(!exportAction->isEnabled());

    // Support without an assessment: a general request with a placeholder App ID.
    auto* dialog = m_window->showContactSupport();
    QVERIFY(dialog->requestText().contains(QStringLiteral("<your App ID>")));
    dialog->close();

    QVERIFY(m_window->openPath(fixture(QStringLiteral("06-web-sdk-1-0-5-script"))));
    waitForScan();
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ExportPageId));
    // Back still walks the history.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::EvidencePageId));

    // New assessment starts over and forgets the report.
    action(QStringLiteral("&New assessment"))->trigger();
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::StartPageId));
    QVERIFY(!m_wizard->report());
    QVERIFY(!exportAction->isEnabled());
}

void TestWizard::everyControlHasAName()
{
    // Keyboard and screen-reader users need a name (text, accessible name or buddy) on every control.
    QVERIFY(m_window->openPath(fixture(QStringLiteral("43-mixed-monorepo"))));
    waitForScan();
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(next(), Qt::LeftButton);
    }
    QCOMPARE(m_wizard->currentId(), int(AssessmentWizard::ExportPageId));
    QHash<QWidget*, bool> buddies;
    for (auto* label : m_window->findChildren<QLabel*>()) {
        if (label->buddy()) {
            buddies.insert(label->buddy(), true);
        }
    }
    for (int id : m_wizard->pageIds()) {
        auto* page = m_wizard->page(id);
        for (auto* widget : page->findChildren<QWidget*>()) {
            if (!(widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel*>(widget) ||
                !widget->isVisibleTo(page)) {
                continue;
            }
            QString name = widget->accessibleName();
            if (auto* button = qobject_cast<QAbstractButton*>(widget); button && name.isEmpty()) {
                name = button->text();
            }
            if (name.isEmpty() && buddies.contains(widget)) {
                name = QStringLiteral("buddy");
            }
            if (name.isEmpty() && (qobject_cast<QCheckBox*>(widget) == nullptr) && widget->parentWidget() &&
                qobject_cast<QAbstractItemView*>(widget->parentWidget()->parentWidget())) {
                continue; // item view internals (viewport, header)
            }
            if (widget->inherits("QScrollBar") || widget->inherits("QHeaderView") || widget->inherits("QScrollArea") ||
                widget->inherits("QSplitterHandle")) {
                continue;
            }
            QVERIFY2(!name.isEmpty(), qPrintable(QStringLiteral("%1 on page %2 has no name")
                                                     .arg(QString::fromLatin1(widget->metaObject()->className()))
                                                     .arg(id)));
        }
    }
    // Status is never told by colour alone: every status cell has a word.
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!m_wizard->compatibilityModel()->index(i, 0).data().toString().isEmpty());
    }
    // Mnemonics on the wizard's own buttons.
    QVERIFY(m_wizard->button(QWizard::BackButton)->text().contains(u'&'));
}

void TestWizard::settingsPersist()
{
    m_settings->setDefaultExclusions(
        {QStringLiteral(" *.min.js "), QString(), QStringLiteral("*.min.js"), QStringLiteral("third_party/**")});
    QCOMPARE(m_settings->defaultExclusions(), (QStringList{u"*.min.js"_s, u"third_party/**"_s}));
    QVERIFY(m_wizard->request().exclude.contains(QStringLiteral("third_party/**")));
    QCOMPARE(m_settings->language(), QString());
    m_settings->setLanguage(QStringLiteral("klingon"));
    QCOMPARE(m_settings->language(), QString());
    m_settings->setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(m_settings->language(), QStringLiteral("zh_CN"));

    for (int i = 0; i < Settings::kMaxRecent + 3; ++i) {
        m_settings->addRecentAssessment(m_temp.filePath(QStringLiteral("p%1").arg(i)));
    }
    m_settings->addRecentAssessment(m_temp.filePath(QStringLiteral("p5")));
    const auto recent = m_settings->recentAssessments();
    QCOMPARE(recent.size(), Settings::kMaxRecent);
    QCOMPARE(recent.first(), m_temp.filePath(QStringLiteral("p5")));
    QCOMPARE(recent.count(m_temp.filePath(QStringLiteral("p5"))), 1);

    // Geometry is restored by the next window.
    m_window->resize(900, 640);
    QTRY_COMPARE(m_window->size(), QSize(900, 640));
    m_window->close();
    MainWindow again(m_settings.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
