// SPDX-License-Identifier: MIT
#pragma once

// Reports with known content for the writer tests (tst_htmlwriter, tst_pdfwriter, tst_sarifwriter,
// tst_csvwriter, tst_markdownwriter): one built by hand with hostile project data, one from a
// project description, and a generated project whose file names and lines carry markup and script.

#include "assessment.h"
#include "catalog.h"
#include "projectdescription.h"
#include "report.h"

#include <optional>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace sig2rtm::testing {

inline const QString kScriptTag = QStringLiteral("<script>alert(1)</script>");
inline const QString kImgOnError = QStringLiteral("\"><img src=x onerror=alert(1)>");
inline const QString kJavascriptUrl = QStringLiteral("javascript:alert(1)");
/// A reason with everything CSV must quote: comma, quote, line break; and Chinese text.
inline const QString kTrickyReason = QStringLiteral("第一行, with \"quotes\"\nsecond line");
/// A summary with a Markdown table separator in it.
inline const QString kPipeSummary = QStringLiteral("first: a|b.js:3 uses `x` and *y* [z](u) <b>");

struct FindingSpec
{
    const char* rule;
    const char* row;
    const char16_t* file;
    int line;
    int column;
    int length;
    const char16_t* snippet;
    Effect effect;
    const char16_t* reason;
};

/// A report built field by field: five rows (fail, review, pass, fail, pass), findings with markup,
/// script, a formula, Chinese text, line-0 evidence, a declared fact and RTM evidence that no row lists.
inline Report handMadeReport(ReportLanguage language = ReportLanguage::English)
{
    Report report;
    report.catalog = Catalog::builtin();
    report.language = language;
    report.toolVersion = QStringLiteral("0.1.0");
    report.generatedAt = QDateTime(QDate(2026, 1, 31), QTime(14, 5), Qt::UTC);
    report.inputKind = QStringLiteral("folder");
    report.inputPaths = {QStringLiteral("/src/<proj>")};
    report.root = QStringLiteral("/src/my project");
    report.projectName = QStringLiteral("<b>Legacy</b> & \"chat\"");
    report.appId = QStringLiteral("0123456789abcdef");
    report.verdict = Verdict::Incompatible;
    report.signalingDetected = true;

    const FindingSpec specs[] = {
        {"special.channel", "special-features", u"web/js/app.js", 34, 33, 21,
         u"presence = session.channelJoin('__agora_user_online');", Effect::Fail,
         u"Joins a special Signaling channel."},
        {"special.channel", "special-features", u"web/<script>alert(1)</script>.js", 3, 9, 21,
         u"s.join('__agora_user_online'); // <script>alert(1)</script>", Effect::Fail,
         u"第一行, with \"quotes\"\nsecond line"},
        {"special.set-background", "special-features", u"web/\"><img src=x onerror=alert(1)>.js", 7, 5, 13,
         u"x.setBackground(true); // \"><img src=x onerror=alert(1)>", Effect::Fail,
         u"Calls setBackground, a special SDK setting."},
        {"special.invoke", "special-features", u"web/javascript:alert(1).js", 2, 17, 44,
         u"session.invoke('io.agora.signal.channel_query_userlist_all', {u: 'javascript:alert(1)'});", Effect::Note,
         u"Suppressed (reviewed): not shipped."},
        {"sdk.android.import", "sdk-version", u"android/App.java", 5, 8, 27, u"import io.agora.AgoraAPIOnlySignal;",
         Effect::Review, u"The code imports the legacy Signaling Android SDK."},
        {"sdk.android.file", "sdk-version", u"android/libs/agora-sig-sdk.jar", 0, 0, 0, u"agora-sig-sdk.jar",
         Effect::Review, u"The legacy Signaling Android SDK library is part of the project."},
        {"web.message-argument", "web-non-string-message", u"=cmd|' /C calc'!A0.js", 12, 26, 16,
         u"room.messageChannelSend({ type: 'chat' }, cb);", Effect::Fail,
         u"The msg argument is not a string: an object literal."},
        {"declared.message-type", "web-non-string-message", u"sig2rtm.json", 9, 23, 0,
         u"\"messageTypes\": [\"object\"]", Effect::Fail, u"Declared: the Web client sends object values as messages."},
        {"rtm.web", "", u"package.json", 4, 5, 15, u"\"agora-rtm-sdk\": \"^1.5.1\"", Effect::Note,
         u"The project already uses the RTM Web SDK."},
        {"pstn.invite-msg", "pstn", u"android/Call.java", 20, 17, 11, u"public void onInviteMsg(String c) {",
         Effect::Note, u"Suppressed (not PSTN): handles peer invitations only."},
    };
    int n = 0;
    for (const auto& spec : specs) {
        Finding f;
        f.id = QStringLiteral("F%1").arg(++n);
        f.rule = QString::fromLatin1(spec.rule);
        f.row = QString::fromLatin1(spec.row);
        f.file = QString::fromUtf16(spec.file);
        f.line = spec.line;
        f.column = spec.column;
        f.length = spec.length;
        f.snippet = QString::fromUtf16(spec.snippet);
        f.effect = spec.effect;
        f.reason = Message::literal(QString::fromUtf16(spec.reason));
        f.context = f.rule.startsWith(QLatin1String("declared.")) ? Context::Declared : Context::Code;
        f.confidence = f.effect == Effect::Review ? Confidence::Medium : Confidence::High;
        f.platform = f.file.startsWith(QLatin1String("android")) ? QStringLiteral("android") : QStringLiteral("web");
        report.findings.push_back(f);
    }

    const struct
    {
        const char* id;
        RowStatus status;
        const char16_t* summary;
    } rows[] = {
        {"special-features", RowStatus::Fail, u"3 blocking finding(s); first: web/js/app.js:34"},
        {"sdk-version", RowStatus::Review, u"Signaling SDK found, but its version could not be read."},
        {"mini-program", RowStatus::Pass, u"No mini-program build of the Signaling SDK is used."},
        {"web-non-string-message", RowStatus::Fail, u"first: a|b.js:3 uses `x` and *y* [z](u) <b>"},
        {"pstn", RowStatus::Pass, u"No PSTN feature is used."},
    };
    for (const auto& spec : rows) {
        ReportRow row;
        row.id = QString::fromLatin1(spec.id);
        row.status = spec.status;
        row.summary = Message::literal(QString::fromUtf16(spec.summary));
        for (const auto& f : report.findings) {
            if (f.row != row.id) {
                continue;
            }
            row.findingIds << f.id;
            row.failCount += f.effect == Effect::Fail ? 1 : 0;
            row.reviewCount += f.effect == Effect::Review ? 1 : 0;
            row.noteCount += f.effect == Effect::Note ? 1 : 0;
        }
        report.rows.push_back(row);
    }

    SdkEvidence android;
    android.platform = QStringLiteral("android");
    android.findingIds = {QStringLiteral("F5"), QStringLiteral("F6")};
    android.missing = Message::literal(QStringLiteral("no version in the jar"));
    SdkEvidence rtm;
    rtm.kind = SdkKind::Rtm;
    rtm.platform = QStringLiteral("web");
    rtm.version = QStringLiteral("1.5.1");
    rtm.findingIds = {QStringLiteral("F9")};
    report.sdk = {android, rtm};

    report.skipped = {{QStringLiteral("node_modules"), Message::literal(QStringLiteral("excluded: node_modules"))},
                      {QStringLiteral("big/<script>.min.js"), Message::literal(QStringLiteral("larger than 16 MB"))}};
    report.stats = {42, 123456, 789};
    return report;
}

/// A questionnaire report: a Web client on Signaling 1.0.5 sending objects, a mini-program client.
inline Report questionnaireReport(ReportLanguage language)
{
    ProjectDescription description;
    description.name = QStringLiteral("Questionnaire <demo>");
    description.appId = QStringLiteral("feedface");
    DeclaredClient web;
    web.platform = QStringLiteral("web");
    web.sdkVersion = QStringLiteral("1.0.5");
    web.messageTypes = {{QStringLiteral("object"), {}}};
    web.features = {{QStringLiteral("special-channels"), {}}};
    DeclaredClient mini;
    mini.platform = QStringLiteral("mini-program");
    description.clients = {web, mini};
    Report report = assessDescription(description, Catalog::builtin(), language);
    report.projectName = description.name;
    report.appId = description.appId;
    return report;
}

inline bool writeText(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

/// A Signaling Web project whose file names and source lines carry script, markup and a javascript: URL.
inline bool writeHostileProject(const QString& root)
{
    // "<script>alert(1)</script>" has a '/': the folder "<script>alert(1)<" holds "script>.js".
    return writeText(root + QStringLiteral("/index.html"),
                     QStringLiteral("<html><body>\n  <script src=\"js/AgoraSig-1.0.5.js\"></script>\n"
                                    "  <script>alert(1)</script>\n</body></html>\n")) &&
           writeText(root + QStringLiteral("/") + kScriptTag + QStringLiteral(".js"),
                     QStringLiteral("var signal = Signal(APP_ID);\nvar session = signal.login(uid, token);\n"
                                    "var presence = session.channelJoin('__agora_user_online'); // ") +
                         kScriptTag + u'\n') &&
           writeText(root + QStringLiteral("/") + kImgOnError + QStringLiteral(".js"),
                     QStringLiteral("var signal = Signal(APP_ID);\nvar room = session.channelJoin(name);\n"
                                    "room.messageChannelSend({ html: '") +
                         kImgOnError + QStringLiteral("' });\n")) &&
           writeText(root + QStringLiteral("/") + kJavascriptUrl + QStringLiteral(".js"),
                     QStringLiteral("var signal = Signal(APP_ID);\n"
                                    "session.invoke('io.agora.signal.channel_query_userlist_all', { next: '") +
                         kJavascriptUrl + QStringLiteral("' }, cb);\n"));
}

/// Scans a folder with the built-in catalog.
inline std::optional<Report> scanFolder(const QString& folder, ReportLanguage language)
{
    AssessmentRequest request;
    request.inputs = {folder};
    request.language = language;
    request.threads = 1;
    return assess(request);
}

/// The baseline fixture's v2 compared with its v1, with the saved reports of tests/data/history (and v2 itself)
/// as its history: what the progress section and the burn-down show.
inline std::optional<Report> progressReport(ReportLanguage language = ReportLanguage::English)
{
    const QString data = QStringLiteral(SIG2RTM_TEST_DATA);
    const auto v1 = scanFolder(data + QStringLiteral("/baseline/v1"), language);
    auto v2 = scanFolder(data + QStringLiteral("/baseline/v2"), language);
    auto history = History::loadFolder(data + QStringLiteral("/history"), nullptr);
    if (!v1 || !v2 || !history) {
        return std::nullopt;
    }
    v2->baseline = compareWithBaseline(*v2, PreviousReport::fromReport(*v1));
    v2->baseline->file = QStringLiteral("reports/v1.json");
    history->addCurrent(*v2);
    v2->history = std::move(*history);
    return v2;
}

} // namespace sig2rtm::testing
