// SPDX-License-Identifier: MIT
// The printable-strings pass over SDK binaries: which strings count as the SDK's version (named,
// in a version resource, or next to the SDK's own texts), which do not (bundled libraries), conflicts,
// chunk boundaries and the size cap. The patterns are the built-in catalog's.

#include "binaryversion.h"
#include "catalog.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace sig2rtm;

namespace {

QByteArray strings(std::initializer_list<const char*> texts)
{
    QByteArray out;
    for (const char* t : texts) {
        out += t;
        out += '\0';
    }
    return out;
}

QByteArray utf16(const char* text)
{
    QByteArray out;
    for (const char* c = text; *c; ++c) {
        out += *c;
        out += '\0';
    }
    return out + QByteArray(2, '\0');
}

QByteArray junk(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        out += static_cast<char>(i % 0x1f); // never printable
    }
    return out;
}

const VersionStrings& spec()
{
    static const auto catalog = Catalog::builtin();
    return catalog->versionStrings();
}

BinaryVersion find(const QByteArray& bytes, qsizetype chunk = 0)
{
    VersionStringFinder finder(spec());
    if (chunk <= 0) {
        finder.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunk) {
            finder.feed(QByteArrayView(bytes).sliced(i, std::min(chunk, bytes.size() - i)));
        }
    }
    return finder.finish();
}

} // namespace

class TestBinaryVersion final : public QObject
{
    Q_OBJECT

private slots:
    void catalogHasPatterns();
    void versions_data();
    void versions();
    void chunkBoundariesDoNotMatter();
    void differentVersionsAreAConflict();
    void capStopsReading();
};

void TestBinaryVersion::catalogHasPatterns()
{
    QVERIFY(spec().patterns.size() >= 2);
    QVERIFY(spec().maxBytes >= 1024 * 1024);
}

void TestBinaryVersion::versions_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("confidence");
    QTest::addColumn<qint64>("offset");

    const QByteArray head = junk(100);
    QTest::newRow("named with the SDK") << head + strings({"log %s", "agora_sig_sdk version 1.0.3"})
                                        << QStringLiteral("1.0.3") << int(Confidence::High) << qint64(100 + 7 + 22);
    QTest::newRow("kit name and build") << head + strings({"AgoraSigKit 1.2.1.43"}) << QStringLiteral("1.2.1.43")
                                        << int(Confidence::High) << qint64(100 + 12);
    QTest::newRow("version resource (UTF-16)")
        << head + utf16("FileVersion") + QByteArray(2, '\0') + utf16("1.0.0.84") << QStringLiteral("1.0.0.84")
        << int(Confidence::High) << qint64(100 + 24 + 2);
    QTest::newRow("version resource at an odd offset")
        << junk(101) + utf16("ProductVersion") + utf16("1.3.0.1") << QStringLiteral("1.3.0.1") << int(Confidence::High)
        << qint64(101 + 30);
    QTest::newRow("build number after the SDK's log texts")
        << head + strings({"[agora sig] login failed %d", "1.0.0.84"}) << QStringLiteral("1.0.0.84")
        << int(Confidence::Medium) << qint64(100 + 28);
    QTest::newRow("build number before the SDK's log texts")
        << head + strings({"1.2.0.9", "misc", "agora_sig join %s"}) << QStringLiteral("1.2.0.9")
        << int(Confidence::Medium) << qint64(100);

    // Near misses: no version.
    QTest::newRow("bare build number far from the SDK's texts")
        << head + strings({"agora", "a1", "b2b2", "c3c3", "d4d4", "e5e5", "f6f6", "1.0.0.84"}) << QString() << 0
        << qint64(-1);
    QTest::newRow("bundled zlib (three parts) next to the SDK's texts")
        << head + strings({"[agora_sig] channel join %s", "1.2.11", "inflate 1.2.11 Copyright 1995-2017 Mark Adler"})
        << QString() << 0 << qint64(-1);
    QTest::newRow("bundled OpenSSL") << head + strings({"OpenSSL 1.0.2k  26 Jan 2017"}) << QString() << 0 << qint64(-1);
    QTest::newRow("the word Signaling alone")
        << head + strings({"Signaling 2.1.0 (RTM)"}) << QString() << 0 << qint64(-1);
    QTest::newRow("three characters are no string") << head + strings({"1.0"}) << QString() << 0 << qint64(-1);
    QTest::newRow("empty") << QByteArray() << QString() << 0 << qint64(-1);
}

void TestBinaryVersion::versions()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, version);
    QFETCH(int, confidence);
    QFETCH(qint64, offset);
    const BinaryVersion found = find(bytes);
    QCOMPARE(found.version, version);
    QVERIFY(found.conflicting.empty());
    QCOMPARE(found.offset, offset);
    if (!version.isEmpty()) {
        QCOMPARE(int(found.confidence), confidence);
        // The offset points at the version itself, in whichever encoding it is stored.
        const bool wide = bytes.indexOf(version.toLatin1()) < 0;
        const QByteArray stored = wide ? utf16(version.toLatin1().constData()).chopped(2) : version.toLatin1();
        QCOMPARE(bytes.mid(offset, stored.size()), stored);
    }
}

void TestBinaryVersion::chunkBoundariesDoNotMatter()
{
    const QByteArray bytes = junk(33) + strings({"agora_sig_sdk version 1.0.3"}) + junk(7) + utf16("FileVersion") +
                             utf16("1.2.0.7") + strings({"[agora sig] login %s", "1.1.0.2"});
    const BinaryVersion whole = find(bytes);
    for (const qsizetype chunk : {1, 2, 3, 5, 64}) {
        const BinaryVersion parts = find(bytes, chunk);
        QCOMPARE(parts.version, whole.version);
        QCOMPARE(parts.offset, whole.offset);
        QCOMPARE(parts.text, whole.text);
    }
    QCOMPARE(whole.version, QStringLiteral("1.0.3"));
}

void TestBinaryVersion::differentVersionsAreAConflict()
{
    // Two strings of the preferred kind disagree: no version, both reported in file order.
    const BinaryVersion found =
        find(junk(10) + strings({"AgoraSig SDK 1.2.0", "padding", "AgoraSig SDK 1.0.5", "AgoraSig SDK 1.2.0"}));
    QVERIFY(found.version.isEmpty());
    QCOMPARE(found.conflicting.size(), std::size_t(2));
    QCOMPARE(found.conflicting[0].first, QStringLiteral("1.2.0"));
    QCOMPARE(found.conflicting[1].first, QStringLiteral("1.0.5"));
    QVERIFY(found.conflicting[0].second < found.conflicting[1].second);

    // A preferred pattern wins over a weaker one that disagrees.
    const BinaryVersion preferred = find(strings({"[agora sig] %s", "1.0.0.84", "agora_sig_sdk version 1.2.1"}));
    QCOMPARE(preferred.version, QStringLiteral("1.2.1"));
    QCOMPARE(int(preferred.confidence), int(Confidence::High));
}

void TestBinaryVersion::capStopsReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("libagorasig.so"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(junk(2048));
    file.write(strings({"agora_sig_sdk version 1.0.3"}));
    file.close();

    VersionStrings capped = spec();
    capped.maxBytes = 1024;
    BinaryVersion found;
    QString error;
    QVERIFY(readBinaryVersion(path, capped, &found, &error));
    QVERIFY(found.truncated);
    QVERIFY(found.version.isEmpty());

    QVERIFY(readBinaryVersion(path, spec(), &found, &error));
    QVERIFY(!found.truncated);
    QCOMPARE(found.version, QStringLiteral("1.0.3"));
    QCOMPARE(found.offset, qint64(2048 + 22));

    QVERIFY(!readBinaryVersion(dir.filePath(QStringLiteral("missing.so")), spec(), &found, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestBinaryVersion)
#include "tst_binaryversion.moc"
