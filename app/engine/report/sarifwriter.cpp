// SPDX-License-Identifier: MIT
#include "sarifwriter.h"

#include "evaluator.h"
#include "reporttext.h"
#include "visibletext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringTokenizer>
#include <QUrl>
#include <set>

namespace sig2rtm {

namespace {

using nlohmann::json;

const char* const kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const char* const kSrcRoot = "%SRCROOT%";
// Fingerprint key: bump the version when what goes into the hash changes (v2: rule, file and the snippet with
// white space collapsed).
const char* const kFingerprintKey = "sig2rtm/v2";

std::string s(const QString& text)
{
    return text.toStdString();
}

json message(const QString& text)
{
    return json{{"text", s(text)}};
}

/// A text for a message that may hold paths or code from the project: hidden characters (bidi overrides,
/// zero-width, controls) become visible escapes so that they cannot reorder or hide what the alert says; the
/// message's own line breaks stay.
QString visibleMessage(const QString& text)
{
    if (!hasHiddenCharacters(text, VisibleMode::Code)) {
        return text;
    }
    QStringList lines;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        lines << visibleText(line, VisibleMode::Code);
    }
    return lines.join(u'\n');
}

/// The SARIF level of a result (§3.27.10), from an effect.
const char* levelOf(Effect effect)
{
    switch (effect) {
    case Effect::Fail:
        return "error";
    case Effect::Review:
        return "warning";
    case Effect::Note:
        return "note";
    }
    return "note";
}

/// GitHub's problem.severity: the level's words, with "recommendation" for a note.
const char* problemSeverity(Effect effect)
{
    return effect == Effect::Note ? "recommendation" : levelOf(effect);
}

/// The security-severity of the hidden-characters rule (GitHub: 7.0 to 8.9 is "high"): code that reads
/// differently from what it does, as in CVE-2021-42574.
const char* const kHiddenCharactersSeverity = "7.5";
const char* const kHiddenCharactersHelpUri = "https://www.cve.org/CVERecord?id=CVE-2021-42574";

// --- Git work trees, read from their files: no git executable, nothing written. ---

/// A file of a git directory, when it is a regular file of at most limit bytes.
QByteArray readGitFile(const QString& path, qint64 limit = qint64(1) << 20)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > limit) {
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.read(limit);
}

struct GitCheckout
{
    QString root;      ///< the work tree's top folder (canonical)
    QString gitDir;    ///< HEAD lives here (a linked worktree's own folder); empty for an unreadable .git file
    QString commonDir; ///< config, refs and packed-refs live here
};

/// The git work tree that holds a folder: the nearest folder at or above it with a ".git" directory, or a
/// ".git" file ("gitdir: <path>": a linked worktree or a submodule).
std::optional<GitCheckout> findGitCheckout(const QString& folder)
{
    const QString start = QFileInfo(folder).canonicalFilePath();
    if (start.isEmpty()) {
        return std::nullopt;
    }
    QDir dir(start);
    while (true) {
        const QFileInfo dotGit(dir.filePath(QStringLiteral(".git")));
        if (dotGit.isDir() || dotGit.isFile()) {
            GitCheckout git;
            git.root = dir.path();
            if (dotGit.isDir()) {
                git.gitDir = dotGit.filePath();
            } else if (const QString text = QString::fromUtf8(readGitFile(dotGit.filePath(), 4096)).trimmed();
                       text.startsWith(QLatin1String("gitdir:"))) {
                git.gitDir = QDir::cleanPath(dir.absoluteFilePath(text.mid(7).trimmed()));
            }
            git.commonDir = git.gitDir;
            if (!git.gitDir.isEmpty()) {
                const QString common =
                    QString::fromUtf8(readGitFile(git.gitDir + QStringLiteral("/commondir"), 4096)).trimmed();
                if (!common.isEmpty()) {
                    git.commonDir = QDir::cleanPath(QDir(git.gitDir).absoluteFilePath(common));
                }
            }
            return git;
        }
        if (!dir.cdUp()) {
            return std::nullopt;
        }
    }
}

bool isObjectId(const QString& text)
{
    static const QRegularExpression kId(QStringLiteral("^([0-9a-f]{40}|[0-9a-f]{64})$"));
    return kId.match(text).hasMatch();
}

/// The commit a ref names: its loose file (the worktree's, then the common one), else packed-refs. Symbolic
/// refs are followed a few levels; a name outside refs/ is not read.
QString resolveRef(const GitCheckout& git, const QString& ref, int depth = 0)
{
    if (depth > 5 || git.gitDir.isEmpty() || !ref.startsWith(QLatin1String("refs/")) ||
        ref.contains(QLatin1String("..")) || ref.contains(u'\\')) {
        return {};
    }
    for (const QString& dir : {git.gitDir, git.commonDir}) {
        const QString text = QString::fromUtf8(readGitFile(dir + u'/' + ref, 4096)).trimmed();
        if (text.startsWith(QLatin1String("ref:"))) {
            return resolveRef(git, text.mid(4).trimmed(), depth + 1);
        }
        if (isObjectId(text)) {
            return text;
        }
    }
    // packed-refs: "<id> <ref>" lines, "#" headers and "^<id>" peeled tags. It can be large: read line by line.
    QFile packed(git.commonDir + QStringLiteral("/packed-refs"));
    if (!QFileInfo(packed).isFile() || !packed.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray wanted = ' ' + ref.toUtf8();
    while (!packed.atEnd()) {
        const QByteArray line = packed.readLine(4096).trimmed();
        if (line.endsWith(wanted)) {
            const QString id = QString::fromLatin1(line.left(line.size() - wanted.size()));
            return isObjectId(id) ? id : QString();
        }
    }
    return {};
}

struct GitHead
{
    QString revision; ///< the commit checked out; empty on a branch without commits
    QString branch;   ///< empty when HEAD is detached
};

GitHead readHead(const GitCheckout& git)
{
    GitHead head;
    if (git.gitDir.isEmpty()) {
        return head;
    }
    const QString text = QString::fromUtf8(readGitFile(git.gitDir + QStringLiteral("/HEAD"), 4096)).trimmed();
    if (text.startsWith(QLatin1String("ref:"))) {
        const QString ref = text.mid(4).trimmed();
        head.revision = resolveRef(git, ref);
        if (ref.startsWith(QLatin1String("refs/heads/"))) {
            head.branch = ref.mid(11);
        }
    } else if (isObjectId(text)) {
        head.revision = text;
    }
    return head;
}

/// A value of a git config line, as git reads it: quotes removed, escapes applied, a comment cut off.
QString configValue(QStringView text)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[++i];
            out += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
        } else if (!quoted && (c == u'#' || c == u';')) {
            break;
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

/// The url of the remote "origin" in the repository's config (includes and url.*.insteadOf are not followed).
QString originUrl(const GitCheckout& git)
{
    if (git.commonDir.isEmpty()) {
        return {};
    }
    static const QRegularExpression kSection(
        QStringLiteral(R"re(^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\])re"));
    const QString text = QString::fromUtf8(readGitFile(git.commonDir + QStringLiteral("/config")));
    bool inOrigin = false;
    for (const QStringView raw : QStringTokenizer(text, u'\n')) {
        const QStringView line = raw.trimmed();
        if (line.startsWith(u'[')) {
            const auto m = kSection.match(line);
            inOrigin =
                m.hasMatch() && ((m.captured(1).compare(QLatin1String("remote"), Qt::CaseInsensitive) == 0 &&
                                  m.captured(2) == QLatin1String("origin")) ||
                                 m.captured(1).compare(QLatin1String("remote.origin"), Qt::CaseInsensitive) == 0);
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (inOrigin && equals > 0 && line.left(equals).trimmed().compare(u"url", Qt::CaseInsensitive) == 0) {
            return configValue(line.mid(equals + 1));
        }
    }
    return {};
}

/// A remote's url as a repository URI that names no credentials: user info, query and fragment are dropped,
/// and the scp-like "user@host:path" becomes "ssh://host/path". A local path names a folder of the sender's
/// machine: empty, unless absolutePaths allows its file: URI.
QString repositoryUri(const QString& remote, bool absolutePaths)
{
    static const QRegularExpression kScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    // "host:path" with no slash before the colon; one letter before it is a Windows drive.
    static const QRegularExpression kScpLike(QStringLiteral("^(?:[^@/]+@)?([^@/:]{2,}):(.+)$"));
    QUrl url;
    if (kScheme.match(remote).hasMatch()) {
        url = QUrl(remote, QUrl::StrictMode);
    } else if (const auto m = kScpLike.match(remote); m.hasMatch()) {
        url.setScheme(QStringLiteral("ssh"));
        url.setHost(m.captured(1));
        const QString path = m.captured(2);
        url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    } else if (absolutePaths && QDir::isAbsolutePath(remote)) {
        return QUrl::fromLocalFile(QDir::cleanPath(remote)).toString(QUrl::FullyEncoded);
    } else {
        return {};
    }
    if (!url.isValid()) {
        return {};
    }
    url.setUserInfo(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    if (url.isLocalFile() || url.scheme() == QLatin1String("file")) {
        return absolutePaths ? url.toString(QUrl::FullyEncoded) : QString();
    }
    return url.host().isEmpty() ? QString() : url.toString(QUrl::FullyEncoded);
}

/// A piece of a category id: letters, digits, ".", "_" and "-"; anything else (slashes, spaces, markup,
/// hidden characters) a single "-".
QString categorySlug(const QString& name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        const bool keep = c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-';
        if (keep && !(c == u'-' && out.endsWith(u'-'))) {
            out += c;
        } else if (!keep && !out.isEmpty() && !out.endsWith(u'-')) {
            out += u'-';
        }
    }
    while (out.endsWith(u'-')) {
        out.chop(1);
    }
    return out;
}

/// GitHub's primaryLocationLineHash, computed as its upload action does in spirit: a hash of the line's text
/// without white space, then ":" and which of the file's lines with that hash it is (1 for the first). Two
/// identical lines in one file stay two alerts, and a line keeps its value when code moves above it.
struct LineRef
{
    QString file;
    int line = 0;
    QString text;
};

std::vector<QString> sarifLineHashes(const std::vector<LineRef>& lines)
{
    std::vector<QString> hashes;
    hashes.reserve(lines.size());
    QHash<QString, std::set<int>> occurrences; // file + hash -> the lines that have it
    for (const auto& l : lines) {
        QString compact;
        compact.reserve(l.text.size());
        for (const QChar c : l.text) {
            if (!c.isSpace()) {
                compact += c;
            }
        }
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(compact.toUtf8(), QCryptographicHash::Sha256).left(8).toHex());
        occurrences[l.file + u'\n' + hash].insert(l.line);
        hashes.push_back(hash);
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& set = occurrences[lines[i].file + u'\n' + hashes[i]];
        const auto n = std::distance(set.begin(), set.find(lines[i].line)) + 1;
        hashes[i] += u':' + QString::number(n);
    }
    return hashes;
}

/// The description of a rule a project description produces, from the catalog's declarations.
const LocalizedText* declaredRuleText(const Catalog& catalog, const QString& id)
{
    const Declarations& d = catalog.declarations();
    if (id == d.sdkRule) {
        return &d.sdkDescription;
    }
    if (id == d.featureRule) {
        return &d.featureDescription;
    }
    if (id == d.messageTypeRule) {
        return &d.messageTypeDescription;
    }
    for (const auto& client : d.clients) {
        if (id == client.rule) {
            return &client.description;
        }
    }
    return nullptr;
}

/// Rule ids become SARIF names: dotted and dashed ids turn into one CamelCase identifier.
QString ruleName(const QString& id)
{
    QString out;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

int severity(Effect effect)
{
    return effect == Effect::Fail ? 2 : effect == Effect::Review ? 1 : 0;
}

int severity(RowStatus status)
{
    return status == RowStatus::Fail ? 2 : status == RowStatus::Review ? 1 : 0;
}

/// A finding never weighs more than its row's outcome: a blocking match in a row that only needs review
/// (or passes after suppression) is reported at the row's level. A finding on no row (the security finding,
/// presence notes) has its own effect's level.
const char* resultLevel(const Report& report, const Finding& finding)
{
    if (finding.row.isEmpty()) {
        return levelOf(finding.effect);
    }
    const auto* row = report.row(finding.row);
    const int rowSeverity = row ? severity(row->status) : 0;
    const int level = std::min(severity(finding.effect), rowSeverity);
    return level == 2 ? "error" : level == 1 ? "warning" : "note";
}

QString relativeUri(const QString& path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString rootUri(const QString& root)
{
    QString uri = QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded);
    if (!uri.endsWith(u'/')) {
        uri += u'/';
    }
    return uri;
}

class SarifBuilder
{
public:
    Q_DISABLE_COPY_MOVE(SarifBuilder)

    SarifBuilder(const Report& report, const RenderOptions& options)
        : m_report(report), m_options(options), m_lang(report.language)
    {
        m_anySuppressed = std::any_of(report.findings.begin(), report.findings.end(),
                                      [this](const Finding& f) { return listed(f) && !f.suppressedBy.isEmpty(); });
        if (!report.root.isEmpty()) {
            m_srcRoot = report.root;
            m_git = findGitCheckout(report.root);
        }
        if (m_git) {
            const QString relative = QDir(m_git->root).relativeFilePath(QFileInfo(report.root).canonicalFilePath());
            const bool atTop = relative.isEmpty() || relative == QLatin1String(".");
            if (options.sarifRepositoryRoot && !relative.startsWith(QLatin1String(".."))) {
                m_anchored = true;
                m_srcRoot = m_git->root;
                m_prefix = atTop ? QString() : relative + u'/';
            }
            m_srcRootIsRepository = m_anchored || atTop;
        }
    }

    json build()
    {
        collectRules();
        json results = this->results();
        const int resultCount = static_cast<int>(results.size());
        json driver = {{"name", s(m_report.toolName)},
                       {"version", s(m_report.toolVersion)},
                       {"language", languageTag()},
                       {"rules", m_rules}};
        if (const QString uri = informationUri(); !uri.isEmpty()) {
            driver["informationUri"] = s(uri);
        }
        if (isSemanticVersion(m_report.toolVersion)) {
            driver["semanticVersion"] = s(m_report.toolVersion);
        }
        json run = {{"tool", {{"driver", std::move(driver)}}},
                    {"language", languageTag()},
                    {"columnKind", "utf16CodeUnits"},
                    {"originalUriBaseIds", {{kSrcRoot, srcRoot()}}},
                    {"automationDetails", {{"id", s(automationId())}}},
                    {"invocations", json::array({invocation(resultCount)})},
                    {"results", std::move(results)},
                    {"properties", runProperties()}};
        if (json provenance = versionControlProvenance(); !provenance.is_null()) {
            run["versionControlProvenance"] = json::array({std::move(provenance)});
        }
        return json{{"$schema", kSchema}, {"version", "2.1.0"}, {"runs", json::array({std::move(run)})}};
    }

private:
    std::string languageTag() const { return m_lang == ReportLanguage::Chinese ? "zh-CN" : "en-US"; }

    QString informationUri() const
    {
        // The tool documents the catalog's source: the compatibility notes it implements. A catalog
        // without a safe source link leaves the property out rather than point somewhere else.
        if (m_report.catalog && isSafeLink(m_report.catalog->sourceUrl())) {
            return m_report.catalog->sourceUrl();
        }
        return {};
    }

    static bool isSemanticVersion(const QString& version)
    {
        static const QRegularExpression kSemver(QStringLiteral("^\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?$"));
        return kSemver.match(version).hasMatch();
    }

    /// SDK-presence notes (which SDK a file shows, with a version that passes or on no row) are not problems:
    /// listed only when asked for. Presence evidence that fails or needs review, a suppressed finding (its
    /// suppression is the record of a decision) and the security finding always are.
    bool listed(const Finding& f) const
    {
        return m_options.sarifPresenceNotes || !f.sdk || f.effect != Effect::Note || !f.suppressedBy.isEmpty() ||
               f.rule == hiddenCharactersRule();
    }

    bool listed(const PreviousFinding& f) const
    {
        if (m_options.sarifPresenceNotes || f.effect != Effect::Note) {
            return true;
        }
        const Rule* rule = m_report.catalog ? m_report.catalog->rule(f.rule) : nullptr;
        return !rule || !rule->sdk;
    }

    /// A finding's path as the run locates it: relative to %SRCROOT%.
    QString artifactPath(const QString& file) const { return file.isEmpty() ? file : m_prefix + file; }

    /// The absolute root stays out unless asked for: a report travels, and the sender's home folder is not
    /// the reader's business (SARIF allows a base id with a description only).
    json srcRoot() const
    {
        json location = json::object();
        if (!m_srcRoot.isEmpty() && m_options.absolutePaths) {
            location["uri"] = s(rootUri(m_srcRoot));
        }
        location["description"] = message(
            m_anchored
                ? translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "The root of the git repository that holds "
                                                                 "the scanned folder."))
                : translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "The folder the scanned paths are relative to.")));
        return location;
    }

    /// A stable category that GitHub keeps analyses apart by: the project's name, else the folder's.
    QString automationId() const
    {
        QString name = categorySlug(m_report.projectName);
        if (name.isEmpty() && !m_report.root.isEmpty()) {
            name = categorySlug(QFileInfo(QDir::cleanPath(m_report.root)).fileName());
        }
        return name.isEmpty() ? QStringLiteral("sig2rtm/") : QStringLiteral("sig2rtm/") + name + u'/';
    }

    /// The repository, commit and branch of the git work tree that holds the scanned folder; null when it is
    /// in none or the repository has no usable "origin" remote (SARIF requires its URI).
    json versionControlProvenance() const
    {
        if (!m_git) {
            return nullptr;
        }
        const QString uri = repositoryUri(originUrl(*m_git), m_options.absolutePaths);
        if (uri.isEmpty()) {
            return nullptr;
        }
        json details = {{"repositoryUri", s(uri)}};
        const GitHead head = readHead(*m_git);
        if (!head.revision.isEmpty()) {
            details["revisionId"] = s(head.revision);
        }
        if (!head.branch.isEmpty()) {
            details["branch"] = s(head.branch);
        }
        if (m_srcRootIsRepository) {
            details["mappedTo"] = {{"uriBaseId", kSrcRoot}};
        }
        return details;
    }

    void collectRules()
    {
        if (m_report.catalog) {
            for (const auto& rule : m_report.catalog->rules()) {
                addRule(rule.id);
            }
        }
        // Any scan can make it: a file name or line that hides characters.
        addRule(hiddenCharactersRule());
        for (const auto& f : m_report.findings) {
            addRule(f.rule);
        }
        if (m_report.baseline) {
            for (const auto& f : m_report.baseline->fixedFindings) {
                addRule(f.rule);
            }
        }
    }

    void addRule(const QString& id)
    {
        if (m_ruleIndex.contains(id)) {
            return;
        }
        m_ruleIndex.insert(id, static_cast<int>(m_rules.size()));
        m_rules.push_back(descriptor(id));
    }

    /// The row a rule feeds: its catalog row, the row of the findings it produced, or none.
    QString ruleRow(const QString& id, const Rule* rule) const
    {
        if (rule && !rule->row.isEmpty()) {
            return rule->row;
        }
        for (const auto& f : m_report.findings) {
            if (f.rule == id && !f.row.isEmpty()) {
                return f.row;
            }
        }
        return {};
    }

    /// The security rule of hidden characters (evaluator.h): not a catalog rule, not about the SDKs.
    json hiddenCharactersDescriptor() const
    {
        const QString id = hiddenCharactersRule();
        const QString shortText = translate(
            m_lang, QT_TRANSLATE_NOOP("sig2rtm", "A file name or source line holds hidden or control characters."));
        const QString fullText = translate(
            m_lang, QT_TRANSLATE_NOOP("sig2rtm",
                                      "A file name or source line holds bidirectional overrides, zero-width or control "
                                      "characters: the code or the name may read differently from what it does "
                                      "(Trojan Source, CVE-2021-42574). The results show each character as <U+XXXX>."));
        const QString advice = translate(
            m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Remove the characters, or make sure that each one is intended, "
                                                 "before the code is reviewed or migrated."));
        json properties = {{"category", "security"},
                           {"tags", json::array({"security"})},
                           {"row", nullptr},
                           {"precision", s(toString(Confidence::High))},
                           {"problem.severity", problemSeverity(Effect::Review)},
                           {"security-severity", kHiddenCharactersSeverity}};
        return json{{"id", s(id)},
                    {"name", s(ruleName(id))},
                    {"shortDescription", message(shortText)},
                    {"fullDescription", message(fullText)},
                    {"help",
                     {{"text", s(fullText + QStringLiteral("\n\n") + advice)},
                      {"markdown", s(escapeMarkdown(fullText) + QStringLiteral("\n\n") + escapeMarkdown(advice))}}},
                    {"helpUri", kHiddenCharactersHelpUri},
                    {"defaultConfiguration", {{"level", levelOf(Effect::Review)}}},
                    {"properties", std::move(properties)}};
    }

    json descriptor(const QString& id) const
    {
        if (id == hiddenCharactersRule()) {
            return hiddenCharactersDescriptor();
        }
        const Rule* rule = m_report.catalog ? m_report.catalog->rule(id) : nullptr;
        const bool declared = id.startsWith(QLatin1String("declared."));
        const QString rowId = ruleRow(id, rule);
        const RowDefinition* row = m_report.catalog && !rowId.isEmpty() ? m_report.catalog->row(rowId) : nullptr;
        const bool presence = rule ? rule->row.isEmpty() : rowId.isEmpty();

        QString shortText;
        if (rule && !rule->reason.isEmpty()) {
            shortText = rule->reason.get(m_lang);
        } else if (const LocalizedText* text = m_report.catalog ? declaredRuleText(*m_report.catalog, id) : nullptr;
                   declared && text) {
            shortText = text->get(m_lang);
        } else if (declared) {
            shortText = translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "A fact declared in the project description."));
        } else {
            shortText =
                translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Rule %1 (not in the built-in catalog).")).arg(id);
        }
        QString fullText = shortText;
        if (row) {
            fullText = row->title.get(m_lang) + QStringLiteral(": ") + row->explanation.get(m_lang) + u' ' + shortText;
        } else if (presence && rule && rule->sdk) {
            fullText =
                translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Evidence of the %1 SDK (%2): %3"))
                    .arg(reportLabel(*rule->sdk == SdkKind::Signaling ? ReportLabel::Signaling : ReportLabel::Rtm,
                                     m_lang),
                         platformName(rule->platform, m_lang), shortText);
        }

        // Remediation: the rule's own kind first, then the row's.
        QStringList kinds;
        if (rule && !rule->remediation.isEmpty()) {
            kinds << rule->remediation;
        }
        if (row) {
            for (const auto& kind : row->remediation) {
                if (!kinds.contains(kind)) {
                    kinds << kind;
                }
            }
        }
        QString helpUri;
        QStringList linkLines;
        QStringList linkMarkdown;
        if (const Catalog* catalog = m_report.catalog.get()) {
            // The rule's platform picks the guide; a rule of every platform links the guide of each.
            QString platform = rule ? rule->platform : QString();
            if (!rule && id == catalog->declarations().messageTypeRule &&
                !catalog->declarations().messageTypePlatforms.isEmpty()) {
                platform = catalog->declarations().messageTypePlatforms.front();
            }
            const bool knownPlatform = !platform.isEmpty() && platform != Remediation::kAnyPlatform;
            for (const auto& kind : kinds) {
                const auto it = catalog->remediations().constFind(kind);
                if (it == catalog->remediations().cend()) {
                    continue;
                }
                const QStringList platforms =
                    it->perPlatform() && !knownPlatform ? catalog->guidePlatforms() : QStringList{platform};
                for (const auto& p : platforms) {
                    const QString url = catalog->remediationUrl(kind, p, m_lang);
                    if (!isSafeLink(url)) {
                        continue;
                    }
                    if (helpUri.isEmpty()) {
                        helpUri = url;
                    }
                    const QString label = platforms.size() > 1 ? it->label.get(m_lang) + QStringLiteral(" (") +
                                                                     platformName(p, m_lang, catalog) + u')'
                                                               : it->label.get(m_lang);
                    linkLines << QStringLiteral("- %1: %2").arg(label, url);
                    linkMarkdown << QStringLiteral("- [%1](%2)").arg(escapeMarkdown(label), url);
                }
            }
        }
        if (helpUri.isEmpty()) {
            helpUri = informationUri();
        }
        QString helpText = fullText;
        QString helpMarkdown = escapeMarkdown(fullText);
        if (row) {
            const QString label = reportLabel(ReportLabel::RecommendedChange, m_lang);
            helpText += QStringLiteral("\n\n") + label + QStringLiteral(": ") + row->recommendation.get(m_lang);
            helpMarkdown += QStringLiteral("\n\n**") + escapeMarkdown(label) + QStringLiteral(":** ") +
                            escapeMarkdown(row->recommendation.get(m_lang));
            if (row->needsSupport) {
                const QString support = translate(
                    m_lang,
                    QT_TRANSLATE_NOOP(
                        "sig2rtm",
                        "This case also needs Agora to enable Signaling/RTM interoperability on the back end."));
                helpText += u' ' + support;
                helpMarkdown += u' ' + escapeMarkdown(support);
            }
        }
        if (!linkLines.isEmpty()) {
            helpText += QStringLiteral("\n\n") + linkLines.join(u'\n');
            helpMarkdown += QStringLiteral("\n\n") + linkMarkdown.join(u'\n');
        }

        Effect effect = rule ? rule->effect : Effect::Note;
        if (presence) {
            effect = Effect::Note;
        } else if (!rule) {
            // Declared or external rules: the strongest effect among their findings.
            effect = Effect::Note;
            for (const auto& f : m_report.findings) {
                if (f.rule == id && severity(f.effect) > severity(effect)) {
                    effect = f.effect;
                }
            }
        }

        // SARIF tags are a set: a row id and a platform can share a name ("mini-program").
        QStringList tagList = {QStringLiteral("signaling"), QStringLiteral("rtm-migration")};
        if (!rowId.isEmpty()) {
            tagList << rowId;
        }
        if (rule && !rule->platform.isEmpty() && rule->platform != QLatin1String("*")) {
            tagList << rule->platform;
        }
        if (declared) {
            tagList << QStringLiteral("declared");
        }
        tagList.removeDuplicates();
        json tags = json::array();
        for (const auto& tag : std::as_const(tagList)) {
            tags.push_back(s(tag));
        }
        json properties = {{"category", presence ? "sdk-evidence" : "compatibility"}, {"tags", std::move(tags)}};
        properties["row"] = rowId.isEmpty() ? json(nullptr) : json(s(rowId));
        if (row) {
            properties["rowTitle"] = s(row->title.get(m_lang));
        }
        if (rule) {
            properties["precision"] = s(toString(rule->confidence));
        }
        properties["problem.severity"] = problemSeverity(effect);

        json descriptor = {{"id", s(id)},
                           {"name", s(ruleName(id))},
                           {"shortDescription", message(shortText)},
                           {"fullDescription", message(fullText)},
                           {"help", {{"text", s(helpText)}, {"markdown", s(helpMarkdown)}}},
                           {"defaultConfiguration", {{"level", levelOf(effect)}}},
                           {"properties", std::move(properties)}};
        if (!helpUri.isEmpty()) {
            descriptor["helpUri"] = s(helpUri);
        }
        return descriptor;
    }

    /// path: relative to the scan root; the URI is relative to %SRCROOT%, percent-encoded, the real name.
    json artifactLocation(const QString& path) const
    {
        return json{{"uri", s(relativeUri(artifactPath(path)))}, {"uriBaseId", kSrcRoot}};
    }

    /// Every result has a region (GitHub needs one): evidence about a whole file (a library, a framework, a
    /// file name) is on line 1. Columns count UTF-16 code units (the run's columnKind), 1-based; the end
    /// column is the one after the match.
    json location(const Finding& f) const
    {
        json physical = {{"artifactLocation", artifactLocation(f.file)}};
        if (f.line > 0) {
            json region = {{"startLine", f.line}};
            if (f.column > 0) {
                region["startColumn"] = f.column;
                if (f.length > 0) {
                    region["endLine"] = f.line;
                    region["endColumn"] = f.column + f.length;
                }
            }
            // region.snippet is the region's own text: the match when it can be found in the trimmed
            // line, the line otherwise; the whole line also goes into contextRegion. Hidden characters show
            // as escapes, as in every other report.
            const MatchSpan span = locateMatch(m_report, f);
            if (span.isValid()) {
                region["snippet"] = message(visibleText(f.snippet.mid(span.start, span.length), VisibleMode::Code));
                physical["contextRegion"] = {{"startLine", f.line},
                                             {"snippet", message(visibleText(f.snippet, VisibleMode::Code))}};
            } else if (!f.snippet.isEmpty()) {
                region["snippet"] = message(visibleText(f.snippet, VisibleMode::Code));
            }
            physical["region"] = std::move(region);
        } else {
            // A text region and a binary one in one object must cover the same bytes: the offset of a version
            // read from a binary's strings goes into the result's properties instead.
            physical["region"] = {{"startLine", 1}};
        }
        return json{{"physicalLocation", std::move(physical)}};
    }

    std::vector<QString> findingLineHashes() const
    {
        std::vector<LineRef> lines;
        lines.reserve(m_report.findings.size());
        for (const auto& f : m_report.findings) {
            lines.push_back({artifactPath(f.file), f.line, f.snippet});
        }
        return sarifLineHashes(lines);
    }

    json results() const
    {
        json out = json::array();
        // Over every finding, listed or not: a line's occurrence index does not change with --sarif-notes.
        const std::vector<QString> lineHashes = findingLineHashes();
        for (std::size_t i = 0; i < m_report.findings.size(); ++i) {
            const Finding& f = m_report.findings[i];
            if (!listed(f)) {
                continue;
            }
            json properties = {{"findingId", s(f.id)},
                               {"effect", s(toString(f.effect))},
                               {"confidence", s(toString(f.confidence))},
                               {"context", s(toString(f.context))}};
            if (const auto* row = m_report.row(f.row)) {
                properties["row"] = s(row->id);
                properties["rowStatus"] = s(toString(row->status));
            }
            if (!f.platform.isEmpty()) {
                properties["platform"] = s(f.platform);
            }
            if (f.sdk) {
                properties["sdk"] = s(toString(*f.sdk));
            }
            if (!f.version.isEmpty()) {
                properties["sdkVersion"] = s(f.version);
            }
            if (!f.client.isEmpty()) {
                properties["client"] = s(f.client);
            }
            if (f.line <= 0 && f.offset >= 0) {
                properties["byteOffset"] = f.offset;
            }
            json result = {{"ruleId", s(f.rule)},
                           {"ruleIndex", m_ruleIndex.value(f.rule)},
                           {"level", resultLevel(m_report, f)},
                           {"message", message(visibleMessage(m_report.render(f.reason)))},
                           {"locations", json::array({location(f)})},
                           {"partialFingerprints", partialFingerprints(f.rule, f.file, f.snippet, lineHashes[i])},
                           {"properties", std::move(properties)}};
            // Accepted in the project description: kept, with the team's reason (SARIF 2.1.0 §3.35). Once one
            // result of a run has suppressions, every result has them (§3.27.23): an empty array says "looked
            // for, none".
            if (!f.suppressedBy.isEmpty()) {
                result["suppressions"] = json::array({{{"kind", "external"},
                                                       {"status", "accepted"},
                                                       {"justification", s(visibleMessage(f.suppressedBy))}}});
            } else if (m_anySuppressed) {
                result["suppressions"] = json::array();
            }
            // SARIF: once one result of a run has a baselineState, every result has one.
            if (m_report.baseline) {
                result["baselineState"] = s(toString(m_report.baseline->findingState(i)));
            }
            out.push_back(std::move(result));
        }
        if (m_report.baseline) {
            // Lines of the previous version of the files: their occurrence indexes count among themselves.
            const auto& fixed = m_report.baseline->fixedFindings;
            std::vector<LineRef> lines;
            lines.reserve(fixed.size());
            for (const auto& f : fixed) {
                lines.push_back({artifactPath(f.file), f.line, f.snippet});
            }
            const std::vector<QString> fixedHashes = sarifLineHashes(lines);
            for (std::size_t i = 0; i < fixed.size(); ++i) {
                if (listed(fixed[i])) {
                    out.push_back(absentResult(fixed[i], fixedHashes[i]));
                }
            }
        }
        return out;
    }

    /// GitHub's primaryLocationLineHash, and the tool's own key: rule, file (as the run locates it) and the
    /// snippet with white space collapsed.
    json partialFingerprints(const QString& rule, const QString& file, const QString& snippet,
                             const QString& lineHash) const
    {
        return json{{"primaryLocationLineHash", s(lineHash)},
                    {kFingerprintKey, s(fingerprint(rule, artifactPath(file) + u'\n' + snippet.simplified()))}};
    }

    /// A finding of the previous report that is gone. kind "pass" with level "none": a viewer that ignores
    /// baselineState shows it as resolved, not as a problem.
    json absentResult(const PreviousFinding& f, const QString& lineHash) const
    {
        json physical = {{"artifactLocation", artifactLocation(f.file)}};
        json region = {{"startLine", std::max(f.line, 1)}};
        if (f.line > 0 && !f.snippet.isEmpty()) {
            region["snippet"] = message(visibleText(f.snippet, VisibleMode::Code));
        }
        physical["region"] = std::move(region);
        json properties = {{"effect", s(toString(f.effect))}, {"context", s(toString(f.context))}};
        if (!f.id.isEmpty()) {
            properties["previousFindingId"] = s(f.id);
        }
        if (!f.row.isEmpty()) {
            properties["row"] = s(f.row);
        }
        const QString text = translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Gone since the previous report: %1"))
                                 .arg(visibleMessage(f.reason.isEmpty() ? f.rule : f.reason));
        json absent = {{"ruleId", s(f.rule)},
                       {"ruleIndex", m_ruleIndex.value(f.rule)},
                       {"kind", "pass"},
                       {"level", "none"},
                       {"message", message(text)},
                       {"locations", json::array({json{{"physicalLocation", std::move(physical)}}})},
                       // The same keys as the run's other results.
                       {"partialFingerprints", partialFingerprints(f.rule, f.file, f.snippet, lineHash)},
                       {"baselineState", s(toString(BaselineState::Absent))},
                       {"properties", std::move(properties)}};
        if (m_anySuppressed) {
            absent["suppressions"] = json::array();
        }
        return absent;
    }

    json invocation(int resultCount) const
    {
        json notifications = json::array();
        if (resultCount > kSarifResultLimit) {
            const QLocale english(QLocale::English);
            json notification = json::object();
            notification["level"] = "warning";
            notification["message"] = message(
                translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "This log has %1 results; GitHub code scanning shows at "
                                                               "most %2 of a run (the most severe first), so some "
                                                               "will not appear there. The HTML and JSON reports list "
                                                               "every finding."))
                    .arg(english.toString(resultCount), english.toString(kSarifResultLimit)));
            notification["properties"] = {{"resultCount", resultCount}, {"resultLimit", kSarifResultLimit}};
            notifications.push_back(std::move(notification));
        }
        if (m_options.sarifRepositoryRoot && !m_anchored && !m_report.root.isEmpty()) {
            json notification = json::object();
            notification["level"] = "note";
            notification["message"] =
                message(translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "The scanned folder is in no git repository: "
                                                                       "paths are relative to the scanned folder.")));
            notifications.push_back(std::move(notification));
        }
        for (const auto& entry : m_report.skipped) {
            json where = json::object();
            where["physicalLocation"] = json{{"artifactLocation", artifactLocation(entry.path)}};
            json notification = json::object();
            notification["level"] = "note";
            notification["message"] = message(translate(m_lang, QT_TRANSLATE_NOOP("sig2rtm", "Skipped: %1"))
                                                  .arg(visibleMessage(m_report.render(entry.reason))));
            notification["locations"] = json::array({std::move(where)});
            notifications.push_back(std::move(notification));
        }
        json out = {{"executionSuccessful", !m_report.partial},
                    {"toolExecutionNotifications", std::move(notifications)}};
        if (m_report.generatedAt.isValid()) {
            out["endTimeUtc"] = s(m_report.generatedAt.toUTC().toString(Qt::ISODateWithMs));
        }
        return out;
    }

    json runProperties() const
    {
        json rows = json::array();
        for (const auto& row : m_report.rows) {
            rows.push_back({{"id", s(row.id)},
                            {"status", s(toString(row.status))},
                            {"title", s(rowTitle(m_report, row))},
                            {"summary", s(visibleMessage(m_report.render(row.summary)))}});
        }
        json migration = {{"required", false}};
        if (const auto m = m_report.migration()) {
            migration = {{"required", true},
                         {"interopBlockers", m->blockers},
                         {"interopReview", m->review},
                         {"headline", s(m_report.render(m->headline))},
                         {"interop", s(m_report.render(m->interop))}};
        }
        json properties = {{"reportFormat", Report::kFormat},
                           {"migration", std::move(migration)},
                           {"verdict", s(toString(m_report.verdict))},
                           {"signalingDetected", m_report.signalingDetected},
                           {"partial", m_report.partial},
                           {"rows", std::move(rows)}};
        if (!m_report.projectName.isEmpty()) {
            properties["project"] = s(visibleText(m_report.projectName));
        }
        if (const auto& b = m_report.baseline) {
            const auto counts = [](const BaselineCounts& c) {
                return json{{"new", c.added}, {"fixed", c.fixed}, {"unchanged", c.unchanged}};
            };
            // The file as the user named it; an absolute path only when absolute paths are asked for.
            const QString file =
                m_options.absolutePaths || !QDir::isAbsolutePath(b->file) ? b->file : QFileInfo(b->file).fileName();
            properties["baseline"] = {{"file", s(visibleText(file))},
                                      {"generatedAt", s(b->previousGeneratedAt.toUTC().toString(Qt::ISODate))},
                                      {"findings", counts(b->findings)},
                                      {"notes", counts(b->notes)},
                                      {"uses", counts(b->uses)}};
        }
        return properties;
    }

    const Report& m_report;
    const RenderOptions m_options;
    const ReportLanguage m_lang;
    bool m_anySuppressed = false;     ///< every result then has "suppressions" (§3.27.23)
    std::optional<GitCheckout> m_git; ///< the git work tree that holds Report::root
    QString m_srcRoot;                ///< what %SRCROOT% stands for: Report::root, or the work tree's root
    QString m_prefix;                 ///< the scan root relative to %SRCROOT%, with a final "/", or empty
    bool m_anchored = false;          ///< %SRCROOT% is the work tree's root (RenderOptions::sarifRepositoryRoot)
    bool m_srcRootIsRepository = false;
    json m_rules = json::array();
    QHash<QString, int> m_ruleIndex;
};

} // namespace

nlohmann::json toSarif(const Report& report, const RenderOptions& options)
{
    return SarifBuilder(report, options).build();
}

QByteArray renderSarif(const Report& report, const RenderOptions& options)
{
    const std::string text = toSarif(report, options).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
    return QByteArray::fromStdString(text) + '\n';
}

int sarifResultCount(const nlohmann::json& sarif)
{
    std::size_t count = 0;
    if (const auto runs = sarif.find("runs"); runs != sarif.end() && runs->is_array()) {
        for (const auto& run : *runs) {
            if (const auto results = run.find("results"); results != run.end() && results->is_array()) {
                count += results->size();
            }
        }
    }
    return static_cast<int>(count);
}

} // namespace sig2rtm
