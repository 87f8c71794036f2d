// SPDX-License-Identifier: MIT
// The main window: opening from the command line and by drag and drop, the menus, names for every
// control, and settings that persist.

#include "compatibilitymodel.h"
#include "contactsupportdialog.h"
#include "evidencepage.h"
#include "exportpage.h"
#include "guitest.h"
#include "resultspage.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextBrowser>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void commandLineOpensTheSample();
    void dropOpensFolder();
    void menuActions();
    void everyControlHasAName();
    void mnemonicsAreUniquePerPage_data();
    void mnemonicsAreUniquePerPage();
    void enterNeverDoesTwoThings();
    void everyStepFitsTheWindow_data();
    void everyStepFitsTheWindow();
    void settingsPersist();
    void windowFitsTheScreen();
    void titleAndPreferencesKey();
    void userGuideRendersInTheApp();
    void keyboardOnlyWalkthrough();
};

void TestMainWindow::commandLineOpensTheSample()
{
    const QString sample = StartPage::samplePath();
    QVERIFY2(!sample.isEmpty(), "the bundled sample is missing");
    QVERIFY(m_window->openPath(sample));
    waitForScan();
    const QJsonObject expect = readJson(sample + QStringLiteral(".expect.json"));
    const QJsonObject rows = expect.value(QStringLiteral("rows")).toObject();
    for (const auto& row : m_session->report()->rows) {
        QCOMPARE(toString(row.status), rows.value(row.id).toString());
    }
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("legacy-chat")));
}

void TestMainWindow::dropOpensFolder()
{
    const QString project = fixture(QStringLiteral("10-web-pstn-dtmf"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(project)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    m_window->show();
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    // While it is over the window, the window says what a drop will do.
    auto* target = m_window->findChild<QLabel*>(QStringLiteral("dropTarget"));
    QVERIFY(target && target->isVisible());
    QVERIFY(target->text().contains(QStringLiteral("Drop to scan the folder")));
    QVERIFY(target->text().contains(QDir::toNativeSeparators(project)));
    QDragLeaveEvent leave;
    QApplication::sendEvent(m_window.get(), &leave);
    QVERIFY(!target->isVisible());
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(target->isVisible());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(!target->isVisible());
    QCOMPARE(m_wizard->currentId(), int(ScanPageId));
    waitForScan();
    QCOMPARE(toString(m_session->report()->row(QStringLiteral("pstn"))->status), QStringLiteral("fail"));

    // A file that is neither a folder nor .json is refused.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(project + QStringLiteral(".expect.json.missing"))});
    QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::menuActions()
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
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    // Back still walks the history.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));

    // New assessment starts over and forgets the report, once the user agrees to discard it (not exported).
    answerMessageBox(QStringLiteral("discardAssessmentDialog"), QStringLiteral("Start a new assessment"));
    action(QStringLiteral("&New assessment"))->trigger();
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QVERIFY(!m_session->report());
    QVERIFY(!exportAction->isEnabled());
}

void TestMainWindow::everyControlHasAName()
{
    // Keyboard and screen-reader users need a name (text, accessible name or buddy) on every control.
    QVERIFY(m_window->openPath(fixture(QStringLiteral("43-mixed-monorepo"))));
    waitForScan();
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(next(), Qt::LeftButton);
    }
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
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
        QVERIFY(!m_session->compatibilityModel()->index(i, 0).data().toString().isEmpty());
    }
    // Mnemonics on the wizard's own buttons.
    QVERIFY(m_wizard->button(QWizard::BackButton)->text().contains(u'&'));
}

void TestMainWindow::mnemonicsAreUniquePerPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestMainWindow::mnemonicsAreUniquePerPage()
{
    QFETCH(QString, language);
    if (!language.isEmpty()) {
        m_window->applyLanguage(language);
        // Widgets retranslate on QEvent::LanguageChange, which Qt posts.
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    }
    const auto check = [this](const char* where) {
        const QStringList found = clashes(m_window.get(), m_wizard, m_wizard->currentPage());
        QVERIFY2(found.isEmpty(), qPrintable(QString::fromLatin1(where) + u": " + found.join(u"; ")));
    };
    auto* start = m_wizard->startPage();
    QTest::mouseClick(start->folderButton(), Qt::LeftButton);
    check("start (folder)");
    QTest::mouseClick(start->descriptionButton(), Qt::LeftButton);
    check("start (description)");
    QTest::mouseClick(start->folderButton(), Qt::LeftButton);
    QVERIFY(m_window->openPath(StartPage::samplePath()));
    waitForScan();
    // The scan step, as it stays after a complete scan: Back from the answer.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ScanPageId));
    check("scan");
    const char* steps[] = {"compatibility", "plan", "progress", "evidence", "export"};
    for (const char* step : steps) {
        QTest::mouseClick(next(), Qt::LeftButton);
        check(step);
    }
    m_wizard->startQuestionnaire();
    QCOMPARE(m_wizard->currentId(), int(QuestionnairePageId));
    check("questionnaire");
    // Inside each menu, one item per letter too.
    for (auto* menuAction : m_window->menuBar()->actions()) {
        QMultiHash<QChar, QString> taken;
        for (auto* action : menuAction->menu()->actions()) {
            if (const QChar key = mnemonic(action->text()); !key.isNull()) {
                taken.insert(key, action->text());
            }
        }
        for (const QChar key : taken.uniqueKeys()) {
            QVERIFY2(taken.count(key) == 1, qPrintable(taken.values(key).join(u" | ")));
        }
    }
    if (!language.isEmpty()) {
        m_window->applyLanguage(QStringLiteral("en"));
    }
}

void TestMainWindow::enterNeverDoesTwoThings()
{
    // Enter on a list activates its item (the evidence of a row, a finding in the editor) and stops there:
    // it does not also press the page's default button.
    QSignalSpy opened(m_session, &Session::externalOpenRequested);
    QVERIFY(m_window->openPath(StartPage::samplePath()));
    waitForScan();
    auto* table = m_wizard->resultsPage()->table();
    table->setFocus();
    table->setCurrentIndex(m_session->compatibilityModel()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    auto* findings = m_wizard->evidencePage()->findingsView();
    QVERIFY(findings->currentIndex().isValid());
    findings->setFocus();
    QTest::keyClick(findings, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(m_wizard->currentId(), int(EvidencePageId));
    // Back from the evidence returns to the table that asked for it.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));
}

void TestMainWindow::everyStepFitsTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("en 1024x700") << QString() << QSize(1024, 700);
    QTest::newRow("en 1400x900") << QString() << QSize(1400, 900);
    QTest::newRow("zh_CN 1024x700") << QStringLiteral("zh_CN") << QSize(1024, 700);
    QTest::newRow("zh_CN 1400x900") << QStringLiteral("zh_CN") << QSize(1400, 900);
    // Scaled laptop screens, in logical pixels: 1366x768 at 125 % and 150 %, 1024x700 at 150 %.
    QTest::newRow("en 1366x768 at 125%") << QString() << QSize(1093, 614);
    QTest::newRow("zh_CN 1366x768 at 150%") << QStringLiteral("zh_CN") << QSize(911, 512);
    QTest::newRow("en 1024x700 at 150%") << QString() << QSize(683, 467);
}

void TestMainWindow::everyStepFitsTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    if (!language.isEmpty()) {
        m_window->applyLanguage(language);
        QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
    }
    m_window->resize(size);
    const auto fits = [this, size](const char* step) {
        // No page asks for more room than the window has: the window keeps its size and the wizard's buttons
        // stay inside it.
        QTRY_COMPARE(m_window->size(), size);
        const QSize needed = m_window->minimumSizeHint();
        QVERIFY2(
            needed.width() <= size.width() && needed.height() <= size.height(),
            qPrintable(
                QStringLiteral("%1 needs %2x%3").arg(QLatin1String(step)).arg(needed.width()).arg(needed.height())));
        auto* button = next()->isVisible() ? next() : m_wizard->button(QWizard::FinishButton);
        const QRect inWindow(button->mapTo(m_window.get(), QPoint(0, 0)), button->size());
        QVERIFY2(m_window->rect().contains(inWindow), step);
    };
    fits("start");
    QVERIFY(m_window->openPath(StartPage::samplePath()));
    waitForScan();
    // The scan step, as it stays after a complete scan: Back from the answer.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ScanPageId));
    fits("scan");
    const char* steps[] = {"compatibility", "plan", "progress", "evidence", "export"};
    for (const char* step : steps) {
        QTest::mouseClick(next(), Qt::LeftButton);
        fits(step);
    }
    m_wizard->startQuestionnaire();
    fits("questionnaire");
    if (!language.isEmpty()) {
        m_window->applyLanguage(QStringLiteral("en"));
    }
}

void TestMainWindow::settingsPersist()
{
    m_settings->setDefaultExclusions(
        {QStringLiteral(" *.min.js "), QString(), QStringLiteral("*.min.js"), QStringLiteral("third_party/**")});
    QCOMPARE(m_settings->defaultExclusions(), (QStringList{u"*.min.js"_s, u"third_party/**"_s}));
    QVERIFY(m_session->request().exclude.contains(QStringLiteral("third_party/**")));
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
    m_window->resize(700, 520);
    QTRY_COMPARE(m_window->size(), QSize(700, 520));
    m_window->close();
    MainWindow again(m_settings.get());
    QCOMPARE(again.size(), QSize(700, 520));
}

void TestMainWindow::windowFitsTheScreen()
{
    // A size saved on a larger screen: the next window shrinks into this one, Next and the status bar in reach.
    m_window->resize(5000, 4000);
    m_window->close();
    m_settings->setWindowGeometry(m_window->saveGeometry());
    MainWindow again(m_settings.get());
    const QRect available = again.screen()->availableGeometry();
    QVERIFY2(
        available.contains(again.frameGeometry()),
        qPrintable(
            u"%1x%2 on %3x%4"_s.arg(again.width()).arg(again.height()).arg(available.width()).arg(available.height())));
}

void TestMainWindow::titleAndPreferencesKey()
{
    // The platform adds the application's name: the title does not repeat it.
    QVERIFY(!m_window->windowTitle().contains(u"sig2rtm"_s));
    QVERIFY(m_window->openPath(fixture(QStringLiteral("06-web-sdk-1-0-5-script"))));
    waitForScan();
    QCOMPARE(m_window->windowTitle(), m_session->report()->projectName);
    // Preferences have a key on every system (Ctrl+, where the platform defines none).
    bool found = false;
    for (auto* a : m_window->findChildren<QAction*>()) {
        if (a->menuRole() == QAction::PreferencesRole) {
            found = true;
            QVERIFY(!a->shortcut().isEmpty());
        }
    }
    QVERIFY(found);
}

void TestMainWindow::userGuideRendersInTheApp()
{
    QAction* guide = nullptr;
    for (auto* a : m_window->findChildren<QAction*>()) {
        if (a->text() == u"&User guide"_s) {
            guide = a;
        }
    }
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto* dialog = m_window->findChild<QDialog*>(u"userGuideDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    auto* browser = dialog->findChild<QTextBrowser*>(u"userGuideBrowser"_s);
    QVERIFY(browser);
    // Rendered, not raw: the heading's text without its "#", links as links, the screenshots as images.
    const QString text = browser->toPlainText();
    QVERIFY(text.startsWith(u"sig2rtm user guide"_s));
    QVERIFY(!text.contains(u"![Start]("_s));
    int images = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                ++images;
                QVERIFY(it.fragment().charFormat().toImageFormat().width() <= 720);
            }
        }
    }
    QVERIFY(images >= 10);
    // Asked again, the same window comes forward.
    QCOMPARE(m_window->showUserGuide(), dialog);
    dialog->close();
}

void TestMainWindow::keyboardOnlyWalkthrough()
{
    // Start, scan, results, evidence, export and a new assessment with the keyboard alone; the assessment is never
    // lost on the way, and Enter does each page's default action.
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto key = [](int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keyClick(target, static_cast<Qt::Key>(k), modifiers);
    };
    // Tab reaches every control it needs; Space presses a button.
    const auto tabTo = [&key](QWidget* target) {
        for (int i = 0; i < 80 && QApplication::focusWidget() != target; ++i) {
            key(Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    };
    const auto press = [&](QAbstractButton* button) {
        QVERIFY2(tabTo(button), qPrintable(button->text()));
        key(Qt::Key_Space);
    };
    auto* start = m_wizard->startPage();
    // Tab to the path field (the folder mode is the default), type, Enter: the scan starts.
    for (int i = 0; i < 40 && QApplication::focusWidget() != start->pathEdit(); ++i) {
        key(Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), start->pathEdit());
    start->pathEdit()->selectAll();
    QTest::keyClicks(start->pathEdit(), fixture(QStringLiteral("06-web-sdk-1-0-5-script")));
    key(Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ScanPageId));
    waitForScan(); // on to the compatibility step by itself
    // The answer has the keyboard, not a control of the hidden scan step.
    QTRY_COMPARE(QApplication::focusWidget(), m_wizard->resultsPage()->table());
    const auto report = m_session->report();
    QVERIFY(report);

    // Alt+N (the Next button's mnemonic; a button pressed by its mnemonic clicks a moment later), then Tab and
    // Space: each walks on one step, and nothing along the way drops the report.
    key(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(PlanPageId));
    for (const int id : {ProgressPageId, EvidencePageId, ExportPageId}) {
        press(next());
        QCOMPARE(m_wizard->currentId(), id);
        QCOMPARE(m_session->report(), report);
    }
    // Export: Enter exports (the default button), wherever the focus is on the page, and stays.
    auto* page = m_wizard->exportPage();
    page->setFormats({QStringLiteral("md")});
    page->folderEdit()->setText(m_temp.filePath(QStringLiteral("keyboard")));
    page->nameEdit()->setText(QStringLiteral("walk"));
    QSignalSpy finished(page, &ExportPage::exportFinished);
    page->formatBox(QStringLiteral("md"))->setFocus();
    QTRY_VERIFY(page->exportButton()->isDefault());
    key(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    QVERIFY(QFileInfo::exists(m_temp.filePath(QStringLiteral("keyboard/walk.md"))));
    QCOMPARE(m_session->report(), report);
    // Back (Alt+B) and forth keep it too.
    key(Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(EvidencePageId));
    QCOMPARE(m_session->report(), report);
    press(next());
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    // The platform's New key starts over (exported, so without asking).
    key(QKeySequence(QKeySequence::New)[0].key(), QKeySequence(QKeySequence::New)[0].keyboardModifiers());
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
