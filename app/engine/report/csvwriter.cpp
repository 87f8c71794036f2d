// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "reporttext.h"

namespace sig2rtm {

namespace {

/// Defuses spreadsheet formulas: project data must never run as code in the reader's spreadsheet.
QString neutralized(const QString& text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front())) {
        return u'\'' + text;
    }
    return text;
}

QString quoted(const QString& field)
{
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes) {
        return field;
    }
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

void appendLine(QString& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += quoted(fields[i]);
    }
    out += QStringLiteral("\r\n");
}

QString number(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

} // namespace

QStringList csvColumns()
{
    return {QStringLiteral("finding"),     QStringLiteral("row"),     QStringLiteral("status"),
            QStringLiteral("rule"),        QStringLiteral("file"),    QStringLiteral("line"),
            QStringLiteral("column"),      QStringLiteral("snippet"), QStringLiteral("confidence"),
            QStringLiteral("effect"),      QStringLiteral("context"), QStringLiteral("reason"),
            QStringLiteral("remediation"), QStringLiteral("offset")};
}

QByteArray renderCsv(const Report& report)
{
    QString out;
    out.reserve(256 + static_cast<qsizetype>(report.findings.size()) * 300);
    appendLine(out, csvColumns());
    for (const auto& f : report.findings) {
        const auto* row = report.row(f.row);
        appendLine(out, {neutralized(f.id), neutralized(f.row), row ? toString(row->status) : QString(),
                         neutralized(f.rule), neutralized(f.file), number(f.line), number(f.column),
                         neutralized(f.snippet), toString(f.confidence), toString(f.effect), toString(f.context),
                         neutralized(report.render(f.reason)), findingRemediationUrl(report, f),
                         f.offset >= 0 ? QString::number(f.offset) : QString()});
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace sig2rtm
