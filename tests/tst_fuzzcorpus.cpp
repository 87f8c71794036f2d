// SPDX-License-Identifier: MIT
// Every input of the fuzz corpora (tests/fuzz/corpus/TARGET/, the seeds and each failure's regression input) replayed
// through its fuzz target in the ordinary test build, and under ASan/UBSan with scripts/test.sh --sanitize. The
// fuzz targets' sources are compiled into this test with their entry points renamed (tests/CMakeLists.txt): a
// regression input crashes or aborts this test exactly where the fuzzer had failed, without Clang or libFuzzer.
#include <cstddef>
#include <cstdint>
#include <map>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#define SIG2RTM_FUZZ_ENTRY(name)                                                                                       \
    extern "C" int name##_initialize(int*, char***);                                                                   \
    extern "C" int name##_one(const std::uint8_t*, std::size_t);

SIG2RTM_FUZZ_ENTRY(fuzz_encoding)
SIG2RTM_FUZZ_ENTRY(fuzz_js_message)
SIG2RTM_FUZZ_ENTRY(fuzz_lexers)
SIG2RTM_FUZZ_ENTRY(fuzz_project_description)
SIG2RTM_FUZZ_ENTRY(fuzz_report_reader)
SIG2RTM_FUZZ_ENTRY(fuzz_rule_catalog)

namespace {

struct Target
{
    int (*initialize)(int*, char***);
    int (*one)(const std::uint8_t*, std::size_t);
};

// Targets without LLVMFuzzerInitialize get a stand-in of that name (tests/CMakeLists.txt).
#define SIG2RTM_FUZZ_TARGET(name)                                                                                      \
    {                                                                                                                  \
        QStringLiteral(#name), Target                                                                                  \
        {                                                                                                              \
            name##_initialize, name##_one                                                                              \
        }                                                                                                              \
    }

const std::map<QString, Target>& targets()
{
    static const std::map<QString, Target> all{
        SIG2RTM_FUZZ_TARGET(fuzz_encoding),      SIG2RTM_FUZZ_TARGET(fuzz_js_message),
        SIG2RTM_FUZZ_TARGET(fuzz_lexers),        SIG2RTM_FUZZ_TARGET(fuzz_project_description),
        SIG2RTM_FUZZ_TARGET(fuzz_report_reader), SIG2RTM_FUZZ_TARGET(fuzz_rule_catalog)};
    return all;
}

QString corpusRoot()
{
    return QStringLiteral(SIG2RTM_SOURCE_DIR "/tests/fuzz/corpus");
}

} // namespace

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasACorpus();
    void regressionInputsAreKept();
    void replay_data();
    void replay();
};

void TestFuzzCorpus::everyTargetHasACorpus()
{
    // One corpus folder per target and one target per corpus folder: a new fuzz target is replayed here too.
    const QStringList folders = QDir(corpusRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QStringList names;
    for (const auto& [name, target] : targets()) {
        names << name;
    }
    QCOMPARE(folders, names);
    const QStringList sources = QDir(QStringLiteral(SIG2RTM_SOURCE_DIR "/tests/fuzz"))
                                    .entryList({QStringLiteral("fuzz_*.cpp")}, QDir::Files, QDir::Name);
    QStringList expected;
    for (const QString& name : std::as_const(names)) {
        expected << name + u".cpp";
    }
    QCOMPARE(sources, expected);
    for (const QString& name : std::as_const(names)) {
        QVERIFY2(QDir(corpusRoot() + u'/' + name).entryList(QDir::Files).size() >= 3, qPrintable(name));
    }
}

void TestFuzzCorpus::regressionInputsAreKept()
{
    // The two inputs the JS message analyzer failed on (a stack overflow on 10,000 nested parentheses, a sum of
    // 2,000 terms that took quadratic time) stay in its corpus.
    for (const char* name : {"regress-deep-parens-stack-overflow", "regress-long-sum-quadratic"}) {
        const QFileInfo info(corpusRoot() + u"/fuzz_js_message/" + QLatin1String(name));
        QVERIFY2(info.isFile() && info.size() > 4000, name);
    }
}

void TestFuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const auto& [name, target] : targets()) {
        QDirIterator it(corpusRoot() + u'/' + name, QDir::Files, QDirIterator::NoIteratorFlags);
        QStringList files;
        while (it.hasNext()) {
            files << it.next();
        }
        files.sort();
        for (const QString& path : std::as_const(files)) {
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(QFileInfo(path).fileName())) << name << path;
        }
    }
}

void TestFuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    static QSet<QString> initialized;
    const Target& entry = targets().at(target);
    if (!initialized.contains(target)) {
        QCOMPARE(entry.initialize(nullptr, nullptr), 0);
        initialized.insert(target);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // The target aborts on a broken invariant, and a sanitized build stops on a finding: either ends this test.
    QCOMPARE(
        entry.one(reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
