// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "inventory.h"
#include "language.h"
#include "types.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// A match that still has to pass its rule's project-level requirement.
struct Candidate
{
    Finding finding;
    Requirement requirement = Requirement::None;
    QString subject; ///< receiver name (SignalingReceiver) or class name (NotShim)
};

/// A file that shows the structure of a kind of project: a marker or a page of a Project rule.
struct ProjectMarker
{
    enum class Role { Root, AmbiguousRoot, Page };
    int rule = -1; ///< index into the catalog's rules
    Role role = Role::Root;
};

/// What one file contributes to a scan. A scan keeps one for every file with anything to say (tens of
/// thousands in a large tree), so its size counts: the small members share one word.
struct FileScan
{
    QString file; ///< relative path
    Language language = Language::Unknown;
    /// Corroborates a signaling-web-file requirement: a Web SDK import or fingerprint, or a marker call or
    /// string of the rule.
    bool webMarker = false;
    bool sdkFile = false; ///< a vendored SDK file: only presence rules apply
    bool binary = false;
    /// Declares a function or class of a factory's name ("function <factory>(initial)"): the project's own.
    bool definesFactory = false;
    std::vector<Candidate> candidates;
    QStringList boundNames;  ///< variables / properties / methods typed or created as SDK objects
    QStringList shimClasses; ///< SDK object types this file defines itself on top of RTM
    std::vector<ProjectMarker> projectMarkers;
    /// Relative modules a JS file imports ("./session"), kept only while a match in it still waits for
    /// corroboration from another Signaling Web API use: the module it imports may hold that use.
    QStringList localImports;
    /// Places that use a legacy API of the migration inventory if the file turns out to use the legacy SDK.
    std::vector<InventoryCandidate> inventory;
    /// Receiver names of receiver-gated calls in a file that was not lexed because nothing else in it
    /// could match. The scan analyses the file fully only if a name turns out to be an SDK object.
    QStringList deferredReceivers;
};

} // namespace sig2rtm
