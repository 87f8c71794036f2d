// SPDX-License-Identifier: MIT
// The start step: input validation, from the start page and from the command line or a drop: located
// problems in a project description, missing paths and files that are not descriptions.

#include "guitest.h"
#include "presentation.h"
#include "projectdescription.h"
#include "startpage.h"

#include <QDir>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestStartPage final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void badDescriptionShowsLineAndColumn_data();
    void badDescriptionShowsLineAndColumn();
    void badInputShowsError_data();
    void badInputShowsError();
    void recentAssessmentsShowHowTheyEnded();
    void missingPathOnTheCommandLine();
};

void TestStartPage::missingPathOnTheCommandLine()
{
    // As "sig2rtm /no/such/project": the start page stays on scanning a folder, shows the path, and the error's
    // title is whole.
    m_window->show();
    const QString missing = m_temp.filePath(QStringLiteral("no/such/project"));
    QVERIFY(!m_window->openPath(missing));
    auto* start = m_wizard->startPage();
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QVERIFY(start->folderButton()->isChecked());
    QVERIFY(!start->descriptionButton()->isChecked());
    QCOMPARE(QDir::fromNativeSeparators(start->pathEdit()->text()), missing);
    auto* box = visibleErrorBox();
    QVERIFY(box);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(missing)));
    QTRY_VERIFY(box->width() >= box->fontMetrics().horizontalAdvance(box->windowTitle()) + 100);
    closeErrorBoxes();
    // A missing .json stays a project description.
    QVERIFY(!m_window->openPath(m_temp.filePath(QStringLiteral("missing.json"))));
    QVERIFY(start->descriptionButton()->isChecked());
    closeErrorBoxes();
}

void TestStartPage::badDescriptionShowsLineAndColumn_data()
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

void TestStartPage::badDescriptionShowsLineAndColumn()
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
    QSignalSpy errors(m_session, &Session::errorOccurred);
    QVERIFY(!m_window->openPath(path));
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
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
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QCOMPARE(errors.count(), 2);
    QVERIFY(errors.last().at(1).toString().contains(where));
}

void TestStartPage::badInputShowsError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("/no/such/folder/anywhere") << QStringLiteral("does not exist");
    QTest::newRow("not json") << QStringLiteral(SIG2RTM_TEST_DATA "/projects/43-mixed-monorepo/web/index.html")
                              << QStringLiteral("neither a folder nor a project description");
}

void TestStartPage::badInputShowsError()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QSignalSpy errors(m_session, &Session::errorOccurred);
    QVERIFY(!m_window->openPath(path));
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().at(1).toString().contains(message), qPrintable(errors.first().at(1).toString()));
    QVERIFY(visibleErrorBox());
}

void TestStartPage::recentAssessmentsShowHowTheyEnded()
{
    const QString sample = StartPage::samplePath();
    QVERIFY(!sample.isEmpty());
    QVERIFY(m_window->openPath(sample));
    waitForScan();
    // A second recent entry, never assessed: a folder with no outcome.
    const QString other = m_temp.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    m_settings->addRecentAssessment(other);

    // Back on the start page (without a new scan), the list shows the verdict and when it was made.
    m_wizard->restart();
    auto* start = m_wizard->startPage();
    auto* list = start->recentList();
    QTRY_COMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), QDir::cleanPath(other));
    QVERIFY(!list->item(0)->text().contains(u'\n'));
    const QString entry = list->item(1)->text();
    QVERIFY2(entry.contains(Presentation::verdictText(Verdict::Incompatible)), qPrintable(entry));
    QVERIFY2(entry.contains(QLocale().toString(m_session->report()->generatedAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(entry));

    // A click fills the path and the mode: Scan is one key away, nothing is assessed yet.
    start->pathEdit()->clear();
    QVERIFY(!next()->isEnabled());
    const QRect rect = list->visualItemRect(list->item(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(QDir::fromNativeSeparators(start->pathEdit()->text()), QDir::cleanPath(sample));
    QVERIFY(start->folderButton()->isChecked());
    QVERIFY(next()->isEnabled());
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
