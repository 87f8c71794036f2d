// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "language.h"
#include "localizedtext.h"
#include "message.h"
#include "types.h"

#include <array>
#include <bitset>
#include <functional>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace sig2rtm {

class JsonReader;

/// A remediation kind: what to do about a failing row, and where to read about it. A kind links one page
/// (link), the migration guide of the platforms its evidence is on (guide), or nothing: a statement.
struct Remediation
{
    QString id;
    LocalizedText label;
    /// Its one page by language (https; the same address in both when the catalog gives one). Empty for a
    /// statement and for a kind whose pages are platform guides.
    LocalizedText link;
    /// Set when its pages are platform guides: kAnyPlatform for the guide of each platform the evidence is
    /// on, or one platform id for that platform's guide.
    QString guide;
    QString email; ///< set on the remediation that is a request to the vendor's support
    /// The English address of its one page (link, or the guide of its one platform); empty for a per-platform
    /// kind and a statement. For callers that have no language or platform: prefer Catalog::remediationUrl().
    QString url;

    static constexpr QStringView kAnyPlatform = u"*";
    /// Its links depend on the platforms of the evidence: one per platform.
    bool perPlatform() const { return guide == kAnyPlatform; }
};

/// One documented incompatibility: a row of the compatibility table.
struct RowDefinition
{
    QString id;
    LocalizedText title;
    LocalizedText explanation;
    LocalizedText recommendation;
    LocalizedText pass;           ///< summary of a passing row (%1: the SDK versions, on a version row)
    LocalizedText versionUnknown; ///< version row under review: %1 lists the platforms and what would tell
    LocalizedText question;       ///< the questionnaire's question for this row
    LocalizedText questionHelp;
    QStringList remediation;   ///< Remediation ids, most relevant first
    bool needsSupport = false; ///< the fix also needs the vendor to enable interop on the back end
    /// Set on the row that legacy SDK presence evidence feeds: versions below it fail the row.
    QString minimumVersion;
};

/// A platform the catalog knows: its display name, where its users find the SDK version and the page that
/// guides them to the new SDK.
struct PlatformDefinition
{
    QString id;
    LocalizedText name;
    LocalizedText versionHelp;
    LocalizedText guide; ///< https by language (one address for both when the catalog gives one); may be empty
};

/// A value a project description (or the questionnaire) may declare: a feature or a message type.
struct DeclaredValueDefinition
{
    QString id;
    QString row;
    Effect effect = Effect::Fail;
    LocalizedText label;  ///< the questionnaire's check box
    LocalizedText reason; ///< the finding's reason
};

/// A kind of client whose mere declaration is row evidence (a mini-program build, for example).
struct DeclaredClientDefinition
{
    QString platform;
    QString rule;
    QString row;
    Effect effect = Effect::Fail;
    LocalizedText question;
    LocalizedText description;
    LocalizedText reason;
};

/// What declared facts mean: the vocabulary of project descriptions and of the questionnaire.
struct Declarations
{
    QString sdkRule;
    LocalizedText sdkDescription;
    std::vector<DeclaredClientDefinition> clients;
    QString featureRule;
    LocalizedText featureDescription;
    std::vector<DeclaredValueDefinition> features;
    QString messageTypeRule;
    QString messageTypeRow;
    QStringList messageTypePlatforms;
    LocalizedText messageTypeDescription;
    std::vector<DeclaredValueDefinition> messageTypes;
};

struct TimelineEvent
{
    QString date;  ///< ISO 8601
    QString event; ///< maintenance, end-of-fixes, shutdown
    LocalizedText text;
};

/// How a detection rule matches. Each kind is one small, generic matcher in the scanner; what it
/// matches (names, globs, regexes, literals) is data in the catalog.
enum class MatchKind {
    Path,            ///< file or directory name globs
    Fingerprint,     ///< at least `min` distinct literals anywhere in the raw text (vendored / minified SDK files)
    Import,          ///< import / include / require / script src whose module matches `regex`
    Identifier,      ///< identifier in code (optionally followed by a call)
    String,          ///< string literal (or identifier) whose value matches `regex`, optionally inside a call
    Text,            ///< line-based regex over the text, outside comments
    ObjcSelector,    ///< Objective-C message whose selector is exactly `selector`
    Project,         ///< project-structure rule, evaluated once the whole tree is known
    MessageArgument, ///< type analysis of a call argument (Web msg argument)
};

/// When a match counts.
enum class Requirement {
    None,                 ///< the match alone is evidence
    Signaling,            ///< the project uses the legacy Signaling SDK somewhere
    SignalingWeb,         ///< the project uses the legacy Signaling Web (or mini-program) SDK
    SignalingWebFile,     ///< this file also uses another Signaling Web marker, or the project vendors the Web SDK
    SignalingReceiver,    ///< the call's receiver is a Signaling SDK object
    NotShim,              ///< the imported class is not a project-local RTM shim of the same name
    SignalingWebInProject ///< a Signaling Web SDK marker lies inside the mini-program project
};

struct RuleFallback
{
    Effect effect = Effect::Review;
    Confidence confidence = Confidence::Medium;
    LocalizedText reason;
};

struct VersionSpec
{
    QRegularExpression regex; ///< first capture group is the version; invalid when absent
    bool fromContent = false; ///< apply to the whole file instead of the match
    /// Also read the version from the printable strings of the rule's binary files (a file the rule names,
    /// or a binary file inside a folder it names), with the catalog's version-string patterns.
    bool fromStrings = false;
    QString defaultVersion; ///< version to assume when none is found
    LocalizedText missing;  ///< what would have told the version
};

/// One legacy API of the migration inventory and what replaces it in RTM.
struct InventoryApi
{
    QString id;
    LocalizedText function; ///< what it does ("Log in and out")
    enum class Kind { Call, Event, String };
    /// Call: the app calls it on an SDK object; Event: a callback the app implements or assigns; String: a
    /// value the app passes (a special channel's name).
    Kind kind = Kind::Call;
    QStringList names;                   ///< the legacy identifiers, on any platform
    QHash<QString, QString> replacement; ///< platform id -> the RTM counterpart, as code
    bool noEquivalent = false;
    LocalizedText pattern;      ///< with noEquivalent: the recommended way to get the behaviour
    LocalizedText note;         ///< where the semantics differ
    int effort = 1;             ///< points for one use site (1, 3, 5, 7, 13)
    LocalizedText effortReason; ///< why that many
};

/// The migration inventory: every legacy API mapped to its replacement (each platform's guide is the
/// platform's: Catalog::guideUrl()).
struct Inventory
{
    std::vector<InventoryApi> apis;
    QHash<QString, int> apiOfName; ///< legacy identifier -> index into apis
};

/// One way a version shows among the printable strings of an SDK binary.
struct VersionStringPattern
{
    QRegularExpression regex; ///< over one printable string; the first capture group is the version
    /// When valid: a string within `distance` strings before or after must match it (the version sits
    /// next to the SDK's own texts).
    QRegularExpression near;
    int distance = 0;
    Confidence confidence = Confidence::High;
};

/// The bounded printable-strings pass over SDK binaries.
struct VersionStrings
{
    qint64 maxBytes = 0;                        ///< bytes read from the start of a binary at most
    std::vector<VersionStringPattern> patterns; ///< in order of preference
};

/// The files or folders that mark a client's root for one build system (catalog "clientMarkers").
struct ClientMarker
{
    QString buildSystem;
    QStringList files;   ///< names, or "*.ext" for any name with that extension
    QStringList folders; ///< the same, for folders ("*.xcodeproj")
    QStringList partOf;  ///< build systems whose client it belongs to when nested inside one (native code)
    bool nests = true;   ///< a marker below one of the same build system belongs to it (Gradle modules)
};

struct Rule
{
    QString id;
    QString row;                ///< empty: SDK presence evidence
    std::optional<SdkKind> sdk; ///< set for presence rules
    QString platform;           ///< a known platform, "apple"/"native" (resolved later) or "*"
    QString remediation;        ///< the remediation kind most relevant to this finding
    std::bitset<32> languages;  ///< indexed by Language
    bool anyLanguage = false;   ///< also Unknown/Text files

    MatchKind kind = MatchKind::Identifier;
    QStringList globs;
    QStringList literals; ///< prefilter literals: a file without any of them cannot match
    int min = 1;
    QRegularExpression regex;
    QRegularExpression fileRegex; ///< Text: the file must also match this
    QStringList names;
    bool call = false;
    /// Identifier: each name is a call that creates an SDK object (a receiver that is one, a variable
    /// assigned one).
    bool factory = false;
    /// Identifier: each name is a callback the app implements; a handler whose body does nothing (empty, or
    /// only logs, calls super or returns) is a note, not evidence of use.
    bool callback = false;
    QStringList objectTypes;     ///< Identifier: class names of the SDK objects (a name declared with one holds one)
    QStringList staticFactories; ///< Identifier: methods that create an SDK object when called on an object type
    QStringList inCall;
    int argument = -1;
    QRegularExpression callHasString;
    QStringList callHasStringFor;
    bool matchStrings = true;
    bool matchIdentifiers = false;
    bool jsonKeys = false;
    QString selector;
    /// What else in the same file corroborates a signaling-web-file match: calls of these methods, and
    /// string literals starting with these prefixes.
    QStringList markerCalls;
    QStringList markerStringPrefixes;
    bool sdkFile = false;         ///< a match shows that the file is the SDK's own: only presence rules apply to it
    QStringList markers;          ///< Project: file names that make their folder a project root
    QStringList ambiguousMarkers; ///< Project: file names that make their folder a root only with a page below it
    QStringList pages;            ///< Project: globs of the project's page files
    QHash<QString, int> calls;    ///< MessageArgument: call name -> argument index

    VersionSpec version;
    std::optional<RuleFallback> fallback;
    Requirement requirement = Requirement::None;
    Confidence confidence = Confidence::High;
    Effect effect = Effect::Fail;
    LocalizedText reason;

    bool appliesTo(Language language) const;
    /// Identifies the SDK's own files (by name, fingerprint or a text only the SDK's files hold): the
    /// rules that still apply in dependency folders, which are skipped for usage.
    bool identifiesArtifact() const
    {
        return sdk.has_value() && (kind == MatchKind::Path || kind == MatchKind::Fingerprint || sdkFile);
    }

    /// The rule's texts as messages (see Catalog::text()), made once when the rule is read: every finding
    /// of the rule shares them.
    const Message& reasonMessage() const { return m_messages[0]; }
    const Message& fallbackMessage() const { return m_messages[1]; }
    /// Empty when the rule has no text for a missing version.
    const Message& missingVersionMessage() const { return m_messages[2]; }
    /// Makes the messages above for the rule's id and texts.
    void makeMessages();

private:
    std::array<Message, 3> m_messages;
};

/// The knowledge base: rows, remediations, timeline and detection rules, loaded from JSON
/// (resources/rules/signaling-rtm.json is compiled in; --rules adds or replaces rules).
class Catalog final : public TextSource
{
public:
    /// Parses a catalog. Returns nullptr and fills diagnostics (file, line, column, JSON pointer)
    /// when the text is not a valid catalog.
    static std::shared_ptr<const Catalog> load(const QByteArray& text, const QString& fileName,
                                               Diagnostics* diagnostics);
    /// A rules file is at most this large (the built-in catalog is well under 1 MB).
    static constexpr qint64 kMaxFileBytes = qint64(16) * 1024 * 1024;
    /// Reads a rules file: a regular file of at most kMaxFileBytes (readUntrustedFile).
    static std::shared_ptr<const Catalog> loadFile(const QString& path, Diagnostics* diagnostics);

    /// The compiled-in catalog. Loading it cannot fail in a correct build (a test guards it).
    static std::shared_ptr<const Catalog> builtin();

    /// A copy of base with the rules of extension added; a rule with an existing id replaces it.
    /// extension may be a full catalog or a file with only "format" and "rules".
    static std::shared_ptr<const Catalog> extend(const std::shared_ptr<const Catalog>& base, const QByteArray& text,
                                                 const QString& fileName, Diagnostics* diagnostics);

    const std::vector<RowDefinition>& rows() const { return m_rows; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const std::vector<TimelineEvent>& timeline() const { return m_timeline; }
    const QHash<QString, Remediation>& remediations() const { return m_remediations; }
    const LocalizedText& sourceTitle() const { return m_sourceTitle; }
    const QString& sourceUrl() const { return m_sourceUrl; }

    const RowDefinition* row(const QString& id) const;
    const Rule* rule(const QString& id) const;
    int rowIndex(const QString& id) const;
    /// The row ids, in the catalog's order.
    QStringList rowIds() const;
    /// The row that SDK presence evidence feeds (the one with a minimum version), or null.
    const RowDefinition* versionRow() const;
    /// The remediation answered by a request to the vendor's support (the one with an email), or null.
    const Remediation* supportRemediation() const;
    /// Where a remediation kind sends a reader of language about evidence on platform: its page, or the
    /// guide of its platform (of platform, for a per-platform kind). Empty for a statement, an unknown kind and
    /// a platform without a guide. Not checked for safety: writers check isSafeLink().
    QString remediationUrl(const QString& kind, const QString& platform, ReportLanguage language) const;
    /// A platform's migration guide in language, or empty.
    QString guideUrl(const QString& platform, ReportLanguage language) const;
    /// The platforms with a migration guide, in the order of knownPlatforms().
    QStringList guidePlatforms() const;

    const std::vector<PlatformDefinition>& platforms() const { return m_platforms; }
    const VersionStrings& versionStrings() const { return m_versionStrings; }
    const Inventory& inventory() const { return m_inventory; }
    const std::vector<ClientMarker>& clientMarkers() const { return m_clientMarkers; }
    /// A copy that keeps only the rules for which keep returns true.
    std::shared_ptr<const Catalog> withRules(const std::function<bool(const Rule&)>& keep) const;
    const PlatformDefinition* platform(const QString& id) const;
    const Declarations& declarations() const { return m_declarations; }
    QStringList featureIds() const;
    QStringList messageTypeIds() const;

    /// Catalog texts by path, for Message::catalog(): "row/<id>/<field>", "rule/<id>/reason|fallback|missing",
    /// "platform/<id>/name|versionHelp", "remediation/<id>/label", "text/<key>",
    /// "declared/sdk/<key>", "declared/client/<platform>/<field>", "declared/feature/<id>/<field>",
    /// "declared/feature/description", "declared/message-type/<id>/<field>", "declared/message-type/description".
    const LocalizedText* text(QStringView path) const override;

    /// Every literal that can start a content match, for the prefilter and for comparison benchmarks.
    QStringList prefilterLiterals() const;

private:
    bool read(JsonReader& reader, bool rulesOnly);
    std::optional<Rule> readRule(JsonReader& reader, const nlohmann::json& value, const QString& pointer);
    void readPlatforms(JsonReader& reader, const nlohmann::json& value);
    void readDeclarations(JsonReader& reader, const nlohmann::json& value);
    void readVersionStrings(JsonReader& reader, const nlohmann::json& value);
    void readInventory(JsonReader& reader, const nlohmann::json& value);
    void readClientMarkers(JsonReader& reader, const nlohmann::json& value);

    LocalizedText m_sourceTitle;
    QString m_sourceUrl;
    std::vector<RowDefinition> m_rows;
    std::vector<Rule> m_rules;
    std::vector<TimelineEvent> m_timeline;
    QHash<QString, Remediation> m_remediations;
    QHash<QString, LocalizedText> m_texts;
    std::vector<PlatformDefinition> m_platforms;
    Declarations m_declarations;
    VersionStrings m_versionStrings;
    Inventory m_inventory;
    std::vector<ClientMarker> m_clientMarkers;
};

} // namespace sig2rtm
