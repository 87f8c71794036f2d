// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// One step of the migration plan, in the order the work should go.
struct PlanStep
{
    enum class Kind {
        Blocker,   ///< fix an interop blocker (a failing row) of a client, so old and new clients can talk
        Port,      ///< port a client's legacy API uses to their RTM replacements
        RemoveSdk, ///< delete the legacy SDK's files and build entries of a client
    };
    Kind kind = Kind::Port;
    QString client;    ///< ClientResult::id
    QString row;       ///< Blocker: the failing row
    int findings = 0;  ///< Blocker: its blocking findings in the client
    int uses = 0;      ///< Port: legacy API uses
    int apis = 0;      ///< Port: distinct legacy APIs
    int gaps = 0;      ///< Port: APIs with no RTM equivalent
    int points = 0;    ///< Port: effort points
    QStringList files; ///< RemoveSdk: the SDK's files, folders and build files (a folder stands for what it holds)
};

/// One client as the plan sees it.
struct PlanClient
{
    const ClientResult* client = nullptr;
    QString stage;        ///< migrationStage()
    QStringList blockers; ///< ids of its failing rows
    QStringList reviews;  ///< ids of its rows that need review
    int uses = 0;
    int apis = 0; ///< distinct legacy APIs it uses
    int gaps = 0;
    int points = 0;           ///< effort points of its API port
    bool independent = false; ///< can move alone: no interop blocker (old and new clients keep talking)
};

/// The migration as work: interop blockers first, then each client's API port, then removal of the SDK.
struct Plan
{
    std::vector<PlanStep> steps;
    std::vector<PlanClient> clients; ///< every client with the legacy SDK or already migrated, report order
    QStringList together;            ///< clients that must switch at once: each has an interop blocker
    int points = 0;                  ///< effort points in all
    int maxPoints = 0;               ///< the largest client's, for bars
    bool empty() const { return clients.empty(); }
};

/// The plan of a report: empty when no client carries the legacy SDK.
Plan buildPlan(const Report& report);

} // namespace sig2rtm
