// SPDX-License-Identifier: MIT
#include "csvwriter.h"
#include "reportfixture.h"
#include "reporttext.h"
#include "reportwriter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace sig2rtm;
using namespace sig2rtm::testing;

namespace {

/// A strict RFC 4180 reader: CRLF records, fields quoted with '"' and '""' for a quote inside.
/// Returns false on anything the RFC does not allow (bare CR/LF outside quotes, text after a closing quote).
bool parseCsv(const QString& text, std::vector<QStringList>* records)
{
    QStringList record;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u',') {
            record << field;
            field.clear();
            afterQuote = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n') {
                return false;
            }
            ++i;
            record << field;
            records->push_back(record);
            record.clear();
            field.clear();
            afterQuote = false;
        } else if (c == u'\n' || afterQuote) {
            return false;
        } else if (c == u'"') {
            if (!field.isEmpty()) {
                return false;
            }
            quoted = true;
        } else {
            field += c;
        }
    }
    // Every record ends with CRLF, the last one too.
    return !quoted && field.isEmpty() && record.isEmpty();
}

QString lineText(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

QString neutral(const QString& text)
{
    return !text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()) ? u'\'' + text : text;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parsesBackFieldByField_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("en") << int(ReportLanguage::English);
        QTest::newRow("zh_CN") << int(ReportLanguage::Chinese);
    }

    void parsesBackFieldByField()
    {
        QFETCH(int, language);
        const Report report = handMadeReport(static_cast<ReportLanguage>(language));
        const QByteArray bytes = renderCsv(report);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        // Every line break outside a quoted field is CRLF.
        std::vector<QStringList> records;
        QVERIFY(parseCsv(text, &records));
        QCOMPARE(records.size(), report.findings.size() + 1);
        QCOMPARE(records.front(), csvColumns());
        const int columns = static_cast<int>(csvColumns().size());
        for (std::size_t i = 0; i < report.findings.size(); ++i) {
            const QStringList& r = records[i + 1];
            const Finding& f = report.findings[i];
            QCOMPARE(r.size(), columns);
            const auto* row = report.row(f.row);
            QCOMPARE(r[0], f.id);
            QCOMPARE(r[1], f.row);
            QCOMPARE(r[2], row ? toString(row->status) : QString());
            QCOMPARE(r[3], f.rule);
            QCOMPARE(r[4], neutral(f.file));
            QCOMPARE(r[5], lineText(f.line));
            QCOMPARE(r[6], lineText(f.column));
            QCOMPARE(r[7], neutral(f.snippet));
            QCOMPARE(r[8], toString(f.confidence));
            QCOMPARE(r[9], toString(f.effect));
            QCOMPARE(r[10], toString(f.context));
            QCOMPARE(r[11], neutral(report.render(f.reason)));
            QCOMPARE(r[12], findingRemediationUrl(report, f));
        }
        // The reason with a comma, quotes, a line break and Chinese text survived.
        QCOMPARE(records[2][11], kTrickyReason);
        QVERIFY(bytes.contains("\"\xE7\xAC\xAC\xE4\xB8\x80\xE8\xA1\x8C, with \"\"quotes\"\"\nsecond line\""));
        // The remediation link of a special channel is the REST event API.
        QCOMPARE(records[1][12],
                 report.catalog->remediationUrl(QStringLiteral("rest-event-api"), QString(), report.language));
    }

    void formulasAreDefused()
    {
        const Report report = handMadeReport();
        std::vector<QStringList> records;
        QVERIFY(parseCsv(QString::fromUtf8(renderCsv(report).mid(3)), &records));
        // "=cmd|' /C calc'!A0.js" must not start with '=' in a spreadsheet.
        QCOMPARE(records[7][4], QStringLiteral("'=cmd|' /C calc'!A0.js"));
        for (const auto& record : records) {
            for (const auto& field : record) {
                QVERIFY2(field.isEmpty() || !QStringView(u"=+-@").contains(field.front()), qPrintable(field));
            }
        }
    }

    void emptyReportHasOnlyTheHeader()
    {
        Report report;
        report.catalog = Catalog::builtin();
        const QByteArray bytes = renderCsv(report);
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF") + csvColumns().join(u',').toUtf8() + "\r\n");
    }

    // ---- the shared dispatch and atomic writing (reportwriter), exercised through CSV ----

    void renderReportDispatchesEveryFormat()
    {
        const Report report = handMadeReport();
        QCOMPARE(reportFormats(), (QStringList{QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf"),
                                               QStringLiteral("sarif"), QStringLiteral("csv"), QStringLiteral("md")}));
        const QHash<QString, QByteArray> starts = {{QStringLiteral("json"), "{"},
                                                   {QStringLiteral("html"), "<!DOCTYPE html>"},
                                                   {QStringLiteral("sarif"), "{"},
                                                   {QStringLiteral("csv"), "\xEF\xBB\xBF"
                                                                           "finding,"},
                                                   {QStringLiteral("md"), "## "}};
        for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
            QString error;
            const auto bytes = renderReport(report, it.key(), &error);
            QVERIFY2(bytes, qPrintable(it.key() + u' ' + error));
            QVERIFY2(bytes->startsWith(it.value()), qPrintable(it.key()));
            QCOMPARE(reportExtension(it.key()), it.key());
        }
        QVERIFY(renderReport(report, QStringLiteral("sarif"), nullptr)->contains("\"version\": \"2.1.0\""));
        QString error;
        QVERIFY(!renderReport(report, QStringLiteral("docx"), &error));
        QVERIFY(error.contains(QLatin1String("docx")));
    }

    void pdfNeedsAGuiApplication()
    {
        // This test runs under QCoreApplication (QTEST_GUILESS_MAIN), as a plain CLI would.
        QString error;
        QVERIFY(!renderReport(handMadeReport(), QStringLiteral("pdf"), &error));
        QVERIFY2(error.contains(QLatin1String("QGuiApplication")), qPrintable(error));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeFileAtomically(path, "earlier", &error));
        error.clear();
        QVERIFY(!writeReport(handMadeReport(), QStringLiteral("pdf"), path, &error));
        QVERIFY(!error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier"));
    }

    void writeReportWritesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/report.csv"));
        QString error;
        QVERIFY2(writeReport(handMadeReport(), QStringLiteral("csv"), path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), renderCsv(handMadeReport()));
        // No temporary file is left behind.
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files),
                 QStringList{QStringLiteral("report.csv")});
    }

    void failedWriteReportsAndKeepsTheEarlierFile()
    {
        QTemporaryDir dir;
        const QString earlier = dir.filePath(QStringLiteral("report.csv"));
        QString error;
        QVERIFY(writeFileAtomically(earlier, "earlier report", &error));

        // The parent "folder" is a regular file: works as root too (CI runs tests as root).
        const QString blocked = earlier + QStringLiteral("/report.csv");
        error.clear();
        QVERIFY(!writeReport(handMadeReport(), QStringLiteral("csv"), blocked, &error));
        QVERIFY2(error.contains(blocked), qPrintable(error));
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier report"));
        file.close();

        // An unknown format fails before anything is written.
        error.clear();
        QVERIFY(!writeReport(handMadeReport(), QStringLiteral("docx"), earlier, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("earlier report"));
        file.close();

        // A read-only folder stops everyone but root (Windows has no such folder permission).
#ifdef Q_OS_UNIX
        if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            error.clear();
            const bool written = writeReport(handMadeReport(), QStringLiteral("csv"), earlier, &error);
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QVERIFY(!written);
            QVERIFY(!error.isEmpty());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), QByteArray("earlier report"));
        }
#endif
    }

    void baselineStateColumnAndAbsentRows()
    {
        const auto report = progressReport();
        QVERIFY(report);
        std::vector<QStringList> records;
        QVERIFY(parseCsv(QString::fromUtf8(renderCsv(*report).mid(3)), &records));
        QCOMPARE(records.front(), csvColumns() << QStringLiteral("baselineState"));
        QCOMPARE(records.front(), csvColumns(*report));
        QCOMPARE(records.size(), 1 + report->findings.size() + 2);
        QStringList states;
        for (std::size_t i = 1; i < records.size(); ++i) {
            QCOMPARE(records[i].size(), csvColumns().size() + 1);
            states << records[i].back();
        }
        QCOMPARE(states.count(QStringLiteral("new")), 2);
        QCOMPARE(states.count(QStringLiteral("absent")), 2);
        // A finding that is gone has no id in this report; it keeps its rule, place and effect.
        const QStringList& gone = records.back();
        QVERIFY(gone[0].isEmpty());
        QCOMPARE(gone[3], QStringLiteral("web.message-argument"));
        QCOMPARE(gone[4], QStringLiteral("web/js/chat.js"));
        QCOMPARE(gone[5], QStringLiteral("31"));
        QCOMPARE(gone[9], QStringLiteral("fail"));

        // Without a baseline the columns are the documented ones.
        Report plain = *report;
        plain.baseline.reset();
        std::vector<QStringList> plainRecords;
        QVERIFY(parseCsv(QString::fromUtf8(renderCsv(plain).mid(3)), &plainRecords));
        QCOMPARE(plainRecords.front(), csvColumns());
        QCOMPARE(plainRecords.size(), 1 + report->findings.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
