// SPDX-License-Identifier: MIT
// The main window: opening from the command line and by drag and drop, the menus, names for every
// control, and settings that persist.

#include "compatibilitymodel.h"
#include "contactsupportdialog.h"
#include "guitest.h"

#include <QAction>
#include <QCheckBox>
#include <QHash>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>

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
    void settingsPersist();
};

void TestMainWindow::commandLineOpensTheSample()
{
    const QString sample = StartPage::samplePath();
    QVERIFY2(!sample.isEmpty(), "the bundled sample is missing");
    QVERIFY(m_window->openPath(sample));
    waitForScan();
    const QJsonObject expect = readJson(sample + QStringLiteral(".expect.json"));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ResultsPageId));
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
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
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

    // New assessment starts over and forgets the report.
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
    m_window->resize(900, 640);
    QTRY_COMPARE(m_window->size(), QSize(900, 640));
    m_window->close();
    MainWindow again(m_settings.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
