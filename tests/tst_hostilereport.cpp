// SPDX-License-Identifier: MIT
// A tree written to deceive its readers ("Trojan Source", CVE-2021-42574; terminal escapes): bidi overrides,
// zero-width and control characters in file names and in lines of code. Scanned like any project, every
// report format must show those characters as visible escapes ("<U+202E>"), and each affected place gets a
// security finding of its own.
#include "assessment.h"
#include "evaluator.h"
#include "reportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace sig2rtm;

namespace {

const QString kRlo = QStringLiteral("\u202E");
const QString kZwsp = QStringLiteral("\u200B");
const QString kLri = QStringLiteral("\u2066");
const QString kPdi = QStringLiteral("\u2069");
const QString kEsc = QStringLiteral("\x1B");

/// Characters that no report may pass on as they are.
const QString kHidden[] = {kRlo, kZwsp, kLri, kPdi, kEsc, QStringLiteral("\x07"), QStringLiteral("\x01")};

void write(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
}

/// The text of an XHTML page, as a browser's DOM would give it.
QString domText(const QByteArray& html)
{
    QXmlStreamReader xml(html);
    QString text;
    bool inStyle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            inStyle = xml.name() == QLatin1String("style");
        } else if (xml.isEndElement()) {
            inStyle = false;
        } else if (xml.isCharacters() && !inStyle) {
            text += xml.text();
        }
    }
    return xml.hasError() ? QStringLiteral("XML error: ") + xml.errorString() : text;
}

} // namespace

class TestHostileReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Report> m_report;

    void verifyNoHiddenCharacters(const QString& text, const char* format)
    {
        for (const auto& c : kHidden) {
            QVERIFY2(!text.contains(c), qPrintable(QStringLiteral("%1 passes U+%2 on")
                                                       .arg(QLatin1String(format))
                                                       .arg(c.front().unicode(), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY2(text.contains(QLatin1String("evil<U+202E>gnp.js")), format);
        QVERIFY2(text.contains(QLatin1String("<U+200B>")) || text.contains(QLatin1String("&lt;U+200B&gt;")), format);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(QStringLiteral("hostile"));
        // A file whose name reads "evilsj.png" when the override is obeyed.
        write(root + QStringLiteral("/web/evil") + kRlo + QStringLiteral("gnp.js"),
              QStringLiteral("import Signal from './AgoraSig-1.4.0.js';\n"
                             "const session = Signal(appId).login(account, token);\n"
                             "session.messageInstantSend(peer, { text: 'hi' });\n"));
        // Lines that hide code: a zero-width space in a name, an isolate that moves a comment, terminal escapes.
        write(root + QStringLiteral("/web/chat.js"),
              QStringLiteral("import Signal from './AgoraSig-1.4.0.js';\n"
                             "const session = Signal(appId).login(account, token);\n"
                             "session.messageInstantSend(peer, { admin") +
                  kZwsp + QStringLiteral(": true }); /* ") + kLri + QStringLiteral("} ") + kPdi +
                  QStringLiteral(" */\n"
                                 "session.messageInstantSend(peer, { t: '") +
                  kEsc + QStringLiteral("]0;pwned\x07") + kEsc + QStringLiteral("[2J' });\n"));
        write(root + QStringLiteral("/web/ctl\x01name.js"),
              QStringLiteral("import Signal from './AgoraSig-1.4.0.js';\n"
                             "Signal(appId).login(account, token).messageInstantSend(peer, { n: 1 });\n"));
        AssessmentRequest request;
        request.inputs = {root};
        Diagnostics diagnostics;
        m_report = assess(request, nullptr, nullptr, &diagnostics);
        QVERIFY2(m_report, qPrintable(toString(diagnostics)));
    }

    void everyPlaceGetsASecurityFinding()
    {
        QStringList places;
        for (const auto& f : m_report->findings) {
            if (f.rule == hiddenCharactersRule()) {
                QVERIFY(f.effect == Effect::Review);
                QVERIFY(f.row.isEmpty());
                places << f.file + u':' + QString::number(f.line);
            }
        }
        places.sort();
        // The names (whole file, line 0) and each line that hides characters.
        QVERIFY2(places.contains(QStringLiteral("web/ctl\x01name.js:0")), qPrintable(places.join(u'|')));
        QVERIFY2(places.contains(QStringLiteral("web/evil") + kRlo + QStringLiteral("gnp.js:0")),
                 qPrintable(places.join(u'|')));
        QVERIFY2(places.contains(QStringLiteral("web/chat.js:3")), qPrintable(places.join(u'|')));
        QVERIFY2(places.contains(QStringLiteral("web/chat.js:4")), qPrintable(places.join(u'|')));
        // The reason names the characters as escapes.
        const auto it = std::find_if(m_report->findings.begin(), m_report->findings.end(),
                                     [](const Finding& f) { return f.rule == hiddenCharactersRule() && f.line == 3; });
        const QString reason = m_report->render(it->reason);
        QVERIFY2(reason.contains(QLatin1String("<U+200B>")) && reason.contains(QLatin1String("<U+2066>")),
                 qPrintable(reason));
    }

    void html()
    {
        const auto bytes = renderReport(*m_report, QStringLiteral("html"), nullptr);
        QVERIFY(bytes);
        const QString text = domText(*bytes);
        QVERIFY2(!text.startsWith(QLatin1String("XML error")), qPrintable(text));
        verifyNoHiddenCharacters(text, "html");
        QVERIFY(!bytes->contains("\x1B"));
        // The escaped line still shows where the call is: the highlight holds the call, not hidden text.
        QVERIFY(bytes->contains("<U+001B>]0;pwned<U+0007>") || bytes->contains("&lt;U+001B&gt;]0;pwned&lt;U+0007&gt;"));
        // Paths and code are isolated from the text around them.
        QVERIFY(bytes->contains("<code dir=\"ltr\">"));
        QVERIFY(bytes->contains("class=\"path mono\" dir=\"ltr\""));
    }

    void markdown()
    {
        const auto bytes = renderReport(*m_report, QStringLiteral("md"), nullptr);
        QVERIFY(bytes);
        verifyNoHiddenCharacters(QString::fromUtf8(*bytes), "md");
    }

    void csv()
    {
        const auto bytes = renderReport(*m_report, QStringLiteral("csv"), nullptr);
        QVERIFY(bytes);
        const QString text = QString::fromUtf8(*bytes);
        verifyNoHiddenCharacters(text, "csv");
        // `cat report.csv` neither retitles nor clears the terminal.
        QVERIFY(text.contains(QLatin1String("<U+001B>]0;pwned<U+0007><U+001B>[2J")));
    }

    void sarifMessages()
    {
        const auto bytes = renderReport(*m_report, QStringLiteral("sarif"), nullptr);
        QVERIFY(bytes);
        // The artifact URIs keep the real (percent-encoded) names; the texts a reader sees are escaped.
        const QString text = QString::fromUtf8(*bytes);
        QVERIFY(!text.contains(kRlo));
        QVERIFY(!text.contains(kEsc));
    }

    void jsonKeepsTheRealNames()
    {
        // The JSON report is data: it keeps the real name, so that tools can open the file.
        const auto bytes = renderReport(*m_report, QStringLiteral("json"), nullptr);
        QVERIFY(bytes);
        QVERIFY(QString::fromUtf8(*bytes).contains(QStringLiteral("evil") + kRlo + QStringLiteral("gnp.js")));
    }

    void pdfText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        QString error;
        const auto bytes = renderReport(*m_report, QStringLiteral("pdf"), &error);
        QVERIFY2(bytes, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("hostile.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
        file.close();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        // The PDF may break a long path across lines: compare without white space.
        QString compact = text;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        for (const auto& c : kHidden) {
            QVERIFY2(!text.contains(c), qPrintable(QString::number(c.front().unicode(), 16)));
        }
        QVERIFY2(compact.contains(QLatin1String("evil<U+202E>gnp.js")), qPrintable(text.left(4000)));
        QVERIFY(compact.contains(QLatin1String("<U+200B>")));
    }
};

int main(int argc, char* argv[])
{
    // The PDF writer lays text out with fonts: it needs a GUI application (offscreen in CI).
    QGuiApplication app(argc, argv);
    TestHostileReport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostilereport.moc"
