// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "types.h"

#include <optional>
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// Where a declared fact was written, so that evidence from a description points at its line.
struct SourceLocation
{
    int line = 0;
    int column = 0;
    QString snippet;
};

/// A declared feature or message type, with where it was declared.
struct DeclaredValue
{
    QString value;
    SourceLocation where;
};

/// One client of the project, as declared by the team.
struct DeclaredClient
{
    QString name;   ///< optional: what reports call the client
    QString folder; ///< optional: absolute folder that holds the client's code; its findings belong to the client
    QString platform;
    SdkKind sdk = SdkKind::Signaling;
    std::optional<QString> sdkVersion;       ///< absent: unknown
    std::vector<DeclaredValue> features;     ///< ids of the catalog's declarations.features
    std::vector<DeclaredValue> messageTypes; ///< ids of the catalog's declarations.messageTypes
    SourceLocation where;
    SourceLocation versionWhere;
};

/// A finding the team has reviewed and accepted. Matching findings stay in the report as notes.
struct Suppression
{
    QString rule; ///< rule id, or "*" for any rule
    QString file; ///< path relative to the description's folder, forward slashes; may use * and ** globs (GlobSet)
    int line = 0; ///< 0: any line
    QString reason;
    /// The finding's fingerprint (sig2rtm::fingerprint): when set, it matches the finding wherever its line
    /// moves, and line is not compared.
    QString fingerprint;
    QString snippet; ///< the finding's line when it was accepted, for people reading the file; not compared
};

/// A project description, format "sig2rtm-project/1" (docs/project-description.md).
struct ProjectDescription
{
    static constexpr const char* kFormat = "sig2rtm-project/1";

    QString path; ///< the description file (absolute when loaded with loadFile; empty when built in memory)
    QString name;
    QString appId;
    std::vector<DeclaredClient> clients;
    QStringList sources; ///< absolute folders to scan, resolved against the description's folder
    QStringList exclude; ///< globs
    std::vector<Suppression> suppressions;

    /// Reads and validates a description file. Every problem is reported with file, line, column and
    /// JSON pointer; returns nullopt when there is any.
    static std::optional<ProjectDescription> loadFile(const QString& path, Diagnostics* diagnostics);
    static std::optional<ProjectDescription> load(const QByteArray& text, const QString& fileName,
                                                  const QString& baseDir, Diagnostics* diagnostics);

    /// Serialises back to sig2rtm-project/1 (used by the questionnaire's "save"); sources are
    /// written relative to baseDir when one is given.
    QByteArray toJsonText(const QString& baseDir = {}) const;

    static QStringList featureIds();
    static QStringList messageTypeIds();
};

} // namespace sig2rtm
