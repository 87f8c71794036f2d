// SPDX-License-Identifier: MIT
// The support request: reached from a failing row, prefilled, sent by mail, copied and saved.

#include "catalog.h"
#include "compatibilitymodel.h"
#include "contactsupportdialog.h"
#include "guitest.h"
#include "resultspage.h"

#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace sig2rtm;
using namespace sig2rtm::guitest;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

class TestContactSupportDialog final : public QObject, public WizardHarness
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void contactSupport();
};

void TestContactSupportDialog::contactSupport()
{
    QVERIFY(m_window->openPath(StartPage::samplePath()));
    waitForScan();
    auto* results = m_wizard->resultsPage();
    auto* model = m_session->compatibilityModel();
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
    // No App ID, or a short one: nothing to mail, but the request can still be copied or saved.
    QVERIFY(!dialog->mailButton()->isEnabled());
    QVERIFY(dialog->copyButton()->isEnabled());
    QTest::keyClicks(dialog->appIdEdit(), appId.left(31));
    QVERIFY(!dialog->mailButton()->isEnabled());
    QVERIFY2(dialog->mailButton()->toolTip().contains(QLatin1String("31")),
             qPrintable(dialog->mailButton()->toolTip()));
    QTest::keyClicks(dialog->appIdEdit(), u"z-"_s); // not hexadecimal: refused by the field
    QCOMPARE(dialog->appIdEdit()->text(), appId.left(31));
    QTest::keyClicks(dialog->appIdEdit(), appId.right(1));
    QVERIFY(dialog->mailButton()->isEnabled());
    const QString text = dialog->requestText();
    QCOMPARE(dialog->preview()->toPlainText(), text);
    QVERIFY(text.contains(appId));
    QVERIFY(text.contains(QStringLiteral("legacy-chat")));
    for (const auto& row : Catalog::builtin()->rows()) {
        QCOMPARE(text.contains(row.title.en), row.needsSupport); // every row fails in the sample
    }

    QSignalSpy mail(dialog, &ContactSupportDialog::mailRequested);
    QSignalSpy opened(m_session, &Session::externalOpenRequested);
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

QTEST_MAIN(TestContactSupportDialog)
#include "tst_contactsupportdialog.moc"
