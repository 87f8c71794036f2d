// SPDX-License-Identifier: MIT
#include "csvwriter.h"

#include "reporttext.h"

namespace sig2rtm {

namespace {

/// Defuses spreadsheet formulas and terminal control sequences: project data must never run as code in the
/// reader's spreadsheet, nor retitle or clear the terminal of someone who runs `cat report.csv`. Control, bidi
/// and invisible characters become visible escapes ("<U+001B>"); a tab stays a tab in a line of code.
QString neutralized(const QString& text, VisibleMode mode = VisibleMode::Name)
{
    QString visible;
    if (mode == VisibleMode::Code && text.contains(u'\n')) {
        // Prose of several lines (a reason) keeps its line breaks: a quoted field holds them.
        QStringList lines = text.split(u'\n');
        for (auto& line : lines) {
            line = visibleText(line, mode);
        }
        visible = lines.join(u'\n');
    } else {
        visible = visibleText(text, mode);
    }
    if (!visible.isEmpty() && QStringView(u"=+-@\t\r").contains(visible.front())) {
        return u'\'' + visible;
    }
    return visible;
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

QStringList csvColumns(const Report& report)
{
    QStringList columns = csvColumns();
    if (report.baseline) {
        columns << QStringLiteral("baselineState");
    }
    return columns;
}

QByteArray renderCsv(const Report& report)
{
    QString out;
    out.reserve(256 + static_cast<qsizetype>(report.findings.size()) * 300);
    appendLine(out, csvColumns(report));
    for (std::size_t i = 0; i < report.findings.size(); ++i) {
        const Finding& f = report.findings[i];
        const auto* row = report.row(f.row);
        QStringList fields = {neutralized(f.id),
                              neutralized(f.row),
                              row ? toString(row->status) : QString(),
                              neutralized(f.rule),
                              neutralized(f.file),
                              number(f.line),
                              number(f.column),
                              neutralized(f.snippet, VisibleMode::Code),
                              toString(f.confidence),
                              toString(f.effect),
                              toString(f.context),
                              neutralized(report.render(f.reason), VisibleMode::Code),
                              findingRemediationUrl(report, f),
                              f.offset >= 0 ? QString::number(f.offset) : QString()};
        if (report.baseline) {
            fields << toString(report.baseline->findingState(i));
        }
        appendLine(out, fields);
    }
    // The previous report's findings that are gone: what a spreadsheet of the work marks done. They have no id
    // in this report and no row status; effect, context and reason are the previous report's.
    if (report.baseline) {
        for (const auto& f : report.baseline->fixedFindings) {
            appendLine(out, {QString(), neutralized(f.row), QString(), neutralized(f.rule), neutralized(f.file),
                             number(f.line), QString(), neutralized(f.snippet, VisibleMode::Code), QString(),
                             toString(f.effect), toString(f.context), neutralized(f.reason, VisibleMode::Code),
                             QString(), QString(), toString(BaselineState::Absent)});
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace sig2rtm
