// SPDX-License-Identifier: MIT
#include "ruleindex.h"

#include "glob.h"

#include <algorithm>

namespace sig2rtm {

namespace {

bool hasWildcard(QStringView text)
{
    return text.contains(u'*') || text.contains(u'?');
}

QStringView fileNameOf(QStringView path)
{
    const auto slash = path.lastIndexOf(u'/');
    return slash >= 0 ? path.sliced(slash + 1) : path;
}

} // namespace

RuleIndex::NameGlob::NameGlob(const QString& glob, Qt::CaseSensitivity sensitivity)
    : m_glob(glob), m_path(glob.contains(u'/')), m_sensitivity(sensitivity)
{
    if (!glob.isEmpty() && !hasWildcard(QStringView(glob).last(1)) && glob.back().unicode() < 0x80) {
        m_last = glob.back().unicode();
        if (sensitivity == Qt::CaseInsensitive) {
            m_last = foldAscii(m_last);
        }
    }
    if (m_path || !hasWildcard(glob)) {
        m_shape = Shape::Exact;
        m_text = glob;
    } else if (glob.startsWith(u'*') && !hasWildcard(QStringView(glob).sliced(1))) {
        m_shape = Shape::Suffix;
        m_text = glob.sliced(1);
    } else {
        m_shape = Shape::Pattern;
        const auto wildcard = std::min(glob.indexOf(u'*') < 0 ? glob.size() : glob.indexOf(u'*'),
                                       glob.indexOf(u'?') < 0 ? glob.size() : glob.indexOf(u'?'));
        m_text = glob.first(wildcard);
        m_regex = GlobSet::toRegex(glob);
        if (sensitivity == Qt::CaseInsensitive) {
            m_regex.setPatternOptions(m_regex.patternOptions() | QRegularExpression::CaseInsensitiveOption);
            m_regex.optimize();
        }
    }
}

bool RuleIndex::NameGlob::matches(QStringView name) const
{
    if (lastCharRejects(name)) {
        return false;
    }
    switch (m_shape) {
    case Shape::Exact:
        return name.compare(m_text, m_sensitivity) == 0;
    case Shape::Suffix:
        return name.endsWith(m_text, m_sensitivity);
    case Shape::Pattern:
        // Checking the literal part first keeps the regular expression off almost every name.
        return name.startsWith(m_text, m_sensitivity) && m_regex.match(name).hasMatch();
    }
    return false;
}

bool RuleIndex::NameGlob::matchesPath(QStringView relativePath) const
{
    if (!m_path) {
        return matches(fileNameOf(relativePath));
    }
    if (lastCharRejects(relativePath)) {
        return false;
    }
    return relativePath.compare(m_glob, m_sensitivity) == 0 ||
           (relativePath.endsWith(m_glob, m_sensitivity) && relativePath.size() > m_glob.size() &&
            relativePath[relativePath.size() - m_glob.size() - 1] == u'/');
}

RuleIndex::RuleIndex(std::shared_ptr<const Catalog> catalog)
    : m_catalog(std::move(catalog)), m_prefilter(m_catalog->prefilterLiterals())
{
    m_rulesByLiteral.resize(static_cast<std::size_t>(m_prefilter.literalCount()));
    QHash<QByteArray, int> literalIndex;
    for (int i = 0; i < m_prefilter.literalCount(); ++i) {
        literalIndex.insert(m_prefilter.literal(i), i);
    }
    const auto& all = rules();
    for (int r = 0; r < static_cast<int>(all.size()); ++r) {
        const Rule& rule = all[static_cast<std::size_t>(r)];
        QStringList triggers = rule.literals;
        triggers << rule.names;
        for (auto it = rule.calls.cbegin(); it != rule.calls.cend(); ++it) {
            triggers << it.key();
        }
        for (const auto& t : triggers) {
            const auto it = literalIndex.constFind(t.toUtf8());
            if (it != literalIndex.cend()) {
                auto& list = m_rulesByLiteral[static_cast<std::size_t>(*it)];
                if (std::find(list.begin(), list.end(), r) == list.end()) {
                    list.push_back(r);
                }
            }
        }
        for (const auto& name : rule.names) {
            m_identifierRules[QStringView(name)].push_back(r);
            m_minNameLength = std::min(m_minNameLength, name.size());
            m_maxNameLength = std::max(m_maxNameLength, name.size());
            if (rule.factory) {
                m_factories.insert(QStringView(name));
            }
        }
        for (const auto& type : rule.objectTypes) {
            m_objectTypes.insert(QStringView(type));
        }
        for (const auto& factory : rule.staticFactories) {
            m_staticFactories.insert(QStringView(factory));
        }
        if (rule.kind != MatchKind::Path && rule.kind != MatchKind::Project) {
            for (const Language language : kAllLanguages) {
                if (rule.appliesTo(language)) {
                    m_contentLanguages.set(static_cast<std::size_t>(language));
                }
            }
        }
        if (rule.kind == MatchKind::Path) {
            m_pathRules.push_back(r);
            std::vector<NameGlob> globs;
            for (const auto& glob : rule.globs) {
                globs.emplace_back(glob, Qt::CaseSensitive);
                if (rule.sdk && !globs.back().isPath()) {
                    m_sdkFolderGlobs.push_back(globs.back());
                    m_sdkFolderRules.push_back(r);
                }
            }
            m_pathGlobs.push_back(std::move(globs));
        } else if (rule.kind == MatchKind::Project) {
            m_projectRules.push_back(r);
            ProjectRule project;
            project.rule = r;
            for (const auto& m : rule.markers) {
                project.markers.emplace_back(m, Qt::CaseSensitive);
            }
            for (const auto& m : rule.ambiguousMarkers) {
                project.ambiguousMarkers.emplace_back(m, Qt::CaseSensitive);
            }
            for (const auto& p : rule.pages) {
                project.pages.emplace_back(p, Qt::CaseInsensitive);
            }
            m_projectGlobs.push_back(std::move(project));
        }
    }
    for (QStringView name : std::as_const(m_objectTypes)) {
        m_objectNames << name.toString();
    }
    for (QStringView name : std::as_const(m_factories)) {
        if (!m_objectNames.contains(name)) {
            m_objectNames << name.toString();
        }
    }
    m_objectNames.sort();
}

const std::vector<int>* RuleIndex::identifierRules(QStringView name) const
{
    if (name.size() < m_minNameLength || name.size() > m_maxNameLength) {
        return nullptr;
    }
    const auto it = m_identifierRules.constFind(name);
    return it == m_identifierRules.cend() ? nullptr : &*it;
}

int RuleIndex::sdkFolderRule(QStringView relativePath) const
{
    if (m_sdkFolderGlobs.empty()) {
        return -1;
    }
    qsizetype start = 0;
    for (qsizetype slash = relativePath.indexOf(u'/'); slash >= 0;
         start = slash + 1, slash = relativePath.indexOf(u'/', start)) {
        const QStringView folder = relativePath.sliced(start, slash - start);
        for (std::size_t i = 0; i < m_sdkFolderGlobs.size(); ++i) {
            if (m_sdkFolderGlobs[i].matches(folder)) {
                return m_sdkFolderRules[i];
            }
        }
    }
    return -1;
}

void RuleIndex::projectMarkers(QStringView fileName, std::vector<ProjectMarker>& out) const
{
    const auto any = [fileName](const std::vector<NameGlob>& globs) {
        return std::any_of(globs.begin(), globs.end(), [fileName](const NameGlob& g) { return g.matches(fileName); });
    };
    for (const auto& project : m_projectGlobs) {
        if (any(project.markers)) {
            out.push_back({project.rule, ProjectMarker::Role::Root});
        } else if (any(project.ambiguousMarkers)) {
            out.push_back({project.rule, ProjectMarker::Role::AmbiguousRoot});
        } else if (any(project.pages)) {
            out.push_back({project.rule, ProjectMarker::Role::Page});
        }
    }
}

std::vector<Candidate> RuleIndex::matchPathRules(const QString& relativePath, bool binaryOrDirectory) const
{
    std::vector<Candidate> out;
    const QStringView name = fileNameOf(relativePath);
    for (std::size_t i = 0; i < m_pathRules.size(); ++i) {
        const Rule& rule = this->rule(m_pathRules[i]);
        for (const auto& glob : m_pathGlobs[i]) {
            if (!(glob.isPath() ? glob.matchesPath(relativePath) : glob.matches(name))) {
                continue;
            }
            out.push_back({pathFinding(m_pathRules[i], relativePath, binaryOrDirectory), rule.requirement, {}});
            break;
        }
    }
    return out;
}

Finding RuleIndex::pathFinding(int ruleIndex, const QString& relativePath, bool binaryOrDirectory) const
{
    const Rule& rule = this->rule(ruleIndex);
    const QStringView name = fileNameOf(relativePath);
    Finding f;
    f.rule = rule.id;
    f.row = rule.row;
    f.file = relativePath;
    f.snippet = name.toString();
    f.length = static_cast<int>(name.size());
    f.context = binaryOrDirectory ? Context::Binary : Context::Code;
    f.confidence = rule.confidence;
    f.effect = rule.row.isEmpty() ? Effect::Note : rule.effect;
    f.reason = rule.reasonMessage();
    f.platform = platformOf(rule, languageForFileName(relativePath));
    f.sdk = rule.sdk;
    applyRuleVersion(rule, f, f.snippet);
    return f;
}

void applyRuleVersion(const Rule& rule, Finding& f, QStringView subject)
{
    if (rule.version.regex.isValid() && !rule.version.regex.pattern().isEmpty()) {
        const auto m = rule.version.regex.match(subject);
        if (m.hasMatch()) {
            f.version = m.captured(1);
        }
    }
    if (f.version.isEmpty() && !rule.version.defaultVersion.isEmpty()) {
        f.version = rule.version.defaultVersion;
    }
    if (f.version.isEmpty()) {
        f.versionMissing = rule.missingVersionMessage();
    }
}

QString platformOf(const Rule& rule, Language language)
{
    if (rule.platform != QLatin1String("*")) {
        return rule.platform;
    }
    switch (language) {
    case Language::JavaScript:
    case Language::TypeScript:
    case Language::Html:
        return QStringLiteral("web");
    case Language::Java:
    case Language::Kotlin:
        return QStringLiteral("android");
    case Language::ObjC:
    case Language::Swift:
        return QStringLiteral("apple");
    case Language::Cpp:
        return QStringLiteral("native");
    case Language::Python:
        return QStringLiteral("python");
    default:
        return {};
    }
}

} // namespace sig2rtm
