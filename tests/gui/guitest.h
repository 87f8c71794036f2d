// SPDX-License-Identifier: MIT
#pragma once

// Shared by the wizard tests (one executable per page and dialog): fixture projects, the main window
// they drive offscreen, and ways to click like a user.

#include "assessmentwizard.h"
#include "mainwindow.h"
#include "scanpage.h"
#include "session.h"
#include "settings.h"
#include "startpage.h"
#include "translations.h"

#include <functional>
#include <memory>
#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

namespace sig2rtm::guitest {

constexpr int kScanTimeoutMs = 60000;

inline QString fixture(const QString& name)
{
    return QStringLiteral(SIG2RTM_TEST_DATA "/projects/") + name;
}

/// Copies a fixture into a folder of the test's own: tests never write into tests/data.
inline bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).absoluteFilePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

/// Runs act on the next modal dialog of type Dialog once it shows (a nested event loop started after this
/// call), so that tests can answer message boxes and file dialogs.
template <typename Dialog> void whenModal(std::function<void(Dialog*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

/// Answers the next message box, which must have that object name, by clicking the button whose text (without
/// mnemonics) contains text.
inline void answerMessageBox(const QString& objectName, const QString& text)
{
    whenModal<QMessageBox>([objectName, text](QMessageBox* box) {
        QCOMPARE(box->objectName(), objectName);
        for (auto* button : box->buttons()) {
            if (button->text().remove(u'&').contains(text)) {
                button->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button ") + text));
    });
}

inline QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Clicks a check box or radio button on its indicator, as the style guide asks (not its centre).
inline void clickIndicator(QAbstractButton* box)
{
    QStyleOptionButton option;
    option.initFrom(box);
    const auto element =
        qobject_cast<QRadioButton*>(box) ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator;
    const QRect indicator = box->style()->subElementRect(element, &option, box);
    QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
}

inline void clickRow(QTreeView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

inline QMessageBox* visibleErrorBox()
{
    for (auto* widget : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(widget);
            box && box->isVisible() && box->objectName() == QLatin1String("errorDialog")) {
            return box;
        }
    }
    return nullptr;
}

inline void closeErrorBoxes()
{
    while (auto* box = visibleErrorBox()) {
        box->close();
        QCoreApplication::processEvents();
    }
}

/// The letter Alt takes a control to, from its text ("&Next >" -> 'n'), or 0.
inline QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Every mnemonic a user can press in the window while page is shown: the menus, the wizard's buttons and
/// the page's controls and buddy labels. Returns "letter: text, text" for each letter taken twice.
inline QStringList clashes(QMainWindow* window, QWizard* wizard, QWidget* page)
{
    QMultiHash<QChar, QString> taken;
    const auto add = [&](const QString& text) {
        if (const QChar key = mnemonic(text); !key.isNull()) {
            taken.insert(key, text);
        }
    };
    for (auto* action : window->menuBar()->actions()) {
        add(action->text());
    }
    for (const auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CommitButton}) {
        if (auto* button = wizard->button(which); button && button->isVisible()) {
            add(button->text());
        }
    }
    for (auto* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisible()) {
            continue;
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            add(button->text());
        } else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            add(label->text());
        } else if (auto* box = qobject_cast<QGroupBox*>(widget)) {
            add(box->title());
        }
    }
    QStringList out;
    for (const QChar key : taken.uniqueKeys()) {
        if (taken.count(key) > 1) {
            out << QStringLiteral("%1: %2").arg(key, taken.values(key).join(QStringLiteral(" | ")));
        }
    }
    return out;
}

/// The main window each test drives, on settings of its own, shown on the start page. A test class
/// derives from it and calls its steps from initTestCase(), init() and cleanup().
class WizardHarness
{
protected:
    void setUpTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // English as the app starts it: with its plural forms ("1 item", "2 items").
        ui::Translations::install(qApp, QStringLiteral("en"));
        QVERIFY(m_temp.isValid());
    }

    void setUp()
    {
        const QString ini =
            m_temp.filePath(QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(ini);
        m_settings = std::make_unique<ui::Settings>(ini);
        m_window = std::make_unique<ui::MainWindow>(m_settings.get());
        m_wizard = m_window->wizard();
        m_session = m_window->session();
        m_session->setExternalOpenEnabled(false);
        m_window->resize(1200, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_wizard->currentId(), int(ui::StartPageId));
    }

    void tearDown()
    {
        closeErrorBoxes();
        m_window.reset();
        m_settings.reset();
    }

    void startScanFromUi(const QString& folder)
    {
        auto* start = m_wizard->startPage();
        QTest::mouseClick(start->folderButton(), Qt::LeftButton);
        QVERIFY(start->folderButton()->isChecked());
        start->pathEdit()->clear();
        QTest::keyClicks(start->pathEdit(), folder);
        QVERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ui::ScanPageId));
    }

    /// Waits for the scan to complete and the compatibility step to show its answer.
    void waitForScan()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->scanPage()->state() == ui::ScanPage::State::Done, kScanTimeoutMs);
        QVERIFY(m_session->report());
        // A complete scan goes on to its answer by itself.
        QCOMPARE(m_wizard->currentId(), int(ui::ResultsPageId));
        QVERIFY(next()->isEnabled());
    }

    QAbstractButton* next() const { return m_window->wizard()->button(QWizard::NextButton); }

    QTemporaryDir m_temp;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::AssessmentWizard* m_wizard = nullptr;
    ui::Session* m_session = nullptr;
};

} // namespace sig2rtm::guitest
