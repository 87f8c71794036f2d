// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sig2rtm {

/// How a report is rendered, beyond its language: what every front end (CLI flags, the app's export step)
/// passes to the writers. The defaults suit a report that is sent to someone else.
struct RenderOptions
{
    /// Show the scanned folder's absolute local path (HTML and PDF appendix, Markdown, SARIF
    /// originalUriBaseIds). Off by default: reports go to other teams and to the vendor's support, and the
    /// path tells them about the sender's machine.
    bool absolutePaths = false;
    /// SARIF: also list the SDK-presence notes (which SDK a file shows). Off by default: they are not
    /// problems, and code-scanning front ends show every result as an alert.
    bool sarifPresenceNotes = false;
    /// SARIF: locate results relative to the root of the git repository that holds the scanned folder, so that
    /// paths and fingerprints do not change with the folder a scan starts from.
    bool sarifRepositoryRoot = false;
    /// PDF paper: "a4" or "letter"; empty picks it from the locale (Letter in the US, Canada, Mexico, ...).
    QString paper;
};

} // namespace sig2rtm
