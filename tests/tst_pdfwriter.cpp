// SPDX-License-Identifier: MIT
#include "pdfwriter.h"
#include "reportfixture.h"
#include "reportwriter.h"
#include "testsupport.h"

#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sig2rtm;
using namespace sig2rtm::testing;

namespace {

/// The hand-made report with count more findings in the special-features row, spread over files.
Report withManyFindings(int count)
{
    Report report = handMadeReport();
    auto& row = report.rows.front();
    for (int i = 0; i < count; ++i) {
        Finding f;
        f.id = QStringLiteral("F%1").arg(report.findings.size() + 1);
        f.rule = QStringLiteral("special.attribute");
        f.row = row.id;
        f.file = QStringLiteral("web/module%1/attributes.js").arg(i / 7);
        f.line = 10 + i;
        f.column = 22;
        f.length = 19;
        f.snippet = QStringLiteral("channel.channelSetAttr('_userNotification', '1');");
        f.effect = i % 3 == 0 ? Effect::Fail : Effect::Note;
        f.reason = Message::literal(QStringLiteral("Sets the special channel attribute _userNotification."));
        row.findingIds << f.id;
        (f.effect == Effect::Fail ? row.failCount : row.noteCount) += 1;
        report.findings.push_back(f);
    }
    return report;
}

/// A pattern for Chinese text as pdftotext gives it back. Qt 6.4 writes the ToUnicode map with the
/// lowest code point of each glyph, so an ideograph whose glyph a Kangxi radical shares (用/⽤, 页/⻚)
/// extracts as the radical (QTBUG-like, also seen in wkhtmltopdf #4414). The glyphs drawn are right.
QRegularExpression cjkPattern(QString expected)
{
    expected.remove(u' ');
    QString pattern;
    for (const QChar c : std::as_const(expected)) {
        const QString literal = QRegularExpression::escape(QString(c));
        pattern += c.unicode() >= 0x3400 ? QStringLiteral("(?:%1|[\\x{2E80}-\\x{2FDF}])").arg(literal) : literal;
    }
    return QRegularExpression(pattern);
}

/// pdftotext gives a ligature glyph back as its presentation form ("ﬁ" for "fi"); whether a font forms
/// ligatures is not what these tests check.
QString withoutLigatures(QString text)
{
    static const std::pair<char16_t, const char16_t*> kLigatures[] = {
        {u'\uFB00', u"ff"},  {u'\uFB01', u"fi"}, {u'\uFB02', u"fl"}, {u'\uFB03', u"ffi"},
        {u'\uFB04', u"ffl"}, {u'\uFB05', u"st"}, {u'\uFB06', u"st"}};
    for (const auto& [ligature, letters] : kLigatures) {
        text.replace(QChar(ligature), QString::fromUtf16(letters));
    }
    return text;
}

struct Word
{
    QString text;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
};

struct PdfText
{
    QStringList pages; ///< text per page
    QString all;
    std::vector<Word> words;
    double pageWidth = 0;
    double pageHeight = 0;
    QString pageSize; ///< pdfinfo's "Page size:" value
};

} // namespace

class TestPdfWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    static bool run(const QString& program, const QStringList& arguments, QByteArray* output = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning() << program << arguments << process.readAllStandardError();
            return false;
        }
        if (output) {
            *output = process.readAllStandardOutput();
        }
        return true;
    }

    /// Writes the PDF and reads it back with poppler: text per page, word boxes, page size.
    bool extract(const QByteArray& pdf, PdfText* out)
    {
        const QString path = m_dir.filePath(QStringLiteral("report%1.pdf").arg(++m_serial));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            return false;
        }
        file.close();
        QByteArray text;
        if (!run(QStringLiteral("pdftotext"),
                 {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}, &text)) {
            return false;
        }
        out->all = withoutLigatures(QString::fromUtf8(text));
        out->pages = out->all.split(u'\f');
        QByteArray bbox;
        if (!run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}, &bbox)) {
            return false;
        }
        static const QRegularExpression kPage(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
        static const QRegularExpression kWord(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        const QString boxes = withoutLigatures(QString::fromUtf8(bbox));
        const auto page = kPage.match(boxes);
        out->pageWidth = page.captured(1).toDouble();
        out->pageHeight = page.captured(2).toDouble();
        for (auto it = kWord.globalMatch(boxes); it.hasNext();) {
            const auto m = it.next();
            out->words.push_back({m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(),
                                  m.captured(3).toDouble(), m.captured(4).toDouble()});
        }
        QByteArray info;
        if (run(QStringLiteral("pdfinfo"), {path}, &info)) {
            static const QRegularExpression kSize(QStringLiteral("Page size:\\s*([^\\n]+)"));
            out->pageSize = kSize.match(QString::fromUtf8(info)).captured(1).trimmed();
        }
        return true;
    }

    PdfText render(const Report& report, PaperSize paper = PaperSize::A4, int findingsPerRow = kPdfFindingsPerRow)
    {
        QString error;
        const auto pdf = renderPdf(report, &error, paper, findingsPerRow);
        PdfText text;
        if (!pdf) {
            qWarning() << error;
            return text;
        }
        if (!pdf->startsWith("%PDF-")) {
            qWarning() << "not a PDF";
            return text;
        }
        if (!extract(*pdf, &text)) {
            qWarning() << "poppler could not read the PDF";
        }
        return text;
    }

public:
    /// Runs before the application exists, so before fontconfig reads its configuration: the PDFs are laid
    /// out with the fonts scripts/deps.sh installs and nothing else the machine has (tests/data/fonts).
    static void initMain() { qputenv("FONTCONFIG_FILE", SIG2RTM_TEST_DATA "/fonts/fonts.conf"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            SIG2RTM_SKIP_UNLESS_CI("pdftotext (poppler-utils) is not installed");
        }
#if !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
        if (!QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans")) ||
            !QFontDatabase::hasFamily(QStringLiteral("Noto Sans CJK SC"))) {
            SIG2RTM_SKIP_UNLESS_CI("the fonts of tests/data/fonts/fonts.conf are not installed "
                                   "(fonts-dejavu-core, fonts-noto-cjk: scripts/deps.sh installs them)");
        }
#endif
    }

    void rendersThePdfWithEveryRowAndPageNumbers()
    {
        const Report report = handMadeReport();
        QString error;
        const auto pdf = renderPdf(report, &error);
        QVERIFY2(pdf, qPrintable(error));
        QVERIFY(pdf->startsWith("%PDF-"));

        const PdfText text = render(report);
        QVERIFY(!text.all.isEmpty());
        const QString flat = text.all.simplified();
        for (const auto& row : report.catalog->rows()) {
            QVERIFY2(flat.contains(row.title.en), qPrintable(row.title.en));
        }
        for (const auto* expected : {"Incompatible", "Signaling servers shut down on 2020-06-30", "Remediation",
                                     "Support request", "Skipped files", "Generation metadata", "Page 1 of"}) {
            QVERIFY2(flat.contains(QString::fromLatin1(expected)), expected);
        }
        // Project data is printed as text, never interpreted.
        QVERIFY(flat.contains(kScriptTag));
        QVERIFY(flat.contains(
            QStringLiteral("Subject: Enable Signaling/RTM interoperability for App ID 0123456789abcdef")));
        // Every page says which page it is.
        const int pages = static_cast<int>(text.pages.size()) - (text.pages.last().trimmed().isEmpty() ? 1 : 0);
        QVERIFY(pages >= 2);
        for (int i = 0; i < pages; ++i) {
            QVERIFY2(text.pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)),
                     qPrintable(QString::number(i)));
        }
    }

    void chineseRowTitlesRender()
    {
        const Report report = handMadeReport(ReportLanguage::Chinese);
        const PdfText text = render(report);
        QString all = text.all;
        // pdftotext may break a line inside a title: compare without white space.
        all.remove(u' ').remove(u'\n');
        QVERIFY(!all.isEmpty());
        for (const auto& row : report.catalog->rows()) {
            QVERIFY2(cjkPattern(row.title.zh).match(all).hasMatch(), qPrintable(row.title.zh));
        }
        for (const auto* expected : {u"第1页，共", u"信令服务器已于2020-06-30关停", u"兼容性", u"修改建议"}) {
            QVERIFY2(cjkPattern(QString::fromUtf16(expected)).match(all).hasMatch(),
                     qPrintable(QString::fromUtf16(expected)));
        }
    }

    void paperSizes()
    {
        const Report report = handMadeReport();
        const PdfText a4 = render(report, PaperSize::A4);
        const PdfText letter = render(report, PaperSize::Letter);
        QCOMPARE(qRound(a4.pageWidth), 595);
        QCOMPARE(qRound(a4.pageHeight), 842);
        QCOMPARE(qRound(letter.pageWidth), 612);
        QCOMPARE(qRound(letter.pageHeight), 792);
    }

    void textIsFullSizeAndInsideThePage()
    {
        const PdfText text = render(handMadeReport());
        QVERIFY(!text.words.empty());
        bool sawHeading = false;
        int bodyWords = 0;
        for (const auto& w : text.words) {
            // Nothing clipped at the sheet's edges: every word lies within the margins.
            QVERIFY2(w.xMin >= 30 && w.xMax <= text.pageWidth - 30, qPrintable(w.text));
            QVERIFY2(w.yMin >= 20 && w.yMax <= text.pageHeight - 20,
                     qPrintable(w.text + QStringLiteral(" %1 %2 %3").arg(w.yMin).arg(w.yMax).arg(w.xMin)));
            const double height = w.yMax - w.yMin;
            if (w.text == QLatin1String("Compatibility") && height > 12) {
                sawHeading = true; // the 14 pt section heading
                QVERIFY2(height < 24, qPrintable(QString::number(height)));
            }
            if (w.text == QLatin1String("Recommended")) {
                ++bodyWords;
                // 9 pt body text: a third of that would be the Qt 6.4 trap of STYLE.md §6.
                QVERIFY2(height > 7 && height < 16, qPrintable(QString::number(height)));
            }
        }
        QVERIFY(sawHeading);
        QVERIFY(bodyWords > 0);
    }

    void tableHeadersRepeatOnEveryPage()
    {
        const Report report = withManyFindings(140);
        const PdfText text = render(report);
        int pagesWithHeader = 0;
        for (const auto& page : text.pages) {
            if (page.contains(QLatin1String("Code / Reason"))) {
                ++pagesWithHeader;
            }
        }
        QVERIFY2(pagesWithHeader >= 3, qPrintable(QString::number(pagesWithHeader)));
    }

    void capsFindingsPerRowAndSaysSo()
    {
        const Report report = withManyFindings(30);
        const PdfText text = render(report, PaperSize::A4, 10);
        const QString flat = text.all.simplified();
        // special-features: 4 + 30 findings, 10 shown.
        QVERIFY2(flat.contains(QLatin1String("24 more findings in the HTML/JSON report.")),
                 qPrintable(flat.right(2000)));
        // The blocking ones are the ones shown.
        QVERIFY(flat.contains(QLatin1String("web/js/app.js")));
    }

    void writeReportWritesAPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("out/report.pdf"));
        QString error;
        QVERIFY2(writeReport(handMadeReport(), QStringLiteral("pdf"), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void progressAndBurnDownOnPaper()
    {
        const auto report = progressReport();
        QVERIFY(report);
        const PdfText text = render(*report);
        const QString flat = text.all.simplified();
        QVERIFY(!flat.isEmpty());
        for (const auto* expected : {"Progress since", "Legacy calls left: 18 → 16", "Legacy calls removed (4)",
                                     "Findings resolved (2)", "Burn-down", "(this report)"}) {
            QVERIFY2(flat.contains(QString::fromUtf8(expected)),
                     qPrintable(flat.mid(flat.indexOf(QLatin1String("Burn-down")), 1500)));
        }
        // The chart is drawn as text and vectors: its labels come back from the page.
        for (const auto* label : {"Effort points left", "Legacy calls left", "Whole project", "2025-01"}) {
            QVERIFY2(flat.contains(QString::fromLatin1(label)), label);
        }
        // Its words lie inside the page's text area.
        bool found = false;
        for (const auto& w : text.words) {
            if (w.text == QLatin1String("Whole")) {
                found = true;
                QVERIFY(w.xMin >= 49 && w.xMax <= text.pageWidth - 49);
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
