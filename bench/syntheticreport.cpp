// SPDX-License-Identifier: MIT
#include "syntheticreport.h"

#include "assessment.h"
#include "catalog.h"

#include <algorithm>
#include <iterator>
#include <tuple>

namespace sig2rtm::bench {

namespace {

struct RuleShape
{
    const char* rule;
    const char* row;
    const char16_t* snippet;
    int column;
    int length;
    Effect effect;
};

// One realistic finding per row (and presence evidence), cycled over the synthetic files.
const RuleShape kShapes[] = {
    {"special.channel", "special-features", u"presence = session.channelJoin('__agora_user_online');", 33, 21,
     Effect::Fail},
    {"special.set-background", "special-features", u"signal.setBackground(true);", 8, 13, Effect::Fail},
    {"sdk.web.import", "sdk-version", u"<script src=\"js/AgoraSig-1.0.5.js\"></script>", 15, 22, Effect::Fail},
    {"sdk.android.import", "sdk-version", u"import io.agora.AgoraAPIOnlySignal;", 8, 27, Effect::Review},
    {"mini.whitelist", "mini-program", u"const LBS = 'https://lbs-wx.agora.io/getaddr';", 22, 15, Effect::Fail},
    {"web.message-argument", "web-non-string-message", u"room.messageChannelSend({ type: 'chat', text: text });", 29,
     28, Effect::Fail},
    {"pstn.call", "pstn", u"m_agoraAPI.channelInvitePhone3(channelName, phone, callerId, extra);", 24, 19,
     Effect::Fail},
    {"pstn.invite-msg", "pstn", u"public void onInviteMsg(String channelID, String account, int uid) {", 17, 11,
     Effect::Review},
    {"sdk.web.factory", "sdk-version", u"var signal = Signal(APP_ID);", 18, 6, Effect::Note},
};

} // namespace

Report syntheticReport(int findings, int files, ReportLanguage language)
{
    Report report;
    report.catalog = Catalog::builtin();
    report.language = language;
    report.toolVersion = toolVersion();
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.inputKind = QStringLiteral("folder");
    report.inputPaths = {QStringLiteral("/src/big-app")};
    report.root = QStringLiteral("/src/big-app");
    report.projectName = QStringLiteral("big-app");
    report.verdict = Verdict::Incompatible;
    report.signalingDetected = true;
    for (const auto& id : Catalog::builtin()->rowIds()) {
        ReportRow row;
        row.id = id;
        report.rows.push_back(row);
    }
    const auto* catalog = report.catalog.get();
    for (int i = 0; i < findings; ++i) {
        const auto& shape = kShapes[static_cast<std::size_t>(i) % std::size(kShapes)];
        Finding f;
        f.id = QStringLiteral("F%1").arg(i + 1);
        f.rule = QString::fromLatin1(shape.rule);
        f.row = QString::fromLatin1(shape.row);
        f.file = QStringLiteral("src/module%1/feature%2/file%3.js").arg(i % 37).arg(i % 11).arg(i % files);
        f.line = 10 + (i * 7) % 900;
        f.column = shape.column;
        f.length = shape.length;
        f.snippet = QString::fromUtf16(shape.snippet);
        f.effect = shape.effect;
        f.confidence = Confidence::High;
        const auto* rule = catalog->rule(f.rule);
        f.reason = rule ? Message::catalog(QStringLiteral("rule/%1/reason").arg(rule->id))
                        : Message::literal(QStringLiteral("Synthetic finding."));
        f.platform = QStringLiteral("web");
        report.findings.push_back(f);
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        auto& f = report.findings[i];
        f.id = QStringLiteral("F%1").arg(i + 1);
        auto& row = report.rows[static_cast<std::size_t>(catalog->rowIndex(f.row))];
        row.findingIds << f.id;
        (f.effect == Effect::Fail ? row.failCount : f.effect == Effect::Review ? row.reviewCount : row.noteCount) += 1;
    }
    for (auto& row : report.rows) {
        row.status = row.failCount > 0 ? RowStatus::Fail : row.reviewCount > 0 ? RowStatus::Review : RowStatus::Pass;
        row.summary = Message::literal(QStringLiteral("%1 blocking finding(s).").arg(row.failCount));
    }
    SdkEvidence sdk;
    sdk.platform = QStringLiteral("web");
    sdk.version = QStringLiteral("1.0.5");
    report.sdk = {sdk};
    for (int i = 0; i < 200; ++i) {
        report.skipped.push_back(
            {QStringLiteral("vendor/lib%1.min.js").arg(i), Message::literal(QStringLiteral("larger than 16 MB"))});
    }
    report.stats = {files, qint64(files) * 4096, 1234};
    return report;
}

} // namespace sig2rtm::bench
