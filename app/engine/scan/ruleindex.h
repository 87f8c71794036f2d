// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "filescan.h"
#include "language.h"
#include "prefilter.h"

#include <bitset>
#include <memory>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// The catalog compiled for fast matching: literal prefilter, per-kind rule lists, compiled file-name
/// globs, and what the rules say about SDK objects (their types and the calls that create them).
class RuleIndex
{
public:
    explicit RuleIndex(std::shared_ptr<const Catalog> catalog);

    const Catalog& catalog() const { return *m_catalog; }
    const std::vector<Rule>& rules() const { return m_catalog->rules(); }
    const Rule& rule(int index) const { return rules()[static_cast<std::size_t>(index)]; }
    const Prefilter& prefilter() const { return m_prefilter; }

    /// Rules (indices into rules()) that one prefilter literal can trigger.
    const std::vector<int>& rulesForLiteral(int literal) const
    {
        return m_rulesByLiteral[static_cast<std::size_t>(literal)];
    }
    const std::vector<int>& pathRules() const { return m_pathRules; }
    const std::vector<int>& projectRules() const { return m_projectRules; }

    /// Rules whose identifier names include name.
    const std::vector<int>* identifierRules(QStringView name) const;

    /// A class name of SDK objects (the object types of the rules, in any language).
    bool isObjectType(QStringView name) const { return m_objectTypes.contains(name); }
    /// A call that creates an SDK object (a name of a factory rule).
    bool isFactory(QStringView name) const { return m_factories.contains(name); }
    /// A method that creates an SDK object when called on an object type ("Type.method(...)").
    bool isStaticFactory(QStringView name) const { return m_staticFactories.contains(name); }
    /// Names that stand for an SDK object wherever they are a receiver: the object types and the factories.
    const QStringList& objectNames() const { return m_objectNames; }

    /// The presence path rule (an index into rules()) that names a folder on relativePath, or -1: the
    /// files below such a folder are the SDK's own.
    int sdkFolderRule(QStringView relativePath) const;
    bool inSdkFolder(QStringView relativePath) const { return sdkFolderRule(relativePath) >= 0; }

    /// True when a rule that reads file contents applies to files of the language.
    bool hasContentRules(Language language) const
    {
        return m_contentLanguages.test(static_cast<std::size_t>(language));
    }

    /// Appends the project markers that a file name shows (the markers and pages of the Project rules).
    void projectMarkers(QStringView fileName, std::vector<ProjectMarker>& out) const;

    /// Matches path rules against a file or folder. Returns the candidates (line 0).
    std::vector<Candidate> matchPathRules(const QString& relativePath, bool binaryOrDirectory) const;
    /// The finding of a path rule (an index into rules()) for a file or folder, its version read from the name.
    Finding pathFinding(int rule, const QString& relativePath, bool binaryOrDirectory) const;

private:
    /// A glob over file names, checked without allocating in the common cases (a literal name, "*suffix")
    /// and after a literal-prefix test otherwise.
    class NameGlob
    {
    public:
        NameGlob(const QString& glob, Qt::CaseSensitivity sensitivity);
        /// The glob holds "/": it names a path (tested with matchesPath), not a file name.
        bool isPath() const { return m_path; }
        bool matches(QStringView name) const;
        bool matchesPath(QStringView relativePath) const;

    private:
        enum class Shape { Exact, Suffix, Pattern };
        /// Every name a glob matches ends in the same character: one comparison turns away almost every
        /// other name before a string comparison runs (a scan asks each file name of the tree).
        static char16_t foldAscii(char16_t c)
        {
            return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
        }
        bool lastCharRejects(QStringView name) const
        {
            if (m_last == 0) {
                return false;
            }
            if (name.isEmpty()) {
                return true;
            }
            const char16_t last = name.back().unicode();
            if (m_sensitivity == Qt::CaseInsensitive) {
                // A non-ASCII character may fold to an ASCII one (U+212A KELVIN SIGN to "k"): compare() decides.
                return last < 0x80 && foldAscii(last) != m_last;
            }
            return last != m_last;
        }

        QString m_glob;
        QString m_text; ///< Exact: the name; Suffix: the suffix; Pattern: the literal prefix
        Shape m_shape = Shape::Exact;
        bool m_path = false;
        Qt::CaseSensitivity m_sensitivity = Qt::CaseSensitive;
        char16_t m_last = 0; ///< the (ASCII-folded) last character of every match, or 0 when it varies
        QRegularExpression m_regex;
    };

    struct ProjectRule
    {
        int rule = -1;
        std::vector<NameGlob> markers;
        std::vector<NameGlob> ambiguousMarkers;
        std::vector<NameGlob> pages;
    };

    std::shared_ptr<const Catalog> m_catalog;
    Prefilter m_prefilter;
    std::vector<std::vector<int>> m_rulesByLiteral;
    std::vector<int> m_pathRules;
    std::vector<std::vector<NameGlob>> m_pathGlobs; ///< parallel to m_pathRules
    std::vector<NameGlob> m_sdkFolderGlobs;         ///< the name globs of presence path rules
    std::vector<int> m_sdkFolderRules;              ///< parallel to m_sdkFolderGlobs: their rules
    std::vector<int> m_projectRules;
    std::vector<ProjectRule> m_projectGlobs;
    std::bitset<32> m_contentLanguages;
    QHash<QStringView, std::vector<int>> m_identifierRules;
    qsizetype m_minNameLength = 1 << 20;
    qsizetype m_maxNameLength = 0;
    // Views into the catalog, which the index keeps alive.
    QSet<QStringView> m_objectTypes;
    QSet<QStringView> m_factories;
    QSet<QStringView> m_staticFactories;
    QStringList m_objectNames;
};

/// The platform of a rule's findings in a file of the given language: the rule's own, or a guess from
/// the language when the rule applies to every platform ("*").
QString platformOf(const Rule& rule, Language language);

/// Sets the SDK version a presence finding shows: the rule's version pattern over subject (the match, or
/// the whole file for "fromContent" rules), else the rule's default, else what would have told it.
void applyRuleVersion(const Rule& rule, Finding& f, QStringView subject);

} // namespace sig2rtm
