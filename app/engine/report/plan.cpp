// SPDX-License-Identifier: MIT
#include "plan.h"

#include <algorithm>

namespace sig2rtm {

namespace {

/// The legacy SDK's own files and build entries in a client: what removing the SDK deletes or edits.
QStringList sdkFilesOf(const Report& report, const QString& client)
{
    QStringList files;
    for (const auto& f : report.findings) {
        if (f.client != client || f.sdk != SdkKind::Signaling || isMention(f.context) ||
            f.context == Context::Declared) {
            continue;
        }
        const Rule* rule = report.catalog ? report.catalog->rule(f.rule) : nullptr;
        const bool artifact = rule && rule->identifiesArtifact();
        if ((artifact || f.context == Context::Build) && !files.contains(f.file)) {
            files << f.file;
        }
    }
    files.sort();
    // A folder (a framework) stands for what it holds.
    QStringList out;
    for (const auto& file : files) {
        const bool inside =
            std::any_of(out.begin(), out.end(), [&](const QString& folder) { return file.startsWith(folder + u'/'); });
        if (!inside) {
            out << file;
        }
    }
    return out;
}

} // namespace

Plan buildPlan(const Report& report)
{
    Plan plan;
    for (const auto& c : report.clients) {
        const QString stage = migrationStage(c);
        if (stage == QLatin1String("none")) {
            continue;
        }
        PlanClient pc;
        pc.client = &c;
        pc.stage = stage;
        for (const auto& row : c.rows) {
            if (row.status == RowStatus::Fail) {
                pc.blockers << row.id;
            } else if (row.status == RowStatus::Review) {
                pc.reviews << row.id;
            }
        }
        const InventoryView inventory = inventoryView(report, c.id);
        pc.uses = inventory.uses;
        pc.apis = static_cast<int>(inventory.items.size());
        pc.gaps = inventory.gaps;
        pc.points = inventory.points;
        pc.independent = pc.blockers.isEmpty();
        if (!pc.independent) {
            plan.together << c.id;
        }
        plan.points += pc.points;
        plan.maxPoints = std::max(plan.maxPoints, pc.points);
        plan.clients.push_back(std::move(pc));
    }
    // 1. Interop blockers, client by client, in the catalog's row order.
    for (const auto& pc : plan.clients) {
        for (const auto& row : pc.client->rows) {
            if (row.status == RowStatus::Fail) {
                PlanStep step;
                step.kind = PlanStep::Kind::Blocker;
                step.client = pc.client->id;
                step.row = row.id;
                step.findings = row.failCount;
                plan.steps.push_back(std::move(step));
            }
        }
    }
    // 2. Each client's API port, the smallest first: early wins, and what is learnt carries over.
    std::vector<const PlanClient*> ports;
    for (const auto& pc : plan.clients) {
        if (pc.uses > 0) {
            ports.push_back(&pc);
        }
    }
    std::stable_sort(ports.begin(), ports.end(),
                     [](const PlanClient* a, const PlanClient* b) { return a->points < b->points; });
    for (const auto* pc : ports) {
        PlanStep step;
        step.kind = PlanStep::Kind::Port;
        step.client = pc->client->id;
        step.uses = pc->uses;
        step.apis = pc->apis;
        step.gaps = pc->gaps;
        step.points = pc->points;
        plan.steps.push_back(std::move(step));
    }
    // 3. Removal of the legacy SDK, once nothing calls it.
    for (const auto& pc : plan.clients) {
        QStringList files = sdkFilesOf(report, pc.client->id);
        if (!files.isEmpty()) {
            PlanStep step;
            step.kind = PlanStep::Kind::RemoveSdk;
            step.client = pc.client->id;
            step.files = std::move(files);
            plan.steps.push_back(std::move(step));
        }
    }
    return plan;
}

} // namespace sig2rtm
