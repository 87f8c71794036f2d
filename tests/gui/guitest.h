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

#include <functional>
#include <memory>
#include <QAbstractButton>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
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

/// The main window each test drives, on settings of its own, shown on the start page. A test class
/// derives from it and calls its steps from initTestCase(), init() and cleanup().
class WizardHarness
{
protected:
    void setUpTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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

    void waitForScan()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->scanPage()->state() == ui::ScanPage::State::Done, kScanTimeoutMs);
        QVERIFY(m_session->report());
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
