// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "findingsfiltermodel.h"
#include "findingsmodel.h"
#include "report.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sig2rtm::Effect)
Q_DECLARE_METATYPE(sig2rtm::Confidence)
using sig2rtm::ui::FindingsFilterModel;
using sig2rtm::ui::FindingsModel;

namespace {

std::shared_ptr<const Report> makeReport()
{
    auto report = std::make_shared<Report>();
    report->catalog = Catalog::builtin();
    struct Spec
    {
        const char* row;
        const char* file;
        int line;
        Effect effect;
        Confidence confidence;
        const char* reason;
    };
    const Spec specs[] = {
        {"pstn", "android/Call.java", 33, Effect::Fail, Confidence::High, "Calls channelInvitePhone3."},
        {"pstn", "android/Call.java", 12, Effect::Review, Confidence::Medium, "Handles an invite message."},
        {"special-features", "web/app.js", 34, Effect::Fail, Confidence::High, "Joins __agora_user_online."},
        {"special-features", "ios/AppDelegate.m", 16, Effect::Fail, Confidence::Low, "Calls setBackground."},
        {"sdk-version", "web/index.html", 22, Effect::Review, Confidence::High, "Loads AgoraSig-1.0.5.js."},
        {"", "libs/agora-sig-sdk.jar", 0, Effect::Note, Confidence::High, "SDK library present."},
    };
    int n = 1;
    for (const auto& s : specs) {
        Finding f;
        f.id = QStringLiteral("F%1").arg(n++);
        f.row = QString::fromLatin1(s.row);
        f.file = QString::fromLatin1(s.file);
        f.line = s.line;
        f.effect = s.effect;
        f.confidence = s.confidence;
        f.reason = Message::literal(QString::fromLatin1(s.reason));
        f.rule = QStringLiteral("rule.%1").arg(n);
        report->findings.push_back(f);
    }
    return report;
}

QStringList shownIds(const FindingsFilterModel& proxy)
{
    QStringList ids;
    for (int i = 0; i < proxy.rowCount(); ++i) {
        ids << proxy.index(i, 0).data(FindingsModel::FindingIdRole).toString();
    }
    return ids;
}

} // namespace

class TestFindingsFilterModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void sortsByLineNumerically();
    void sortsByEffectSeverity();
    void codeComesBeforeMentions();
    void filterChangesWhileSorted();

private:
    FindingsModel* m_source = nullptr;
    FindingsFilterModel* m_proxy = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestFindingsFilterModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFindingsFilterModel::init()
{
    m_source = new FindingsModel(this);
    m_source->setReport(makeReport());
    m_proxy = new FindingsFilterModel(this);
    m_proxy->setSourceModel(m_source);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestFindingsFilterModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_source;
}

void TestFindingsFilterModel::filters_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Effect>>("hiddenEffects");
    QTest::addColumn<QList<Confidence>>("hiddenConfidences");
    QTest::addColumn<QStringList>("expected");

    const QList<Effect> noEffects;
    const QList<Confidence> noConfidences;
    QTest::newRow("everything") << QString() << QString() << noEffects << noConfidences
                                << QStringList{u"F1"_s, u"F2"_s, u"F3"_s, u"F4"_s, u"F5"_s, u"F6"_s};
    QTest::newRow("one row") << QStringLiteral("pstn") << QString() << noEffects << noConfidences
                             << QStringList{u"F1"_s, u"F2"_s};
    QTest::newRow("text in reason, any case")
        << QString() << QStringLiteral("SETBACKGROUND") << noEffects << noConfidences << QStringList{u"F4"_s};
    QTest::newRow("text in file") << QString() << QStringLiteral("web/") << noEffects << noConfidences
                                  << QStringList{u"F3"_s, u"F5"_s};
    QTest::newRow("row and text") << QStringLiteral("special-features") << QStringLiteral("web") << noEffects
                                  << noConfidences << QStringList{u"F3"_s};
    QTest::newRow("fail only") << QString() << QString() << QList<Effect>{Effect::Review, Effect::Note} << noConfidences
                               << QStringList{u"F1"_s, u"F3"_s, u"F4"_s};
    QTest::newRow("high confidence") << QString() << QString() << noEffects
                                     << QList<Confidence>{Confidence::Medium, Confidence::Low}
                                     << QStringList{u"F1"_s, u"F3"_s, u"F5"_s, u"F6"_s};
    QTest::newRow("nothing matches") << QStringLiteral("mini-program") << QString() << noEffects << noConfidences
                                     << QStringList{};
    QTest::newRow("blank text is no filter") << QString() << QStringLiteral("   ") << noEffects << noConfidences
                                             << QStringList{u"F1"_s, u"F2"_s, u"F3"_s, u"F4"_s, u"F5"_s, u"F6"_s};
}

void TestFindingsFilterModel::filters()
{
    QFETCH(QString, row);
    QFETCH(QString, text);
    QFETCH(QList<Effect>, hiddenEffects);
    QFETCH(QList<Confidence>, hiddenConfidences);
    QFETCH(QStringList, expected);
    m_proxy->setRowId(row);
    m_proxy->setText(text);
    for (auto e : hiddenEffects) {
        m_proxy->setEffectVisible(e, false);
        QVERIFY(!m_proxy->isEffectVisible(e));
    }
    for (auto c : hiddenConfidences) {
        m_proxy->setConfidenceVisible(c, false);
        QVERIFY(!m_proxy->isConfidenceVisible(c));
    }
    QCOMPARE(shownIds(*m_proxy), expected);

    // Undoing every filter shows everything again.
    m_proxy->setRowId({});
    m_proxy->setText({});
    for (auto e : hiddenEffects) {
        m_proxy->setEffectVisible(e, true);
    }
    for (auto c : hiddenConfidences) {
        m_proxy->setConfidenceVisible(c, true);
    }
    QCOMPARE(m_proxy->rowCount(), 6);
}

void TestFindingsFilterModel::sortsByLineNumerically()
{
    m_proxy->setRowId(QStringLiteral("pstn"));
    m_proxy->sort(FindingsModel::LineColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QStringList{u"F2"_s, u"F1"_s})); // 12 before 33
    m_proxy->setRowId({});
    m_proxy->sort(FindingsModel::LineColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy),
             (QStringList{u"F6"_s, u"F2"_s, u"F4"_s, u"F5"_s, u"F1"_s, u"F3"_s})); // 0, 12, 16, 22, 33, 34
}

void TestFindingsFilterModel::sortsByEffectSeverity()
{
    m_proxy->sort(FindingsModel::EffectColumn, Qt::AscendingOrder);
    const auto ids = shownIds(*m_proxy);
    // Fail first (ties by file, then line), then review, then notes.
    QCOMPARE(ids, (QStringList{u"F1"_s, u"F4"_s, u"F3"_s, u"F2"_s, u"F5"_s, u"F6"_s}));
}

void TestFindingsFilterModel::codeComesBeforeMentions()
{
    // Three notes of one row: a README line and a comment mention what the code uses. Whichever way the
    // list is sorted by effect, the code comes first.
    auto report = std::make_shared<Report>();
    report->catalog = Catalog::builtin();
    const std::tuple<const char*, const char*, Context> specs[] = {
        {"F1", "README.md", Context::Doc}, {"F2", "a.js", Context::Comment}, {"F3", "src/app.js", Context::Code}};
    for (const auto& [id, file, context] : specs) {
        Finding f;
        f.id = QString::fromLatin1(id);
        f.row = u"sdk-version"_s;
        f.file = QString::fromLatin1(file);
        f.line = 3;
        f.effect = Effect::Note;
        f.context = context;
        f.reason = Message::literal(u"AgoraSig-1.4.0.js"_s);
        report->findings.push_back(f);
    }
    m_source->setReport(report);
    m_proxy->sort(FindingsModel::EffectColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy).first(), u"F3"_s);
    m_proxy->sort(FindingsModel::EffectColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(*m_proxy).first(), u"F3"_s);
}

void TestFindingsFilterModel::filterChangesWhileSorted()
{
    m_proxy->sort(FindingsModel::FileColumn, Qt::DescendingOrder);
    m_proxy->setText(QStringLiteral("android"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setEffectVisible(Effect::Fail, false);
    QCOMPARE(shownIds(*m_proxy), QStringList{u"F2"_s});
    m_source->setReport(makeReport());
    QCOMPARE(shownIds(*m_proxy), QStringList{u"F2"_s});
}

QTEST_MAIN(TestFindingsFilterModel)
#include "tst_findingsfiltermodel.moc"
