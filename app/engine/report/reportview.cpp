// SPDX-License-Identifier: MIT
#include "reportview.h"

#include "evaluator.h"
#include "plan.h"

#include <algorithm>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace sig2rtm {

namespace {

/// Client columns of a burn-down table at most: beyond, a table is too wide to read.
constexpr std::size_t kMaxHistoryColumns = 8;

/// Blocking before review before notes; within each, uses before mentions (comments, documentation).
int findingWeight(const Finding& f)
{
    const int effect = f.effect == Effect::Fail ? 2 : f.effect == Effect::Review ? 1 : 0;
    return effect * 2 + (isMention(f.context) ? 0 : 1);
}

/// Groups findings by file: files with a blocking finding first, then files with one to review, then the
/// rest (code before files that only mention), each in the order the files first appear; findings keep their
/// order (line order) in a file.
std::vector<ReportView::FileGroup> groupByFile(const std::vector<ReportView::Item>& items)
{
    std::vector<ReportView::FileGroup> groups;
    std::vector<int> weight;
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Finding* f = items[i].finding;
        const auto it = index.constFind(f->file);
        if (it != index.cend()) {
            groups[*it].items.push_back(i);
            weight[*it] = std::max(weight[*it], findingWeight(*f));
            continue;
        }
        index.insert(f->file, groups.size());
        groups.push_back({visibleText(f->file), QString(), {i}});
        weight.push_back(findingWeight(*f));
    }
    std::vector<std::size_t> order(groups.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
    std::vector<ReportView::FileGroup> sorted;
    sorted.reserve(groups.size());
    for (auto i : order) {
        sorted.push_back(std::move(groups[i]));
    }
    return sorted;
}

/// The count most severe findings (blocking, then review, then notes), back in report order: what a
/// shortened list shows.
std::vector<const Finding*> mostSevere(const std::vector<const Finding*>& findings, std::size_t count)
{
    if (findings.size() <= count) {
        return findings;
    }
    std::vector<std::size_t> order(findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return findingWeight(*findings[a]) > findingWeight(*findings[b]);
    });
    order.resize(count);
    std::sort(order.begin(), order.end());
    std::vector<const Finding*> out;
    out.reserve(count);
    for (auto i : order) {
        out.push_back(findings[i]);
    }
    return out;
}

/// Findings that no row lists (e.g. RTM presence evidence).
std::vector<const Finding*> findingsWithoutRow(const Report& report)
{
    QSet<QString> listed;
    for (const auto& row : report.rows) {
        for (const auto& id : row.findingIds) {
            listed.insert(id);
        }
    }
    std::vector<const Finding*> out;
    for (const auto& f : report.findings) {
        if (!listed.contains(f.id)) {
            out.push_back(&f);
        }
    }
    return out;
}

const TimelineEvent* shutdownEvent(const Report& report)
{
    if (!report.catalog) {
        return nullptr;
    }
    const auto& timeline = report.catalog->timeline();
    const auto it = std::find_if(timeline.begin(), timeline.end(),
                                 [](const TimelineEvent& e) { return e.event == QLatin1String("shutdown"); });
    return it != timeline.end() ? &*it : nullptr;
}

} // namespace

QString ReportView::findingCount(std::size_t count) const
{
    return count == 1 ? label(ReportLabel::FindingCountOne) : label(ReportLabel::FindingCount).arg(count);
}

void ReportView::buildInventory(ReportView& v, const Report& report)
{
    if (!report.catalog) {
        return;
    }
    const ReportLanguage l = v.m_language;
    v.inventoryIntro = report.render(Message::catalog(QStringLiteral("text/inventoryIntro")));
    const InventoryView inventory = inventoryView(report);
    if (inventory.items.empty()) {
        return;
    }
    v.inventorySummary = report.render(sig2rtm::inventorySummary(inventory));
    for (const auto& item : inventory.items) {
        const InventoryApi& api = *item.api;
        InventoryRow row;
        row.function = api.function.get(l);
        row.names = item.names.join(QStringLiteral(", "));
        row.noEquivalent = api.noEquivalent;
        QStringList replacements;
        for (const auto& platform : item.platforms) {
            const QString name = report.render(Message::catalog(QStringLiteral("platform/%1/name").arg(platform)));
            if (const auto r = api.replacement.constFind(platform); r != api.replacement.cend() && !api.noEquivalent) {
                replacements << name + v.m_colon + *r;
            }
            if (const QString guide = report.catalog->guideUrl(platform, l); isSafeLink(guide)) {
                row.guides.push_back({QString(), name, guide, QString(), platform});
            }
        }
        row.replacement = replacements.join(QStringLiteral("; "));
        row.pattern = api.noEquivalent ? api.pattern.get(l) : QString();
        row.note = api.note.get(l);
        row.effort = QStringLiteral("%1 × %2 = %3").arg(api.effort).arg(item.files).arg(item.points);
        row.effortReason = api.effortReason.get(l);
        row.uses =
            translate(l, QT_TRANSLATE_NOOP("sig2rtm", "uses: %1, files: %2")).arg(item.uses.size()).arg(item.files);
        v.inventory.push_back(std::move(row));
    }
}

void ReportView::buildProgress(ReportView& v, const Report& report, const Options& options)
{
    if (!report.baseline && !report.history) {
        return;
    }
    const ReportLanguage l = v.m_language;
    const auto say = [&](const char* source) { return translate(l, source); };
    // Between sentences: a space in English, nothing after a Chinese full stop.
    const QString gap = l == ReportLanguage::Chinese ? QString() : QStringLiteral(" ");
    Progress p;
    if (const auto& b = report.baseline) {
        p.hasBaseline = true;
        const QString when = formatTimestamp(b->previousGeneratedAt);
        p.baselineTitle = say(QT_TRANSLATE_NOOP("sig2rtm", "Progress since %1")).arg(when);
        // Names from a previous report and the file system are shown with invisible characters made visible.
        p.baselineIntro =
            b->previousProject.isEmpty()
                ? say(QT_TRANSLATE_NOOP("sig2rtm", "Compared with %1 (made %2).")).arg(visibleText(b->file), when)
                : say(QT_TRANSLATE_NOOP("sig2rtm", "Compared with %1 (%2, made %3)."))
                      .arg(visibleText(b->file), visibleText(b->previousProject), when);
        // A cancelled scan undercounts: what it missed looks fixed (this scan) or new (the previous one).
        if (report.partial || b->previousPartial) {
            p.baselineIntro +=
                gap +
                (report.partial
                     ? say(QT_TRANSLATE_NOOP("sig2rtm", "This scan was cancelled: what it did not reach counts as "
                                                        "fixed below, so the figures overstate the progress."))
                     : say(QT_TRANSLATE_NOOP("sig2rtm", "The previous scan was cancelled: what it did not reach "
                                                        "counts as new below.")));
        }
        const InventoryView inventory = inventoryView(report);
        const int work = static_cast<int>(std::count_if(report.findings.begin(), report.findings.end(),
                                                        [](const Finding& f) { return isWork(f.effect); }));
        // Where the numbers went, whichever way: "12 → 7".
        const auto change = [](int before, int after) -> QString {
            return QString::number(before) + QStringLiteral(" → ") + QString::number(after);
        };
        p.headline = say(QT_TRANSLATE_NOOP("sig2rtm", "Legacy calls left: %1 · effort points left: %2 · findings that "
                                                      "block or need review: %3"))
                         .arg(change(b->previousTotals.uses, inventory.uses),
                              change(b->previousTotals.effortPoints, inventory.points), change(b->previousWork, work));
        p.countHeaders = {QString(), say(QT_TRANSLATE_NOOP("sig2rtm", "Fixed")),
                          say(QT_TRANSLATE_NOOP("sig2rtm", "New")), say(QT_TRANSLATE_NOOP("sig2rtm", "Unchanged"))};
        p.newTag = say(QT_TRANSLATE_NOOP("sig2rtm", "New since %1"))
                       .arg(b->previousGeneratedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")));
        p.counts = {
            {say(QT_TRANSLATE_NOOP("sig2rtm", "Legacy calls (migration inventory)")), b->uses},
            {say(QT_TRANSLATE_NOOP("sig2rtm", "Findings that block or need review")), b->findings},
            {say(QT_TRANSLATE_NOOP("sig2rtm", "Notes (mentions, SDK presence, suppressed findings)")), b->notes}};
        const auto limit = [&](std::size_t total) {
            return options.fixedLimit < 0 ? total : std::min(total, std::size_t(options.fixedLimit));
        };
        const auto more = [&](std::size_t total, std::size_t shown) -> QString {
            return total > shown
                       ? say(QT_TRANSLATE_NOOP("sig2rtm", "%1 more in the HTML and JSON reports.")).arg(total - shown)
                       : QString();
        };
        const auto where = [](const QString& file, int line) -> QString {
            return line > 0 ? visibleText(file) + u':' + QString::number(line) : visibleText(file);
        };
        p.fixedUsesTitle = say(QT_TRANSLATE_NOOP("sig2rtm", "Legacy calls removed (%1)")).arg(b->fixedUses.size());
        for (std::size_t i = 0; i < limit(b->fixedUses.size()); ++i) {
            const auto& u = b->fixedUses[i];
            // What the API does in this report's language when the catalog knows it, else as the old report said.
            QString function = u.function;
            if (report.catalog) {
                for (const auto& api : report.catalog->inventory().apis) {
                    if (api.id == u.api) {
                        function = api.function.get(l);
                        break;
                    }
                }
            }
            p.fixedUses.push_back({where(u.file, u.line),
                                   visibleText(function.isEmpty() ? u.name : function + QStringLiteral(" · ") + u.name),
                                   visibleText(u.snippet)});
        }
        p.moreFixedUses = more(b->fixedUses.size(), p.fixedUses.size());
        std::vector<const PreviousFinding*> resolved;
        for (const auto& f : b->fixedFindings) {
            if (isWork(f.effect)) {
                resolved.push_back(&f);
            }
        }
        p.fixedFindingsTitle = say(QT_TRANSLATE_NOOP("sig2rtm", "Findings resolved (%1)")).arg(resolved.size());
        for (std::size_t i = 0; i < limit(resolved.size()); ++i) {
            const auto& f = *resolved[i];
            p.fixedFindings.push_back(
                {where(f.file, f.line), visibleText(f.reason.isEmpty() ? f.rule : f.reason), visibleText(f.snippet)});
        }
        p.moreFixedFindings = more(resolved.size(), p.fixedFindings.size());
    }
    if (const auto& h = report.history) {
        p.hasHistory = true;
        p.historyTitle = say(QT_TRANSLATE_NOOP("sig2rtm", "Burn-down"));
        if (!h->points.empty()) {
            p.historyIntro =
                translate(l,
                          QT_TRANSLATE_N_NOOP("sig2rtm", "Effort points and legacy calls left in %n report(s), oldest "
                                                         "first, from %1 to %2."),
                          static_cast<int>(h->points.size()))
                    .arg(formatTimestamp(h->points.front().generatedAt), formatTimestamp(h->points.back().generatedAt));
        } else {
            p.historyIntro = say(QT_TRANSLATE_NOOP("sig2rtm", "No saved report was found to draw a burn-down from."));
        }
        QString folder = QDir::fromNativeSeparators(h->source);
        if (!folder.isEmpty() && !folder.endsWith(u'/')) {
            folder += u'/';
        }
        const auto inFolder = [&](const QString& file) {
            return !folder.isEmpty() && QDir::fromNativeSeparators(file).startsWith(folder) &&
                   !QStringView(file).mid(folder.size()).contains(u'/');
        };
        if (!h->points.empty() && std::any_of(h->points.begin(), h->points.end(), [&](const HistoryPoint& point) {
                return !point.current && inFolder(point.file);
            })) {
            p.historyIntro +=
                gap + say(QT_TRANSLATE_NOOP("sig2rtm", "Saved reports from %1.")).arg(visibleText(h->source));
        }
        // Client columns: the clients with the most effort, in their order, as many as a table can show (the
        // chart draws the same ones; the JSON report has them all).
        const auto series = h->series();
        const std::vector<std::size_t> shown = largestClients(series, kMaxHistoryColumns);
        const std::size_t hidden = series.size() - 1 - shown.size();
        for (const auto i : shown) {
            p.clientNames << visibleText(series[i].name);
        }
        p.historyHeaders = {say(QT_TRANSLATE_NOOP("sig2rtm", "Date")), say(QT_TRANSLATE_NOOP("sig2rtm", "Report")),
                            say(QT_TRANSLATE_NOOP("sig2rtm", "Effort points left")),
                            say(QT_TRANSLATE_NOOP("sig2rtm", "Legacy calls left"))};
        p.historyHeaders << p.clientNames;
        if (!shown.empty()) {
            // Each client's cell holds two figures: say once which.
            p.historyIntro += gap + say(QT_TRANSLATE_NOOP("sig2rtm", "Per client: effort points / legacy calls left."));
        }
        if (hidden > 0) {
            p.historyIntro += gap + translate(l,
                                              QT_TRANSLATE_N_NOOP("sig2rtm", "%n smaller client(s) are only in the "
                                                                             "JSON report."),
                                              static_cast<int>(hidden));
        }
        for (std::size_t k = 0; k < h->points.size(); ++k) {
            const auto& point = h->points[k];
            Progress::Point row;
            row.date = formatTimestamp(point.generatedAt);
            // Reports of the history's folder by their names: the intro names the folder once.
            row.file = point.current ? say(QT_TRANSLATE_NOOP("sig2rtm", "(this report)"))
                                     : visibleText(inFolder(point.file) ? point.file.mid(folder.size()) : point.file);
            if (point.partial) {
                row.file += u' ' + say(QT_TRANSLATE_NOOP("sig2rtm", "(cancelled scan: its figures undercount)"));
            }
            row.current = point.current;
            row.partial = point.partial;
            row.effortPoints = point.totals.effortPoints;
            row.uses = point.totals.uses;
            for (const auto i : shown) {
                const auto& totals = series[i].values[k];
                row.clients << (totals ? QStringLiteral("%1 / %2").arg(totals->effortPoints).arg(totals->uses)
                                       : QStringLiteral("—"));
            }
            p.points.push_back(std::move(row));
        }
        p.skippedTitle = say(QT_TRANSLATE_NOOP("sig2rtm", "Files of the history that were not read"));
        for (const auto& d : h->skipped) {
            p.skipped << visibleText(d.toString());
        }
    }
    v.progress = std::move(p);
}

void ReportView::buildPlan(ReportView& v, const Report& report)
{
    const ReportLanguage l = v.m_language;
    const Catalog* catalog = report.catalog ? report.catalog.get() : Catalog::builtin().get();
    const auto t = [&](ReportLabel label) { return v.label(label); };
    v.planIntro = t(ReportLabel::PlanIntro);
    const Plan plan = sig2rtm::buildPlan(report);
    if (plan.empty()) {
        return;
    }
    const auto nameOf = [&](const ClientResult& c) {
        return c.id == QLatin1String(".") ? t(ReportLabel::ProjectRoot) : visibleText(c.name);
    };
    const auto stageWord = [&](const QString& stage) {
        return t(stage == QLatin1String("legacy")     ? ReportLabel::StageLegacy
                 : stage == QLatin1String("mixed")    ? ReportLabel::StageMixed
                 : stage == QLatin1String("migrated") ? ReportLabel::StageMigrated
                                                      : ReportLabel::StageNone);
    };
    QStringList together;
    for (const auto& pc : plan.clients) {
        const ClientResult& c = *pc.client;
        PlanClient row;
        row.name = nameOf(c);
        row.folder = c.folder == c.name ? QString() : c.folder;
        row.stage = stageWord(pc.stage);
        row.tone = verdictTone(c.verdict);
        row.verdict = verdictWord(c.verdict, l);
        for (const auto& r : c.rows) {
            row.rows.push_back(r.status);
        }
        QStringList sdks;
        for (const auto& sdk : c.sdk) {
            const QString name = t(sdk.kind == SdkKind::Signaling ? ReportLabel::Signaling : ReportLabel::Rtm);
            sdks << QStringLiteral("%1 %2 (%3)")
                        .arg(name, sdk.version.value_or(t(ReportLabel::VersionUnknown)),
                             platformName(sdk.platform, l, catalog));
        }
        row.sdks = sdks.join(QStringLiteral(", "));
        row.uses =
            translate(l, QT_TRANSLATE_NOOP("sig2rtm", "%1 uses, %2 without equivalent")).arg(pc.uses).arg(pc.gaps);
        row.points = pc.points;
        row.pointsText = t(ReportLabel::EffortPoints).arg(pc.points);
        row.percent = plan.maxPoints > 0 ? (pc.points * 100 + plan.maxPoints / 2) / plan.maxPoints : 0;
        row.together = !pc.independent;
        row.moves = t(pc.independent ? ReportLabel::MovesAlone : ReportLabel::MovesTogether);
        if (row.together) {
            together << row.name;
        }
        v.planClients.push_back(std::move(row));
    }
    v.planTogether = together.size() > 1  ? t(ReportLabel::PlanTogether).arg(together.join(QStringLiteral(", ")))
                     : together.isEmpty() ? t(ReportLabel::PlanAllIndependent)
                                          : QString();
    int number = 0;
    for (const auto& step : plan.steps) {
        const ClientResult* c = report.client(step.client);
        const QString client = c ? nameOf(*c) : step.client;
        PlanStep out;
        out.number = ++number;
        switch (step.kind) {
        case sig2rtm::PlanStep::Kind::Blocker: {
            const RowDefinition* def = catalog->row(step.row);
            out.tone = RowStatus::Fail;
            out.text = t(ReportLabel::StepBlocker)
                           .arg(def ? def->title.get(l) : step.row, client, v.findingCount(std::size_t(step.findings)));
            break;
        }
        case sig2rtm::PlanStep::Kind::Port:
            out.tone = RowStatus::Review;
            out.text = t(ReportLabel::StepPort)
                           .arg(client, QString::number(step.uses), QString::number(step.apis),
                                QString::number(step.gaps), QString::number(step.points));
            break;
        case sig2rtm::PlanStep::Kind::RemoveSdk:
            out.tone = RowStatus::Pass;
            out.text = t(ReportLabel::StepRemove).arg(client);
            out.files = step.files;
            break;
        }
        v.planSteps.push_back(std::move(out));
    }
}

QString ReportView::rowCounts(const ReportRow& row, ReportLanguage language)
{
    QString text =
        translate(language, QT_TRANSLATE_N_NOOP("sig2rtm", "%n blocking"), row.failCount) + QStringLiteral(" · ") +
        translate(language, QT_TRANSLATE_N_NOOP("sig2rtm", "%n review"), row.reviewCount) + QStringLiteral(" · ") +
        translate(language, QT_TRANSLATE_N_NOOP("sig2rtm", "%n note(s)"), row.noteCount);
    if (row.suppressedCount > 0) {
        text += QStringLiteral(" · ") + reportLabel(ReportLabel::SuppressedCount, language).arg(row.suppressedCount);
    }
    return text;
}

ReportView ReportView::build(const Report& report)
{
    return build(report, Options());
}

ReportView ReportView::build(const Report& report, const Options& options)
{
    ReportView v;
    v.m_report = &report;
    const ReportLanguage l = report.language;
    v.m_language = l;
    for (std::size_t i = 0; i < v.m_labels.size(); ++i) {
        v.m_labels[i] = reportLabel(static_cast<ReportLabel>(i), l);
    }
    for (auto s : {RowStatus::Pass, RowStatus::Fail, RowStatus::Review}) {
        v.m_statusWords[static_cast<std::size_t>(s)] = sig2rtm::statusWord(s, l);
    }
    for (auto e : {Effect::Fail, Effect::Review, Effect::Note}) {
        v.m_effectWords[static_cast<std::size_t>(e)] = sig2rtm::effectWord(e, l);
    }
    for (auto c : {Confidence::High, Confidence::Medium, Confidence::Low}) {
        v.m_confidenceWords[static_cast<std::size_t>(c)] = sig2rtm::confidenceWord(c, l);
    }
    for (auto c : {Context::Code, Context::Comment, Context::String, Context::Build, Context::Binary, Context::Declared,
                   Context::Doc}) {
        v.m_contextWords[static_cast<std::size_t>(c)] = sig2rtm::contextWord(c, l);
    }
    v.m_colon = sig2rtm::colon(l);
    const auto t = [&](ReportLabel label) { return v.label(label); };
    const Catalog* catalog = report.catalog ? report.catalog.get() : Catalog::builtin().get();

    // Masthead and footer.
    v.title = t(ReportLabel::ReportTitle);
    v.subtitle = t(ReportLabel::ReportSubtitle);
    v.projectName = report.projectName.isEmpty() ? t(ReportLabel::UnnamedProject) : report.projectName;
    v.tool = report.toolName + u' ' + report.toolVersion;
    v.generated = formatTimestamp(report.generatedAt);
    v.generatedBy = t(ReportLabel::GeneratedBy).arg(report.toolName, report.toolVersion);
    v.appId = report.appId;

    const std::pair<Section, const char16_t*> sections[] = {
        {Section::Summary, u"summary"},         {Section::Compatibility, u"compatibility"},
        {Section::Remediation, u"remediation"}, {Section::Plan, u"plan"},
        {Section::Migration, u"migration"},     {Section::Findings, u"findings"},
        {Section::Appendix, u"appendix"}};
    const ReportLabel sectionTitles[] = {
        ReportLabel::Summary,       ReportLabel::Compatibility,      ReportLabel::Remediation,
        ReportLabel::MigrationPlan, ReportLabel::MigrationInventory, ReportLabel::Findings,
        ReportLabel::Appendix};
    buildProgress(v, report, options);
    for (std::size_t i = 0; i < std::size(sections); ++i) {
        v.sections.push_back({sections[i].first, static_cast<int>(v.sections.size()) + 1,
                              QString::fromUtf16(sections[i].second), t(sectionTitles[i])});
        // Progress follows the summary: it is what a team rerunning the scan looks for first.
        if (sections[i].first == Section::Summary && v.progress) {
            const QString title = v.progress->hasBaseline ? v.progress->baselineTitle
                                                          : translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Progress"));
            v.sections.push_back(
                {Section::Progress, static_cast<int>(v.sections.size()) + 1, QStringLiteral("progress"), title});
        }
    }

    // Summary.
    v.verdict.verdict = report.verdict;
    v.verdict.tone = verdictTone(report.verdict);
    v.verdict.word = verdictWord(report.verdict, l);
    v.verdict.sentence = report.render(verdictSentence(report.verdict));
    buildInventory(v, report);
    buildPlan(v, report);
    if (const auto m = report.migration()) {
        v.migration = Migration{report.render(m->headline), report.render(m->interop), report.render(m->target),
                                m->blockers > 0 ? RowStatus::Fail
                                : m->review > 0 ? RowStatus::Review
                                                : RowStatus::Pass};
    }
    v.partial = report.partial;
    if (const auto* event = shutdownEvent(report)) {
        Shutdown shutdown;
        shutdown.headline = t(ReportLabel::ShutdownBanner).arg(event->date);
        shutdown.text = event->text.get(l);
        for (const auto& e : report.catalog->timeline()) {
            shutdown.timeline.push_back({e.date, e.text.get(l)});
        }
        v.shutdown = std::move(shutdown);
    }
    for (const auto& sdk : report.sdk) {
        const QString name = t(sdk.kind == SdkKind::Signaling ? ReportLabel::Signaling : ReportLabel::Rtm);
        const QString version = sdk.version ? *sdk.version : t(ReportLabel::VersionUnknown);
        const QString platform = platformName(sdk.platform, l, catalog);
        if (l == ReportLanguage::Chinese) {
            v.sdks << QStringLiteral("%1 %2（%3）").arg(name, version, platform);
        } else {
            v.sdks << (sdk.version ? QStringLiteral("%1 %2 (%3)") : QStringLiteral("%1, %2 (%3)"))
                          .arg(name, version, platform);
        }
        if (!sdk.platform.isEmpty() && !v.platforms.contains(platform)) {
            v.platforms << platform;
        }
    }
    v.platforms.sort(Qt::CaseInsensitive);
    v.stats.files = report.stats.files;
    v.stats.filesTemplate = t(ReportLabel::FilesScanned);
    v.stats.filesText = v.stats.filesTemplate.arg(report.stats.files);
    v.stats.readText = t(ReportLabel::BytesRead).arg(formatBytes(report.stats.bytes, l)) + QStringLiteral(" · ") +
                       t(ReportLabel::Duration).arg(humanDuration(report.stats.durationMs));
    v.stats.skippedText = t(ReportLabel::SkippedCount).arg(report.skipped.size());

    // Compatibility and remediation.
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        const ReportRow& r = report.rows[i];
        const RowDefinition* def = report.catalog ? report.catalog->row(r.id) : nullptr;
        Row row;
        row.row = &r;
        row.number = static_cast<int>(i) + 1;
        row.status = r.status;
        row.title = def ? def->title.get(l) : r.id;
        row.summary = report.render(r.summary);
        row.statusText = v.statusWord(r.status);
        if (r.suppressedCount > 0) {
            row.statusText += QStringLiteral(" (%1)").arg(t(ReportLabel::SuppressedCount).arg(r.suppressedCount));
        }
        row.counts = rowCounts(r, l);
        row.hasDefinition = def != nullptr;
        if (def) {
            row.explanation = def->explanation.get(l);
            row.recommendation = def->recommendation.get(l);
        }
        row.needsRemediation = r.status != RowStatus::Pass;
        if (row.needsRemediation) {
            row.links = remediationLinks(report, r);
            v.anyRemediation = true;
        }
        row.needsSupport = rowNeedsSupport(report, r);
        v.rows.push_back(std::move(row));
    }
    const bool needsSupport = std::any_of(v.rows.begin(), v.rows.end(), [](const Row& r) { return r.needsSupport; });
    if (needsSupport) {
        SupportRequest support;
        // The catalog's contact for the vendor's support: where the request goes.
        if (const auto* contact = report.catalog->supportRemediation()) {
            support.url = isSafeLink(contact->url) ? contact->url : QString();
            support.email = isSafeEmail(contact->email) ? contact->email : QString();
        }
        support.text = report.supportRequest();
        v.support = std::move(support);
    }

    // Findings.
    const bool capped = options.findingsPerRow >= 0;
    const auto cap = static_cast<std::size_t>(std::max(0, options.findingsPerRow));
    if (capped && !report.findings.empty()) {
        v.findingsCapTitle = t(ReportLabel::TopFindings).arg(options.findingsPerRow);
    }
    std::size_t totalFindings = 0;
    std::size_t listedFindings = 0;
    std::size_t rolledUpFindings = 0;
    const auto makeItem = [&](const Finding* f) {
        Item item;
        item.finding = f;
        item.reason = report.render(f->reason);
        item.match = locateMatch(report, *f);
        item.file = visibleText(f->file);
        item.snippet = visibleText(f->snippet, VisibleMode::Code);
        if (item.match.isValid()) {
            const QStringView code(f->snippet);
            item.before = visibleText(code.left(item.match.start), VisibleMode::Code);
            item.matched = visibleText(code.mid(item.match.start, item.match.length), VisibleMode::Code);
            item.after = visibleText(code.mid(item.match.start + item.match.length), VisibleMode::Code);
        } else {
            item.before = item.snippet;
        }
        return item;
    };
    const auto addList = [&](FindingList list, const std::vector<const Finding*>& all) {
        // Identical findings (a copied call, a vendored file in many folders) are shown once with their count.
        std::vector<const Finding*> shown;
        QHash<const Finding*, std::vector<const Finding*>> sameAs; // the one shown -> the others
        const auto rollUpAt = static_cast<std::size_t>(std::max(0, options.rollUpAt));
        if (rollUpAt > 1 && all.size() >= rollUpAt) {
            QHash<QString, std::vector<const Finding*>> byKey;
            std::vector<QString> keys;
            keys.reserve(all.size());
            for (const Finding* f : all) {
                keys.push_back(fingerprint(*f) + u'\x1f' + toString(f->effect) + u'\x1f' + report.render(f->reason));
                byKey[keys.back()].push_back(f);
            }
            for (std::size_t i = 0; i < all.size(); ++i) {
                const auto& group = byKey[keys[i]];
                if (group.size() < rollUpAt) {
                    shown.push_back(all[i]);
                } else if (group.front() == all[i]) {
                    shown.push_back(all[i]);
                    sameAs.insert(all[i], std::vector<const Finding*>(group.begin() + 1, group.end()));
                }
            }
        } else {
            shown = all;
        }
        const auto listed = capped ? mostSevere(shown, cap) : shown;
        list.total = all.size();
        list.count = v.findingCount(all.size());
        list.items.reserve(listed.size());
        std::size_t covered = 0;
        for (const Finding* f : listed) {
            Item item = makeItem(f);
            ++covered;
            if (const auto it = sameAs.constFind(f); it != sameAs.cend()) {
                Rollup rollup;
                rollup.number = QString::number(v.rollups.size() + 1);
                rollup.anchor = QStringLiteral("same-") + rollup.number;
                rollup.title = item.reason;
                rollup.snippet = item.snippet;
                rollup.count = translate(l, QT_TRANSLATE_N_NOOP("sig2rtm", "%n place(s)"), int(it->size() + 1));
                const auto where = [](const Finding* x) {
                    const QString file = visibleText(x->file);
                    return x->line > 0 ? file + u':' + QString::number(x->line) : file;
                };
                rollup.locations.reserve(qsizetype(it->size() + 1));
                rollup.locations << where(f);
                for (const Finding* other : *it) {
                    rollup.locations << where(other);
                }
                // By file: a vendored copy in 40 folders is 40 lines, not 400.
                QHash<QString, qsizetype> fileIndex;
                QList<QStringList> lines;
                const auto addPlace = [&](const Finding* x) {
                    auto at = fileIndex.constFind(x->file);
                    if (at == fileIndex.cend()) {
                        at = fileIndex.insert(x->file, rollup.byFile.size());
                        rollup.byFile << visibleText(x->file);
                        lines.append(QStringList());
                    }
                    if (x->line > 0) {
                        lines[*at] << QString::number(x->line);
                    }
                };
                addPlace(f);
                for (const Finding* other : *it) {
                    addPlace(other);
                }
                for (qsizetype k = 0; k < rollup.byFile.size(); ++k) {
                    if (!lines[k].isEmpty()) {
                        rollup.byFile[k] += QStringLiteral(": ") + lines[k].join(QStringLiteral(", "));
                    }
                }
                item.same = it->size();
                item.rollup = static_cast<int>(v.rollups.size());
                item.sameText =
                    translate(l,
                              QT_TRANSLATE_N_NOOP("sig2rtm", "The same finding is in %n more place(s): see "
                                                             "identical findings, entry %1, in the appendix."),
                              int(it->size()))
                        .arg(rollup.number);
                covered += it->size();
                rolledUpFindings += it->size();
                v.rollups.push_back(std::move(rollup));
            }
            list.items.push_back(std::move(item));
        }
        totalFindings += all.size();
        listedFindings += listed.size();
        list.files = groupByFile(list.items);
        for (auto& group : list.files) {
            group.count = v.findingCount(group.items.size());
        }
        if (all.size() > covered) {
            list.more = t(ReportLabel::MoreFindings).arg(all.size() - covered);
        }
        v.findings.push_back(std::move(list));
    };
    // Hidden characters in a path or line come first: the other findings of that file may not be what they seem.
    {
        std::vector<const Finding*> hidden;
        for (const Finding* f : findingsWithoutRow(report)) {
            if (f->rule == hiddenCharactersRule()) {
                hidden.push_back(f);
            }
        }
        if (!hidden.empty()) {
            FindingList list;
            list.status = RowStatus::Review;
            list.anchor = QStringLiteral("findings-security");
            list.title = translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Hidden or control characters (security)"));
            addList(std::move(list), hidden);
        }
    }
    for (const Row& row : v.rows) {
        if (row.status == RowStatus::Pass && !options.passingRowFindings) {
            continue;
        }
        const auto all = report.findingsOf(*row.row);
        if (all.empty()) {
            continue;
        }
        FindingList list;
        list.row = row.row;
        list.status = row.status;
        list.anchor = QStringLiteral("findings-%1").arg(row.number);
        list.title = row.title;
        addList(std::move(list), all);
    }
    if (options.otherEvidence) {
        // Presence notes roll up to one per file and rule (an RTM project imports its SDK in every file);
        // the JSON report keeps every location.
        std::vector<const Finding*> other;
        QHash<QString, std::size_t> firstOf;
        QHash<const Finding*, QStringList> moreLines; // by the finding that stands for the others
        for (const Finding* f : findingsWithoutRow(report)) {
            if (f->rule == hiddenCharactersRule()) {
                continue;
            }
            if (f->sdk && f->effect == Effect::Note) {
                const QString key = f->file + u'\n' + f->rule;
                if (const auto it = firstOf.constFind(key); it != firstOf.cend()) {
                    moreLines[other[*it]] << QString::number(f->line);
                    continue;
                }
                firstOf.insert(key, other.size());
            }
            other.push_back(f);
        }
        if (!other.empty()) {
            FindingList list;
            list.anchor = QStringLiteral("findings-other");
            list.title = t(ReportLabel::OtherEvidence);
            addList(std::move(list), other);
            auto& added = v.findings.back();
            for (auto& item : added.items) {
                if (const auto it = moreLines.constFind(item.finding); it != moreLines.cend()) {
                    // Chinese sentences run on after their full stop; English ones take a space.
                    item.reason +=
                        (l == ReportLanguage::Chinese ? QString() : QStringLiteral(" ")) +
                        t(ReportLabel::AlsoInFile)
                            .arg(QString::number(it->size()),
                                 it->join(l == ReportLanguage::Chinese ? QStringLiteral("、") : QStringLiteral(", ")));
                }
            }
        }
    }

    if (!v.rollups.empty()) {
        v.rollupsTitle = translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Identical findings"));
    }
    if (totalFindings > listedFindings) {
        v.listingText =
            translate(l,
                      QT_TRANSLATE_N_NOOP("sig2rtm", "%n finding(s): %1 listed, %2 identical ones shown once with "
                                                     "their places in the appendix, %3 left out (the JSON report "
                                                     "has every one)."),
                      int(totalFindings))
                .arg(listedFindings)
                .arg(rolledUpFindings)
                .arg(totalFindings - listedFindings - rolledUpFindings);
    }

    // Appendix.
    const std::size_t skippedShown = options.skippedLimit < 0
                                         ? report.skipped.size()
                                         : std::min(report.skipped.size(), std::size_t(options.skippedLimit));
    v.skipped.reserve(skippedShown);
    for (std::size_t i = 0; i < skippedShown; ++i) {
        v.skipped.push_back({visibleText(report.skipped[i].path), report.render(report.skipped[i].reason)});
    }
    if (report.skipped.size() > skippedShown) {
        v.moreSkipped = t(ReportLabel::MoreSkipped).arg(report.skipped.size() - skippedShown);
    }
    Metadata& m = v.metadata;
    m.project = v.projectName;
    m.tool = v.tool;
    m.generatedAt =
        report.generatedAt.isValid() ? report.generatedAt.toUTC().toString(Qt::ISODate) : QStringLiteral("—");
    m.inputKind = report.inputKind;
    // A report travels (to other teams, to the vendor's support): the sender's home folder is not its business.
    const QDir rootDir(report.root);
    for (const auto& path : report.inputPaths) {
        const QString relative = rootDir.relativeFilePath(path);
        const bool inside =
            !report.root.isEmpty() && !relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative);
        m.inputPaths << visibleText(options.absolutePaths || report.root.isEmpty() ? path
                                    : inside ? (relative.isEmpty() ? QStringLiteral(".") : relative)
                                             : QFileInfo(path).fileName());
    }
    m.root =
        visibleText(options.absolutePaths || report.root.isEmpty() ? report.root : QFileInfo(report.root).fileName());
    m.language = reportLanguageCode(l);
    m.model = QString::fromLatin1(Report::kFormat) + QStringLiteral(" · ") +
              t(report.partial ? ReportLabel::PartialYes : ReportLabel::PartialNo);
    if (report.catalog) {
        m.sourceTitle = report.catalog->sourceTitle().get(l);
        m.sourceUrl = isSafeLink(report.catalog->sourceUrl()) ? report.catalog->sourceUrl() : QString();
    }
    return v;
}

} // namespace sig2rtm
