// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"

#include <optional>
#include <QString>
#include <QStringList>
#include <vector>

/// Core value types shared by the catalog, scanner, evaluator and report writers.
/// Every type here is a plain value: safe to copy across threads.
namespace sig2rtm {

/// Status of one compatibility row.
enum class RowStatus { Pass, Fail, Review };

/// Overall verdict of an assessment.
/// NotAssessed: the input held nothing the rules could read (no source file, no SDK file, no declared fact),
/// so no answer can be given, least of all a pass.
enum class Verdict { NoSignaling, Compatible, NeedsReview, Incompatible, NotAssessed };

/// Where in a file a finding was made.
enum class Context { Code, Comment, String, Build, Binary, Declared, Doc };

/// A mention, not a use: a comment or documentation (a README, a doc comment). Mentions never block a row
/// and never show an SDK's presence.
inline bool isMention(Context context)
{
    return context == Context::Comment || context == Context::Doc;
}

enum class Confidence { High, Medium, Low };

/// What a finding does to its row: make it fail, ask a human, or only inform.
enum class Effect { Fail, Review, Note };

/// Which SDK a piece of evidence belongs to: the legacy Signaling SDK or RTM (already migrated).
enum class SdkKind { Signaling, Rtm };

/// The platform identifiers of the project description and the report.
/// Kept as strings in data ("web", "android", ...); these helpers validate them.
QStringList knownPlatforms();
bool isKnownPlatform(const QString& platform);

QString toString(RowStatus status);
QString toString(Verdict verdict);
QString toString(Context context);
QString toString(Confidence confidence);
QString toString(Effect effect);
QString toString(SdkKind kind);

std::optional<RowStatus> rowStatusFromString(const QString& text);
std::optional<Verdict> verdictFromString(const QString& text);
std::optional<Context> contextFromString(const QString& text);
std::optional<Confidence> confidenceFromString(const QString& text);
std::optional<Effect> effectFromString(const QString& text);
std::optional<SdkKind> sdkKindFromString(const QString& text);

/// One piece of evidence: a match of a detection rule, or a fact declared in a project description.
struct Finding
{
    QString id;         ///< stable within a report: "F1", "F2", ... assigned in output order
    QString rule;       ///< detection rule id from the catalog (or "declared.*")
    QString row;        ///< compatibility row id, empty for SDK presence evidence
    QString file;       ///< relative to the scan root, forward slashes
    int line = 0;       ///< 1-based, 0 when not applicable (binary files, directories)
    int column = 0;     ///< 1-based, in UTF-16 code units
    int length = 0;     ///< length of the match in UTF-16 code units (for highlighting)
    qint64 offset = -1; ///< byte offset in a binary file (a version read from its strings), -1 otherwise
    QString snippet;    ///< the decoded source line, trimmed
    Context context = Context::Code;
    Confidence confidence = Confidence::High;
    Effect effect = Effect::Fail;
    Message reason;             ///< why it matters, language-neutral (rendered where it is shown)
    QString platform;           ///< platform the evidence belongs to, when known
    std::optional<SdkKind> sdk; ///< set on SDK presence evidence
    QString version;            ///< SDK version this evidence shows, when it shows one
    Message versionMissing;     ///< presence evidence without a version: what would have told it
    QString client;             ///< id of the client (ClientResult::id) the evidence belongs to
    QString suppressedBy;       ///< the reason of the suppression that turned it into a note, when one did
};

/// What a piece of evidence is, across scans and edits: its rule and its snippet with white space collapsed,
/// not its line (lines move when code is inserted above) and not its file (paths change with the folder a scan
/// starts from; the file is matched on its own). A finding is (file, fingerprint). 32 hex digits.
QString fingerprint(const QString& rule, const QString& snippet);
inline QString fingerprint(const Finding& f)
{
    return fingerprint(f.rule, f.snippet);
}

/// SDK found in the project (Signaling or RTM), with the version when it can be read.
struct SdkEvidence
{
    SdkKind kind = SdkKind::Signaling;
    QString platform;
    std::optional<QString> version;
    QStringList findingIds; ///< the findings that show it
    Message missing;        ///< when version is unknown: which evidence would have told it
};

struct SkippedEntry
{
    QString path;   ///< relative to the scan root, forward slashes
    Message reason; ///< e.g. "symlink loop", "binary file", "excluded by default: node_modules"
};

struct ScanStats
{
    qint64 files = 0; ///< files examined
    qint64 bytes = 0; ///< bytes read
    qint64 durationMs = 0;
    qint64 sourceFiles = 0; ///< of the files examined, text files in a language the rules read (code, build files)
};

/// Semantic version comparison for dotted numeric versions ("1.0.0.84" < "1.1").
/// Missing components count as 0. Non-numeric parts compare as 0.
int compareVersions(const QString& a, const QString& b);

} // namespace sig2rtm
