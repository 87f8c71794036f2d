// SPDX-License-Identifier: MIT
#include "glob.h"

namespace sig2rtm {

QRegularExpression GlobSet::toRegex(const QString& glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                // "**/" also matches no folder at all
                if (i + 2 < glob.size() && glob.at(i + 2) == u'/') {
                    pattern += QStringLiteral("(?:.*/)?");
                    i += 2;
                } else {
                    pattern += QStringLiteral(".*");
                    ++i;
                }
            } else {
                pattern += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    re.optimize();
    return re;
}

GlobSet::GlobSet(const QStringList& globs)
{
    for (const auto& glob : globs) {
        QString g = glob.trimmed();
        while (g.endsWith(u'/')) {
            g.chop(1);
        }
        if (g.startsWith(QLatin1String("./"))) {
            g.remove(0, 2);
        }
        if (g.isEmpty()) {
            continue;
        }
        m_patterns.push_back({glob, toRegex(g), g.contains(u'/')});
    }
}

QString GlobSet::match(const QString& relativePath) const
{
    if (m_patterns.empty()) {
        return {};
    }
    const auto slash = relativePath.lastIndexOf(u'/');
    const QString name = slash >= 0 ? relativePath.mid(slash + 1) : relativePath;
    for (const auto& p : m_patterns) {
        if (p.regex.match(p.wholePath ? relativePath : name).hasMatch()) {
            return p.glob;
        }
    }
    return {};
}

} // namespace sig2rtm
