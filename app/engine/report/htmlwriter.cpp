// SPDX-License-Identifier: MIT
#include "htmlwriter.h"

#include "chart.h"
#include "reportview.h"

namespace sig2rtm {

namespace {

/// Findings listed at most with every file open; beyond, each file is one line that opens on a click.
constexpr std::size_t kOpenFindings = 200;
/// Identical findings shown once from this many on (ReportView::Options::rollUpAt).
constexpr int kRollUpAt = 3;

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
table.plan td{vertical-align:top}table.plan th.effort,table.plan td.effort{width:24%}
.bar{display:block;width:100%;height:10px}
.pts{display:block;font-size:12px;color:var(--muted)}.rowdots{font-size:12px;letter-spacing:2px;white-space:nowrap}
.together{padding:8px 14px;border-radius:8px;background:var(--review-bg);border:1px solid var(--review-line)}
ol.steps li{margin:4px 0;padding-left:4px}ol.steps li.tone-fail::marker{color:var(--fail);font-weight:700}
ol.steps ul.files{margin:2px 0 6px;padding-left:18px;font-size:13px}
.supp{display:block;font-size:12px;color:var(--muted);font-weight:400}
.migration{margin:18px 0 10px;padding:16px 22px;border-radius:12px;border:2px solid var(--fail-line);background:var(--fail-bg)}
.migration .headline{margin:0;font-size:20px;font-weight:700;line-height:1.3}
.migration .interop{margin:6px 0 0;font-weight:600}
.migration .interop.tone-fail{color:var(--fail)}.migration .interop.tone-review{color:var(--review)}
.migration .interop.tone-pass{color:var(--pass)}
.migration .target{margin:6px 0 0;color:var(--muted);font-size:13.5px}
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
details.file summary{display:flex;align-items:baseline;gap:12px;padding:9px 14px;background:var(--panel);
cursor:pointer;font-size:14px}
details.file summary::before{content:"\25B8";color:var(--muted);flex:none}
details.file[open] summary::before{content:"\25BE"}
details.file summary .path{flex:1;font-weight:600;overflow-wrap:anywhere}
details.file summary .count{color:var(--muted);white-space:nowrap}
details.file summary .effects{margin-left:auto;color:var(--muted);font-size:12.5px;white-space:nowrap}
details.file summary .effects .e-fail{color:var(--fail);font-weight:650}
details.file summary .effects .e-review{color:var(--review);font-weight:650}
.path,.snippet code,code.rule,pre.places{unicode-bidi:isolate}
.same{margin:4px 0 0;font-size:13px}
.listing{margin:0 0 14px;padding:8px 12px;border-radius:8px;background:var(--panel);font-size:14px}
ol.rollups>li{margin:0 0 14px}
ol.rollups details summary{cursor:pointer;color:var(--accent)}
pre.places{margin:4px 0 0;font-size:12.5px;white-space:pre-wrap;overflow-wrap:anywhere}
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
.progress-headline{margin:0 0 12px;font-size:16px}
table.progress{width:auto;min-width:62%;margin-bottom:8px}
table.progress td.fixed{color:var(--pass);font-weight:650}
table.progress td.added{color:var(--fail);font-weight:650}
ul.fixed{margin:0;padding-left:20px;font-size:14px}
ul.fixed li{padding:3px 0}
ul.fixed .loc{font-weight:600;overflow-wrap:anywhere}
ul.fixed code{display:block;color:var(--muted);overflow-wrap:anywhere}
.more{color:var(--accent);font-weight:600}
figure.chart{margin:12px 0 16px;padding:14px 14px 8px;border:1px solid var(--line);border-radius:12px}
figure.chart svg{display:block;width:100%;height:auto}
figure.chart figcaption{color:var(--muted);font-size:13px;margin-top:4px}
table.history td.current{font-weight:650}
.tag.b-new{color:var(--accent);border-color:#b9cdea;background:#eef4fc;font-weight:650}
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

    explicit HtmlBuilder(const ReportView& view) : m_view(view), m_report(view.report()) {}

    QString build()
    {
        m_out.reserve(64 * 1024 + static_cast<qsizetype>(m_report.findings.size()) * 900);
        head();
        m_out += QStringLiteral("<body><div class=\"page\">");
        masthead();
        contents();
        for (const auto& section : m_view.sections) {
            sectionHeading(section);
            layOutSection(*this, section.section);
            m_out += QStringLiteral("</section>\n");
        }
        footer();
        m_out += QStringLiteral("</div></body></html>\n");
        return m_out;
    }

private:
    friend void layOutSection<HtmlBuilder>(HtmlBuilder& writer, ReportView::Section section);

    const QString& t(ReportLabel label) const { return m_view.label(label); }
    static QString e(QStringView text) { return escapeHtml(text); }

    QString status(RowStatus s, bool pill = false) const
    {
        return QStringLiteral("<span class=\"%1 %2\">%3<span>%4</span></span>")
            .arg(pill ? QStringLiteral("pill") : QStringLiteral("st"), statusClass(s), statusIcon(s),
                 e(m_view.statusWord(s)));
    }

    /// "(2 suppressed)" under a status: a suppression never changes a row silently.
    QString suppressedNote(const ReportRow& row) const
    {
        return row.suppressedCount == 0 ? QString()
                                        : QStringLiteral("<span class=\"supp\">(%1)</span>")
                                              .arg(e(t(ReportLabel::SuppressedCount).arg(row.suppressedCount)));
    }

    QString countCell(int n) const
    {
        return n == 0 ? QStringLiteral("<td class=\"n zero\">0</td>")
                      : QStringLiteral("<td class=\"n\">%1</td>").arg(n);
    }

    QString externalLink(const QString& url, const QString& text) const
    {
        // url has passed isSafeLink(): https only, nothing that needs escaping, still escaped on principle.
        return QStringLiteral("<a class=\"ext\" href=\"%1\" rel=\"noopener noreferrer\">%2</a>").arg(e(url), e(text));
    }

    void head()
    {
        const bool zh = m_view.language() == ReportLanguage::Chinese;
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
        m_out += QStringLiteral("<title>%1 — %2</title>\n").arg(e(m_view.projectName), e(m_view.title));
        m_out += QStringLiteral("<style>") + QString::fromUtf16(kStyle) + QStringLiteral("</style>\n</head>\n");
    }

    void masthead()
    {
        m_out += QStringLiteral(
                     "<header class=\"masthead\"><p class=\"eyebrow\">%1</p><h1>%2</h1><p class=\"subtitle\">%3</p>")
                     .arg(e(m_view.title), e(m_view.projectName), e(m_view.subtitle));
        m_out += QStringLiteral("<ul class=\"meta\"><li>%1<b>%2</b></li><li>%3<b>%4</b></li>")
                     .arg(e(QString(t(ReportLabel::Generated) + m_view.colon())), e(m_view.generated),
                          e(QString(t(ReportLabel::Tool) + m_view.colon())), e(m_view.tool));
        if (!m_view.appId.isEmpty()) {
            m_out += QStringLiteral("<li>App ID%1<b class=\"mono\">%2</b></li>")
                         .arg(e(colon(m_view.language())), e(m_view.appId));
        }
        m_out += QStringLiteral("</ul></header>\n");
    }

    void contents()
    {
        m_out += QStringLiteral("<nav class=\"toc\" aria-labelledby=\"toc-title\"><h2 id=\"toc-title\">%1</h2>"
                                "<div class=\"toc-cols\"><ol class=\"sections\">")
                     .arg(e(t(ReportLabel::Contents)));
        for (const auto& section : m_view.sections) {
            m_out += QStringLiteral("<li><a href=\"#%1\">%2</a></li>").arg(section.anchor, e(section.title));
        }
        m_out += QStringLiteral("</ol>");
        // The findings of each case, one click away: the longest part of a big report.
        if (!m_view.findings.empty()) {
            m_out += QStringLiteral("<div><p class=\"toc-sub\">%1</p><ul class=\"cases\">")
                         .arg(e(t(ReportLabel::FindingsPerRow)));
            for (const auto& list : m_view.findings) {
                m_out += QStringLiteral("<li><a href=\"#%1\">%2</a> <span class=\"count\">%3</span></li>")
                             .arg(list.anchor, e(list.title), e(list.count));
            }
            m_out += QStringLiteral("</ul></div>");
        }
        m_out += QStringLiteral("</div></nav>\n");
    }

    void sectionHeading(const ReportView::SectionEntry& section)
    {
        m_out += QStringLiteral("<section id=\"%1\"><h2><span class=\"num\">%2</span>%3</h2>")
                     .arg(section.anchor)
                     .arg(section.number)
                     .arg(e(section.title));
    }

    void summary()
    {
        if (const auto& m = m_view.migration) {
            m_out += QStringLiteral("<div class=\"migration\" role=\"note\" data-migration=\"required\">"
                                    "<p class=\"headline\">%1</p><p class=\"interop %2\">%3</p>"
                                    "<p class=\"target\">%4</p></div>")
                         .arg(e(m->headline), toneClass(m->tone), e(m->interop), e(m->target));
        }
        const auto& verdict = m_view.verdict;
        m_out += QStringLiteral("<div class=\"verdict %1\" data-verdict=\"%2\">%3<div><p class=\"label\">%4</p>"
                                "<p class=\"word\">%5</p><p class=\"sentence\">%6</p></div></div>")
                     .arg(toneClass(verdict.tone), e(toString(verdict.verdict)), statusIcon(verdict.tone),
                          e(t(ReportLabel::Verdict)), e(verdict.word), e(verdict.sentence));
        if (m_view.partial) {
            m_out += QStringLiteral("<p class=\"warning\" role=\"note\"><b>%1</b></p>")
                         .arg(e(t(ReportLabel::PartialWarning)));
        }
        timelineBanner();
        facts();
        m_out += QStringLiteral("<h3>%1</h3><ul class=\"strip\">").arg(e(t(ReportLabel::FindingsPerRow)));
        for (const auto& row : m_view.rows) {
            m_out += QStringLiteral("<li class=\"%1\">%2<a class=\"title\" href=\"#row-%3\">%4</a>"
                                    "<span class=\"counts\">%5</span></li>")
                         .arg(toneClass(row.status), status(row.status))
                         .arg(row.number)
                         .arg(e(row.title), e(row.counts));
        }
        m_out += QStringLiteral("</ul>");
    }

    void timelineBanner()
    {
        if (!m_view.shutdown) {
            return;
        }
        const auto& shutdown = *m_view.shutdown;
        m_out += QStringLiteral("<div class=\"banner\" role=\"note\">%1<div><p class=\"headline\">%2</p><p>%3</p>")
                     .arg(clockIcon(), e(shutdown.headline), e(shutdown.text));
        m_out += QStringLiteral("<ul class=\"timeline\" aria-label=\"%1\">").arg(e(t(ReportLabel::TimelineTitle)));
        for (const auto& event : shutdown.timeline) {
            m_out += QStringLiteral("<li><time datetime=\"%1\">%1</time>%2</li>").arg(e(event.date), e(event.text));
        }
        m_out += QStringLiteral("</ul></div></div>");
    }

    void factList(ReportLabel heading, const QStringList& items, ReportLabel none)
    {
        m_out += QStringLiteral("<div class=\"fact\"><h3>%1</h3><ul>").arg(e(t(heading)));
        if (items.isEmpty()) {
            m_out += QStringLiteral("<li class=\"empty\">%1</li>").arg(e(t(none)));
        }
        for (const auto& item : items) {
            m_out += QStringLiteral("<li>%1</li>").arg(e(item));
        }
        m_out += QStringLiteral("</ul></div>");
    }

    void facts()
    {
        m_out += QStringLiteral("<div class=\"facts\">");
        factList(ReportLabel::SdksFound, m_view.sdks, ReportLabel::NoSdkFound);
        factList(ReportLabel::Platforms, m_view.platforms, ReportLabel::NoPlatform);
        const auto& stats = m_view.stats;
        // The label carries the number's place ("%1 files examined" / "已检查 %1 个文件").
        const QString files =
            e(stats.filesTemplate).arg(QStringLiteral("<span class=\"big\">%1</span>").arg(stats.files));
        m_out += QStringLiteral("<div class=\"fact\"><h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li></ul></div>")
                     .arg(e(t(ReportLabel::ScanStatistics)), files, e(stats.readText), e(stats.skippedText));
        m_out += QStringLiteral("</div>");
    }

    void compatibility()
    {
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
        for (const auto& row : m_view.rows) {
            m_out += QStringLiteral(
                         "<tr id=\"row-%1\" data-row=\"%2\" data-status=\"%3\"><td class=\"n\">%1</td>"
                         "<td class=\"title\">%4<span class=\"explain\">%5</span></td><td class=\"status\">%6</td>")
                         .arg(row.number)
                         .arg(e(row.row->id), e(toString(row.status)), e(row.title), e(row.explanation),
                              status(row.status) + suppressedNote(*row.row));
            m_out += countCell(row.row->failCount) + countCell(row.row->reviewCount) + countCell(row.row->noteCount);
            m_out += QStringLiteral("<td class=\"summary\">%1</td></tr>").arg(e(row.summary));
        }
        m_out += QStringLiteral("</tbody></table>");
    }

    void remediation()
    {
        if (m_view.anyRemediation) {
            m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(t(ReportLabel::RemediationIntro)));
        } else {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NothingToRemediate)));
        }
        for (const auto& row : m_view.rows) {
            if (row.needsRemediation) {
                remediationCard(row);
            }
        }
        if (m_view.support) {
            supportRequest(*m_view.support);
        }
    }

    void migrationPlan()
    {
        m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(m_view.planIntro));
        if (m_view.planClients.empty()) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NoPlan)));
            return;
        }
        m_out += QStringLiteral("<h3>%1</h3><table class=\"plan\"><thead><tr><th>%2</th><th>%3</th><th>%4</th>"
                                "<th>%5</th><th>%6</th><th class=\"effort\">%7</th></tr></thead><tbody>")
                     .arg(e(t(ReportLabel::PlanClients)), e(t(ReportLabel::PlanClient)), e(t(ReportLabel::PlanStage)),
                          e(t(ReportLabel::Verdict)), e(t(ReportLabel::PlanMoves)), e(t(ReportLabel::InventoryUses)),
                          e(t(ReportLabel::InventoryEffort)));
        for (const auto& c : m_view.planClients) {
            m_out += QStringLiteral("<tr class=\"%1\"><td><b>%2</b>").arg(toneClass(c.tone), e(c.name));
            if (!c.folder.isEmpty()) {
                m_out += QStringLiteral("<br/><code>%1</code>").arg(e(c.folder));
            }
            if (!c.sdks.isEmpty()) {
                m_out += QStringLiteral("<br/><small>%1</small>").arg(e(c.sdks));
            }
            m_out += QStringLiteral("</td><td>%1</td><td><span class=\"st %2\">%3<span>%4</span></span><br/>"
                                    "<span class=\"rowdots\">")
                         .arg(e(c.stage), statusClass(c.tone), statusIcon(c.tone), e(c.verdict));
            for (const auto s : c.rows) {
                m_out += QStringLiteral("<span class=\"%1\" title=\"%2\">%3</span>")
                             .arg(statusClass(s), e(m_view.statusWord(s)), statusIcon(s));
            }
            m_out +=
                QStringLiteral("</span></td><td>%1</td><td>%2</td>"
                               "<td class=\"effort\"><svg class=\"bar\" xmlns=\"http://www.w3.org/2000/svg\" "
                               "viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"%4\">"
                               "<rect width=\"100\" height=\"10\" rx=\"3\" fill=\"#eef1f5\"/>"
                               "<rect width=\"%3\" height=\"10\" rx=\"3\" fill=\"#1f5fae\"/></svg>"
                               "<span class=\"pts\">%4</span></td></tr>")
                    .arg(e(c.moves), e(c.uses))
                    .arg(c.percent)
                    .arg(e(c.pointsText));
        }
        m_out += QStringLiteral("</tbody></table>");
        if (!m_view.planTogether.isEmpty()) {
            m_out += QStringLiteral("<p class=\"together\">%1</p>").arg(e(m_view.planTogether));
        }
        m_out += QStringLiteral("<h3>%1</h3><ol class=\"steps\">").arg(e(t(ReportLabel::PlanWork)));
        for (const auto& step : m_view.planSteps) {
            m_out += QStringLiteral("<li class=\"%1\">%2").arg(toneClass(step.tone), e(step.text));
            if (!step.files.isEmpty()) {
                m_out += QStringLiteral("<ul class=\"files\">");
                for (const auto& file : step.files) {
                    m_out += QStringLiteral("<li><code>%1</code></li>").arg(e(file));
                }
                m_out += QStringLiteral("</ul>");
            }
            m_out += QStringLiteral("</li>");
        }
        m_out += QStringLiteral("</ol>");
    }

    void migrationInventory()
    {
        m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(m_view.inventoryIntro));
        if (m_view.inventory.empty()) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NoInventory)));
            return;
        }
        m_out += QStringLiteral("<p class=\"inventory-summary\"><b>%1</b></p>").arg(e(m_view.inventorySummary));
        m_out +=
            QStringLiteral("<table class=\"inventory\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th class=\"num\">%4"
                           "</th></tr></thead><tbody>")
                .arg(e(t(ReportLabel::InventoryApi)), e(t(ReportLabel::InventoryUses)),
                     e(t(ReportLabel::InventoryReplacement)), e(t(ReportLabel::InventoryEffort)));
        for (const auto& row : m_view.inventory) {
            m_out += QStringLiteral("<tr%1><td><b>%2</b><br/><code>%3</code></td><td>%4</td><td>")
                         .arg(row.noEquivalent ? QStringLiteral(" class=\"gap\"") : QString(), e(row.function),
                              e(row.names), e(row.uses));
            if (row.noEquivalent) {
                m_out += QStringLiteral("<span class=\"tag e-fail\">%1</span> %2")
                             .arg(e(t(ReportLabel::InventoryNoEquivalent)), e(row.pattern));
            } else {
                m_out += QStringLiteral("<code>%1</code>").arg(e(row.replacement));
            }
            if (!row.note.isEmpty()) {
                m_out += QStringLiteral("<br/><small>%1</small>").arg(e(row.note));
            }
            if (!row.guides.empty()) {
                m_out += QStringLiteral("<br/><small>");
                for (std::size_t i = 0; i < row.guides.size(); ++i) {
                    m_out += (i > 0 ? QStringLiteral(" · ") : QString()) +
                             externalLink(row.guides[i].url, row.guides[i].label);
                }
                m_out += QStringLiteral("</small>");
            }
            m_out += QStringLiteral("</td><td class=\"num\" title=\"%1\">%2</td></tr>")
                         .arg(e(row.effortReason), e(row.effort));
        }
        m_out += QStringLiteral("</tbody></table>");
    }

    void progress()
    {
        const auto& p = *m_view.progress;
        if (p.hasBaseline) {
            m_out += QStringLiteral("<p class=\"lead\">%1</p><p class=\"progress-headline\"><b>%2</b></p>")
                         .arg(e(p.baselineIntro), e(p.headline));
            m_out += QStringLiteral("<table class=\"progress\"><thead><tr><th>%1</th><th class=\"n\">%2</th>"
                                    "<th class=\"n\">%3</th><th class=\"n\">%4</th></tr></thead><tbody>")
                         .arg(e(p.countHeaders[0]), e(p.countHeaders[1]), e(p.countHeaders[2]), e(p.countHeaders[3]));
            for (const auto& row : p.counts) {
                // Zeros are quiet: the eye goes to what changed.
                const auto number = [](int n, const char* changed) -> QString {
                    return n == 0 ? QStringLiteral("<td class=\"n zero\">0</td>")
                                  : QStringLiteral("<td class=\"n %1\">%2</td>").arg(QLatin1String(changed)).arg(n);
                };
                m_out += QStringLiteral("<tr><td>%1</td>").arg(e(row.label)) + number(row.counts.fixed, "fixed") +
                         number(row.counts.added, "added") + number(row.counts.unchanged, "unchanged") +
                         QStringLiteral("</tr>");
            }
            m_out += QStringLiteral("</tbody></table>");
            fixedList(QStringLiteral("fixed-uses"), p.fixedUsesTitle, p.fixedUses, p.moreFixedUses);
            fixedList(QStringLiteral("fixed-findings"), p.fixedFindingsTitle, p.fixedFindings, p.moreFixedFindings);
        }
        if (p.hasHistory) {
            m_out += QStringLiteral("<h3 id=\"burn-down\">%1</h3><p class=\"lead\">%2</p>")
                         .arg(e(p.historyTitle), e(p.historyIntro));
            if (m_report.history && !m_report.history->points.empty()) {
                BurnDownOptions options;
                options.size = QSizeF(960, 520);
                options.fontSize = 13;
                options.language = m_view.language();
                const ChartLayout chart = layOutBurnDown(*m_report.history, options);
                // Inline SVG: no fetch and no script, within the page's Content-Security-Policy.
                m_out += QStringLiteral("<figure class=\"chart\">") + chartToSvg(chart) +
                         QStringLiteral("<figcaption>%1</figcaption></figure>").arg(e(chart.description));
                historyTable(p);
            }
            if (!p.skipped.isEmpty()) {
                m_out += QStringLiteral("<p class=\"k\">%1</p><ul class=\"fixed\">").arg(e(p.skippedTitle));
                for (const auto& line : p.skipped) {
                    m_out += QStringLiteral("<li class=\"mono\">%1</li>").arg(e(line));
                }
                m_out += QStringLiteral("</ul>");
            }
        }
    }

    void fixedList(const QString& id, const QString& title, const std::vector<ReportView::Progress::Fixed>& items,
                   const QString& more)
    {
        if (items.empty()) {
            return;
        }
        m_out += QStringLiteral("<h3 id=\"%1\">%2</h3><ul class=\"fixed\">").arg(id, e(title));
        for (const auto& item : items) {
            m_out += QStringLiteral("<li><span class=\"loc mono\">%1</span> — %2").arg(e(item.location), e(item.what));
            if (!item.snippet.isEmpty()) {
                m_out += QStringLiteral("<code>%1</code>").arg(e(item.snippet));
            }
            m_out += QStringLiteral("</li>");
        }
        m_out += QStringLiteral("</ul>");
        if (!more.isEmpty()) {
            m_out += QStringLiteral("<p class=\"more\">%1</p>").arg(e(more));
        }
    }

    void historyTable(const ReportView::Progress& p)
    {
        m_out += QStringLiteral("<table class=\"history\"><thead><tr>");
        for (qsizetype i = 0; i < p.historyHeaders.size(); ++i) {
            m_out += (i >= 2 ? QStringLiteral("<th class=\"n\">%1</th>") : QStringLiteral("<th>%1</th>"))
                         .arg(e(p.historyHeaders[i]));
        }
        m_out += QStringLiteral("</tr></thead><tbody>");
        for (const auto& point : p.points) {
            m_out +=
                QStringLiteral("<tr%1><td>%2</td><td class=\"mono\">%3</td><td class=\"n\">%4</td>"
                               "<td class=\"n\">%5</td>")
                    .arg(point.current ? QStringLiteral(" class=\"current\"") : QString(), e(point.date), e(point.file))
                    .arg(point.effortPoints)
                    .arg(point.uses);
            for (const auto& client : point.clients) {
                m_out += QStringLiteral("<td class=\"n\">%1</td>").arg(e(client));
            }
            m_out += QStringLiteral("</tr>");
        }
        m_out += QStringLiteral("</tbody></table>");
    }

    void remediationCard(const ReportView::Row& row)
    {
        m_out += QStringLiteral(
                     "<article class=\"card %1\" id=\"remediation-%2\" data-row=\"%3\"><h3>%4<span>%5</span></h3>")
                     .arg(toneClass(row.status))
                     .arg(row.number)
                     .arg(e(row.row->id), status(row.status, true), e(row.title));
        m_out += QStringLiteral("<p>%1</p>").arg(e(row.summary));
        if (row.hasDefinition) {
            m_out += QStringLiteral("<p class=\"k\">%1</p><p>%2</p>")
                         .arg(e(t(ReportLabel::RecommendedChange)), e(row.recommendation));
        }
        if (!row.links.empty()) {
            m_out += QStringLiteral("<p class=\"k\">%1</p><ul class=\"links\">").arg(e(t(ReportLabel::Links)));
            for (const auto& link : row.links) {
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
        if (row.needsSupport) {
            m_out += QStringLiteral("<p class=\"support-note\"><a href=\"#support-request\">%1</a></p>")
                         .arg(e(t(ReportLabel::SupportRequestSee)));
        }
        m_out += QStringLiteral("</article>");
    }

    void supportRequest(const ReportView::SupportRequest& support)
    {
        m_out += QStringLiteral("<h3 id=\"support-request\">%1</h3><p>%2</p>")
                     .arg(e(t(ReportLabel::SupportRequest)), e(t(ReportLabel::SupportRequestIntro)));
        QStringList contacts;
        if (!support.url.isEmpty()) {
            contacts << externalLink(support.url, support.url);
        }
        if (!support.email.isEmpty()) {
            contacts << QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(e(support.email));
        }
        if (!contacts.isEmpty()) {
            m_out += QStringLiteral("<p>") + contacts.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
        }
        m_out += QStringLiteral("<pre class=\"request\">%1</pre>").arg(e(support.text));
    }

    void findings()
    {
        if (m_report.findings.empty()) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NoFindings)));
            return;
        }
        m_out += QStringLiteral("<p class=\"lead\">%1</p>").arg(e(t(ReportLabel::FindingsIntro)));
        if (!m_view.listingText.isEmpty()) {
            m_out += QStringLiteral("<p class=\"listing\">%1</p>").arg(e(m_view.listingText));
        }
        // A small report opens every file; a large one shows one line per file, so that the page stays fast
        // to open and print, and the reader opens the files that matter.
        std::size_t listed = 0;
        for (const auto& list : m_view.findings) {
            listed += list.items.size();
        }
        const bool open = listed <= kOpenFindings;
        for (const auto& list : m_view.findings) {
            if (list.row) {
                m_out +=
                    QStringLiteral("<section class=\"row-findings\" id=\"%1\" data-row=\"%2\"><h3>%3<span>%4</span>"
                                   "<span class=\"count\">%5</span></h3>")
                        .arg(list.anchor, e(list.row->id), status(list.status, true), e(list.title), e(list.count));
            } else {
                m_out += QStringLiteral("<section class=\"row-findings\" id=\"%1\"><h3><span>%2</span>"
                                        "<span class=\"count\">%3</span></h3>")
                             .arg(list.anchor, e(list.title), e(list.count));
            }
            for (const auto& group : list.files) {
                int blocking = 0;
                int review = 0;
                for (const std::size_t i : group.items) {
                    blocking += list.items[i].finding->effect == Effect::Fail ? 1 : 0;
                    review += list.items[i].finding->effect == Effect::Review ? 1 : 0;
                }
                QString effects;
                if (blocking > 0) {
                    effects += QStringLiteral("<span class=\"e-fail\">%1 %2</span> ")
                                   .arg(blocking)
                                   .arg(e(m_view.effectWord(Effect::Fail)));
                }
                if (review > 0) {
                    effects += QStringLiteral("<span class=\"e-review\">%1 %2</span>")
                                   .arg(review)
                                   .arg(e(m_view.effectWord(Effect::Review)));
                }
                m_out +=
                    QStringLiteral("<details class=\"file\"%1><summary><span class=\"path mono\" dir=\"ltr\">%2</span>"
                                   "<span class=\"effects\">%3</span><span class=\"count\">%4</span></summary>"
                                   "<ol class=\"findings\">")
                        .arg(open ? QStringLiteral(" open=\"open\"") : QString(), e(group.file), effects,
                             e(group.count));
                for (const std::size_t i : group.items) {
                    finding(list.items[i]);
                }
                m_out += QStringLiteral("</ol></details>");
            }
            if (!list.more.isEmpty()) {
                m_out += QStringLiteral("<p class=\"more\">%1</p>").arg(e(list.more));
            }
            m_out += QStringLiteral("</section>");
        }
    }

    void finding(const ReportView::Item& item)
    {
        const Finding& f = *item.finding;
        const QString effect = toString(f.effect);
        QString baseline;
        if (m_report.baseline) {
            const auto state = m_report.baseline->findingState(static_cast<std::size_t>(&f - m_report.findings.data()));
            baseline = QStringLiteral(" data-baseline=\"%1\"").arg(toString(state));
        }
        m_out += QStringLiteral("<li class=\"finding effect-%1\" data-finding=\"%2\" data-rule=\"%3\"%4>"
                                "<div class=\"fmeta\">")
                     .arg(effect, e(f.id), e(f.rule), baseline);
        if (f.line > 0) {
            m_out += QStringLiteral("<span class=\"loc\">%1 %2</span>").arg(e(t(ReportLabel::Line))).arg(f.line);
        } else if (f.offset >= 0) {
            m_out += QStringLiteral("<span class=\"loc\">%1 %2</span>").arg(e(t(ReportLabel::Byte))).arg(f.offset);
        }
        const QString glyph = f.effect == Effect::Fail     ? statusGlyph(RowStatus::Fail)
                              : f.effect == Effect::Review ? statusGlyph(RowStatus::Review)
                                                           : QStringLiteral("·");
        m_out += QStringLiteral("<span class=\"tag e-%1\"><span aria-hidden=\"true\">%2</span>%3</span>"
                                "<span class=\"tag\">%4</span><span class=\"tag\">%5</span>"
                                "<code class=\"rule\">%6</code><span class=\"fid\">%7</span>")
                     .arg(effect, glyph, e(m_view.effectWord(f.effect)), e(m_view.confidenceWord(f.confidence)),
                          e(m_view.contextWord(f.context)), e(f.rule), e(f.id));
        if (m_report.baseline && m_view.progress &&
            m_report.baseline->findingState(static_cast<std::size_t>(&f - m_report.findings.data())) ==
                BaselineState::New) {
            m_out += QStringLiteral("<span class=\"tag b-new\">%1</span>").arg(e(m_view.progress->newTag));
        }
        m_out += QStringLiteral("</div>");
        if (!item.snippet.isEmpty()) {
            // The code is isolated (dir, unicode-bidi) and its hidden characters are visible escapes, so that it
            // reads as it is stored ("Trojan Source").
            m_out += QStringLiteral("<pre class=\"snippet\">");
            if (f.line > 0) {
                m_out += QStringLiteral("<span class=\"ln\">%1</span>").arg(f.line);
            }
            m_out += QStringLiteral("<code dir=\"ltr\">") + e(item.before);
            if (!item.matched.isEmpty()) {
                m_out += QStringLiteral("<mark>") + e(item.matched) + QStringLiteral("</mark>") + e(item.after);
            }
            m_out += QStringLiteral("</code></pre>");
        }
        m_out += QStringLiteral("<p class=\"reason\">%1</p>").arg(e(item.reason));
        if (item.rollup >= 0) {
            m_out += QStringLiteral("<p class=\"same\"><a href=\"#%1\">%2</a></p>")
                         .arg(m_view.rollups[static_cast<std::size_t>(item.rollup)].anchor, e(item.sameText));
        }
        m_out += QStringLiteral("</li>");
    }

    void appendix()
    {
        if (!m_view.rollups.empty()) {
            m_out += QStringLiteral("<h3 id=\"identical\">%1</h3><ol class=\"rollups\">").arg(e(m_view.rollupsTitle));
            for (const auto& rollup : m_view.rollups) {
                m_out += QStringLiteral("<li id=\"%1\"><p class=\"reason\">%2</p>").arg(rollup.anchor, e(rollup.title));
                if (!rollup.snippet.isEmpty()) {
                    m_out += QStringLiteral("<pre class=\"snippet\"><code dir=\"ltr\">%1</code></pre>")
                                 .arg(e(rollup.snippet));
                }
                // One text per entry, a file a line: thousands of places stay one element for the browser.
                m_out += QStringLiteral("<details><summary>%1</summary><pre class=\"places\" dir=\"ltr\" "
                                        "data-places=\"%2\">%3</pre></details></li>")
                             .arg(e(rollup.count))
                             .arg(rollup.locations.size())
                             .arg(e(rollup.byFile.join(u'\n')));
            }
            m_out += QStringLiteral("</ol>");
        }
        m_out += QStringLiteral("<h3 id=\"skipped\">%1</h3>").arg(e(t(ReportLabel::SkippedFiles)));
        if (m_view.skipped.empty()) {
            m_out += QStringLiteral("<p class=\"empty\">%1</p>").arg(e(t(ReportLabel::NoSkippedFiles)));
        } else {
            m_out += QStringLiteral("<table class=\"skipped\"><thead><tr><th>%1</th><th>%2</th></tr></thead><tbody>")
                         .arg(e(t(ReportLabel::Path)), e(t(ReportLabel::Reason)));
            for (const auto& entry : m_view.skipped) {
                m_out += QStringLiteral("<tr><td class=\"path mono\" dir=\"ltr\">%1</td><td>%2</td></tr>")
                             .arg(e(entry.path), e(entry.reason));
            }
            m_out += QStringLiteral("</tbody></table>");
        }
        m_out += QStringLiteral("<h3 id=\"metadata\">%1</h3><dl class=\"metadata\">").arg(e(t(ReportLabel::Metadata)));
        const auto entry = [&](ReportLabel label, const QString& value) {
            m_out += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(e(t(label)), value);
        };
        const auto& m = m_view.metadata;
        entry(ReportLabel::Project, e(m.project));
        entry(ReportLabel::Tool, e(m.tool));
        entry(ReportLabel::GeneratedAt, e(m.generatedAt));
        QString input = e(m.inputKind);
        for (const auto& path : m.inputPaths) {
            input += QStringLiteral("<br/><span class=\"mono\">%1</span>").arg(e(path));
        }
        entry(ReportLabel::Input, input);
        entry(ReportLabel::RootFolder, QStringLiteral("<span class=\"mono\">%1</span>").arg(e(m.root)));
        entry(ReportLabel::Language, e(m.language));
        entry(ReportLabel::ReportFormat, e(m.model));
        if (m_report.catalog) {
            entry(ReportLabel::Source,
                  m.sourceUrl.isEmpty() ? e(m.sourceTitle) : externalLink(m.sourceUrl, m.sourceTitle));
        }
        m_out += QStringLiteral("</dl>");
    }

    void footer()
    {
        m_out += QStringLiteral("<footer>%1</footer>")
                     .arg(e(QString(m_view.generatedBy + QStringLiteral(" · ") + m_view.generated)));
    }

    const ReportView& m_view;
    const Report& m_report;
    QString m_out;
};

} // namespace

QByteArray renderHtml(const Report& report, const RenderOptions& options)
{
    ReportView::Options viewOptions;
    viewOptions.rollUpAt = kRollUpAt;
    viewOptions.absolutePaths = options.absolutePaths;
    return HtmlBuilder(ReportView::build(report, viewOptions)).build().toUtf8();
}

} // namespace sig2rtm
