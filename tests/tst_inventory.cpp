// SPDX-License-Identifier: MIT
// The migration inventory's matcher against known answers: which places in a file that uses the legacy SDK
// are uses of an inventory API (calls on SDK objects however they were bound, handlers, special channel
// names), and which only look like one. The inventory is the built-in catalog's.

#include "catalog.h"
#include "inventory.h"

#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

namespace {

/// "api@line" for each use, in file order.
QStringList uses(const QString& file, const QString& text, const QSet<QString>& sdkObjects)
{
    static const auto catalog = Catalog::builtin();
    QStringList out;
    for (const auto& use :
         findInventoryUses(catalog->inventory(), file, text, languageForFileName(file), u"web"_s, sdkObjects)) {
        out << QStringLiteral("%1@%2").arg(use.api).arg(use.line);
    }
    return out;
}

} // namespace

class TestInventory final : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
};

void TestInventory::knownAnswers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("objects"); // what the project holds SDK objects in
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("bindings in any order")
        << u"app.js"_s
        << u"function join() { room = session.channelJoin('r'); }\n"
           "var sig = Signal(id);\n"
           "session = sig.login(a, t);\n"_s
        << QStringList{u"Signal"_s} << QStringList{u"channel-join@1"_s, u"create-instance@2"_s, u"login@3"_s};
    QTest::newRow("a generic login is no use")
        << u"app.js"_s << u"auth.login(user, password);\nlogin(user);\n"_s << QStringList{u"Signal"_s} << QStringList{};
    QTest::newRow("handlers assigned, not read")
        << u"app.js"_s
        << u"var s = Signal(id).login(a, t);\ns.onLoginSuccess = function () {};\nif (s.onLoginFailed) {}\n"_s
        << QStringList{u"Signal"_s} << QStringList{u"create-instance@1"_s, u"login@1"_s, u"login-events@2"_s};
    QTest::newRow("Java override on a typed field")
        << u"Chat.java"_s
        << u"class Chat {\n  void send() { mApi.messageInstantSend(p, 0, m, \"\"); }\n"
           "  public void onMessageInstantReceive(String a, int u, String m) {}\n"
           "  void call() { other.messageInstantSend(p, 0, m, \"\"); }\n}\n"_s
        << QStringList{u"mApi"_s} << QStringList{u"peer-message-send@2"_s, u"peer-message-receive@3"_s};
    QTest::newRow("Objective-C message and block property")
        << u"Chat.m"_s
        << u"- (void)go {\n  [_signal channelJoin:@\"r\"];\n  _signal.onChannelJoined = ^(NSString* c) {};\n}\n"_s
        << QStringList{u"_signal"_s} << QStringList{u"channel-join@2"_s, u"channel-events@3"_s};
    QTest::newRow("special channel by name, not in a comment")
        << u"app.js"_s << u"// __agora_user_online\nsession.channelJoin('__agora_user_online');\n"_s
        << QStringList{u"session"_s} << QStringList{u"channel-join@2"_s, u"special-channels@2"_s};
}

void TestInventory::knownAnswers()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QStringList, objects);
    QFETCH(QStringList, expected);
    QCOMPARE(uses(file, text, QSet<QString>(objects.begin(), objects.end())), expected);
}

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
