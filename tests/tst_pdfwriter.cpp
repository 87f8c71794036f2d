// SPDX-License-Identifier: MIT
#include "pdfnavigation.h"
#include "pdfwriter.h"
#include "reportfixture.h"
#include "reportfonts.h"
#include "reportview.h"
#include "reportwriter.h"
#include "testsupport.h"

#include <cstdlib>
#include <map>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <set>
#include <tuple>

using namespace sig2rtm;
using namespace sig2rtm::testing;

namespace {

/// The hand-made report with count more findings in the special-features row, spread over files. Each has its own
/// code, so none is rolled up with identical ones (identicalFindingsAreListedOnceWithTheirPlaces makes those).
Report withManyFindings(int count, bool identical = false)
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
        f.snippet = identical ? QStringLiteral("channel.channelSetAttr('_userNotification', '1');")
                              : QStringLiteral("channel.channelSetAttr('_userNotification', '%1');").arg(i);
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

/// The hand-made report with findings whose rows are several lines tall, in files of perFile findings: each row's
/// code starts with "rowstartN" and its reason ends with "rowendN", so that a page can be checked for whole rows.
Report withTallFindings(int count, int perFile)
{
    Report report = handMadeReport();
    auto& row = report.rows.front();
    for (int i = 0; i < count; ++i) {
        Finding f;
        f.id = QStringLiteral("T%1").arg(i);
        f.rule = QStringLiteral("special.attribute");
        f.row = row.id;
        f.file = QStringLiteral("web/part%1/attributes.js").arg(i / perFile);
        f.line = 100 + i;
        f.snippet = QStringLiteral("rowstart%1 channel.channelSetAttr('_userNotification', ").arg(i) +
                    QStringLiteral("'x', { retries: 3, backoff: 250, audience: 'everyone' }); ").repeated(4 + i % 3);
        f.effect = Effect::Fail;
        f.reason = Message::literal(
            QStringLiteral("Sets the special channel attribute _userNotification; row rowend%1").arg(i));
        row.findingIds << f.id;
        row.failCount += 1;
        report.findings.push_back(f);
    }
    return report;
}

/// A report whose project data hides characters: a bidi override in a path, zero-width and isolate characters
/// in code.
Report withHiddenCharacters()
{
    Report report = handMadeReport();
    Finding& f = report.findings.front();
    f.file = QStringLiteral("web/evil\u202Egnp.js");
    f.snippet = QStringLiteral("presence = session.channelJoin('__agora\u200B_user_online'); // \u2066admin\u2069");
    return report;
}

struct Word
{
    QString text;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    int page = 0; ///< 0-based
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

/// The objects of a PDF by number, the latest revision of each (an incremental update redefines some), and the
/// latest trailer: enough to follow the outline, the page tree and the annotations in a test.
class PdfStructure
{
public:
    explicit PdfStructure(const QByteArray& pdf)
    {
        static const QRegularExpression kObject(QStringLiteral("(?:^|\\n)(\\d+) 0 obj\\b(.*?)\\bendobj"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const QString text = QString::fromLatin1(pdf);
        for (auto it = kObject.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            m_objects[m.captured(1).toInt()] = m.captured(2).trimmed();
        }
        m_trailer = text.mid(text.lastIndexOf(QLatin1String("trailer")));
        const QString catalog = object(ref(m_trailer, QStringLiteral("Root")));
        for (const int kid : refs(array(object(ref(catalog, QStringLiteral("Pages"))), QStringLiteral("Kids")))) {
            m_pages.push_back(kid);
        }
    }

    QString object(int number) const
    {
        const auto it = m_objects.find(number);
        return it == m_objects.end() ? QString() : it->second;
    }
    QString catalog() const { return object(ref(m_trailer, QStringLiteral("Root"))); }
    const std::vector<int>& pages() const { return m_pages; }
    int pageIndex(int object) const
    {
        const auto it = std::find(m_pages.begin(), m_pages.end(), object);
        return it == m_pages.end() ? -1 : static_cast<int>(it - m_pages.begin());
    }
    /// The page a destination array ("[12 0 R /XYZ 0 700 0]") points at, 0-based, or -1.
    int destinationPage(const QString& dict) const
    {
        static const QRegularExpression kDest(QStringLiteral("/Dest\\s*\\[\\s*(\\d+)\\s+0\\s+R\\s*/XYZ"));
        const auto m = kDest.match(dict);
        return m.hasMatch() ? pageIndex(m.captured(1).toInt()) : -1;
    }

    static int ref(const QString& dict, const QString& key)
    {
        const QRegularExpression pattern(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(key));
        const auto m = pattern.match(dict);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    static QString array(const QString& dict, const QString& key)
    {
        const QRegularExpression pattern(QStringLiteral("/%1\\s*\\[([^\\]]*)\\]").arg(key));
        return pattern.match(dict).captured(1);
    }
    static std::vector<int> refs(const QString& array)
    {
        static const QRegularExpression kRef(QStringLiteral("(\\d+)\\s+0\\s+R"));
        std::vector<int> out;
        for (auto it = kRef.globalMatch(array); it.hasNext();) {
            out.push_back(it.next().captured(1).toInt());
        }
        return out;
    }
    /// A text string: a literal "(...)" or UTF-16BE "<FEFF...>".
    static QString textString(const QString& dict, const QString& key)
    {
        const QRegularExpression hex(QStringLiteral("/%1\\s*<([0-9A-Fa-f]*)>").arg(key));
        if (const auto m = hex.match(dict); m.hasMatch()) {
            const QByteArray bytes = QByteArray::fromHex(m.captured(1).toLatin1());
            QString out;
            for (qsizetype i = bytes.startsWith("\xFE\xFF") ? 2 : 0; i + 1 < bytes.size(); i += 2) {
                out += QChar(static_cast<char16_t>((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
            }
            return out;
        }
        const QRegularExpression literal(QStringLiteral("/%1\\s*\\(((?:\\\\.|[^\\\\)])*)\\)").arg(key));
        QString out = literal.match(dict).captured(1);
        static const QRegularExpression kEscape(QStringLiteral("\\\\(.)"));
        return out.replace(kEscape, QStringLiteral("\\1"));
    }

    struct OutlineItem
    {
        QString title;
        int page = -1;
        std::vector<OutlineItem> children;
    };
    /// The document outline, from the catalog's /Outlines.
    std::vector<OutlineItem> outline() const
    {
        return items(ref(object(ref(catalog(), QStringLiteral("Outlines"))), QStringLiteral("First")), 0);
    }

private:
    std::vector<OutlineItem> items(int first, int depth) const
    {
        std::vector<OutlineItem> out;
        for (int n = first; n > 0 && depth < 4 && out.size() < 500; n = ref(object(n), QStringLiteral("Next"))) {
            const QString dict = object(n);
            out.push_back({textString(dict, QStringLiteral("Title")), destinationPage(dict),
                           items(ref(dict, QStringLiteral("First")), depth + 1)});
        }
        return out;
    }

    std::map<int, QString> m_objects;
    QString m_trailer;
    std::vector<int> m_pages;
};

/// The options the PDF writer builds its view with: what a test expects it to print.
ReportView pdfView(const Report& report)
{
    ReportView::Options options;
    options.findingsPerRow = kPdfFindingsPerRow;
    options.skippedLimit = 300;
    options.fixedLimit = 100;
    options.rollUpAt = 3;
    return ReportView::build(report, options);
}

/// Every character of the report's own Chinese texts: the translations and the catalog.
QString reportChineseTexts()
{
    QString out;
    QFile ts(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/i18n/sig2rtm_zh_CN.ts"));
    if (ts.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
                out += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        }
    }
    QFile rules(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/rules/signaling-rtm.json"));
    if (rules.open(QIODevice::ReadOnly)) {
        std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v, const QString& key) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it) {
                    walk(it.value(), it.key());
                }
            } else if (v.isArray()) {
                for (const auto& item : v.toArray()) {
                    walk(item, key);
                }
            } else if (v.isString() && key == QLatin1String("zh_CN")) {
                out += v.toString();
            }
        };
        walk(QJsonDocument::fromJson(rules.readAll()).object(), {});
    }
    return out;
}

/// The fonts.conf of a machine without a CJK font (DejaVu only, as in many containers), or without any font.
QString fontsConf(bool dejaVu)
{
    QString conf = QStringLiteral("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n"
                                  "<fontconfig>\n<cachedir prefix=\"xdg\">fontconfig</cachedir>\n");
    if (dejaVu) {
        conf += QStringLiteral("<dir>/usr/share/fonts</dir>\n<dir>/usr/local/share/fonts</dir>\n<selectfont>\n"
                               "<rejectfont><pattern/></rejectfont>\n<acceptfont>\n"
                               "<pattern><patelt name=\"family\"><string>DejaVu Sans</string></patelt></pattern>\n"
                               "<pattern><patelt name=\"family\"><string>DejaVu Sans Mono</string></patelt></pattern>\n"
                               "</acceptfont>\n</selectfont>\n");
    }
    return conf + QStringLiteral("</fontconfig>\n");
}

/// The reports a child process renders (see TestPdfWriter::renderInChild).
Report childReport(const QString& which)
{
    if (which == QLatin1String("zh")) {
        return handMadeReport(ReportLanguage::Chinese);
    }
    // English, with Chinese project data: a character the report's own texts use (中) and one they do not (龘).
    Report report = handMadeReport();
    report.findings.front().file = QStringLiteral("web/中文龘.js");
    report.findings.front().snippet = QStringLiteral("presence = session.channelJoin('龘'); // 中文");
    report.projectName = QStringLiteral("兼容龘");
    return report;
}

/// A child run: renders one report with the fonts of its own fontconfig configuration and writes the PDF, or the
/// error prefixed with "ERROR:", to a file. Runs before the test framework (initMain), so that fontconfig reads
/// that configuration.
int renderChild(const QString& spec)
{
    const QString which = spec.section(u':', 0, 0);
    const QString out = spec.section(u':', 1);
    int argc = 1;
    char name[] = "tst_pdfwriter";
    char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    QString error;
    const auto pdf = renderPdf(childReport(which), &error);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        return 2;
    }
    file.write(pdf ? *pdf : QByteArray("ERROR:") + error.toUtf8());
    return 0;
}

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
        const QStringList pages = boxes.split(QStringLiteral("<page "));
        for (int p = 1; p < pages.size(); ++p) {
            for (auto it = kWord.globalMatch(pages[p]); it.hasNext();) {
                const auto m = it.next();
                out->words.push_back({m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(),
                                      m.captured(3).toDouble(), m.captured(4).toDouble(), p - 1});
            }
        }
        QByteArray info;
        if (run(QStringLiteral("pdfinfo"), {path}, &info)) {
            static const QRegularExpression kSize(QStringLiteral("Page size:\\s*([^\\n]+)"));
            out->pageSize = kSize.match(QString::fromUtf8(info)).captured(1).trimmed();
        }
        return true;
    }

    PdfText render(const Report& report, PaperSize paper = PaperSize::A4, int findingsPerRow = kPdfFindingsPerRow,
                   QByteArray* bytes = nullptr)
    {
        QString error;
        const auto pdf = renderPdf(report, &error, paper, findingsPerRow);
        PdfText text;
        if (!pdf) {
            qWarning() << error;
            return text;
        }
        if (bytes) {
            *bytes = *pdf;
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

    /// Renders a report in a child process of this test whose fontconfig sees the fonts of conf only: the fonts
    /// a process uses are fixed when it starts. Returns the PDF, or "ERROR:" and the error.
    QByteArray renderInChild(const QString& which, const QString& conf)
    {
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
        // Only fontconfig lets a process see a chosen set of fonts.
        Q_UNUSED(which);
        Q_UNUSED(conf);
        return {};
#endif
        const QString confPath = m_dir.filePath(QStringLiteral("fonts%1.conf").arg(++m_serial));
        const QString out = m_dir.filePath(QStringLiteral("child%1.out").arg(m_serial));
        if (!writeText(confPath, conf)) {
            return {};
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FONTCONFIG_FILE"), confPath);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SIG2RTM_PDF_CHILD"), which + u':' + out);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            qWarning() << "child:" << child.readAllStandardError();
            return {};
        }
        m_childLog = QString::fromUtf8(child.readAllStandardError());
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString m_childLog; ///< the standard error of the last child

public:
    /// Runs before the application exists, so before fontconfig reads its configuration: the PDFs are laid
    /// out with the fonts scripts/deps.sh installs and nothing else the machine has (tests/data/fonts).
    /// In a child run (renderInChild) it renders the child's report and ends the process instead.
    static void initMain()
    {
        if (const QString child = qEnvironmentVariable("SIG2RTM_PDF_CHILD"); !child.isEmpty()) {
            std::exit(renderChild(child));
        }
        qputenv("FONTCONFIG_FILE", SIG2RTM_TEST_DATA "/fonts/fonts.conf");
    }

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
        QByteArray a4Bytes;
        QByteArray letterBytes;
        const PdfText a4 = render(report, PaperSize::A4, kPdfFindingsPerRow, &a4Bytes);
        const PdfText letter = render(report, PaperSize::Letter, kPdfFindingsPerRow, &letterBytes);
        QCOMPARE(qRound(a4.pageWidth), 595);
        QCOMPARE(qRound(a4.pageHeight), 842);
        QCOMPARE(qRound(letter.pageWidth), 612);
        QCOMPARE(qRound(letter.pageHeight), 792);
        // Every page's MediaBox.
        static const QRegularExpression kBox(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
        for (const auto& [bytes, width, height] : {std::tuple{a4Bytes, 595, 842}, std::tuple{letterBytes, 612, 792}}) {
            int boxes = 0;
            for (auto it = kBox.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); ++boxes) {
                const auto m = it.next();
                QCOMPARE(qRound(m.captured(1).toDouble()), width);
                QCOMPARE(qRound(m.captured(2).toDouble()), height);
            }
            QCOMPARE(boxes, static_cast<int>(PdfStructure(bytes).pages().size()));
        }
        // The paper from the options: named, or the locale's.
        RenderOptions options;
        options.paper = QStringLiteral("letter");
        QCOMPARE(paperSize(options), PaperSize::Letter);
        options.paper = QStringLiteral("A4");
        QCOMPARE(paperSize(options), PaperSize::A4);
    }

    void textIsFullSizeAndInsideThePage_data()
    {
        QTest::addColumn<PaperSize>("paper");
        QTest::newRow("A4") << PaperSize::A4;
        QTest::newRow("Letter") << PaperSize::Letter;
    }

    void textIsFullSizeAndInsideThePage()
    {
        QFETCH(PaperSize, paper);
        const PdfText text = render(handMadeReport(), paper);
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

    void pathsAndCodeShowHiddenCharactersAsEscapes()
    {
        const PdfText text = render(withHiddenCharacters());
        QVERIFY(!text.all.isEmpty());
        for (const auto* escape : {"<U+202E>", "<U+200B>", "<U+2066>", "<U+2069>"}) {
            QVERIFY2(text.all.contains(QLatin1String(escape)), escape);
        }
        QVERIFY(text.all.contains(QStringLiteral("web/evil<U+202E>gnp.js")));
        for (const char16_t raw : {u'\u202E', u'\u200B', u'\u2066', u'\u2069'}) {
            QVERIFY2(!text.all.contains(QChar(raw)), qPrintable(QString::number(raw, 16)));
        }
    }

    void shippedFontCoversTheReportTexts()
    {
        QVERIFY(ReportFonts::loadShipped());
        QVERIFY(QFontDatabase::families().contains(ReportFonts::shippedFamily()));
        const QString texts = reportChineseTexts();
        QVERIFY(texts.size() > 1000);
        for (const auto* weight : {"regular", "bold"}) {
            QFile file(QStringLiteral(":/sig2rtm/fonts/sig2rtm-report-sans-sc-%1.otf").arg(QLatin1String(weight)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray data = file.readAll();
            QVERIFY2(data.size() < 1024 * 1024, "the shipped font stays small");
            const QRawFont font(data, 12);
            QVERIFY(font.isValid());
            QString missing;
            for (const char32_t c : texts.toUcs4()) {
                if (c > 0x20 && QChar::category(c) != QChar::Other_Format && !font.supportsCharacter(c) &&
                    !missing.contains(QString::fromUcs4(&c, 1))) {
                    missing += QString::fromUcs4(&c, 1);
                }
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("the %1 face lacks %2: run scripts/make-report-font.py")
                                    .arg(QLatin1String(weight), missing)));
        }
    }

    void chineseWithoutACjkFontUsesTheShippedFont()
    {
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
        QSKIP("needs fontconfig (FONTCONFIG_FILE) to hide the installed fonts");
#endif
        const QByteArray pdf = renderInChild(QStringLiteral("zh"), fontsConf(true));
        QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(500).constData());
        const QString path = m_dir.filePath(QStringLiteral("child-zh.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
        file.close();
        QByteArray fonts;
        QVERIFY(run(QStringLiteral("pdffonts"), {path}, &fonts));
        QVERIFY2(fonts.contains("sig2rtmReportSansSC"), fonts.constData());
        QVERIFY2(!fonts.contains("NotoSansCJK"), fonts.constData());
        PdfText text;
        QVERIFY(extract(pdf, &text));
        QString all = text.all;
        all.remove(u' ').remove(u'\n');
        // The shipped font maps each glyph to its ideograph only: the text extracts as it was written.
        const Report report = handMadeReport(ReportLanguage::Chinese);
        for (const auto& row : report.catalog->rows()) {
            QVERIFY2(all.contains(QString(row.title.zh).remove(u' ')), qPrintable(row.title.zh));
        }
        QVERIFY(all.contains(QStringLiteral("第1页，共")));
    }

    void projectDataWithoutAFontIsEscapedAndSaidSo()
    {
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
        QSKIP("needs fontconfig (FONTCONFIG_FILE) to hide the installed fonts");
#endif
        const QByteArray pdf = renderInChild(QStringLiteral("en"), fontsConf(true));
        QVERIFY2(pdf.startsWith("%PDF-"), pdf.left(500).constData());
        PdfText text;
        QVERIFY(extract(pdf, &text));
        const QString flat = text.all.simplified();
        // The shipped font has 中 and 文 (the report's Chinese uses them); nothing installed has 龘.
        QVERIFY2(flat.contains(QStringLiteral("web/中文<U+9F98>.js")), qPrintable(flat.left(3000)));
        QVERIFY(flat.contains(QStringLiteral("channelJoin('<U+9F98>'); // 中文")));
        QVERIFY(flat.contains(QStringLiteral("兼容<U+9F98>")));
        QVERIFY(!flat.contains(QChar(0x9F98)));
        // Said in the report, next to the findings, and on standard error.
        QVERIFY2(flat.contains(QStringLiteral("prints escapes such as <U+9F98>")), qPrintable(flat));
        QVERIFY(text.pages.size() > 1);
        QVERIFY(m_childLog.contains(QStringLiteral("escapes such as <U+9F98>")));
    }

    void noFontAtAllIsAnErrorNotEmptyBoxes()
    {
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
        QSKIP("needs fontconfig (FONTCONFIG_FILE) to hide the installed fonts");
#endif
        const QByteArray out = renderInChild(QStringLiteral("en"), fontsConf(false));
        QVERIFY2(out.startsWith("ERROR:"), out.left(200).constData());
        const QString error = QString::fromUtf8(out.mid(6));
        QVERIFY2(error.contains(QLatin1String("fonts-noto-cjk")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("(U+")), qPrintable(error));
    }

    void rowsAreNeverSplitAndFileHeadingsStayWithTheirFindings_data()
    {
        QTest::addColumn<PaperSize>("paper");
        QTest::newRow("A4") << PaperSize::A4;
        QTest::newRow("Letter") << PaperSize::Letter;
    }

    void rowsAreNeverSplitAndFileHeadingsStayWithTheirFindings()
    {
        QFETCH(PaperSize, paper);
        constexpr int count = 60;
        constexpr int perFile = 9;
        const PdfText text = render(withTallFindings(count, perFile), paper);
        QVERIFY(!text.words.empty());
        std::map<QString, int> pageOf;
        for (const auto& w : text.words) {
            if (w.text.startsWith(QLatin1String("rowstart")) || w.text.startsWith(QLatin1String("rowend"))) {
                QVERIFY2(!pageOf.count(w.text), qPrintable(w.text));
                pageOf[w.text] = w.page;
            }
        }
        int pageBreaks = 0;
        for (int i = 0; i < count; ++i) {
            const QString start = QStringLiteral("rowstart%1").arg(i);
            const QString end = QStringLiteral("rowend%1").arg(i);
            QVERIFY2(pageOf.count(start) && pageOf.count(end), qPrintable(start));
            // A row is on one page.
            QVERIFY2(pageOf[start] == pageOf[end], qPrintable(start));
            pageBreaks += i > 0 && pageOf[start] != pageOf[QStringLiteral("rowstart%1").arg(i - 1)];
        }
        QVERIFY2(pageBreaks >= 3, "the findings span several pages");
        // A file's heading is on the page of one of its findings, and a page that goes on with a file's findings
        // names the file in its header.
        for (int file = 0; file * perFile < count; ++file) {
            const QString name = QStringLiteral("web/part%1/attributes.js").arg(file);
            const QRegularExpression heading(QRegularExpression::escape(name) + QStringLiteral("(?! \\(continued\\))"));
            int headingPage = -1;
            for (int p = 0; p < text.pages.size() && headingPage < 0; ++p) {
                if (heading.match(text.pages[p].simplified()).hasMatch()) {
                    headingPage = p;
                }
            }
            QVERIFY2(headingPage >= 0, qPrintable(name));
            std::set<int> pages;
            for (int i = file * perFile; i < std::min(count, (file + 1) * perFile); ++i) {
                pages.insert(pageOf[QStringLiteral("rowstart%1").arg(i)]);
            }
            QVERIFY2(pages.count(headingPage), qPrintable(name + QStringLiteral(" is alone on its page")));
            for (const int p : pages) {
                if (p != headingPage) {
                    QVERIFY2(text.pages[p].simplified().contains(name + QStringLiteral(" (continued)")),
                             qPrintable(name + QStringLiteral(", page %1").arg(p + 1)));
                }
            }
        }
    }

    void bookmarksAndContentsLinks_data()
    {
        QTest::addColumn<ReportLanguage>("language");
        QTest::newRow("en") << ReportLanguage::English;
        QTest::newRow("zh_CN") << ReportLanguage::Chinese;
    }

    void bookmarksAndContentsLinks()
    {
        QFETCH(ReportLanguage, language);
        const auto report = scanFolder(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat"), language);
        QVERIFY(report);
        const ReportView view = pdfView(*report);
        QVERIFY(view.planClients.size() >= 2);
        QByteArray bytes;
        const PdfText text = render(*report, PaperSize::A4, kPdfFindingsPerRow, &bytes);
        QVERIFY(!text.pages.isEmpty());
        const PdfStructure pdf(bytes);
        QVERIFY(pdf.catalog().contains(QLatin1String("/PageMode /UseOutlines")));
        const auto outline = pdf.outline();
        QCOMPARE(outline.size(), view.sections.size());
        const auto pageText = [&](int page) {
            QString t = page >= 0 && page < text.pages.size() ? text.pages[page] : QString();
            return t.remove(u' ').remove(u'\n');
        };
        for (std::size_t i = 0; i < outline.size(); ++i) {
            const auto& section = view.sections[i];
            QCOMPARE(outline[i].title, QString::number(section.number) + u' ' + section.title);
            // Each bookmark leads to the page with its heading.
            QVERIFY2(pageText(outline[i].page)
                         .contains(QString::number(section.number) + QString(section.title).remove(u' ')),
                     qPrintable(section.title));
            QStringList expected;
            if (section.section == ReportView::Section::Findings) {
                for (const auto& list : view.findings) {
                    expected << list.title;
                }
            } else if (section.section == ReportView::Section::Plan) {
                for (const auto& client : view.planClients) {
                    expected << client.name;
                }
            }
            if (expected.isEmpty()) {
                continue;
            }
            QStringList titles;
            for (const auto& child : outline[i].children) {
                titles << child.title;
                QVERIFY2(pageText(child.page).contains(QString(child.title).remove(u' ')), qPrintable(child.title));
            }
            QCOMPARE(titles, expected);
        }
        // The table of contents links each line to its section's page.
        const int firstPage = pdf.pages().front();
        const QString annots = pdf.object(PdfStructure::ref(pdf.object(firstPage), QStringLiteral("Annots")));
        std::vector<int> targets;
        for (const int a : PdfStructure::refs(annots)) {
            const QString dict = pdf.object(a);
            if (dict.contains(QLatin1String("/Subtype /Link")) && dict.contains(QLatin1String("/Dest"))) {
                targets.push_back(pdf.destinationPage(dict));
            }
        }
        QCOMPARE(targets.size(), view.sections.size());
        for (std::size_t i = 0; i < targets.size(); ++i) {
            QCOMPARE(targets[i], outline[i].page);
        }
        // poppler reads the update (the text above came through it); qpdf checks the cross-references too.
        if (!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
            const QString path = m_dir.filePath(QStringLiteral("outline%1.pdf").arg(++m_serial));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
            file.close();
            QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}));
        }
    }

    void outlineTitlesArePdfTextStrings()
    {
        QCOMPARE(pdfTextString(QStringLiteral("6 Findings (a\\b)")), QByteArray("(6 Findings \\(a\\\\b\\))"));
        QCOMPARE(pdfTextString(QStringLiteral("6 发现")), QByteArray("<FEFF0036002053D173B0>"));
    }

    void supportAddressAndPortalAreLinks()
    {
        const auto report =
            scanFolder(QStringLiteral(SIG2RTM_SOURCE_DIR "/resources/samples/legacy-chat"), ReportLanguage::English);
        QVERIFY(report);
        const ReportView view = pdfView(*report);
        QVERIFY(view.support && !view.support->email.isEmpty() && !view.support->url.isEmpty());
        QByteArray bytes;
        const PdfText text = render(*report, PaperSize::A4, kPdfFindingsPerRow, &bytes);
        QVERIFY(text.all.contains(view.support->email));
        QVERIFY2(bytes.contains(QByteArray("/URI (mailto:" + view.support->email.toLatin1() + ')')), "mailto link");
        QVERIFY2(bytes.contains(QByteArray("/URI (" + view.support->url.toLatin1() + ')')), "portal link");
    }

    void identicalFindingsAreListedOnceWithTheirPlaces()
    {
        // 400 copies of one call: a third block, the rest are notes; each kind is shown once.
        const Report report = withManyFindings(400, true);
        const ReportView view = pdfView(report);
        QCOMPARE(view.rollups.size(), std::size_t(2));
        const PdfText text = render(report);
        const QString flat = text.all.simplified();
        QVERIFY(flat.contains(view.rollupsTitle));
        QVERIFY(text.all.count(QStringLiteral("channelSetAttr('_userNotification', '1');")) <= 6);
        for (const auto& list : view.findings) {
            for (const auto& item : list.items) {
                if (!item.sameText.isEmpty()) {
                    QVERIFY2(flat.contains(item.sameText), qPrintable(item.sameText));
                }
            }
        }
        // Each entry lists its places, up to 200, and counts the rest.
        for (const auto& rollup : view.rollups) {
            QVERIFY(flat.contains(rollup.locations.front()));
            if (rollup.locations.size() > 200) {
                QVERIFY(flat.contains(rollup.locations[199]));
                QVERIFY(!flat.contains(rollup.locations[200] + u' '));
                QVERIFY2(
                    flat.contains(QStringLiteral("and %1 more in the JSON report").arg(rollup.locations.size() - 200)),
                    qPrintable(flat.right(500)));
            }
        }
        // Said on page 1.
        QVERIFY(!view.listingText.isEmpty());
        QVERIFY2(text.pages.front().simplified().contains(view.listingText), qPrintable(view.listingText));
    }

    void tenThousandFindingsSayTheTotalsOnPageOne()
    {
        Report report = withManyFindings(10000);
        // Copied calls: 40 distinct lines, each in many files.
        for (std::size_t i = 10; i < report.findings.size(); ++i) {
            report.findings[i].snippet =
                QStringLiteral("channel.channelSetAttr('_userNotification', '%1');").arg(i % 40);
        }
        const ReportView view = pdfView(report);
        QVERIFY(!view.rollups.empty());
        QVERIFY(!view.listingText.isEmpty());
        QByteArray bytes;
        const PdfText text = render(report, PaperSize::A4, kPdfFindingsPerRow, &bytes);
        QVERIFY(!text.pages.isEmpty());
        QVERIFY2(text.pages.front().simplified().contains(view.listingText),
                 qPrintable(text.pages.front().simplified()));
        static const QRegularExpression kNumber(QStringLiteral("\\d[\\d,]*"));
        int numbers = 0;
        for (auto it = kNumber.globalMatch(view.listingText); it.hasNext(); ++numbers) {
            QVERIFY(text.pages.front().contains(it.next().captured()));
        }
        QVERIFY(numbers >= 4);
        QVERIFY(text.all.contains(view.rollupsTitle));
    }

    void absolutePathsOnlyWhenAsked()
    {
        Report report = handMadeReport();
        report.root = QStringLiteral("/home/someone/projects/chat");
        report.inputPaths = {report.root};
        QString error;
        const auto plain = renderPdf(report, &error, RenderOptions{});
        QVERIFY2(plain, qPrintable(error));
        RenderOptions options;
        options.absolutePaths = true;
        const auto absolute = renderPdf(report, &error, options);
        QVERIFY2(absolute, qPrintable(error));
        PdfText a;
        PdfText b;
        QVERIFY(extract(*plain, &a));
        QVERIFY(extract(*absolute, &b));
        QVERIFY(!a.all.contains(QLatin1String("/home/someone")));
        QVERIFY(b.all.contains(QLatin1String("/home/someone/projects/chat")));
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
