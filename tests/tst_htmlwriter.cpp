// SPDX-License-Identifier: MIT
#include "htmlwriter.h"
#include "reportfixture.h"
#include "reporttext.h"
#include "reportview.h"

#include <nlohmann/json.hpp>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sig2rtm;
using namespace sig2rtm::testing;

namespace {

/// One element of the parsed page: its attributes and all the text below it.
struct Element
{
    QString name;
    QHash<QString, QString> attributes;
    QString text;
    int parent = -1;
};

/// The page parsed as XML: the writer promises well-formed XHTML-compatible markup.
struct Page
{
    std::vector<Element> elements;
    QString error;

    std::vector<const Element*> all(const QString& name) const
    {
        std::vector<const Element*> out;
        for (const auto& e : elements) {
            if (e.name == name) {
                out.push_back(&e);
            }
        }
        return out;
    }

    std::vector<const Element*> withAttribute(const QString& attribute) const
    {
        std::vector<const Element*> out;
        for (const auto& e : elements) {
            if (e.attributes.contains(attribute)) {
                out.push_back(&e);
            }
        }
        return out;
    }

    /// Elements named name below ancestor (by index).
    std::vector<const Element*> below(const Element* ancestor, const QString& name) const
    {
        std::vector<const Element*> out;
        const auto ancestorIndex = ancestor - elements.data();
        for (const auto& e : elements) {
            if (e.name != name) {
                continue;
            }
            for (int p = e.parent; p >= 0; p = elements[static_cast<std::size_t>(p)].parent) {
                if (p == ancestorIndex) {
                    out.push_back(&e);
                    break;
                }
            }
        }
        return out;
    }

    const Element* byId(const QString& id) const
    {
        for (const auto& e : elements) {
            if (e.attributes.value(QStringLiteral("id")) == id) {
                return &e;
            }
        }
        return nullptr;
    }
};

Page parse(const QByteArray& html)
{
    Page page;
    QXmlStreamReader reader(html);
    std::vector<int> stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            Element e;
            e.name = reader.name().toString();
            for (const auto& a : reader.attributes()) {
                e.attributes.insert(a.qualifiedName().toString(), a.value().toString());
            }
            e.parent = stack.empty() ? -1 : stack.back();
            page.elements.push_back(e);
            stack.push_back(static_cast<int>(page.elements.size()) - 1);
        } else if (reader.isEndElement()) {
            stack.pop_back();
        } else if (reader.isCharacters()) {
            for (int i : stack) {
                page.elements[static_cast<std::size_t>(i)].text += reader.text();
            }
        }
    }
    if (reader.hasError()) {
        page.error = QStringLiteral("%1 at line %2, column %3")
                         .arg(reader.errorString())
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber());
    }
    return page;
}

/// Nothing in the page can run or fetch: no active element, no event handler, only safe links.
void verifyInert(const QByteArray& html, const Page& page)
{
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("href=\"javascript:"));
    for (const auto* name : {"script", "img", "iframe", "object", "embed", "link", "form", "input", "base", "frame",
                             "video", "audio", "source"}) {
        QVERIFY2(page.all(QString::fromLatin1(name)).empty(), name);
    }
    for (const auto& e : page.elements) {
        for (auto it = e.attributes.cbegin(); it != e.attributes.cend(); ++it) {
            QVERIFY2(!it.key().startsWith(QLatin1String("on"), Qt::CaseInsensitive), qPrintable(it.key()));
            QVERIFY2(it.key() != QLatin1String("src"), qPrintable(e.name));
            QVERIFY2(it.key() != QLatin1String("style"), qPrintable(e.name));
            QVERIFY2(!it.value().contains(QLatin1String("javascript:"), Qt::CaseInsensitive), qPrintable(it.value()));
        }
        if (e.attributes.contains(QStringLiteral("href"))) {
            const QString href = e.attributes.value(QStringLiteral("href"));
            QVERIFY2(href.startsWith(u'#') || href.startsWith(QLatin1String("https://")) ||
                         href.startsWith(QLatin1String("mailto:")),
                     qPrintable(href));
            if (href.startsWith(u'#')) {
                QVERIFY2(page.byId(href.mid(1)), qPrintable(href));
            }
        }
    }
}

QString csp()
{
    return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
}

} // namespace

class TestHtmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wellFormedSelfContainedAndInert()
    {
        const Report report = handMadeReport();
        const QByteArray html = renderHtml(report);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        const Page page = parse(html);
        verifyInert(html, page);

        const auto roots = page.all(QStringLiteral("html"));
        QCOMPARE(roots.size(), std::size_t(1));
        QCOMPARE(roots.front()->attributes.value(QStringLiteral("lang")), QStringLiteral("en"));
        bool hasCsp = false;
        for (const auto* meta : page.all(QStringLiteral("meta"))) {
            if (meta->attributes.value(QStringLiteral("http-equiv")) == QLatin1String("Content-Security-Policy")) {
                QCOMPARE(meta->attributes.value(QStringLiteral("content")), csp());
                hasCsp = true;
            }
        }
        QVERIFY(hasCsp);
        const auto styles = page.all(QStringLiteral("style"));
        QCOMPARE(styles.size(), std::size_t(1));
        QVERIFY(styles.front()->text.contains(QLatin1String("@media print")));
        // No fetch of any kind: no url() or @import in the CSS.
        QVERIFY(!styles.front()->text.contains(QLatin1String("url(")));
        QVERIFY(!styles.front()->text.contains(QLatin1String("@import")));

        // A table of contents that links every section.
        const auto* toc = page.all(QStringLiteral("nav")).front();
        QStringList targets;
        for (const auto* a : page.below(toc, QStringLiteral("a"))) {
            targets << a->attributes.value(QStringLiteral("href"));
        }
        for (const auto* section : {"#summary", "#compatibility", "#remediation", "#findings", "#appendix"}) {
            QVERIFY2(targets.contains(QString::fromLatin1(section)), section);
        }
        // The findings of every case that has some are one click away, the evidence no row lists too.
        for (const auto* list : {"#findings-1", "#findings-2", "#findings-4", "#findings-5", "#findings-other"}) {
            QVERIFY2(targets.contains(QString::fromLatin1(list)), list);
        }
        QVERIFY(!targets.contains(QStringLiteral("#findings-3")));
    }

    void compatibilityTableHasFiveRowsWithIconAndWord()
    {
        const Report report = handMadeReport();
        const Page page = parse(renderHtml(report));
        std::vector<const Element*> rows;
        for (const auto* tr : page.all(QStringLiteral("tr"))) {
            if (tr->attributes.contains(QStringLiteral("data-row"))) {
                rows.push_back(tr);
            }
        }
        QCOMPARE(rows.size(), std::size_t(5));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& expected = report.rows[i];
            QCOMPARE(rows[i]->attributes.value(QStringLiteral("data-row")),
                     Catalog::builtin()->rowIds().at(static_cast<int>(i)));
            QCOMPARE(rows[i]->attributes.value(QStringLiteral("data-status")), toString(expected.status));
            QVERIFY(rows[i]->text.contains(report.catalog->row(expected.id)->title.en));
            // Status by word and icon, never by colour alone.
            std::vector<const Element*> statusCells;
            for (const auto* td : page.below(rows[i], QStringLiteral("td"))) {
                if (td->attributes.value(QStringLiteral("class")) == QLatin1String("status")) {
                    statusCells.push_back(td);
                }
            }
            QCOMPARE(statusCells.size(), std::size_t(1));
            QCOMPARE(statusCells.front()->text.trimmed(), statusWord(expected.status, ReportLanguage::English));
            QCOMPARE(page.below(statusCells.front(), QStringLiteral("svg")).size(), std::size_t(1));
            QVERIFY(rows[i]->text.contains(report.render(expected.summary)));
        }
    }

    void summaryHasVerdictTimelineSdksAndStats()
    {
        const Report report = handMadeReport();
        const Page page = parse(renderHtml(report));
        const auto* summary = page.byId(QStringLiteral("summary"));
        QVERIFY(summary);
        QVERIFY(summary->text.contains(QLatin1String("Incompatible")));
        QVERIFY(summary->text.contains(QLatin1String("Signaling servers shut down on 2020-06-30")));
        QVERIFY(summary->text.contains(QLatin1String("Signaling, version unknown (Android)")));
        QVERIFY(summary->text.contains(QLatin1String("RTM 1.5.1 (Web)")));
        QVERIFY(summary->text.contains(QLatin1String("42")));
        QVERIFY(summary->text.contains(QLatin1String("120.6 kB")));
        QVERIFY(summary->text.contains(QStringLiteral("3 blocking · 0 review · 1 note")));
        QCOMPARE(page.all(QStringLiteral("h1")).front()->text, report.projectName);
    }

    void migrationLeadsWhenTheLegacySdkIsPresent()
    {
        Report report = handMadeReport();
        QVERIFY(report.signalingDetected);
        int failing = 0;
        for (const auto& row : report.rows) {
            failing += row.status == RowStatus::Fail ? 1 : 0;
        }
        const Page page = parse(renderHtml(report));
        const auto lead = page.withAttribute(QStringLiteral("data-migration"));
        QCOMPARE(lead.size(), std::size_t(1));
        QVERIFY(lead.front()->text.contains(
            QLatin1String("Migration to RTM required (Signaling servers shut down on 2020-06-30)")));
        QVERIFY2(lead.front()->text.contains(QStringLiteral("Interop blockers: %1.").arg(failing)),
                 qPrintable(lead.front()->text));
        QVERIFY(lead.front()->text.contains(QLatin1String("RTM 1.x")));
        // It comes first: before the verdict.
        const auto verdict = page.withAttribute(QStringLiteral("data-verdict"));
        QCOMPARE(verdict.size(), std::size_t(1));
        const auto position = [&](const auto* element) {
            return std::find_if(page.elements.begin(), page.elements.end(),
                                [&](const auto& e) { return &e == element; }) -
                   page.elements.begin();
        };
        QVERIFY(position(lead.front()) < position(verdict.front()));
        // The JSON report carries the same facts.
        const auto json = toJson(report);
        QCOMPARE(json["migration"]["required"].get<bool>(), true);
        QCOMPARE(json["migration"]["interopBlockers"].get<int>(), failing);
        QCOMPARE(json["migration"]["shutdown"].get<std::string>(), std::string("2020-06-30"));

        report.signalingDetected = false;
        QVERIFY(parse(renderHtml(report)).withAttribute(QStringLiteral("data-migration")).empty());
        QVERIFY(toJson(report)["migration"] == nlohmann::ordered_json({{"required", false}}));
    }

    void rtmImportsRollUpPerFile()
    {
        // An RTM project imports its SDK in every file: one note per file and rule, with the other lines;
        // the JSON report keeps every finding.
        Report report = handMadeReport();
        int n = int(report.findings.size());
        const auto addImport = [&](const QString& file, int line) {
            Finding f;
            f.id = QStringLiteral("F%1").arg(++n);
            f.rule = QStringLiteral("rtm.web");
            f.file = file;
            f.line = line;
            f.column = 1;
            f.length = 6;
            f.snippet = QStringLiteral("import AgoraRTM from 'agora-rtm-sdk';");
            f.effect = Effect::Note;
            f.sdk = SdkKind::Rtm;
            f.platform = QStringLiteral("web");
            f.reason = Message::literal(QStringLiteral("RTM import."));
            report.findings.push_back(f);
        };
        for (int line : {3, 8, 21, 40}) {
            addImport(QStringLiteral("src/rtm-a.js"), line);
        }
        addImport(QStringLiteral("src/rtm-b.js"), 2);
        const QString md = QString::fromUtf8(renderHtml(report));
        QCOMPARE(md.count(QLatin1String("src/rtm-a.js")), 1);
        QCOMPARE(md.count(QLatin1String("src/rtm-b.js")), 1);
        QVERIFY2(md.contains(QLatin1String("The same in 3 more places of this file (lines: 8, 21, 40).")),
                 qPrintable(md));
        QVERIFY(QString::fromUtf8(toJsonText(report)).count(QLatin1String("src/rtm-a.js")) >= 4);
    }

    void remediationForFailingAndReviewRows()
    {
        const Report report = handMadeReport();
        const Page page = parse(renderHtml(report));
        const auto cards = page.all(QStringLiteral("article"));
        QStringList cardRows;
        for (const auto* card : cards) {
            cardRows << card->attributes.value(QStringLiteral("data-row"));
        }
        QCOMPARE(cardRows, (QStringList{QStringLiteral("special-features"), QStringLiteral("sdk-version"),
                                        QStringLiteral("web-non-string-message")}));
        for (const auto* card : cards) {
            const auto* row = report.row(card->attributes.value(QStringLiteral("data-row")));
            QStringList hrefs;
            for (const auto* a : page.below(card, QStringLiteral("a"))) {
                hrefs << a->attributes.value(QStringLiteral("href"));
            }
            // Every link of the row (a platform's guide per platform of its evidence); a statement is no link.
            const auto links = remediationLinks(report, *row);
            QVERIFY(!links.empty());
            for (const auto& link : links) {
                QVERIFY2(link.url.isEmpty() || hrefs.contains(link.url), qPrintable(link.kind));
                QVERIFY2(card->text.contains(link.label), qPrintable(link.label));
            }
            QVERIFY(card->text.contains(report.catalog->row(row->id)->recommendation.en));
            QCOMPARE(hrefs.contains(QStringLiteral("#support-request")), rowNeedsSupport(report, *row));
        }
        // The support request, verbatim, with the project data in it escaped.
        const auto pres = page.all(QStringLiteral("pre"));
        const auto request = std::find_if(pres.begin(), pres.end(), [](const Element* e) {
            return e->attributes.value(QStringLiteral("class")) == QLatin1String("request");
        });
        QVERIFY(request != pres.end());
        QCOMPARE((*request)->text, report.supportRequest());
        QVERIFY((*request)->text.contains(report.projectName));
    }

    void findingsGroupedByRowThenFileWithHighlight()
    {
        const Report report = handMadeReport();
        const Page page = parse(renderHtml(report));
        const auto listed = page.withAttribute(QStringLiteral("data-finding"));
        QCOMPARE(listed.size(), report.findings.size());
        QSet<QString> ids;
        for (const auto* li : listed) {
            ids.insert(li->attributes.value(QStringLiteral("data-finding")));
        }
        QCOMPARE(ids.size(), qsizetype(report.findings.size()));

        // Row sections hold their own findings, each file once.
        for (std::size_t i = 0; i < report.rows.size(); ++i) {
            const auto& row = report.rows[i];
            const auto* section = page.byId(QStringLiteral("findings-%1").arg(i + 1));
            QCOMPARE(section != nullptr, !row.findingIds.isEmpty());
            if (!section) {
                continue;
            }
            QStringList inSection;
            for (const auto* li : page.below(section, QStringLiteral("li"))) {
                inSection << li->attributes.value(QStringLiteral("data-finding"));
            }
            inSection.sort();
            QStringList expected = row.findingIds;
            expected.sort();
            QCOMPARE(inSection, expected);
            QSet<QString> files;
            for (const auto* summary : page.below(section, QStringLiteral("summary"))) {
                const QString file = page.below(summary, QStringLiteral("span")).front()->text;
                QVERIFY2(!files.contains(file), qPrintable(file));
                files.insert(file);
            }
        }
        // RTM evidence that no row lists still shows.
        QVERIFY(page.byId(QStringLiteral("findings-other")));

        const auto markOf = [&](const QString& id) -> QString {
            for (const auto* li : listed) {
                if (li->attributes.value(QStringLiteral("data-finding")) == id) {
                    const auto marks = page.below(li, QStringLiteral("mark"));
                    return marks.empty() ? QString() : marks.front()->text;
                }
            }
            return QStringLiteral("<missing>");
        };
        QCOMPARE(markOf(QStringLiteral("F1")), QStringLiteral("'__agora_user_online'"));
        QCOMPARE(markOf(QStringLiteral("F2")), QStringLiteral("'__agora_user_online'"));
        QCOMPARE(markOf(QStringLiteral("F3")), QStringLiteral("setBackground"));
        QCOMPARE(markOf(QStringLiteral("F4")), QStringLiteral("'io.agora.signal.channel_query_userlist_all'"));
        QCOMPARE(markOf(QStringLiteral("F5")), QStringLiteral("io.agora.AgoraAPIOnlySignal"));
        QCOMPARE(markOf(QStringLiteral("F6")), QString()); // line 0: nothing to highlight
        QCOMPARE(markOf(QStringLiteral("F7")), QStringLiteral("{ type: 'chat' }"));
        QCOMPARE(markOf(QStringLiteral("F8")), QString()); // declared: no length
        QCOMPARE(markOf(QStringLiteral("F9")), QStringLiteral("\"agora-rtm-sdk\""));
        QCOMPARE(markOf(QStringLiteral("F10")), QStringLiteral("onInviteMsg"));

        // Snippet text survives escaping exactly.
        for (const auto* li : listed) {
            const auto* f = report.finding(li->attributes.value(QStringLiteral("data-finding")));
            const auto codes = page.below(li, QStringLiteral("pre"));
            QCOMPARE(codes.size(), std::size_t(1));
            QVERIFY2(codes.front()->text.endsWith(f->snippet), qPrintable(f->id));
            QVERIFY(li->text.contains(report.render(f->reason)));
        }
    }

    void projectDataIsEscaped()
    {
        const Report report = handMadeReport();
        const QByteArray html = renderHtml(report);
        const Page page = parse(html);
        verifyInert(html, page);
        // The hostile names come back as text, exactly.
        const QString all = page.all(QStringLiteral("body")).front()->text;
        for (const auto& hostile : {kScriptTag, kImgOnError, kJavascriptUrl, report.projectName}) {
            QVERIFY2(all.contains(hostile), qPrintable(hostile));
        }
        QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    }

    void hostileProjectComesOutInert()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeHostileProject(dir.path()));
        auto report = scanFolder(dir.path(), ReportLanguage::English);
        QVERIFY(report);
        report->projectName = kImgOnError;
        QStringList files;
        for (const auto& f : report->findings) {
            files << f.file;
        }
        QVERIFY2(files.contains(kScriptTag + QStringLiteral(".js")), qPrintable(files.join(u',')));
        QVERIFY2(files.contains(kImgOnError + QStringLiteral(".js")), qPrintable(files.join(u',')));
        QVERIFY2(files.contains(kJavascriptUrl + QStringLiteral(".js")), qPrintable(files.join(u',')));

        const QByteArray html = renderHtml(*report);
        const Page page = parse(html);
        verifyInert(html, page);
        const QString text = page.all(QStringLiteral("body")).front()->text;
        QVERIFY(text.contains(kScriptTag));
        QVERIFY(text.contains(kImgOnError));
        QVERIFY(text.contains(kJavascriptUrl));
    }

    void chineseReport()
    {
        const Report report = handMadeReport(ReportLanguage::Chinese);
        const QByteArray html = renderHtml(report);
        const Page page = parse(html);
        verifyInert(html, page);
        QCOMPARE(page.all(QStringLiteral("html")).front()->attributes.value(QStringLiteral("lang")),
                 QStringLiteral("zh-CN"));
        const QString text = page.all(QStringLiteral("body")).front()->text;
        for (const auto& row : report.catalog->rows()) {
            QVERIFY2(text.contains(row.title.zh), qPrintable(row.title.zh));
        }
        for (const auto* label : {u"摘要", u"兼容性", u"修改建议", u"发现", u"附录", u"不通过", u"需复核", u"通过",
                                  u"信令服务器已于 2020-06-30 关停", u"跳过的文件"}) {
            QVERIFY2(text.contains(QString::fromUtf16(label)), qPrintable(QString::fromUtf16(label)));
        }
        // No English fixed label leaks into a Chinese report.
        for (const auto* label : {"Summary", "Remediation", "Recommended change", "Skipped files"}) {
            QVERIFY2(!text.contains(QString::fromLatin1(label)), label);
        }
    }

    void largeReportsCollapseFilesAndRollUpIdenticalFindings()
    {
        Report report = handMadeReport();
        ReportRow& row = report.rows.front();
        const Finding model = *report.findingsOf(row).front();
        // A call copied into 300 folders, and 250 different lines.
        for (int i = 0; i < 550; ++i) {
            Finding f = model;
            f.id = QStringLiteral("X%1").arg(i);
            f.file = i < 300 ? QStringLiteral("src/m%1/chat.js").arg(i) : QStringLiteral("src/d%1.js").arg(i);
            if (i >= 300) {
                f.snippet = QStringLiteral("joinSpecial%1();").arg(i);
            }
            report.findings.push_back(f);
            row.findingIds << f.id;
        }
        const QByteArray html = renderHtml(report);
        const Page page = parse(html);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        // The copies are listed once, with a link to their 301 places (the model's file too) in the appendix.
        const auto places = page.withAttribute(QStringLiteral("data-places"));
        QVERIFY(!places.empty());
        QCOMPARE(places.front()->attributes.value(QStringLiteral("data-places")), QStringLiteral("301"));
        QVERIFY(places.front()->text.contains(QLatin1String("src/m299/chat.js")));
        QVERIFY(page.byId(QStringLiteral("same-1")));
        QVERIFY(html.contains("<a href=\"#same-1\">The same finding is in 300 more place"));
        std::size_t listed = page.withAttribute(QStringLiteral("data-finding")).size();
        QVERIFY2(listed < 300, qPrintable(QString::number(listed)));
        // More than a screenful: every file is one closed line; the reader opens the ones that matter.
        for (const auto* details : page.all(QStringLiteral("details"))) {
            if (details->attributes.value(QStringLiteral("class")) == QLatin1String("file")) {
                QVERIFY(!details->attributes.contains(QStringLiteral("open")));
            }
        }
        // How the findings are listed is said before them.
        QVERIFY(html.contains("identical ones shown once"));
        // A small report opens every file.
        const Page small = parse(renderHtml(handMadeReport()));
        for (const auto* details : small.all(QStringLiteral("details"))) {
            if (details->attributes.value(QStringLiteral("class")) == QLatin1String("file")) {
                QVERIFY(details->attributes.contains(QStringLiteral("open")));
            }
        }
    }

    void appendixListsSkippedFilesAndMetadata()
    {
        const Report report = handMadeReport();
        const Page page = parse(renderHtml(report));
        const auto* appendix = page.byId(QStringLiteral("appendix"));
        QVERIFY(appendix);
        for (const auto& entry : report.skipped) {
            QVERIFY(appendix->text.contains(entry.path));
            QVERIFY(appendix->text.contains(report.render(entry.reason)));
        }
        // The report travels: the sender's local path stays home unless asked for.
        QVERIFY(!report.root.isEmpty());
        QVERIFY(!appendix->text.contains(report.root));
        QVERIFY(appendix->text.contains(QFileInfo(report.root).fileName()));
        QVERIFY(!renderHtml(report).contains(report.root.toUtf8()));
        RenderOptions absolute;
        absolute.absolutePaths = true;
        const Page withPath = parse(renderHtml(report, absolute));
        QVERIFY(withPath.byId(QStringLiteral("appendix"))->text.contains(report.root));
        QVERIFY(appendix->text.contains(QLatin1String("2026-01-31T14:05:00Z")));
        QVERIFY(appendix->text.contains(QLatin1String("sig2rtm-report/1")));
    }

    void questionnaireReportRenders()
    {
        for (const auto language : {ReportLanguage::English, ReportLanguage::Chinese}) {
            const Report report = questionnaireReport(language);
            const QByteArray html = renderHtml(report);
            const Page page = parse(html);
            verifyInert(html, page);
            QCOMPARE(page.withAttribute(QStringLiteral("data-finding")).size(), report.findings.size());
            QVERIFY(page.all(QStringLiteral("h1")).front()->text == report.projectName);
        }
    }

    void everyFixtureRendersWellFormed()
    {
        const QString projects = QStringLiteral(SIG2RTM_TEST_DATA "/projects");
        QStringList folders;
        QDirIterator it(projects, QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            folders << it.next();
        }
        if (folders.isEmpty()) {
            QSKIP("no fixture projects in tests/data/projects");
        }
        folders.sort();
        for (const auto& folder : folders) {
            const auto report = scanFolder(folder, ReportLanguage::English);
            QVERIFY2(report, qPrintable(folder));
            const QByteArray html = renderHtml(*report);
            const Page page = parse(html);
            QVERIFY2(page.error.isEmpty(), qPrintable(folder + u' ' + page.error));
            verifyInert(html, page);
            // Every finding is listed, except that SDK presence notes that no row lists roll up to one per
            // file and rule.
            QSet<QString> listedByRow;
            for (const auto& row : report->rows) {
                for (const auto& id : row.findingIds) {
                    listedByRow.insert(id);
                }
            }
            QSet<QString> rolledUp;
            std::size_t expected = 0;
            for (const auto& f : report->findings) {
                if (!listedByRow.contains(f.id) && f.sdk && f.effect == Effect::Note) {
                    const QString key = f.file + u'\n' + f.rule;
                    if (rolledUp.contains(key)) {
                        continue;
                    }
                    rolledUp.insert(key);
                }
                ++expected;
            }
            // Identical findings are listed once; the appendix lists every place of each (the listed one first).
            std::size_t places = 0;
            std::size_t rollups = 0;
            for (const auto* li : page.all(QStringLiteral("li"))) {
                if (li->attributes.value(QStringLiteral("id")).startsWith(QLatin1String("same-"))) {
                    ++rollups;
                }
            }
            for (const auto* pre : page.withAttribute(QStringLiteral("data-places"))) {
                places += pre->attributes.value(QStringLiteral("data-places")).toUInt();
                // Every place is listed, by file.
                QVERIFY(!pre->text.isEmpty());
            }
            QCOMPARE(page.withAttribute(QStringLiteral("data-finding")).size() + places - rollups, expected);
        }
    }

    void progressSectionAndBurnDown()
    {
        const auto report = progressReport();
        QVERIFY(report);
        const QByteArray html = renderHtml(*report);
        const Page page = parse(html);
        verifyInert(html, page);

        // After the summary, in the table of contents too.
        const auto* section = page.byId(QStringLiteral("progress"));
        QVERIFY(section);
        const auto headings = page.below(section, QStringLiteral("h2"));
        QVERIFY(headings.front()->text.contains(QLatin1String("Progress since")));
        QVERIFY(headings.front()->text.startsWith(QLatin1String("2")));
        bool listed = false;
        for (const auto* a : page.below(page.all(QStringLiteral("nav")).front(), QStringLiteral("a"))) {
            listed = listed || a->attributes.value(QStringLiteral("href")) == QLatin1String("#progress");
        }
        QVERIFY(listed);

        // The counts: legacy calls, findings to act on, notes; fixed, new, unchanged.
        const auto tables = page.below(section, QStringLiteral("table"));
        QCOMPARE(tables.size(), std::size_t(2));
        QStringList counts;
        for (const auto* cell : page.below(tables[0], QStringLiteral("td"))) {
            if (cell->attributes.value(QStringLiteral("class")).startsWith(QLatin1String("n"))) {
                counts << cell->text;
            }
        }
        QCOMPARE(counts.join(u' '), QStringLiteral("4 2 14 2 1 4 0 1 4"));
        const auto lists = page.below(section, QStringLiteral("ul"));
        QVERIFY(lists.size() >= 2);
        QCOMPARE(page.below(lists[0], QStringLiteral("li")).size(), std::size_t(4));
        QCOMPARE(page.below(lists[1], QStringLiteral("li")).size(), std::size_t(2));
        QVERIFY(lists[1]->text.contains(QLatin1String("web/js/chat.js:19")));

        // The burn-down: inline SVG, two panels, a line per series (the whole project and its two clients)
        // over the four reports.
        const auto svgs = page.below(section, QStringLiteral("svg"));
        QCOMPARE(svgs.size(), std::size_t(1));
        const auto polylines = page.below(svgs.front(), QStringLiteral("polyline"));
        QCOMPARE(polylines.size(), std::size_t(6));
        std::vector<int> lengths;
        for (const auto* p : polylines) {
            lengths.push_back(static_cast<int>(p->attributes.value(QStringLiteral("points")).split(u' ').size()));
        }
        std::sort(lengths.begin(), lengths.end());
        QCOMPARE(lengths, (std::vector<int>{4, 4, 4, 4, 4, 4}));
        QVERIFY(svgs.front()->text.contains(QLatin1String("Effort points left")));
        QVERIFY(svgs.front()->text.contains(QLatin1String("Whole project")));
        const auto rows = page.below(tables[1], QStringLiteral("tr"));
        QCOMPARE(rows.size(), std::size_t(1 + 4));
        QCOMPARE(rows.back()->attributes.value(QStringLiteral("class")), QStringLiteral("current"));

        // Every finding says whether it is new; the new ones carry a tag.
        int stated = 0;
        int fresh = 0;
        for (const auto* li : page.withAttribute(QStringLiteral("data-baseline"))) {
            ++stated;
            fresh += li->attributes.value(QStringLiteral("data-baseline")) == QLatin1String("new") ? 1 : 0;
        }
        QCOMPARE(stated, static_cast<int>(report->findings.size()));
        QCOMPARE(fresh, 2);
        int tags = 0;
        for (const auto* span : page.all(QStringLiteral("span"))) {
            tags += span->attributes.value(QStringLiteral("class")) == QLatin1String("tag b-new") ? 1 : 0;
        }
        QCOMPARE(tags, 2);

        // Without a baseline or a history, no section and no states.
        Report plain = *report;
        plain.baseline.reset();
        plain.history.reset();
        const QByteArray without = renderHtml(plain);
        QVERIFY(!without.contains("id=\"progress\""));
        QVERIFY(!without.contains("data-baseline"));
        QVERIFY(!without.contains("<svg class=\"chart\""));
    }
};

QTEST_GUILESS_MAIN(TestHtmlWriter)
#include "tst_htmlwriter.moc"
