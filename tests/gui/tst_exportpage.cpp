// SPDX-License-Identifier: MIT
// The export step: several formats into one folder in the background, Enter exports (never starts over),
// replacing files only when asked to, open after export, and "New assessment" asking before it discards
// results that were not exported.

#include "catalog.h"
#include "exportpage.h"
#include "guitest.h"
#include "reportwriter.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
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

    void severalFormatsThenNewAssessment();
    void replacingAsksFirst();
    void newAssessmentAsksWhenNothingWasExported();
    void badFolderIsAnError();
    void oneFailureWritesNothing();

private:
    ExportPage* openExport(const char* fixtureName);
};

ExportPage* TestExportPage::openExport(const char* fixtureName)
{
    startScanFromUi(fixture(QString::fromLatin1(fixtureName)));
    waitForScan();
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(next(), Qt::LeftButton);
    }
    if (m_wizard->currentId() != int(ExportPageId)) {
        return nullptr;
    }
    return m_wizard->exportPage();
}

void TestExportPage::severalFormatsThenNewAssessment()
{
    const QString project = fixture(QStringLiteral("43-mixed-monorepo"));
    const QJsonObject expect = readJson(project + QStringLiteral(".expect.json"));
    QVERIFY(!expect.isEmpty());
    const QJsonObject rows = expect.value(QStringLiteral("rows")).toObject();
    QSignalSpy opened(m_session, &Session::externalOpenRequested);
    auto* page = openExport("43-mixed-monorepo");
    QVERIFY(page);

    // Three formats at once, into one folder.
    for (const auto& format : reportFormats()) {
        QVERIFY(page->formatBox(format));
        page->formatBox(format)->setChecked(false);
    }
    QVERIFY(!page->exportButton()->isEnabled()); // no format, no export
    for (const auto* format : {"html", "json", "md"}) {
        clickIndicator(page->formatBox(QString::fromLatin1(format)));
    }
    QStringList chosen = page->formats();
    chosen.sort();
    QCOMPARE(chosen, (QStringList{u"html"_s, u"json"_s, u"md"_s}));
    const QString folder = m_temp.filePath(u"out"_s);
    page->folderEdit()->setText(folder);
    page->nameEdit()->setText(u"report"_s);
    QCOMPARE(page->plannedFiles().size(), 3);
    QVERIFY(page->openAfterCheck()->isChecked());

    // Enter in the name field exports (the default button) and never starts over.
    QTRY_VERIFY(page->exportButton()->isDefault());
    QVERIFY(!qobject_cast<QPushButton*>(m_wizard->button(QWizard::FinishButton))->isDefault());
    QSignalSpy finished(page, &ExportPage::exportFinished);
    QSignalSpy exported(page, &ExportPage::exported);
    page->nameEdit()->setFocus();
    QTest::keyClick(page->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(exported.count(), 3); // once each: Enter did not export twice
    QVERIFY(!page->progressBar()->isVisible());
    QVERIFY(page->exportButton()->isEnabled());
    for (const auto* ext : {"html", "json", "md"}) {
        QVERIFY2(QFileInfo::exists(folder + u"/report."_s + QString::fromLatin1(ext)), ext);
    }
    QVERIFY(!QFileInfo::exists(folder + u"/report.pdf"_s));
    // Several files: their folder opens.
    QCOMPARE(opened.takeLast().at(0).toUrl(), QUrl::fromLocalFile(folder));
    QCOMPARE(page->resultLabel()->text().count(u"Saved "_s), 3);
    QFile html(folder + u"/report.html"_s);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(html.readAll());
    for (const auto& row : Catalog::builtin()->rows()) {
        QVERIFY2(htmlText.contains(row.title.en.toHtmlEscaped()), qPrintable(row.title.en));
    }
    const QJsonObject json = readJson(folder + u"/report.json"_s);
    for (const auto& row : json.value(QStringLiteral("rows")).toArray()) {
        const auto o = row.toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(),
                 rows.value(o.value(QStringLiteral("id")).toString()).toString());
    }
    // The choice is remembered for the next export.
    QCOMPARE(m_settings->lastExportFormats(), page->formats());

    // Exported: "New assessment" starts over without asking.
    QCOMPARE(m_wizard->button(QWizard::FinishButton)->text(), QStringLiteral("&New assessment"));
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QVERIFY(m_wizard->isVisible());
}

void TestExportPage::replacingAsksFirst()
{
    auto* page = openExport("06-web-sdk-1-0-5-script");
    QVERIFY(page);
    page->setFormats({u"json"_s});
    page->folderEdit()->setText(m_temp.filePath(u"replace"_s));
    page->nameEdit()->setText(u"r"_s);
    const QString path = m_temp.filePath(u"replace/r.json"_s);
    QVERIFY(QDir().mkpath(m_temp.filePath(u"replace"_s)));
    {
        QFile mine(path);
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("mine");
    }
    // Cancel (the default) keeps the file as it was.
    answerMessageBox(u"replaceFilesDialog"_s, u"Cancel"_s);
    QVERIFY(!page->startExport());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("mine"));
    kept.close();
    // Replace writes the report over it.
    QSignalSpy finished(page, &ExportPage::exportFinished);
    answerMessageBox(u"replaceFilesDialog"_s, u"Replace"_s);
    QVERIFY(page->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(readJson(path).contains(u"verdict"_s));
}

void TestExportPage::newAssessmentAsksWhenNothingWasExported()
{
    auto* page = openExport("06-web-sdk-1-0-5-script");
    QVERIFY(page);
    // Cancel keeps the results (a double click on Next lands here).
    answerMessageBox(u"discardAssessmentDialog"_s, u"Cancel"_s);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ExportPageId));
    QVERIFY(m_session->report());
    answerMessageBox(u"discardAssessmentDialog"_s, u"Start a new assessment"_s);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(StartPageId));
    QVERIFY(!m_session->report());
}

void TestExportPage::badFolderIsAnError()
{
    auto* page = openExport("06-web-sdk-1-0-5-script");
    QVERIFY(page);
    // A file where the folder should be: a clear error, nothing written.
    const QString notAFolder = m_temp.filePath(u"plain-file"_s);
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    page->setFormats({u"json"_s});
    page->folderEdit()->setText(notAFolder);
    page->nameEdit()->setText(u"r"_s);
    QVERIFY(!page->startExport());
    QVERIFY(visibleErrorBox());
    closeErrorBoxes();
    // A name with a folder in it is refused before anything is tried.
    page->folderEdit()->setText(m_temp.filePath(u"ok"_s));
    page->nameEdit()->setText(u"../escape"_s);
    QVERIFY(!page->exportButton()->isEnabled());
    QVERIFY(page->plannedFiles().isEmpty());
}

void TestExportPage::oneFailureWritesNothing()
{
#ifdef Q_OS_UNIX
    // JSON and Markdown over an earlier pair; the Markdown path is a link to a file elsewhere, which is never written
    // through: the whole set fails, and the earlier JSON is left as it was (not a new JSON beside an old Markdown).
    auto* page = openExport("06-web-sdk-1-0-5-script");
    QVERIFY(page);
    const QString folder = m_temp.filePath(u"pair"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString elsewhere = m_temp.filePath(u"elsewhere.md"_s);
    for (const QString& path : QStringList{folder + u"/r.json"_s, elsewhere}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("earlier");
    }
    QVERIFY(QFile::link(elsewhere, folder + u"/r.md"_s));
    page->setFormats({u"json"_s, u"md"_s});
    page->folderEdit()->setText(folder);
    page->nameEdit()->setText(u"r"_s);
    QSignalSpy finished(page, &ExportPage::exportFinished);
    QSignalSpy exported(page, &ExportPage::exported);
    answerMessageBox(u"replaceFilesDialog"_s, u"Replace"_s);
    QVERIFY(page->startExport());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(exported.count(), 0);
    QTRY_VERIFY(visibleErrorBox());
    closeErrorBoxes();
    QVERIFY2(page->resultLabel()->text().contains(u"No report was written"_s), qPrintable(page->resultLabel()->text()));
    QVERIFY(!page->resultLabel()->text().contains(u"Saved "_s));
    for (const QString& path : QStringList{folder + u"/r.json"_s, elsewhere}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier"));
    }
    QVERIFY(QFileInfo(folder + u"/r.md"_s).isSymLink());
    const auto items = finished.takeFirst().at(0).value<QList<ExportPage::Item>>();
    QCOMPARE(items.size(), 2);
    for (const auto& item : items) {
        QVERIFY2(!item.error.isEmpty(), qPrintable(item.path));
    }
#else
    QSKIP("symbolic links as the test makes them are Unix's");
#endif
}

QTEST_MAIN(TestExportPage)
#include "tst_exportpage.moc"
