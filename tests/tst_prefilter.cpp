// SPDX-License-Identifier: MIT
// The literal prefilter: it must report exactly the literals a buffer contains, at any position.

#include "catalog.h"
#include "prefilter.h"

#include <QTest>
#include <random>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

class TestPrefilter final : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void agreesWithPlainSearch();
    void everyInstructionSetAgrees();
};

void TestPrefilter::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("empty") << QByteArray() << QStringList{};
    QTest::newRow("at the start") << QByteArray("setBackground(true)") << QStringList{u"setBackground"_s};
    QTest::newRow("at the very end") << QByteArray("x.messageInstantSend") << QStringList{u"messageInstantSend"_s};
    QTest::newRow("whole buffer") << QByteArray("invoke") << QStringList{u"invoke"_s};
    QTest::newRow("cut short") << QByteArray("x.messageInstantSen") << QStringList{};
    QTest::newRow("one byte off") << QByteArray("setbackground invok") << QStringList{};
    QTest::newRow("shared prefix") << QByteArray("messageChannelSend; messageInstantSend")
                                   << QStringList{u"messageInstantSend"_s, u"messageChannelSend"_s};
    QTest::newRow("short literal") << QByteArray("a.ab+1") << QStringList{u"ab"_s};
    QTest::newRow("anchor inside, start out of range") << QByteArray("Background") << QStringList{};
}

void TestPrefilter::knownAnswers()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, found);
    const QStringList literals = {u"messageInstantSend"_s, u"messageChannelSend"_s, u"setBackground"_s, u"invoke"_s,
                                  u"ab"_s};
    const Prefilter prefilter(literals);
    std::vector<bool> hits;
    const bool any = prefilter.scan(text.constData(), text.size(), hits);
    QCOMPARE(hits.size(), std::size_t(literals.size()));
    QStringList got;
    for (int i = 0; i < prefilter.literalCount(); ++i) {
        if (hits[std::size_t(i)]) {
            got << QString::fromLatin1(prefilter.literal(i));
        }
    }
    found.sort();
    got.sort();
    QCOMPARE(got, found);
    QCOMPARE(any, !found.isEmpty());
}

void TestPrefilter::agreesWithPlainSearch()
{
    const QStringList literals = {u"messageInstantSend"_s,
                                  u"messageChannelSend"_s,
                                  u"channelJoin"_s,
                                  u"invoke"_s,
                                  u"setBackground"_s,
                                  u"AgoraSig"_s,
                                  u"Signal"_s,
                                  u"_userNotification"_s,
                                  u"io.agora.AgoraAPI"_s,
                                  u"abc"_s};
    const Prefilter prefilter(literals);
    std::mt19937 random(20261203);
    const QByteArray alphabet = "abcdeginostAGSB_.() ;\n";
    for (int round = 0; round < 5000; ++round) {
        QByteArray text;
        const int size = int(random() % 160);
        for (int i = 0; i < size; ++i) {
            text += alphabet.at(int(random() % alphabet.size()));
        }
        for (int k = int(random() % 3); k > 0; --k) {
            text.insert(int(random() % (text.size() + 1)), literals.at(int(random() % literals.size())).toLatin1());
        }
        std::vector<bool> hits;
        prefilter.scan(text.constData(), text.size(), hits);
        for (int i = 0; i < prefilter.literalCount(); ++i) {
            QVERIFY2(hits[std::size_t(i)] == text.contains(prefilter.literal(i)),
                     qPrintable(QStringLiteral("%1 in \"%2\"")
                                    .arg(QString::fromLatin1(prefilter.literal(i)), QString::fromLatin1(text))));
        }
    }
}

void TestPrefilter::everyInstructionSetAgrees()
{
    // The built-in catalog's literals planted at every offset of 32- and 16-byte blocks, in buffers long
    // enough for the vector passes, their tails and the scalar rest: every instruction set finds the same.
    const QStringList literals = Catalog::builtin()->prefilterLiterals();
    const Prefilter best(literals);
    const Prefilter ssse3(literals, Prefilter::Vector::Ssse3Only);
    const Prefilter scalar(literals, Prefilter::Vector::None);
    std::mt19937 random(3122026);
    const QByteArray filler = "function f(a) { return a.b + 'c'; } // sig agora Signa getInstanc\n";
    for (int round = 0; round < 3000; ++round) {
        QByteArray text;
        const int size = int(random() % 300);
        while (text.size() < size) {
            text += filler.mid(int(random() % filler.size()), int(random() % 12));
        }
        const int planted = int(random() % 3);
        for (int p = 0; p < planted; ++p) {
            const QByteArray lit = literals.at(int(random() % literals.size())).toUtf8();
            text.insert(text.isEmpty() ? 0 : int(random() % text.size()), lit);
        }
        std::vector<bool> expected(std::size_t(literals.size()));
        for (int i = 0; i < literals.size(); ++i) {
            expected[std::size_t(i)] = text.contains(literals.at(i).toUtf8());
        }
        for (const Prefilter* p : {&best, &ssse3, &scalar}) {
            std::vector<bool> hits;
            const bool any = p->scan(text.constData(), text.size(), hits);
            QCOMPARE(hits, expected);
            QCOMPARE(any, std::find(expected.begin(), expected.end(), true) != expected.end());
        }
    }
}

QTEST_GUILESS_MAIN(TestPrefilter)
#include "tst_prefilter.moc"
