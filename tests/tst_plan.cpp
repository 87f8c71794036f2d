// SPDX-License-Identifier: MIT
// The migration plan and lasting suppressions: the work in order per client, who must switch together, and
// suppressions that follow a finding when code moves above it.

#include "assessment.h"
#include "markdownwriter.h"
#include "plan.h"
#include "reportview.h"
#include "sarifwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

namespace {

std::optional<Report> assessInputs(const QStringList& inputs)
{
    AssessmentRequest request;
    request.inputs = inputs;
    Diagnostics diagnostics;
    auto report = assess(request, nullptr, nullptr, &diagnostics);
    if (!report) {
        qWarning().noquote() << toString(diagnostics);
    }
    return report;
}

bool copyTree(const QString& from, const QString& to)
{
    QDir source(from);
    if (!QDir().mkpath(to)) {
        return false;
    }
    for (const auto& entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + u'/' + entry.fileName();
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target)) {
            return false;
        }
    }
    return true;
}

QString kindOf(const PlanStep& step)
{
    switch (step.kind) {
    case PlanStep::Kind::Blocker:
        return u"blocker"_s;
    case PlanStep::Kind::Port:
        return u"port"_s;
    case PlanStep::Kind::RemoveSdk:
        return u"remove"_s;
    }
    return {};
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void sampleWorkInOrder()
    {
        const auto report = assessInputs({QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat")});
        QVERIFY(report);
        const Plan plan = buildPlan(*report);
        QStringList steps;
        for (const auto& step : plan.steps) {
            steps << kindOf(step) + u':' + step.client + (step.row.isEmpty() ? QString() : u':' + step.row);
        }
        // Blockers first (client by client, rows in seed order), then ports smallest first, then removals.
        QCOMPARE(steps, (QStringList{u"blocker:android:pstn"_s, u"blocker:miniprogram:mini-program"_s,
                                     u"blocker:web:special-features"_s, u"blocker:web:sdk-version"_s,
                                     u"blocker:web:web-non-string-message"_s, u"port:ios"_s, u"port:miniprogram"_s,
                                     u"port:web"_s, u"port:android"_s, u"remove:android"_s, u"remove:ios"_s,
                                     u"remove:miniprogram"_s}));
        QCOMPARE(plan.together, (QStringList{u"android"_s, u"miniprogram"_s, u"web"_s}));
        QCOMPARE(plan.points, 46 + 20 + 20 + 38);
        QCOMPARE(plan.maxPoints, 46);
        const auto& removeIos = plan.steps[10];
        // A framework folder stands for its headers.
        QCOMPARE(removeIos.files, QStringList{u"ios/LegacyChat/libs/AgoraSigKit.framework"_s});
    }

    void migratedClientIsDoneAndNeedsNoWork()
    {
        const auto report = assessInputs({QStringLiteral(SIG2RTM_TEST_DATA "/projects/67-monorepo-clients")});
        QVERIFY(report);
        const Plan plan = buildPlan(*report);
        const auto next = std::find_if(plan.clients.begin(), plan.clients.end(),
                                       [](const PlanClient& c) { return c.client->id == u"web-next"_s; });
        QVERIFY(next != plan.clients.end());
        QCOMPARE(next->stage, u"migrated"_s);
        QCOMPARE(next->points, 0);
        QVERIFY(next->independent);
        for (const auto& step : plan.steps) {
            QVERIFY2(step.client != u"web-next"_s, qPrintable(kindOf(step)));
        }
        // Only ios has a blocker (pstn): nobody must switch with it.
        QCOMPARE(plan.together, QStringList{u"ios"_s});
    }

    void clientNamesAreShownAsTheyAre()
    {
        // A folder name is someone else's text: "%2" in it is not a placeholder, and a bidi override is shown.
        QTemporaryDir temp;
        const QString name = u"web%2\u202E"_s;
        QVERIFY(copyTree(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat/web"),
                         temp.filePath(u"app/"_s + name)));
        const auto report = assessInputs({temp.filePath(u"app"_s)});
        QVERIFY(report);
        const ReportView view = ReportView::build(*report);
        const auto port = std::find_if(view.planSteps.begin(), view.planSteps.end(),
                                       [](const ReportView::PlanStep& s) { return s.text.contains(u"web%2"_s); });
        QVERIFY(port != view.planSteps.end());
        QVERIFY2(port->text.contains(u"web%2<U+202E>"_s), qPrintable(port->text));
        QVERIFY(!port->text.contains(QChar(0x202E)));
    }

    void noLegacySdkNoPlan()
    {
        const auto report = assessInputs({QStringLiteral(SIG2RTM_TEST_DATA "/projects/46-generic-names-no-signaling")});
        QVERIFY(report);
        QVERIFY(buildPlan(*report).empty());
        QVERIFY(buildPlan(*report).steps.empty());
    }

    void suppressionSurvivesLinesInsertedAbove()
    {
        QTemporaryDir temp;
        const QString root = temp.path() + u"/project"_s;
        QVERIFY(copyTree(QStringLiteral(SIG2RTM_TEST_DATA "/projects/26-ios-objc-pstn-1-2-1-43"), root));
        auto before = assessInputs({root});
        QVERIFY(before);
        const auto pstn = std::find_if(before->findings.begin(), before->findings.end(), [](const Finding& f) {
            return f.row == u"pstn"_s && f.effect == Effect::Fail && f.line == 43;
        });
        QVERIFY(pstn != before->findings.end());

        // The suppression as the app writes it: rule, file (relative to the description), fingerprint, the
        // snippet for people, and why.
        ProjectDescription description;
        description.name = u"Phone desk"_s;
        description.sources = {root};
        description.suppressions.push_back({pstn->rule, u"project/"_s + pstn->file, 0,
                                            u"the phone feature is retired in May"_s, fingerprint(*pstn),
                                            pstn->snippet});
        const QString descriptionPath = temp.path() + u"/phone-desk.json"_s;
        {
            QFile file(descriptionPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(description.toJsonText(temp.path()));
        }

        // Three lines inserted above the finding.
        const QString source = root + u'/' + pstn->file;
        QFile file(source);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("// Moved here in the phone-desk refactor.\n// Keep this file's calls together.\n\n" + text);
        file.close();

        const auto after = assessInputs({descriptionPath});
        QVERIFY(after);
        const auto moved = std::find_if(after->findings.begin(), after->findings.end(),
                                        [](const Finding& f) { return f.row == u"pstn"_s && f.line == 46; });
        QVERIFY(moved != after->findings.end());
        QCOMPARE(toString(moved->effect), u"note"_s);
        QCOMPARE(moved->suppressedBy, u"the phone feature is retired in May"_s);
        const ReportRow* row = after->row(u"pstn"_s);
        QCOMPARE(row->suppressedCount, 1);
        QCOMPARE(toString(row->status), u"fail"_s); // the other PSTN call still blocks

        // JSON: the finding keeps its reason; the row counts it.
        const auto json = toJson(*after);
        bool found = false;
        for (const auto& f : json["findings"]) {
            if (f["line"] == 46 && f["row"] == "pstn") {
                QCOMPARE(QString::fromStdString(f["suppression"].get<std::string>()),
                         u"the phone feature is retired in May"_s);
                QCOMPARE(QString::fromStdString(f["effect"].get<std::string>()), u"note"_s);
                found = true;
            }
        }
        QVERIFY(found);
        for (const auto& r : json["rows"]) {
            if (r["id"] == "pstn") {
                QCOMPARE(r["counts"]["suppressed"].get<int>(), 1);
            }
        }
        // SARIF: suppressions[] with the justification; every other result says "none" (an empty array).
        const auto sarif = toSarif(*after);
        int suppressed = 0;
        for (const auto& result : sarif["runs"][0]["results"]) {
            QVERIFY(result.contains("suppressions"));
            if (!result["suppressions"].empty()) {
                ++suppressed;
                QCOMPARE(QString::fromStdString(result["suppressions"][0]["justification"].get<std::string>()),
                         u"the phone feature is retired in May"_s);
                QCOMPARE(QString::fromStdString(result["suppressions"][0]["kind"].get<std::string>()), u"external"_s);
            }
        }
        QCOMPARE(suppressed, 1);
        // Markdown shows it beside the status.
        const QString md = QString::fromUtf8(renderMarkdown(*after));
        QVERIFY2(md.contains(u"(1 suppressed)"_s), qPrintable(md.left(2000)));
    }

    void lineSuppressionDoesNotFollowMovedCode()
    {
        // The old form, a line number, stays as it was: it does not follow the code (use a fingerprint for that).
        QTemporaryDir temp;
        const QByteArray text =
            R"({"format": "sig2rtm-project/1", "name": "x", "clients": [{"platform": "web", "sdkVersion": "1.0.5"}],
            "suppressions": [{"rule": "declared.sdk", "file": "*.json", "line": 99, "reason": "elsewhere"}]})";
        Diagnostics diagnostics;
        const auto d = ProjectDescription::load(text, u"x.json"_s, temp.path(), &diagnostics);
        QVERIFY2(d, qPrintable(toString(diagnostics)));
        const Report report = assessDescription(*d, nullptr, ReportLanguage::English);
        QCOMPARE(toString(report.row(u"sdk-version"_s)->status), u"fail"_s);
        QCOMPARE(report.row(u"sdk-version"_s)->suppressedCount, 0);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
