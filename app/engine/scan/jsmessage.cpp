// SPDX-License-Identifier: MIT
#include "jsmessage.h"

#include <algorithm>
#include <array>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sig2rtm {

namespace {

struct ArgVerdict
{
    MessageArgumentKind kind = MessageArgumentKind::Unknown;
    Message what; // description of the value, to be put in a sentence
    Confidence confidence = Confidence::High;
};

const QSet<QString>& stringMethods()
{
    static const QSet<QString> names = {
        QStringLiteral("toString"),    QStringLiteral("join"),        QStringLiteral("toFixed"),
        QStringLiteral("toUpperCase"), QStringLiteral("toLowerCase"), QStringLiteral("trim"),
        QStringLiteral("substring"),   QStringLiteral("padStart"),    QStringLiteral("padEnd"),
        QStringLiteral("toISOString"), QStringLiteral("replace"),     QStringLiteral("toPrecision")};
    return names;
}

const QSet<QString>& stringFunctions()
{
    static const QSet<QString> names = {QStringLiteral("String"), QStringLiteral("encodeURIComponent"),
                                        QStringLiteral("encodeURI"), QStringLiteral("btoa"), QStringLiteral("escape")};
    return names;
}

const QSet<QString>& nonStringFunctions()
{
    static const QSet<QString> names = {QStringLiteral("Number"), QStringLiteral("parseInt"),
                                        QStringLiteral("parseFloat"), QStringLiteral("Boolean"),
                                        QStringLiteral("Object")};
    return names;
}

// A file is untrusted input: brackets, separators and the earlier uses of each identifier are indexed in one pass,
// each use is examined once, and classify() nests at most this deep, so that a minified or hostile file costs
// linear time and bounded stack.
constexpr int kMaxNesting = 64;
constexpr int kNotExamined = -2;

// 0, 1, 2 for ( ) [ ] { }; -1 for any other character.
int bracketKind(QChar c)
{
    return c == u'(' || c == u')' ? 0 : c == u'[' || c == u']' ? 1 : c == u'{' || c == u'}' ? 2 : -1;
}

class Classifier
{
public:
    explicit Classifier(const JsTokens& t) : m_t(t)
    {
        const int n = count();
        m_match.assign(static_cast<std::size_t>(n), -1);
        m_depth.assign(static_cast<std::size_t>(n), 0);
        m_previous.assign(static_cast<std::size_t>(n), -1);
        m_decider.assign(static_cast<std::size_t>(n), kNotExamined);
        std::array<std::vector<int>, 3> open; // unclosed ( [ { by kind
        QHash<QStringView, int> last;
        int depth = 0;
        for (int k = 0; k < n; ++k) {
            m_depth[static_cast<std::size_t>(k)] = depth;
            const QStringView w = text(k);
            if (const auto it = last.constFind(w); it != last.cend()) {
                m_previous[static_cast<std::size_t>(k)] = *it;
            }
            if (tok(k).kind == TokenKind::Identifier) {
                last.insert(w, k);
            } else if (tok(k).kind == TokenKind::Punct) {
                const QChar c = w[0];
                const int kind = bracketKind(c);
                if (c == u'(' || c == u'[' || c == u'{') {
                    open[static_cast<std::size_t>(kind)].push_back(k);
                    ++depth;
                } else if (kind >= 0) {
                    auto& unclosed = open[static_cast<std::size_t>(kind)];
                    if (!unclosed.empty()) {
                        m_match[static_cast<std::size_t>(unclosed.back())] = k;
                        m_match[static_cast<std::size_t>(k)] = unclosed.back();
                        unclosed.pop_back();
                    }
                    --depth;
                } else if (c == u',' || c == u'?' || c == u':' || c == u'+') {
                    m_separators[{c.unicode(), depth}].push_back(k);
                }
            }
        }
    }

    int count() const { return static_cast<int>(m_t.significant.size()); }
    const Token& tok(int k) const
    {
        return m_t.tokens[static_cast<std::size_t>(m_t.significant[static_cast<std::size_t>(k)])];
    }
    QStringView text(int k) const { return k >= 0 && k < count() ? tokenText(m_t.text, tok(k)) : QStringView(); }
    bool punct(int k, char16_t c) const
    {
        return k >= 0 && k < count() && tok(k).kind == TokenKind::Punct && text(k).size() == 1 &&
               text(k)[0] == QChar(c);
    }
    bool word(int k) const
    {
        return k >= 0 && k < count() && (tok(k).kind == TokenKind::Identifier || tok(k).kind == TokenKind::Keyword);
    }

    /// Index of the bracket of the same kind that closes the opener at k (or opens the closer at k), or -1.
    int matching(int k) const { return k >= 0 && k < count() ? m_match[static_cast<std::size_t>(k)] : -1; }

    /// Splits [a, b) at top-level occurrences of the punctuation c (c is one of , ? : +): those at the bracket
    /// depth of a.
    std::vector<std::pair<int, int>> split(int a, int b, char16_t c) const
    {
        std::vector<std::pair<int, int>> parts;
        int start = a;
        if (a < b) {
            if (const auto it = m_separators.constFind({c, m_depth[static_cast<std::size_t>(a)]});
                it != m_separators.cend()) {
                for (auto j = std::lower_bound(it->cbegin(), it->cend(), a); j != it->cend() && *j < b; ++j) {
                    // "+=", "++" and "=>" are not the operator we split on
                    if (!(c == u'+' && (punct(*j + 1, u'+') || punct(*j + 1, u'=') || punct(*j - 1, u'+')))) {
                        parts.emplace_back(start, *j);
                        start = *j + 1;
                    }
                }
            }
        }
        parts.emplace_back(start, b);
        return parts;
    }

    ArgVerdict classify(int a, int b, int depth) const
    {
        if (m_nesting >= kMaxNesting) {
            ++m_truncated;
            return {MessageArgumentKind::Unknown,
                    Message::translated(
                        QT_TRANSLATE_NOOP("sig2rtm", "an expression whose type cannot be determined statically")),
                    Confidence::Medium};
        }
        ++m_nesting;
        ArgVerdict verdict = classifyNested(a, b, depth);
        --m_nesting;
        return verdict;
    }

    ArgVerdict classifyNested(int a, int b, int depth) const
    {
        if (a >= b) {
            return {MessageArgumentKind::Unknown, Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "missing")),
                    Confidence::Medium};
        }
        // Conditional: both branches must agree.
        const auto question = split(a, b, u'?');
        if (question.size() == 2) {
            const auto branches = split(question[1].first, question[1].second, u':');
            if (branches.size() == 2) {
                const auto x = classify(branches[0].first, branches[0].second, depth);
                const auto y = classify(branches[1].first, branches[1].second, depth);
                if (x.kind == y.kind) {
                    return x;
                }
                if (x.kind == MessageArgumentKind::NotString || y.kind == MessageArgumentKind::NotString) {
                    return {MessageArgumentKind::NotString,
                            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a conditional that can yield %1"),
                                                {x.kind == MessageArgumentKind::NotString ? x.what : y.what}),
                            Confidence::Medium};
                }
                return {MessageArgumentKind::Unknown,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a conditional expression")),
                        Confidence::Medium};
            }
        }
        const auto plus = split(a, b, u'+');
        if (plus.size() > 1) {
            bool allString = true;
            for (const auto& [x, y] : plus) {
                if (y - x == 1 && (tok(x).kind == TokenKind::String || tok(x).kind == TokenKind::Template)) {
                    return {MessageArgumentKind::String,
                            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "concatenated with a string literal")),
                            Confidence::High};
                }
                if (classify(x, y, depth + 1).kind != MessageArgumentKind::String) {
                    allString = false;
                }
            }
            if (allString) {
                return {MessageArgumentKind::String,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a concatenation of strings")),
                        Confidence::High};
            }
            return {MessageArgumentKind::Unknown,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a sum whose operand types are unknown")),
                    Confidence::Medium};
        }
        // Parenthesised expression.
        if (punct(a, u'(') && matching(a) == b - 1) {
            return classify(a + 1, b - 1, depth);
        }
        // TypeScript "x as string"
        if (b - a >= 3 && text(b - 2) == u"as" && word(b - 1)) {
            if (text(b - 1) == u"string") {
                return {MessageArgumentKind::String,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "cast to string")), Confidence::High};
            }
        }
        const Token& first = tok(a);
        if (b - a == 1) {
            const QStringView w = text(a);
            switch (first.kind) {
            case TokenKind::String:
                return {MessageArgumentKind::String,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a string literal")), Confidence::High};
            case TokenKind::Template:
                return {MessageArgumentKind::String,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a template literal")), Confidence::High};
            case TokenKind::Number:
                return {MessageArgumentKind::NotString,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a number literal")), Confidence::High};
            case TokenKind::Identifier:
            case TokenKind::Keyword:
                if (w == u"true" || w == u"false") {
                    return {MessageArgumentKind::NotString,
                            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a boolean literal")), Confidence::High};
                }
                if (w == u"null" || w == u"undefined") {
                    return {MessageArgumentKind::NotString, Message::literal(w.toString()), Confidence::High};
                }
                return resolve(a, depth);
            default:
                break;
            }
        }
        if (b - a == 2 && (punct(a, u'-') || punct(a, u'+')) && tok(a + 1).kind == TokenKind::Number) {
            return {MessageArgumentKind::NotString,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a number literal")), Confidence::High};
        }
        if (b - a == 2 && punct(a, u'!')) {
            return {MessageArgumentKind::NotString,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a boolean expression")), Confidence::High};
        }
        if (punct(a, u'{') && matching(a) == b - 1) {
            return {MessageArgumentKind::NotString,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "an object literal")), Confidence::High};
        }
        if (punct(a, u'[') && matching(a) == b - 1) {
            return {MessageArgumentKind::NotString,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "an array literal")), Confidence::High};
        }
        if (text(a) == u"new" && word(a + 1)) {
            if (text(a + 1) == u"String") {
                return {MessageArgumentKind::Unknown,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a String object (new String)")),
                        Confidence::Medium};
            }
            return {MessageArgumentKind::NotString,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "a new %1 object"),
                                        {Message::literal(text(a + 1).toString())}),
                    Confidence::High};
        }
        // f(...) as a whole
        if (word(a) && punct(a + 1, u'(') && matching(a + 1) == b - 1) {
            const QString name = text(a).toString();
            if (stringFunctions().contains(name)) {
                return {
                    MessageArgumentKind::String,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "converted with %1()"), {Message::literal(name)}),
                    Confidence::High};
            }
            if (nonStringFunctions().contains(name)) {
                return {
                    MessageArgumentKind::NotString,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the result of %1()"), {Message::literal(name)}),
                    Confidence::High};
            }
        }
        // X.method(...) ending the expression
        if (punct(b - 1, u')')) {
            const int open = matching(b - 1);
            if (open > a && word(open - 1) && punct(open - 2, u'.')) {
                const QString method = text(open - 1).toString();
                if (method == u"stringify" && text(open - 3) == u"JSON") {
                    return {MessageArgumentKind::String,
                            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "built with JSON.stringify()")),
                            Confidence::High};
                }
                if (stringMethods().contains(method)) {
                    return {MessageArgumentKind::String,
                            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the result of .%1()"),
                                                {Message::literal(method)}),
                            Confidence::High};
                }
            }
        }
        return {MessageArgumentKind::Unknown,
                Message::translated(
                    QT_TRANSLATE_NOOP("sig2rtm", "an expression whose type cannot be determined statically")),
                Confidence::Medium};
    }

    /// Follows a variable to its nearest visible assignment or type annotation before token k.
    ArgVerdict resolve(int k, int depth) const
    {
        const QStringView name = text(k);
        const Message quoted = Message::literal(QStringLiteral("`%1`").arg(name.toString()));
        if (depth >= 3) {
            return {MessageArgumentKind::Unknown,
                    Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the variable %1"), {quoted}), Confidence::Medium};
        }
        const int j = decider(m_previous[static_cast<std::size_t>(k)]);
        if (j < 0) {
            return {
                MessageArgumentKind::Unknown,
                Message::translated(
                    QT_TRANSLATE_NOOP("sig2rtm", "the variable %1, whose value is not visible in this file"), {quoted}),
                Confidence::Medium};
        }
        // Every later use of the variable finds the same place: its verdict is worked out once.
        const auto key = (static_cast<quint64>(j) << 2) | static_cast<quint64>(depth);
        if (const auto it = m_resolved.constFind(key); it != m_resolved.cend()) {
            return *it;
        }
        const int truncated = m_truncated;
        ArgVerdict verdict = *verdictAt(j, depth, quoted, false);
        if (m_truncated == truncated) {
            m_resolved.insert(key, verdict);
        }
        return verdict;
    }

    /// The nearest use at or before j, among the earlier uses of one identifier (m_previous), that tells the
    /// variable's value (verdictAt), or -1. Each use is examined once per file.
    int decider(int j) const
    {
        std::vector<int> passed;
        while (j >= 0) {
            const int known = m_decider[static_cast<std::size_t>(j)];
            if (known != kNotExamined) {
                j = known;
                break;
            }
            if (verdictAt(j, 0, Message(), true)) {
                m_decider[static_cast<std::size_t>(j)] = j;
                break;
            }
            passed.push_back(j);
            j = m_previous[static_cast<std::size_t>(j)];
        }
        for (int p : passed) {
            m_decider[static_cast<std::size_t>(p)] = j;
        }
        return j;
    }

    /// What the use of a variable at j tells about its value: a type annotation, a parameter or an assignment; nullopt
    /// when it tells nothing (a read, "x += ..."). decideOnly: only whether it tells, without working out an assigned
    /// value (the verdict returned for an assignment is then empty).
    std::optional<ArgVerdict> verdictAt(int j, int depth, const Message& quoted, bool decideOnly) const
    {
        if (punct(j - 1, u'.')) {
            return std::nullopt;
        }
        const int line = tok(j).line;
        const auto lineText = [line] { return Message::literal(QString::number(line)); };
        // TypeScript annotation "name: string"
        if (punct(j + 1, u':') && word(j + 2)) {
            const QStringView type = text(j + 2);
            if (type == u"string" && !punct(j + 3, u'[') && !punct(j + 3, u'|')) {
                return ArgVerdict{MessageArgumentKind::String,
                                  Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1, declared as string at line %2"),
                                                      {quoted, lineText()}),
                                  Confidence::High};
            }
            if (type == u"number" || type == u"boolean" || type == u"object") {
                return ArgVerdict{MessageArgumentKind::NotString,
                                  Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1, declared as %2 at line %3"),
                                                      {quoted, Message::literal(type.toString()), lineText()}),
                                  Confidence::High};
            }
        }
        // "name: Type = value": skip the annotation to the "="
        int eq = j + 1;
        if (punct(j + 1, u':') && (punct(j - 1, u'(') || word(j - 1) || punct(j - 1, u','))) {
            int depthCount = 0;
            for (int m = j + 2; m < count() && m < j + 24; ++m) {
                if (punct(m, u'<') || punct(m, u'{') || punct(m, u'[') || punct(m, u'(')) {
                    ++depthCount;
                } else if (punct(m, u'>') || punct(m, u'}') || punct(m, u']') || punct(m, u')')) {
                    if (--depthCount < 0) {
                        break;
                    }
                } else if (depthCount == 0 && (punct(m, u';') || punct(m, u','))) {
                    break;
                } else if (depthCount == 0 && punct(m, u'=')) {
                    eq = m;
                    break;
                }
            }
        }
        const bool assign = punct(eq, u'=') && !punct(eq + 1, u'=') && !punct(eq + 1, u'>');
        const bool append = punct(j + 1, u'+') && punct(j + 2, u'=');
        if (append) {
            return std::nullopt; // "x += ..." keeps looking for where x started
        }
        if (!assign) {
            // A parameter list "(a, name)" or "(name) =>" means it comes from the caller.
            if ((punct(j - 1, u'(') || punct(j - 1, u',')) &&
                (punct(j + 1, u')') || punct(j + 1, u',') || punct(j + 1, u'=') || punct(j + 1, u':'))) {
                int close = j + 1;
                while (close < count() && !punct(close, u')') && close < j + 32) {
                    ++close;
                }
                if (punct(close + 1, u'{') || (punct(close + 1, u'=') && punct(close + 2, u'>')) ||
                    punct(close + 1, u':')) {
                    return ArgVerdict{
                        MessageArgumentKind::Unknown,
                        Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the function parameter %1 (line %2)"),
                                            {quoted, lineText()}),
                        Confidence::Medium};
                }
            }
            return std::nullopt;
        }
        if (decideOnly) {
            return ArgVerdict{};
        }
        const int start = eq + 1;
        int end = start;
        int depthCount = 0;
        for (; end < count(); ++end) {
            if (tok(end).kind == TokenKind::Punct) {
                const QChar c = text(end)[0];
                if (c == u'(' || c == u'[' || c == u'{') {
                    ++depthCount;
                } else if (c == u')' || c == u']' || c == u'}') {
                    if (depthCount == 0) {
                        break;
                    }
                    --depthCount;
                    if (depthCount == 0 && end + 1 < count() && tok(end + 1).line != tok(end).line &&
                        !punct(end + 1, u'.') && !punct(end + 1, u'+')) {
                        ++end;
                        break;
                    }
                    continue;
                } else if (depthCount == 0 && (c == u';' || c == u',')) {
                    break;
                }
            }
            if (depthCount == 0 && end > start && tok(end).line != tok(end - 1).line &&
                tok(end - 1).kind != TokenKind::Punct && tok(end).kind != TokenKind::Punct) {
                break; // a new statement on the next line (no semicolon)
            }
        }
        const ArgVerdict v = classify(start, end, depth + 1);
        Message what = Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1, assigned %2 at line %3"),
                                           {quoted, v.what, lineText()});
        return ArgVerdict{v.kind, std::move(what), v.confidence};
    }

private:
    const JsTokens& m_t;
    std::vector<int> m_match;    ///< per token: its bracket's partner of the same kind, or -1
    std::vector<int> m_depth;    ///< per token: brackets open before it, of any kind (closers count down)
    std::vector<int> m_previous; ///< per token: the identifier with its text before it, or -1
    QHash<std::pair<char16_t, int>, std::vector<int>> m_separators; ///< (, ? : +, depth) -> its tokens, in order
    mutable std::vector<int> m_decider;            ///< per token: decider() of it once worked out, else kNotExamined
    mutable QHash<quint64, ArgVerdict> m_resolved; ///< (decider, depth) -> what resolve() found there
    mutable int m_nesting = 0;
    mutable int m_truncated = 0; ///< how often kMaxNesting cut classify() short: such verdicts are not kept
};

} // namespace

std::vector<MessageArgument> analyzeMessageArguments(const JsTokens& tokens, const QHash<QString, int>& calls)
{
    std::vector<MessageArgument> out;
    Classifier c(tokens);
    for (int k = 1; k + 1 < c.count(); ++k) {
        if (c.tok(k).kind != TokenKind::Identifier || !c.punct(k - 1, u'.') || !c.punct(k + 1, u'(')) {
            continue;
        }
        const auto it = calls.constFind(c.text(k).toString());
        if (it == calls.cend()) {
            continue;
        }
        const int close = c.matching(k + 1);
        if (close < 0) {
            continue;
        }
        const auto args = c.split(k + 2, close, u',');
        const int index = *it;
        MessageArgument result;
        if (index >= static_cast<int>(args.size()) ||
            args[static_cast<std::size_t>(index)].first >= args[static_cast<std::size_t>(index)].second) {
            result.kind = MessageArgumentKind::Unknown;
            result.begin = c.tok(k).begin;
            result.end = c.tok(k).end;
            result.confidence = Confidence::Medium;
            result.reason = Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "The msg argument of %1 is missing."),
                                                {Message::literal(c.text(k).toString())});
            out.push_back(result);
            continue;
        }
        const auto [a, b] = args[static_cast<std::size_t>(index)];
        const ArgVerdict v = c.classify(a, b, 0);
        result.kind = v.kind;
        result.begin = c.tok(a).begin;
        result.end = c.tok(b - 1).end;
        result.confidence = v.confidence;
        switch (v.kind) {
        case MessageArgumentKind::String:
            result.reason =
                Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "The msg argument is a string: %1."), {v.what});
            break;
        case MessageArgumentKind::NotString:
            result.reason = Message::translated(
                QT_TRANSLATE_NOOP("sig2rtm", "The msg argument is not a string: %1. RTM peers cannot decode it."),
                {v.what});
            break;
        case MessageArgumentKind::Unknown:
            result.reason = Message::translated(
                QT_TRANSLATE_NOOP("sig2rtm", "The type of the msg argument cannot be determined: %1."), {v.what});
            break;
        }
        out.push_back(result);
    }
    return out;
}

} // namespace sig2rtm
