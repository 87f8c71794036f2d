// SPDX-License-Identifier: MIT
#include "markdownwriter.h"
#include "reportfixture.h"
#include "reporttext.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace sig2rtm;
using namespace sig2rtm::testing;

namespace {

/// Splits a GitHub table row into cells the way GFM does: on '|' not escaped by a backslash.
QStringList cells(const QString& line)
{
    QStringList out;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) {
            cell += c;
            cell += line[++i];
        } else if (c == u'|') {
            out << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    out << cell.trimmed();
    // A row starts and ends with a pipe: drop the empty outer cells.
    if (!out.isEmpty() && out.front().isEmpty()) {
        out.removeFirst();
    }
    if (!out.isEmpty() && out.back().isEmpty()) {
        out.removeLast();
    }
    return out;
}

/// The table rows after the header and its delimiter row.
std::vector<QStringList> tableRows(const QString& markdown)
{
    const QStringList lines = markdown.split(u'\n');
    std::vector<QStringList> rows;
    bool inTable = false;
    for (const auto& line : lines) {
        if (line.startsWith(QLatin1String("|--"))) {
            inTable = true;
            continue;
        }
        if (inTable) {
            if (!line.startsWith(u'|')) {
                break;
            }
            rows.push_back(cells(line));
        }
    }
    return rows;
}

} // namespace

class TestMarkdownWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tableHasFiveRowsWithStatus_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("en") << int(ReportLanguage::English);
        QTest::newRow("zh_CN") << int(ReportLanguage::Chinese);
    }

    void tableHasFiveRowsWithStatus()
    {
        QFETCH(int, language);
        const auto lang = static_cast<ReportLanguage>(language);
        const Report report = handMadeReport(lang);
        const QString md = QString::fromUtf8(renderMarkdown(report));
        const auto rows = tableRows(md);
        QCOMPARE(rows.size(), std::size_t(5));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& row = report.rows[i];
            QCOMPARE(rows[i].size(), 7);
            QCOMPARE(rows[i][0], QString::number(i + 1));
            QCOMPARE(rows[i][1], escapeMarkdown(report.catalog->row(row.id)->title.get(lang)));
            QCOMPARE(rows[i][2], statusEmoji(row.status) + u' ' + statusWord(row.status, lang));
            QCOMPARE(rows[i][3], QString::number(row.failCount));
            QCOMPARE(rows[i][4], QString::number(row.reviewCount));
            QCOMPARE(rows[i][5], QString::number(row.noteCount));
        }
        QVERIFY(md.contains(lang == ReportLanguage::Chinese
                                ? QStringLiteral("信令服务器已于 2020-06-30 关停")
                                : QStringLiteral("Signaling servers shut down on 2020-06-30")));
        // Chinese sentences end in a full-width stop, with no English ". " between bold and the next sentence.
        if (lang == ReportLanguage::Chinese) {
            QVERIFY2(!md.contains(QLatin1String("**. ")) && !md.contains(QLatin1String(".** ")), qPrintable(md));
            QVERIFY(md.contains(QStringLiteral("关停。**")));
        } else {
            QVERIFY(md.contains(QStringLiteral("2020-06-30.** ")));
        }
    }

    void projectDataIsEscaped()
    {
        const Report report = handMadeReport();
        const QString md = QString::fromUtf8(renderMarkdown(report));
        // The summary "first: a|b.js:3 uses `x` and *y* [z](u) <b>" stays in one cell.
        const auto rows = tableRows(md);
        QCOMPARE(rows[3].size(), 7);
        // Only what would be markup is escaped: "[" (no link forms without it), "<" before a letter.
        QCOMPARE(rows[3][6], QStringLiteral("first: a\\|b.js:3 uses \\`x\\` and \\*y\\* \\[z](u) \\<b>"));
        // Raw markup only inside code spans, where it is shown as text.
        QString outside = md;
        outside.remove(QRegularExpression(QStringLiteral("(`+).*?\\1")));
        QVERIFY2(!outside.contains(QLatin1String("<script")), qPrintable(outside));
        QVERIFY(!outside.contains(QLatin1String("<img")));
        QVERIFY(!md.contains(QLatin1String("](javascript:")));
        // The project name with markup is escaped in the heading.
        QVERIFY(md.startsWith(QStringLiteral("## ")));
        QVERIFY(md.section(u'\n', 0, 0).contains(QStringLiteral("\\<b>Legacy\\</b> & \"chat\"")));
        // Links only to the catalog's https pages.
        // A link needs an unescaped "[" before "](": project text escapes every "[".
        static const QRegularExpression kLink(QStringLiteral("(?<!\\\\)\\[[^\\]]*\\]\\(([^)]*)\\)"));
        for (auto it = kLink.globalMatch(md); it.hasNext();) {
            const auto m = it.next();
            QVERIFY2(m.captured(1).startsWith(QLatin1String("https://")), qPrintable(m.captured(0)));
        }
    }

    void findingsListIsShortWithPlainLocations()
    {
        const Report report = handMadeReport();
        const QString md = QString::fromUtf8(renderMarkdown(report, 2));
        // special-features has 4 findings: the 2 most severe are listed, the rest counted.
        // Locations are code spans: shown as they are, never markup or an autolink.
        QVERIFY(md.contains(QStringLiteral("- `web/js/app.js:34` — Joins a special Signaling channel. (Blocking)")));
        QVERIFY(md.contains(QStringLiteral("- `web/<script>alert(1)</script>.js:3` — ")));
        QVERIFY(md.contains(QLatin1String("- 2 more findings in the HTML/JSON report.")));
        // Passing rows are not listed.
        QVERIFY(!md.contains(QStringLiteral("**✅")));
    }

    void nothingToListWhenEveryRowPasses()
    {
        Report report = handMadeReport();
        for (auto& row : report.rows) {
            row.status = RowStatus::Pass;
        }
        const QString md = QString::fromUtf8(renderMarkdown(report));
        // Findings remain (notes), but no case needs work: no empty findings list, no next steps.
        QVERIFY2(!md.contains(QLatin1String("### ")), qPrintable(md));
        QCOMPARE(tableRows(md).size(), std::size_t(5));
    }

    void backticksAndUnderscoresAreEscaped()
    {
        Report report = handMadeReport();
        report.findings[0].file = QStringLiteral("we`ird``agora_sig*.js");
        const QString md = QString::fromUtf8(renderMarkdown(report));
        // The code span's fence is longer than any run of backticks inside.
        QVERIFY2(md.contains(QStringLiteral("- ```we`ird``agora_sig*.js:34``` — ")), qPrintable(md));
    }

    void mentionsAreDefused()
    {
        Report report = handMadeReport();
        report.rows[0].summary = Message::literal(QStringLiteral("see node_modules/@sig-team/sig.js"));
        const QString md = QString::fromUtf8(renderMarkdown(report));
        QVERIFY(md.contains(QStringLiteral("node_modules/\\@sig-team")));
        QVERIFY(!md.contains(QStringLiteral("/@sig-team")));
        // No invisible character does the work: a reader could not see it.
        QVERIFY(!md.contains(QChar(0x200B)));
    }

    void questionnaireReport()
    {
        const Report report = testing::questionnaireReport(ReportLanguage::English);
        const QString md = QString::fromUtf8(renderMarkdown(report));
        QCOMPARE(tableRows(md).size(), std::size_t(5));
        QVERIFY(md.contains(QLatin1String("Questionnaire \\<demo>")));
    }

    void progressAndBurnDownTable()
    {
        const auto report = progressReport();
        QVERIFY(report);
        const QString md = QString::fromUtf8(renderMarkdown(*report, 5));
        const auto progress = md.indexOf(QLatin1String("### Progress since "));
        QVERIFY(progress > 0);
        QVERIFY(progress < md.indexOf(QLatin1String("### Migration inventory")));
        QVERIFY(md.contains(QStringLiteral("**Legacy calls left: 18 → 16 · effort points left: 53 → 43 · findings that "
                                           "block or need review: 6 → 5**")));
        const auto counts = tableRows(md.mid(progress));
        QCOMPARE(counts.size(), std::size_t(3));
        QCOMPARE(counts[0], (QStringList{QStringLiteral("Legacy calls (migration inventory)"), QStringLiteral("4"),
                                         QStringLiteral("2"), QStringLiteral("14")}));
        QVERIFY(md.contains(QLatin1String("**Legacy calls removed (4)**")));
        QVERIFY(md.contains(QStringLiteral("- `web/js/chat.js:19` — Join and leave a channel · channelJoin")));

        // The burn-down as a table of the points, oldest first, this report in bold.
        const auto burnDown = md.indexOf(QLatin1String("### Burn-down"));
        QVERIFY(burnDown > progress);
        const auto points = tableRows(md.mid(burnDown));
        QCOMPARE(points.size(), std::size_t(4));
        QCOMPARE(points[0].mid(2), (QStringList{QStringLiteral("53"), QStringLiteral("18"), QStringLiteral("20 / 7"),
                                                QStringLiteral("33 / 11")}));
        QCOMPARE(points[2].mid(2), (QStringList{QStringLiteral("23"), QStringLiteral("10"), QStringLiteral("0 / 0"),
                                                QStringLiteral("23 / 10")}));
        QCOMPARE(points[3].mid(2), (QStringList{QStringLiteral("**43**"), QStringLiteral("**16**"),
                                                QStringLiteral("**20 / 6**"), QStringLiteral("**23 / 10**")}));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdownwriter.moc"
