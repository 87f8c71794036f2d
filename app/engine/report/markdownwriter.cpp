#include "markdownwriter.h"

#include "reporttext.h"

namespace sig2rtm {

namespace {

class MarkdownBuilder
{
public:
    Q_DISABLE_COPY_MOVE(MarkdownBuilder)

    MarkdownBuilder(const Report& report, int findingsPerRow)
        : m_report(report), m_lang(report.language), m_findingsPerRow(std::max(0, findingsPerRow))
    {
    }

    QString build()
    {
        header();
        table();
        facts();
        findings();
        nextSteps();
        footer();
        return m_out;
    }

private:
    QString t(ReportLabel label) const { return reportLabel(label, m_lang); }
    static QString md(const QString& text) { return escapeMarkdown(text); }
    QString status(RowStatus s) const { return statusEmoji(s) + u' ' + statusWord(s, m_lang); }

    QString findingCount(std::size_t n) const
    {
        return n == 1 ? t(ReportLabel::FindingCountOne) : t(ReportLabel::FindingCount).arg(n);
    }

    void header()
    {
        const QString project = m_report.projectName.isEmpty() ? t(ReportLabel::UnnamedProject) : m_report.projectName;
        m_out += QStringLiteral("## ") + md(t(ReportLabel::ReportTitle)) + colon(m_lang) + md(project) +
                 QStringLiteral("\n\n");
        const RowStatus tone = verdictTone(m_report.verdict);
        m_out += QStringLiteral("**") + md(t(ReportLabel::Verdict)) + colon(m_lang) + statusEmoji(tone) + u' ' +
                 md(verdictWord(m_report.verdict, m_lang)) + QStringLiteral("**. ") +
                 md(verdictSentence(m_report.verdict, m_lang)) + QStringLiteral("\n\n");
        if (m_report.partial) {
            m_out += QStringLiteral("> ⚠️ **") + md(t(ReportLabel::PartialWarning)) + QStringLiteral("**\n\n");
        }
        if (const auto* shutdown = shutdownEvent(m_report)) {
            m_out += QStringLiteral("> **") + md(shutdownBanner(m_report)) + QStringLiteral(".** ") +
                     md(shutdown->text.get(m_lang)) + QStringLiteral("\n\n");
        }
    }

    void table()
    {
        m_out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(md(t(ReportLabel::Number)), md(t(ReportLabel::Incompatibility)), md(t(ReportLabel::Status)),
                          md(t(ReportLabel::Blocking)), md(t(ReportLabel::ToReview)), md(t(ReportLabel::Notes)),
                          md(t(ReportLabel::Details)));
        m_out += QStringLiteral("|--:|---|---|--:|--:|--:|---|\n");
        for (std::size_t i = 0; i < m_report.rows.size(); ++i) {
            const auto& row = m_report.rows[i];
            m_out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                         .arg(QString::number(i + 1), md(rowTitle(m_report, row)), status(row.status),
                              QString::number(row.failCount), QString::number(row.reviewCount),
                              QString::number(row.noteCount), md(m_report.render(row.summary)));
        }
        m_out += u'\n';
    }

    void facts()
    {
        QStringList sdks;
        for (const auto& sdk : m_report.sdk) {
            sdks << md(sdkDescription(sdk, m_lang));
        }
        m_out += QStringLiteral("**") + md(t(ReportLabel::SdksFound) + colon(m_lang).trimmed()) +
                 QStringLiteral("** ") +
                 (sdks.isEmpty() ? md(t(ReportLabel::NoSdkFound)) : sdks.join(QStringLiteral(", "))) +
                 QStringLiteral("  \n");
        m_out += QStringLiteral("**") + md(t(ReportLabel::ScanStatistics) + colon(m_lang).trimmed()) +
                 QStringLiteral("** ") +
                 md(t(ReportLabel::FilesScanned).arg(m_report.stats.files) + QStringLiteral(" · ") +
                    scanStatsText(m_report) + QStringLiteral(" · ") +
                    t(ReportLabel::SkippedCount).arg(m_report.skipped.size())) +
                 QStringLiteral("\n\n");
    }

    void findings()
    {
        if (m_report.findings.empty() || m_findingsPerRow == 0) {
            return;
        }
        m_out +=
            QStringLiteral("### ") + md(t(ReportLabel::TopFindings).arg(m_findingsPerRow)) + QStringLiteral("\n\n");
        for (const auto& row : m_report.rows) {
            const auto list = m_report.findingsOf(row);
            if (list.empty() || row.status == RowStatus::Pass) {
                continue;
            }
            m_out += QStringLiteral("**") + statusEmoji(row.status) + u' ' + md(rowTitle(m_report, row)) +
                     QStringLiteral("** (") + md(findingCount(list.size())) + QStringLiteral(")\n\n");
            // Notes are context, not work: the short list shows what blocks or needs review first.
            const auto shown = mostSevere(list, static_cast<std::size_t>(m_findingsPerRow));
            for (const auto* f : shown) {
                const QString where = f->line > 0 ? f->file + u':' + QString::number(f->line) : f->file;
                m_out += QStringLiteral("- ") + md(where) + QStringLiteral(" — ") + md(m_report.render(f->reason)) +
                         QStringLiteral(" (") + md(effectWord(f->effect, m_lang)) + QStringLiteral(")\n");
            }
            if (list.size() > shown.size()) {
                m_out +=
                    QStringLiteral("- ") + md(t(ReportLabel::MoreFindings).arg(list.size() - shown.size())) + u'\n';
            }
            m_out += u'\n';
        }
    }

    void nextSteps()
    {
        QString steps;
        for (const auto& row : m_report.rows) {
            if (row.status == RowStatus::Pass) {
                continue;
            }
            const auto* def = m_report.catalog ? m_report.catalog->row(row.id) : nullptr;
            steps += QStringLiteral("- **") + md(rowTitle(m_report, row) + colon(m_lang).trimmed()) +
                     QStringLiteral("** ") + (def ? md(def->recommendation.get(m_lang)) : QString());
            QStringList links;
            for (const auto& link : remediationLinks(m_report, row)) {
                if (!link.url.isEmpty()) {
                    // Catalog URLs only (isSafeLink): https, no characters that could end the link.
                    links << QStringLiteral("[%1](%2)").arg(md(link.label), link.url);
                }
            }
            if (!links.isEmpty()) {
                steps += QStringLiteral(" ") + links.join(QStringLiteral(" · "));
            }
            steps += u'\n';
        }
        if (steps.isEmpty()) {
            return;
        }
        m_out += QStringLiteral("### ") + md(t(ReportLabel::NextSteps)) + QStringLiteral("\n\n") + steps;
        if (reportNeedsSupport(m_report)) {
            m_out += QStringLiteral("- **") + md(t(ReportLabel::SupportRequest) + colon(m_lang).trimmed()) +
                     QStringLiteral("** ") + md(t(ReportLabel::SupportRequestIntro));
            const auto it = m_report.catalog->remediations().constFind(QStringLiteral("contact-support"));
            if (it != m_report.catalog->remediations().cend() && isSafeEmail(it->email)) {
                // A catalog address (isSafeEmail): left as is so that it stays copyable and autolinks.
                m_out += u' ' + it->email;
            }
            m_out += QStringLiteral(" (HTML/PDF)\n");
        }
        m_out += u'\n';
    }

    void footer()
    {
        m_out += QStringLiteral("<sub>") +
                 md(reportLabel(ReportLabel::GeneratedBy, m_lang).arg(m_report.toolName, m_report.toolVersion) +
                    QStringLiteral(" · ") + formatTimestamp(m_report.generatedAt) + QStringLiteral(" · ") +
                    QString::fromLatin1(Report::kFormat)) +
                 QStringLiteral("</sub>\n");
    }

    const Report& m_report;
    const ReportLanguage m_lang;
    const int m_findingsPerRow;
    QString m_out;
};

} // namespace

QByteArray renderMarkdown(const Report& report, int findingsPerRow)
{
    return MarkdownBuilder(report, findingsPerRow).build().toUtf8();
}

} // namespace sig2rtm
