// SPDX-License-Identifier: MIT
#include "markdownwriter.h"

#include "reportview.h"

#include <algorithm>

namespace sig2rtm {

namespace {

class MarkdownBuilder
{
public:
    Q_DISABLE_COPY_MOVE(MarkdownBuilder)

    MarkdownBuilder(const ReportView& view, int findingsPerRow) : m_view(view), m_findingsPerRow(findingsPerRow) {}

    QString build()
    {
        header();
        table();
        facts();
        progress();
        plan();
        inventory();
        findings();
        nextSteps();
        footer();
        return m_out;
    }

private:
    const QString& t(ReportLabel label) const { return m_view.label(label); }
    static QString md(const QString& text) { return escapeMarkdown(text); }
    QString status(RowStatus s) const { return statusEmoji(s) + u' ' + m_view.statusWord(s); }
    bool chinese() const { return m_view.language() == ReportLanguage::Chinese; }
    /// The end of a sentence that another follows: "。" runs on in Chinese, ". " in English.
    QString fullStop() const { return chinese() ? QStringLiteral("。") : QStringLiteral(". "); }
    /// A label and its colon, in bold.
    QString lead(ReportLabel label) const
    {
        return QStringLiteral("**") + md(t(label) + m_view.colon().trimmed()) + QStringLiteral("** ");
    }

    void header()
    {
        m_out +=
            QStringLiteral("## ") + md(m_view.title) + m_view.colon() + md(m_view.projectName) + QStringLiteral("\n\n");
        if (const auto& m = m_view.migration) {
            m_out += QStringLiteral("> **") + md(m->headline) + QStringLiteral("**  \n> ") + statusEmoji(m->tone) +
                     u' ' + md(m->interop) + QStringLiteral("\n>\n> ") + md(m->target) + QStringLiteral("\n\n");
        }
        const auto& verdict = m_view.verdict;
        m_out += QStringLiteral("**") + md(t(ReportLabel::Verdict)) + m_view.colon() + statusEmoji(verdict.tone) +
                 u' ' + md(verdict.word) + QStringLiteral("**") + fullStop() + md(verdict.sentence) +
                 QStringLiteral("\n\n");
        if (m_view.partial) {
            m_out += QStringLiteral("> ⚠️ **") + md(t(ReportLabel::PartialWarning)) + QStringLiteral("**\n\n");
        }
        if (m_view.shutdown) {
            m_out += QStringLiteral("> **") + md(m_view.shutdown->headline) + fullStop().trimmed() +
                     QStringLiteral("** ") + md(m_view.shutdown->text) + QStringLiteral("\n\n");
        }
    }

    void table()
    {
        m_out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                     .arg(md(t(ReportLabel::Number)), md(t(ReportLabel::Incompatibility)), md(t(ReportLabel::Status)),
                          md(t(ReportLabel::Blocking)), md(t(ReportLabel::ToReview)), md(t(ReportLabel::Notes)),
                          md(t(ReportLabel::Details)));
        m_out += QStringLiteral("|--:|---|---|--:|--:|--:|---|\n");
        for (const auto& row : m_view.rows) {
            m_out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                         .arg(QString::number(row.number), md(row.title),
                              status(row.status) +
                                  (row.row->suppressedCount > 0
                                       ? QStringLiteral(" (") +
                                             md(t(ReportLabel::SuppressedCount).arg(row.row->suppressedCount)) + u')'
                                       : QString()),
                              QString::number(row.row->failCount), QString::number(row.row->reviewCount),
                              QString::number(row.row->noteCount), md(row.summary));
        }
        m_out += u'\n';
    }

    void facts()
    {
        QStringList sdks;
        for (const auto& sdk : m_view.sdks) {
            sdks << md(sdk);
        }
        m_out += lead(ReportLabel::SdksFound) +
                 (sdks.isEmpty() ? md(t(ReportLabel::NoSdkFound))
                                 : sdks.join(chinese() ? QStringLiteral("；") : QStringLiteral(", "))) +
                 QStringLiteral("  \n");
        const auto& stats = m_view.stats;
        m_out +=
            lead(ReportLabel::ScanStatistics) +
            md(stats.filesText + QStringLiteral(" · ") + stats.readText + QStringLiteral(" · ") + stats.skippedText) +
            QStringLiteral("\n\n");
    }

    void progress()
    {
        if (!m_view.progress) {
            return;
        }
        const auto& p = *m_view.progress;
        const auto cell = [](const QString& text) { return md(text); };
        if (p.hasBaseline) {
            m_out += QStringLiteral("### ") + md(p.baselineTitle) + QStringLiteral("\n\n") + md(p.baselineIntro) +
                     QStringLiteral("\n\n**") + md(p.headline) + QStringLiteral("**\n\n");
            m_out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|--:|--:|--:|\n")
                         .arg(cell(p.countHeaders[0]), cell(p.countHeaders[1]), cell(p.countHeaders[2]),
                              cell(p.countHeaders[3]));
            for (const auto& row : p.counts) {
                m_out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                             .arg(cell(row.label), QString::number(row.counts.fixed), QString::number(row.counts.added),
                                  QString::number(row.counts.unchanged));
            }
            m_out += u'\n';
            fixedList(p.fixedUsesTitle, p.fixedUses, p.moreFixedUses);
            fixedList(p.fixedFindingsTitle, p.fixedFindings, p.moreFixedFindings);
        }
        if (p.hasHistory) {
            m_out += QStringLiteral("### ") + md(p.historyTitle) + QStringLiteral("\n\n") + md(p.historyIntro) +
                     QStringLiteral("\n\n");
            if (!p.points.empty()) {
                QStringList header;
                QStringList rule;
                for (qsizetype i = 0; i < p.historyHeaders.size(); ++i) {
                    header << cell(p.historyHeaders[i]);
                    rule << (i >= 2 ? QStringLiteral("--:") : QStringLiteral("---"));
                }
                m_out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|") +
                         rule.join(u'|') + QStringLiteral("|\n");
                for (const auto& point : p.points) {
                    QStringList cells = {cell(point.date), markdownCode(point.file, true),
                                         QString::number(point.effortPoints), QString::number(point.uses)};
                    for (const auto& client : point.clients) {
                        cells << cell(client);
                    }
                    if (point.current) {
                        for (auto& c : cells) {
                            c = QStringLiteral("**") + c + QStringLiteral("**");
                        }
                    }
                    m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
                }
                m_out += u'\n';
            }
            for (const auto& line : p.skipped) {
                m_out += QStringLiteral("- ") + md(line) + u'\n';
            }
            if (!p.skipped.isEmpty()) {
                m_out += u'\n';
            }
        }
    }

    void fixedList(const QString& title, const std::vector<ReportView::Progress::Fixed>& items, const QString& more)
    {
        if (items.empty()) {
            return;
        }
        m_out += QStringLiteral("**") + md(title) + QStringLiteral("**\n\n");
        for (const auto& item : items) {
            m_out += QStringLiteral("- ") + markdownCode(item.location) + QStringLiteral(" — ") + md(item.what) + u'\n';
        }
        if (!more.isEmpty()) {
            m_out += QStringLiteral("- ") + md(more) + u'\n';
        }
        m_out += u'\n';
    }

    void plan()
    {
        if (m_view.planClients.empty()) {
            return;
        }
        m_out += QStringLiteral("### ") + md(t(ReportLabel::MigrationPlan)) + QStringLiteral("\n\n");
        m_out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n|---|---|---|---|---|---|\n")
                     .arg(md(t(ReportLabel::PlanClient)), md(t(ReportLabel::PlanStage)), md(t(ReportLabel::Verdict)),
                          md(t(ReportLabel::PlanMoves)), md(t(ReportLabel::InventoryUses)),
                          md(t(ReportLabel::InventoryEffort)));
        for (const auto& c : m_view.planClients) {
            // A bar of ten blocks: the client's share of the largest client's effort.
            const int blocks = (c.percent + 5) / 10;
            const QString bar = QString(blocks, QChar(0x2588)) + QString(10 - blocks, QChar(0x2591));
            m_out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | `%6` %7 |\n")
                         .arg(md(c.name), md(c.stage), statusEmoji(c.tone) + u' ' + md(c.verdict), md(c.moves),
                              md(c.uses), bar, md(c.pointsText));
        }
        m_out += u'\n';
        if (!m_view.planTogether.isEmpty()) {
            m_out += md(m_view.planTogether) + QStringLiteral("\n\n");
        }
        m_out += QStringLiteral("**") + md(t(ReportLabel::PlanWork)) + QStringLiteral("**\n\n");
        for (const auto& step : m_view.planSteps) {
            m_out +=
                QString::number(step.number) + QStringLiteral(". ") + statusEmoji(step.tone) + u' ' + md(step.text);
            for (const auto& file : step.files) {
                m_out += QStringLiteral("\n   - ") + markdownCode(file);
            }
            m_out += u'\n';
        }
        m_out += u'\n';
    }

    void inventory()
    {
        if (m_view.inventory.empty()) {
            return;
        }
        m_out += QStringLiteral("### ") + md(t(ReportLabel::MigrationInventory)) + QStringLiteral("\n\n") +
                 md(m_view.inventorySummary) + QStringLiteral("\n\n");
        m_out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---:|\n")
                     .arg(md(t(ReportLabel::InventoryApi)), md(t(ReportLabel::InventoryUses)),
                          md(t(ReportLabel::InventoryReplacement)), md(t(ReportLabel::InventoryEffort)));
        for (const auto& row : m_view.inventory) {
            const QString replacement =
                row.noEquivalent
                    ? QStringLiteral("❌ ") + md(t(ReportLabel::InventoryNoEquivalent) + m_view.colon() + row.pattern)
                    : md(row.replacement);
            m_out += QStringLiteral("| %1 (%2) | %3 | %4 | %5 |\n")
                         .arg(md(row.function), md(row.names), md(row.uses), replacement, md(row.effort));
        }
        m_out += u'\n';
    }

    void findings()
    {
        const bool any = std::any_of(m_view.findings.begin(), m_view.findings.end(),
                                     [](const ReportView::FindingList& list) { return !list.items.empty(); });
        if (!any || m_findingsPerRow <= 0) {
            return;
        }
        m_out += QStringLiteral("### ") +
                 md(m_view.findingsCapTitle.isEmpty() ? t(ReportLabel::Findings) : m_view.findingsCapTitle) +
                 QStringLiteral("\n\n");
        for (const auto& list : m_view.findings) {
            if (list.items.empty()) {
                continue;
            }
            m_out += QStringLiteral("**") + statusEmoji(list.status) + u' ' + md(list.title) + QStringLiteral("** (") +
                     md(list.count) + QStringLiteral(")\n\n");
            for (const auto& item : list.items) {
                const Finding* f = item.finding;
                // Paths in code spans: never markup, never an autolink ("www.example.com/index.js").
                const QString where = f->line > 0 ? markdownCode(QString(f->file + u':' + QString::number(f->line)))
                                      : f->offset >= 0 ? markdownCode(f->file) + QStringLiteral(" (") +
                                                             md(t(ReportLabel::Byte).toLower()) + u' ' +
                                                             QString::number(f->offset) + u')'
                                                       : markdownCode(f->file);
                m_out += QStringLiteral("- ") + where + QStringLiteral(" — ") + md(item.reason) + QStringLiteral(" (") +
                         md(m_view.effectWord(f->effect)) + QStringLiteral(")\n");
                if (!item.sameText.isEmpty()) {
                    m_out += QStringLiteral("  ") + md(item.sameText) + u'\n';
                }
            }
            if (!list.more.isEmpty()) {
                m_out += QStringLiteral("- ") + md(list.more) + u'\n';
            }
            m_out += u'\n';
        }
    }

    void nextSteps()
    {
        if (!m_view.anyRemediation) {
            return;
        }
        m_out += QStringLiteral("### ") + md(t(ReportLabel::NextSteps)) + QStringLiteral("\n\n");
        for (const auto& row : m_view.rows) {
            if (!row.needsRemediation) {
                continue;
            }
            m_out += QStringLiteral("- **") + md(row.title + m_view.colon().trimmed()) + QStringLiteral("** ") +
                     md(row.recommendation);
            QStringList links;
            for (const auto& link : row.links) {
                if (!link.url.isEmpty()) {
                    // Catalog URLs only (isSafeLink): https, no characters that could end the link.
                    links << QStringLiteral("[%1](%2)").arg(md(link.label), link.url);
                }
            }
            if (!links.isEmpty()) {
                // After a Chinese full stop the links follow without a space.
                m_out += (m_view.language() == ReportLanguage::Chinese ? QString() : QStringLiteral(" ")) +
                         links.join(QStringLiteral(" · "));
            }
            m_out += u'\n';
        }
        if (m_view.support) {
            m_out += QStringLiteral("- ") + lead(ReportLabel::SupportRequest) + md(t(ReportLabel::SupportRequestIntro));
            if (!m_view.support->email.isEmpty()) {
                // A catalog address (isSafeEmail): left as is so that it stays copyable and autolinks.
                m_out += u' ' + m_view.support->email;
            }
            if (!m_view.support->url.isEmpty()) {
                // The ticket portal wherever the address is (a catalog URL that passed isSafeLink).
                m_out += QStringLiteral(" · <") + m_view.support->url + u'>';
            }
            m_out += QStringLiteral(" (HTML/PDF)\n");
        }
        m_out += u'\n';
    }

    void footer()
    {
        m_out += QStringLiteral("<sub>") +
                 md(m_view.generatedBy + QStringLiteral(" · ") + m_view.generated + QStringLiteral(" · ") +
                    QString::fromLatin1(Report::kFormat)) +
                 QStringLiteral("</sub>\n");
    }

    const ReportView& m_view;
    const int m_findingsPerRow;
    QString m_out;
};

} // namespace

QByteArray renderMarkdown(const Report& report, int findingsPerRow, const RenderOptions& renderOptions)
{
    ReportView::Options options;
    options.absolutePaths = renderOptions.absolutePaths;
    // Notes are context, not work: the short list shows what blocks or needs review first, for the rows
    // that do not pass.
    options.findingsPerRow = std::max(0, findingsPerRow);
    options.passingRowFindings = false;
    options.otherEvidence = false;
    options.fixedLimit = 20;
    return MarkdownBuilder(ReportView::build(report, options), findingsPerRow).build().toUtf8();
}

} // namespace sig2rtm
