// SPDX-License-Identifier: MIT
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <vector>

namespace sig2rtm {

/// A set of path globs as users write them in .gitignore-like lists:
/// "*" matches within one path segment, "**" across segments, "?" one character.
/// A glob without "/" matches a path's last segment ("*.min.js", "generated"); a glob with "/"
/// matches the whole relative path ("src/**/gen/*.js"). Paths use forward slashes.
class GlobSet
{
public:
    GlobSet() = default;
    explicit GlobSet(const QStringList& globs);

    bool isEmpty() const { return m_patterns.empty(); }
    /// The first glob that matches relativePath, or an empty string.
    QString match(const QString& relativePath) const;

    static QRegularExpression toRegex(const QString& glob);

private:
    struct Pattern
    {
        QString glob;
        QRegularExpression regex;
        bool wholePath = false;
    };
    std::vector<Pattern> m_patterns;
};

} // namespace sig2rtm
