#include "htmlwriter.h"

#include "reporttext.h"

namespace sig2rtm {

namespace {

// The CSS never contains '<' or '&' so that the page stays well-formed XML.
const char16_t kStyle[] = uR"css(
:root{--fg:#172033;--muted:#5a6476;--faint:#8a93a3;--line:#e2e6ec;--panel:#f6f7f9;--accent:#1f5fae;
--fail:#b42318;--fail-bg:#fef3f2;--fail-line:#fbcdc8;--review:#9a5b06;--review-bg:#fff8e6;--review-line:#f7d98e;
--pass:#0a7a46;--pass-bg:#ecfbf2;--pass-line:#b3e9ca;--mark:#ffe58a;--code-bg:#f7f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--fg);font:15px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",
"Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif}
html:lang(zh-CN) body{font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",
"Source Han Sans SC",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.page{max-width:1060px;margin:0 auto;padding:40px 36px 56px}
a{color:var(--accent);text-decoration:none}
a:hover{text-decoration:underline}
code,pre,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono","DejaVu Sans Mono",
"Noto Sans Mono CJK SC",monospace;font-size:13px}
.masthead{padding-bottom:22px;border-bottom:1px solid var(--line)}
.eyebrow{margin:0;font-size:12px;font-weight:650;letter-spacing:.08em;text-transform:uppercase;color:var(--accent)}
h1{margin:6px 0 4px;font-size:30px;line-height:1.2;letter-spacing:-.015em}
.subtitle{margin:0;color:var(--muted)}
.meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:14px 0 0;padding:0;list-style:none;font-size:13px;
color:var(--muted)}
.meta b{color:var(--fg);font-weight:600}
h2{margin:46px 0 6px;font-size:21px;line-height:1.3;letter-spacing:-.01em}
h2 .num{color:var(--faint);font-weight:500;margin-right:8px}
h3{margin:26px 0 10px;font-size:17px;line-height:1.35}
.lead{margin:0 0 16px;color:var(--muted)}
.toc{margin:24px 0 0;padding:16px 20px;background:var(--panel);border-radius:10px}
.toc h2{margin:0 0 6px;font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.toc-cols{display:grid;grid-template-columns:minmax(180px,1fr) 2fr;gap:8px 40px}
.toc ol,.toc ul{margin:0;padding-left:20px}
.toc ul.cases{list-style:none;padding-left:0;font-size:14px}
.toc li{padding:1px 0}
.toc .count{color:var(--faint);font-size:12.5px}
.toc-sub{margin:0 0 2px;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);
font-weight:650}
.icon{width:1.05em;height:1.05em;vertical-align:-.17em;flex:none}
.st{display:inline-flex;align-items:center;gap:5px;font-weight:650;white-space:nowrap}
.st-fail{color:var(--fail)}.st-review{color:var(--review)}.st-pass{color:var(--pass)}
.pill{display:inline-flex;align-items:center;gap:5px;padding:1px 9px;border-radius:999px;font-size:13px;
font-weight:650;border:1px solid;white-space:nowrap}
.pill.st-fail{background:var(--fail-bg);border-color:var(--fail-line)}
.pill.st-review{background:var(--review-bg);border-color:var(--review-line)}
.pill.st-pass{background:var(--pass-bg);border-color:var(--pass-line)}
.verdict{display:flex;gap:16px;align-items:flex-start;margin:18px 0 14px;padding:18px 22px;border-radius:12px;
border:1px solid}
.verdict .icon{width:34px;height:34px;margin-top:2px}
.verdict.tone-fail{background:var(--fail-bg);border-color:var(--fail-line)}
.verdict.tone-review{background:var(--review-bg);border-color:var(--review-line)}
.verdict.tone-pass{background:var(--pass-bg);border-color:var(--pass-line)}
.tone-fail .icon,.verdict.tone-fail .word{color:var(--fail)}
.tone-review .icon,.verdict.tone-review .word{color:var(--review)}
.tone-pass .icon,.verdict.tone-pass .word{color:var(--pass)}
.verdict .label{margin:0;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);
font-weight:600}
.verdict .word{margin:0;font-size:22px;font-weight:700;line-height:1.3}
.verdict .sentence{margin:2px 0 0;color:var(--fg);font-weight:400}
.banner{display:flex;gap:14px;align-items:flex-start;margin:0 0 18px;padding:14px 20px;border-radius:12px;
background:#f1f3f7;border-left:4px solid #3b4a63}
.banner .icon{width:22px;height:22px;color:#3b4a63;margin-top:2px}
.banner p{margin:0}
.banner .headline{font-weight:650}
.timeline{display:flex;flex-wrap:wrap;gap:4px 22px;margin:6px 0 0;padding:0;list-style:none;font-size:13px;
color:var(--muted)}
.timeline time{font-weight:600;color:var(--fg);margin-right:6px;font-variant-numeric:tabular-nums}
.warning{margin:0 0 18px;padding:12px 18px;border-radius:10px;background:var(--review-bg);
border:1px solid var(--review-line)}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px;margin:0 0 18px}
.fact{padding:14px 18px;border:1px solid var(--line);border-radius:12px}
.fact h3{margin:0 0 6px;font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.fact ul{margin:0;padding:0;list-style:none}
.fact li{padding:1px 0}
.fact .big{font-size:20px;font-weight:700}
.strip{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:10px;margin:0;padding:0;
list-style:none}
.strip li{padding:12px 14px;border:1px solid var(--line);border-top:4px solid var(--line);border-radius:10px}
.strip li.tone-fail{border-top-color:var(--fail)}.strip li.tone-review{border-top-color:#d99a1e}
.strip li.tone-pass{border-top-color:var(--pass)}
.strip .title{display:block;margin:4px 0 2px;color:var(--fg);font-weight:600;font-size:14px;line-height:1.35}
.strip .counts{display:block;color:var(--muted);font-size:12.5px;font-weight:400}
table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;font-size:12px;letter-spacing:.04em;text-transform:uppercase;color:var(--muted);
font-weight:650;background:var(--panel)}
th,td{padding:10px 12px;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
table.compat{table-layout:fixed}
.compat col.c-n{width:4.5%}.compat col.c-title{width:32%}.compat col.c-status{width:10%}
.compat col.c-count{width:10%}.compat col.c-details{width:23.5%}
.compat th{overflow:hidden;text-overflow:ellipsis;letter-spacing:.02em}
.compat th.n{padding-left:4px}
.compat td.title{font-weight:600}
.compat .explain{display:block;margin-top:3px;color:var(--muted);font-weight:400;font-size:13px}
.compat td.summary{color:var(--fg);font-size:13.5px;overflow-wrap:anywhere}
.zero{color:var(--faint)}
.card{margin:14px 0;padding:18px 22px;border:1px solid var(--line);border-left:4px solid;border-radius:12px}
.card.tone-fail{border-left-color:var(--fail)}.card.tone-review{border-left-color:#d99a1e}
.card h3{display:flex;flex-wrap:wrap;align-items:center;gap:10px;margin:0 0 8px}
.card p{margin:6px 0}
.card .k{font-size:12px;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);font-weight:650;
margin:12px 0 4px}
.links{margin:0;padding-left:20px}
.links .url{color:var(--faint);font-size:12.5px;overflow-wrap:anywhere}
.support-note{margin-top:10px;padding:8px 12px;border-radius:8px;background:var(--panel);font-size:14px}
.request{margin:10px 0 0;padding:16px 18px;background:var(--code-bg);border:1px solid var(--line);
border-radius:10px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.5}
.row-findings{margin-top:8px}
.row-findings h3{display:flex;flex-wrap:wrap;align-items:center;gap:10px}
.row-findings h3 .count{color:var(--muted);font-weight:400;font-size:14px}
details.file{margin:10px 0;border:1px solid var(--line);border-radius:10px;overflow:hidden}
details.file summary{display:flex;justify-content:space-between;gap:16px;padding:9px 14px;background:var(--panel);
cursor:pointer;font-size:14px}
details.file summary .path{font-weight:600;overflow-wrap:anywhere}
details.file summary .count{color:var(--muted);white-space:nowrap}
ol.findings{margin:0;padding:0;list-style:none}
ol.findings li{padding:10px 14px 12px;border-top:1px solid var(--line)}
.fmeta{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px;font-size:12.5px;color:var(--muted)}
.fmeta .loc{font-weight:650;color:var(--fg)}
.tag{display:inline-flex;align-items:center;gap:4px;padding:0 7px;border-radius:6px;background:var(--panel);
border:1px solid var(--line)}
.tag.e-fail{color:var(--fail);border-color:var(--fail-line);background:var(--fail-bg);font-weight:650}
.tag.e-review{color:var(--review);border-color:var(--review-line);background:var(--review-bg);font-weight:650}
.fmeta .fid{margin-left:auto;color:var(--faint)}
pre.snippet{display:flex;gap:14px;margin:8px 0 6px;padding:8px 12px;background:var(--code-bg);
border:1px solid var(--line);border-radius:8px;white-space:pre-wrap;overflow-wrap:anywhere}
pre.snippet .ln{flex:none;min-width:2.5em;text-align:right;color:var(--faint);user-select:none}
pre.snippet code{font-size:inherit}
mark{background:var(--mark);color:inherit;border-radius:3px;padding:0 1px;box-shadow:0 0 0 1px #e8c34a}
.reason{margin:0;font-size:14px}
.effect-note .reason{color:var(--muted)}
.skipped td.path{overflow-wrap:anywhere}
dl.metadata{display:grid;grid-template-columns:max-content 1fr;gap:6px 24px;margin:0;font-size:14px}
dl.metadata dt{color:var(--muted)}
dl.metadata dd{margin:0;overflow-wrap:anywhere}
footer{margin-top:48px;padding-top:16px;border-top:1px solid var(--line);color:var(--faint);font-size:12.5px}
.empty{color:var(--muted);font-style:italic}
@media screen and (max-width:760px){.page{padding:24px 16px}.toc-cols{grid-template-columns:1fr}
table.compat{table-layout:auto}.compat col{width:auto}.compat td.summary,.compat th.summary{display:none}}
@media print{
@page{size:A4;margin:16mm 14mm 18mm}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10pt;line-height:1.45}
th,td{padding:6px 6px}.compat th{font-size:7.5pt;letter-spacing:0;text-transform:none}
.compat td.summary{font-size:8.5pt}
.compat col.c-title{width:30%}.compat col.c-status{width:11%}.compat col.c-details{width:24.5%}
.page{max-width:none;padding:0}
h1{font-size:20pt}h2{font-size:14pt;margin-top:22pt;break-after:avoid}h3{break-after:avoid}
.toc{break-inside:avoid}
.verdict,.banner,.fact,.strip li,.card,ol.findings li,tr,pre{break-inside:avoid}
thead{display:table-header-group}
details.file summary{cursor:auto}
a{color:inherit}
a.ext::after{content:" (" attr(href) ")";font-size:85%;color:#555;overflow-wrap:anywhere}
.links .url{display:none}
}
)css";

/// The status icons are inline SVG (no fetch, allowed by the CSP) and are always paired with a word.
QString statusIcon(RowStatus status)
{
    static const QString kOpen = QStringLiteral(
        "<svg class=\"icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\" aria-hidden=\"true\" "
        "focusable=\"false\">");
    switch (status) {
    case RowStatus::Pass:
        return kOpen +
               QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"8\" fill=\"currentColor\"/>"
                              "<path d=\"M4.4 8.3l2.4 2.4 4.8-5\" fill=\"none\" stroke=\"#fff\" "
                              "stroke-width=\"1.9\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>");
    case RowStatus::Fail:
        return kOpen + QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"8\" fill=\"currentColor\"/>"
                                      "<path d=\"M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4\" fill=\"none\" stroke=\"#fff\" "
                                      "stroke-width=\"1.9\" stroke-linecap=\"round\"/></svg>");
    case RowStatus::Review:
        return kOpen + QStringLiteral("<path d=\"M8 .9l7.4 13.4H.6z\" fill=\"currentColor\" "
                                      "stroke=\"currentColor\" stroke-width=\"1\" stroke-linejoin=\"round\"/>"
                                      "<path d=\"M8 5.6v4\" stroke=\"#fff\" stroke-width=\"1.8\" "
                                      "stroke-linecap=\"round\"/><circle cx=\"8\" cy=\"12.1\" r=\"1\" "
                                      "fill=\"#fff\"/></svg>");
    }
    return {};
}

QString clockIcon()
{
    return QStringLiteral(
        "<svg class=\"icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" "
        "focusable=\"false\"><circle cx=\"12\" cy=\"12\" r=\"9.2\" fill=\"none\" stroke=\"currentColor\" "
        "stroke-width=\"2\"/><path d=\"M12 7v5.4l3.4 2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
        "stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>");
}

/// Status text ("st-fail": coloured word and icon) and containers tinted by a status ("tone-fail").
QString statusClass(RowStatus status)
{
    return QStringLiteral("st-") + toString(status);
}

QString toneClass(RowStatus status)
{
    return QStringLiteral("tone-") + toString(status);
}

class HtmlBuilder
{
public:
    Q_DISABLE_COPY_MOVE(HtmlBuilder)

    explicit HtmlBuilder(const Report& report) : m_report(report), m_lang(report.language) {}

    QString build()
    {
        m_out.reserve(64 * 1024 + static_cast<qsizetype>(m_report.findings.size()) * 900);
        head();
        m_out += QStringLiteral("<body><div class=\"page\">");
        masthead();
        contents();
        summary();
        compatibility();
        remediation();
        findings();
        appendix();
        footer();
        m_out += QStringLiteral("</div></body></html>\n");
        return m_out;
    }

private:
    QString t(ReportLabel label) const { return reportLabel(label, m_lang); }
    static QString e(QStringView text) { return escapeHtml(text); }

    QString status(RowStatus s, bool pill = false) const
    {
        return QStringLiteral("<span class=\"%1 %2\">%3<span>%4</span></span>")
            .arg(pill ? QStringLiteral("pill") : QStringLiteral("st"), statusClass(s), statusIcon(s),
                 e(statusWord(s, m_lang)));
    }

    QString countCell(int n) const
    {
        return n == 0 ? QStringLiteral("<td class=\"n zero\">0</td>")
                      : QStringLiteral("<td class=\"n\">%1</td>").arg(n);
    }

    QString findingCount(std::size_t n) const
    {
        return n == 1 ? t(ReportLabel::FindingCountOne) : t(ReportLabel::FindingCount).arg(n);
    }

    QString externalLink(const QString& url, const QString& text) const
    {
        // url has passed isSafeLink(): https only, nothing that needs escaping, still escaped on principle.
        return QStringLiteral("<a class=\"ext\" href=\"%1\" rel=\"noopener noreferrer\">%2</a>").arg(e(url), e(text));
    }

    QString projectName() const
    {
        return m_report.projectName.isEmpty() ? t(ReportLabel::UnnamedProject) : m_report.projectName;
    }

    void head()
    {
        const bool zh = m_lang == ReportLanguage::Chinese;
        m_out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n")
                     .arg(zh ? QStringLiteral("zh-CN") : QStringLiteral("en"));
        m_out += QStringLiteral("<meta charset=\"utf-8\"/>\n"
                                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                "style-src 'unsafe-inline'; img-src data:\"/>\n"
                                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                                "<meta name=\"referrer\" content=\"no-referrer\"/>\n"
                                "<meta name=\"color-scheme\" content=\"light\"/>\n");
        m_out += QStringLiteral("<meta name=\"generator\" content=\"%1 %2\"/>\n")
                     .arg(e(m_report.toolName), e(m_report.toolVersion));
        m_out += QStringLiteral("<title>%1 — %2</title>\n").arg(e(projectName()), e(t(ReportLabel::ReportTitle)));
        m_out += QStringLiteral("<style>") + QString::fromUtf16(kStyle) + QStringLiteral("</style>\n</head>\n");
    }

    void masthead()
    {
        m_out += QStringLiteral(
                     "<header class=\"masthead\"><p class=\"eyebrow\">%1</p><h1>%2</h1><p class=\"subtitle\">%3</p>")
                     .arg(e(t(ReportLabel::ReportTitle)), e(projectName()), e(t(ReportLabel::ReportSubtitle)));
        m_out +=
            QStringLiteral("<ul class=\"meta\"><li>%1<b>%2</b></li><li>%3<b>%4 %5</b></li>")
                .arg(e(QString(t(ReportLabel::Generated) + colon(m_lang))), e(formatTimestamp(m_report.generatedAt)),
                     e(QString(t(ReportLabel::Tool) + colon(m_lang))), e(m_report.toolName), e(m_report.toolVersion));
        if (!m_report.appId.isEmpty()) {
            m_out += QStringLiteral("<li>App ID: <b class=\"mono\">%1</b></li>").arg(e(m_report.appId));
        }
        m_out += QStringLiteral("</ul></header>\n");
    }

    void contents()
    {
        m_out += QStringLiteral("<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">%1</h2>"
                                "<div class=\"toc-cols\"><ol class=\"sections\">")
                     .arg(e(t(ReportLabel::Contents)));
        const std::pair<const char16_t*, ReportLabel> sections[] = {{u"summary", ReportLabel::Summary},
                                                                    {u"compatibility", ReportLabel::Compatibility},
                                                                    {u"remediation", ReportLabel::Remediation},
                                                                    {u"findings", ReportLabel::Findings},
                                                                    {u"appendix", ReportLabel::Appendix}};
        for (const auto& [anchor, label] : sections) {
            m_out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(QString::fromUtf16(anchor), e(t(label)));
        }
        m_out += QStringLiteral("</ol>");
        // The findings of each case, one click away: the longest part of a big report.
        QString cases;
        for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
            const auto& row = m_report.rows[i];
            if (!row.findingIds.isEmpty()) {
                cases += QStringLiteral("<li><a href=\"#findings-%1\">%2</a> <span class=\"count\">%3</span></li>")
                             .arg(i + 1)
                             .arg(e(rowTitle(m_report, row)),
                                  e(findingCount(static_cast<std::size_t>(row.findingIds.size()))));
            }
        }
        const auto other = findingsWithoutRow(m_report);
        if (!other.empty()) {
            cases += QStringLiteral("<li><a href=\"#findings-other\">%1</a> <span class=\"count\">%2</span></li>")
                         .arg(e(t(ReportLabel::OtherEvidence)), e(findingCount(other.size())));
        }
        if (!cases.isEmpty()) {
            m_out += QStringLiteral("<div><p class=\"toc-sub\">%1</p><ul class=\"cases\">")
                         .arg(e(t(ReportLabel::FindingsPerRow))) +
                     cases + QStringLiteral("</ul></div>");
        }
        m_out += QStringLiteral("</div></nav>\n");
    }

    void sectionHeading(int number, const QString& anchor, ReportLabel label)
    {
        m_out += QStringLiteral("<section id=\"%1\"><h2><span class=\"num\">%2</span>%3</h2>")
                     .arg(anchor)
                     .arg(number)
                     .arg(e(t(label)));
    }

    void summary()
    {
        sectionHeading(1, QStringLiteral("summary"), ReportLabel::Summary);
        const RowStatus tone = verdictTone(m_report.verdict);
        m_out += QStringLiteral("<div class=\"verdict %1\" data-verdict=\"%2\">%3<div><p class=\"label\">%4</p>"
                                "<p class=\"word\">%5</p><p class=\"sentence\">%6</p></div></div>")
                     .arg(toneClass(tone), e(toString(m_report.verdict)), statusIcon(tone), e(t(ReportLabel::Verdict)),
                          e(verdictWord(m_report.verdict, m_lang)), e(verdictSentence(m_report.verdict, m_lang)));
        if (m_report.partial) {
            m_out += QStringLiteral("<p class=\"warning\" role=\"note\"><b>%1</b></p>")
                         .arg(e(t(ReportLabel::PartialWarning)));
        }
        timelineBanner();
        facts();
        m_out += QStringLiteral("<h3>%1</h3><ul class=\"strip\">").arg(e(t(ReportLabel::FindingsPerRow)));
        for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
            const auto& row = m_report.rows[i];
            m_out += QStringLiteral("<li class=\"%1\">%2<a class=\"title\" href=\"#row-%3\">%4</a>"
                                    "<span class=\"counts\">%5</span></li>")
                         .arg(toneClass(row.status), status(row.status))
                         .arg(i + 1)
                         .arg(e(rowTitle(m_report, row)), e(rowCountsText(row, m_lang)));
        }
        m_out += QStringLiteral("</ul></section>\n");
    }

    void timelineBanner()
    {
        const auto* shutdown = shutdownEvent(m_report);
        if (!shutdown) {
            return;
        }
        m_out += QStringLiteral("<div class=\"banner\" role=\"note\">%1<div><p class=\"headline\">%2</p><p>%3</p>")
                     .arg(clockIcon(), e(shutdownBanner(m_report)), e(shutdown->text.get(m_lang)));
        m_out += QStringLiteral("<ul class=\"timeline\" aria-label=\"%1\">").arg(e(t(ReportLabel::TimelineTitle)));
        for (const auto& event : m_report.catalog->timeline()) {
            m_out += QStringLiteral("<li><time datetime=\"%1\">%1</time>%2</li>")
                         .arg(e(event.date), e(event.text.get(m_lang)));
        }
        m_out += QStringLiteral("</ul></div></div>");
    }

    void facts()
    {
        m_out += QStringLiteral("<div class=\"facts\">");
        m_out += QStringLiteral("<div class=\"fact\"><h3>%1</h3><ul>").arg(e(t(ReportLabel::SdksFound)));
        if (m_report.sdk.empty()) {
            m_out += QStringLiteral("<li class=\"empty\">%1</li>").arg(e(t(ReportLabel::NoSdkFound)));
        }
        for (const auto& sdk : m_report.sdk) {
            m_out += QStringLiteral("<li>%1</li>").arg(e(sdkDescription(sdk, m_lang)));
        }
        m_out += QStringLiteral("</ul></div>");

        const QStringList platforms = platformsFound(m_report);
        m_out += QStringLiteral("<div class=\"fact\"><h3>%1</h3><ul>").arg(e(t(ReportLabel::Platforms)));
        if (platforms.isEmpty()) {
            m_out += QStringLiteral("<li class=\"empty\">%1</li>").arg(e(t(ReportLabel::NoPlatform)));
        }
        for (const auto& platform : platforms) {
            m_out += QStringLiteral("<li>%1</li>").arg(e(platform));
        }
        m_out += QStringLiteral("</ul></div>");

        const auto& stats = m_report.stats;
        // The label carries the number's place ("%1 files examined" / "已检查 %1 个文件").
        const QString files =
            e(t(ReportLabel::FilesScanned)).arg(QStringLiteral("<span class=\"big\">%1</span>").arg(stats.files));
        m_out += QStringLiteral("<div class=\"fact\"><h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li></ul></div>")
                     .arg(e(t(ReportLabel::ScanStatistics)), files, e(scanStatsText(m_report)),
                          e(t(ReportLabel::SkippedCount).arg(m_report.skipped.size())));
        m_out += QStringLiteral("</div>");
    }

    void compatibility()
    {
        sectionHeading(2, QStringLiteral("compatibility"), ReportLabel::Compatibility);
        m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(t(ReportLabel::CompatibilityIntro)));
        // Fixed column widths: the same proportions on screen and on paper.
        m_out += QStringLiteral("<table class=\"compat\"><colgroup><col class=\"c-n\"/><col class=\"c-title\"/>"
                                "<col class=\"c-status\"/><col class=\"c-count\"/><col class=\"c-count\"/>"
                                "<col class=\"c-count\"/><col class=\"c-details\"/></colgroup><thead><tr><th "
                                "class=\"n\">%1</th><th>%2</th><th>%3</th>"
                                "<th class=\"n\">%4</th><th class=\"n\">%5</th><th class=\"n\">%6</th>"
                                "<th class=\"summary\">%7</th></tr></thead><tbody>")
                     .arg(e(t(ReportLabel::Number)), e(t(ReportLabel::Incompatibility)), e(t(ReportLabel::Status)),
                          e(t(ReportLabel::Blocking)), e(t(ReportLabel::ToReview)), e(t(ReportLabel::Notes)),
                          e(t(ReportLabel::Details)));
        for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
            const auto& row = m_report.rows[i];
            const auto* def = m_report.catalog ? m_report.catalog->row(row.id) : nullptr;
            m_out += QStringLiteral(
                         "<tr id=\"row-%1\" data-row=\"%2\" data-status=\"%3\"><td class=\"n\">%1</td>"
                         "<td class=\"title\">%4<span class=\"explain\">%5</span></td><td class=\"status\">%6</td>")
                         .arg(i + 1)
                         .arg(e(row.id), e(toString(row.status)), e(rowTitle(m_report, row)),
                              def ? e(def->explanation.get(m_lang)) : QString(), status(row.status));
            m_out += countCell(row.failCount) + countCell(row.reviewCount) + countCell(row.noteCount);
            m_out += QStringLiteral("<td class=\"summary\">%1</td></tr>").arg(e(m_report.render(row.summary)));
        }
        m_out += QStringLiteral("</tbody></table></section>\n");
    }

    void remediation()
    {
        sectionHeading(3, QStringLiteral("remediation"), ReportLabel::Remediation);
        bool any = false;
        for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
            const auto& row = m_report.rows[i];
            if (row.status == RowStatus::Pass) {
                continue;
            }
            if (!any) {
                m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(t(ReportLabel::RemediationIntro)));
                any = true;
            }
            const auto* def = m_report.catalog ? m_report.catalog->row(row.id) : nullptr;
            m_out += QStringLiteral(
                         "<article class=\"card %1\" id=\"remediation-%2\" data-row=\"%3\"><h3>%4<span>%5</span></h3>")
                         .arg(toneClass(row.status))
                         .arg(i + 1)
                         .arg(e(row.id), status(row.status, true), e(rowTitle(m_report, row)));
            m_out += QStringLiteral("<p>%1</p>").arg(e(m_report.render(row.summary)));
            if (def) {
                m_out += QStringLiteral("<p class=\"k\">%1</p><p>%2</p>")
                             .arg(e(t(ReportLabel::RecommendedChange)), e(def->recommendation.get(m_lang)));
            }
            const auto links = remediationLinks(m_report, row);
            if (!links.empty()) {
                m_out += QStringLiteral("<p class=\"k\">%1</p><ul class=\"links\">").arg(e(t(ReportLabel::Links)));
                for (const auto& link : links) {
                    m_out += QStringLiteral("<li>");
                    m_out += link.url.isEmpty() ? e(link.label) : externalLink(link.url, link.label);
                    if (!link.email.isEmpty()) {
                        m_out += QStringLiteral(" · <a href=\"mailto:%1\">%1</a>").arg(e(link.email));
                    }
                    if (!link.url.isEmpty()) {
                        m_out += QStringLiteral(" <span class=\"url\">%1</span>").arg(e(link.url));
                    }
                    m_out += QStringLiteral("</li>");
                }
                m_out += QStringLiteral("</ul>");
            }
            if (rowNeedsSupport(m_report, row)) {
                m_out += QStringLiteral("<p class=\"support-note\"><a href=\"#support-request\">%1</a></p>")
                             .arg(e(t(ReportLabel::SupportRequestSee)));
            }
            m_out += QStringLiteral("</article>");
        }
        if (!any) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NothingToRemediate)));
        }
        if (reportNeedsSupport(m_report)) {
            m_out += QStringLiteral("<h3 id=\"support-request\">%1</h3><p>%2</p>")
                         .arg(e(t(ReportLabel::SupportRequest)), e(t(ReportLabel::SupportRequestIntro)));
            const auto it = m_report.catalog->remediations().constFind(QStringLiteral("contact-support"));
            if (it != m_report.catalog->remediations().cend()) {
                QStringList contacts;
                if (isSafeLink(it->url)) {
                    contacts << externalLink(it->url, it->url);
                }
                if (isSafeEmail(it->email)) {
                    contacts << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(e(it->email));
                }
                if (!contacts.isEmpty()) {
                    m_out += QStringLiteral("<p>") + contacts.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
                }
            }
            m_out += QStringLiteral("<pre class=\"request\">%1</pre>").arg(e(m_report.supportRequest()));
        }
        m_out += QStringLiteral("</section>\n");
    }

    void findings()
    {
        sectionHeading(4, QStringLiteral("findings"), ReportLabel::Findings);
        if (m_report.findings.empty()) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p></section>\n").arg(e(t(ReportLabel::NoFindings)));
            return;
        }
        m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(t(ReportLabel::FindingsIntro)));
        for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
            const auto& row = m_report.rows[i];
            const auto list = m_report.findingsOf(row);
            if (list.empty()) {
                continue;
            }
            m_out +=
                QStringLiteral(
                    "<section class=\"row-findings\" id=\"findings-%1\" data-row=\"%2\"><h3>%3<span>%4</span>"
                    "<span class=\"count\">%5</span></h3>")
                    .arg(i + 1)
                    .arg(e(row.id), status(row.status, true), e(rowTitle(m_report, row)), e(findingCount(list.size())));
            files(list);
            m_out += QStringLiteral("</section>");
        }
        const auto other = findingsWithoutRow(m_report);
        if (!other.empty()) {
            m_out += QStringLiteral("<section class=\"row-findings\" id=\"findings-other\"><h3><span>%1</span>"
                                    "<span class=\"count\">%2</span></h3>")
                         .arg(e(t(ReportLabel::OtherEvidence)), e(findingCount(other.size())));
            files(other);
            m_out += QStringLiteral("</section>");
        }
        m_out += QStringLiteral("</section>\n");
    }

    void files(const std::vector<const Finding*>& list)
    {
        for (const auto& group : groupByFile(list)) {
            m_out += QStringLiteral("<details class=\"file\" open=\"open\"><summary><span class=\"path mono\">%1</span>"
                                    "<span class=\"count\">%2</span></summary><ol class=\"findings\">")
                         .arg(e(group.file), e(findingCount(group.findings.size())));
            for (const auto* f : group.findings) {
                finding(*f);
            }
            m_out += QStringLiteral("</ol></details>");
        }
    }

    void finding(const Finding& f)
    {
        const QString effect = toString(f.effect);
        m_out +=
            QStringLiteral("<li class=\"finding effect-%1\" data-finding=\"%2\" data-rule=\"%3\"><div class=\"fmeta\">")
                .arg(effect, e(f.id), e(f.rule));
        if (f.line > 0) {
            m_out += QStringLiteral("<span class=\"loc\">%1 %2</span>").arg(e(t(ReportLabel::Line))).arg(f.line);
        }
        const QString glyph = f.effect == Effect::Fail     ? statusGlyph(RowStatus::Fail)
                              : f.effect == Effect::Review ? statusGlyph(RowStatus::Review)
                                                           : QStringLiteral("·");
        m_out += QStringLiteral("<span class=\"tag e-%1\"><span aria-hidden=\"true\">%2</span>%3</span>"
                                "<span class=\"tag\">%4</span><span class=\"tag\">%5</span>"
                                "<code class=\"rule\">%6</code><span class=\"fid\">%7</span></div>")
                     .arg(effect, glyph, e(effectWord(f.effect, m_lang)), e(confidenceWord(f.confidence, m_lang)),
                          e(contextWord(f.context, m_lang)), e(f.rule), e(f.id));
        if (!f.snippet.isEmpty()) {
            m_out += QStringLiteral("<pre class=\"snippet\">");
            if (f.line > 0) {
                m_out += QStringLiteral("<span class=\"ln\">%1</span>").arg(f.line);
            }
            m_out += QStringLiteral("<code>");
            const MatchSpan span = locateMatch(m_report, f);
            if (span.isValid()) {
                const QStringView s(f.snippet);
                m_out += e(s.left(span.start)) + QStringLiteral("<mark>") + e(s.mid(span.start, span.length)) +
                         QStringLiteral("</mark>") + e(s.mid(span.start + span.length));
            } else {
                m_out += e(f.snippet);
            }
            m_out += QStringLiteral("</code></pre>");
        }
        m_out += QStringLiteral("<p class=\"reason\">%1</p></li>").arg(e(m_report.render(f.reason)));
    }

    void appendix()
    {
        sectionHeading(5, QStringLiteral("appendix"), ReportLabel::Appendix);
        m_out += QStringLiteral("<h3 id=\"skipped\">%1</h3>").arg(e(t(ReportLabel::SkippedFiles)));
        if (m_report.skipped.empty()) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NoSkippedFiles)));
        } else {
            m_out += QStringLiteral("<table class=\"skipped\"><thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>")
                         .arg(e(t(ReportLabel::Path)), e(t(ReportLabel::Reason)));
            for (const auto& entry : m_report.skipped) {
                m_out += QStringLiteral("<tr><td class=\"path mono\">%1</td><td>%2</td></tr>")
                             .arg(e(entry.path), e(m_report.render(entry.reason)));
            }
            m_out += QStringLiteral("</tbody></table>");
        }
        m_out += QStringLiteral("<h3 id=\"metadata\">%1</h3><dl class=\"metadata\">").arg(e(t(ReportLabel::Metadata)));
        const auto entry = [&](ReportLabel label, const QString& value) {
            m_out += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(e(t(label)), value);
        };
        entry(ReportLabel::Project, e(projectName()));
        entry(ReportLabel::Tool, e(QString(m_report.toolName + u' ' + m_report.toolVersion)));
        entry(ReportLabel::GeneratedAt,
              e(m_report.generatedAt.isValid() ? m_report.generatedAt.toUTC().toString(Qt::ISODate)
                                               : QStringLiteral("—")));
        QString input = e(m_report.inputKind);
        for (const auto& path : m_report.inputPaths) {
            input += QStringLiteral("<br/><span class=\"mono\">%1</span>").arg(e(path));
        }
        entry(ReportLabel::Input, input);
        entry(ReportLabel::RootFolder, QStringLiteral("<span class=\"mono\">%1</span>").arg(e(m_report.root)));
        entry(ReportLabel::Language, e(reportLanguageCode(m_lang)));
        entry(ReportLabel::ReportFormat,
              e(QString::fromLatin1(Report::kFormat)) + QStringLiteral(" · ") +
                  e(m_report.partial ? t(ReportLabel::PartialYes) : t(ReportLabel::PartialNo)));
        if (m_report.catalog) {
            const QString title = m_report.catalog->sourceTitle().get(m_lang);
            const QString& url = m_report.catalog->sourceUrl();
            entry(ReportLabel::Source, isSafeLink(url) ? externalLink(url, title) : e(title));
        }
        m_out += QStringLiteral("</dl></section>\n");
    }

    void footer()
    {
        m_out += QStringLiteral("<footer>%1</footer>")
                     .arg(e(QString(
                         reportLabel(ReportLabel::GeneratedBy, m_lang).arg(m_report.toolName, m_report.toolVersion) +
                         QStringLiteral(" · ") + formatTimestamp(m_report.generatedAt))));
    }

    const Report& m_report;
    const ReportLanguage m_lang;
    QString m_out;
};

} // namespace

QByteArray renderHtml(const Report& report)
{
    return HtmlBuilder(report).build().toUtf8();
}

} // namespace sig2rtm
