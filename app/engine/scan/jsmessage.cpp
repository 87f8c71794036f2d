// SPDX-License-Identifier: MIT
#include "jsmessage.h"

#include <QCoreApplication>
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

class Classifier
{
public:
    explicit Classifier(const JsTokens& t) : m_t(t) {}

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

    /// Index of the bracket matching the opener at k, or -1.
    int matching(int k) const
    {
        const QChar open = text(k)[0];
        const QChar close = open == u'(' ? u')' : open == u'[' ? u']' : u'}';
        int depth = 0;
        for (int j = k; j < count(); ++j) {
            if (tok(j).kind != TokenKind::Punct) {
                continue;
            }
            const QChar c = text(j)[0];
            if (c == open) {
                ++depth;
            } else if (c == close && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /// Splits [a, b) at top-level occurrences of the punctuation c.
    std::vector<std::pair<int, int>> split(int a, int b, char16_t c) const
    {
        std::vector<std::pair<int, int>> parts;
        int depth = 0;
        int start = a;
        for (int j = a; j < b; ++j) {
            if (tok(j).kind == TokenKind::Punct) {
                const QChar ch = text(j)[0];
                if (ch == u'(' || ch == u'[' || ch == u'{') {
                    ++depth;
                } else if (ch == u')' || ch == u']' || ch == u'}') {
                    --depth;
                } else if (depth == 0 && ch == QChar(c)) {
                    // "+=", "++" and "=>" are not the operator we split on
                    if (!(c == u'+' && (punct(j + 1, u'+') || punct(j + 1, u'=') || punct(j - 1, u'+')))) {
                        parts.emplace_back(start, j);
                        start = j + 1;
                    }
                }
            }
        }
        parts.emplace_back(start, b);
        return parts;
    }

    ArgVerdict classify(int a, int b, int depth) const
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
            int open = -1;
            int depthCount = 0;
            for (int j = b - 1; j >= a; --j) {
                if (punct(j, u')')) {
                    ++depthCount;
                } else if (punct(j, u'(') && --depthCount == 0) {
                    open = j;
                    break;
                }
            }
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
        for (int j = k - 1; j >= 0; --j) {
            if (text(j) != name || tok(j).kind != TokenKind::Identifier || punct(j - 1, u'.')) {
                continue;
            }
            const int line = tok(j).line;
            const auto lineText = [line] { return Message::literal(QString::number(line)); };
            // TypeScript annotation "name: string"
            if (punct(j + 1, u':') && word(j + 2)) {
                const QStringView type = text(j + 2);
                if (type == u"string" && !punct(j + 3, u'[') && !punct(j + 3, u'|')) {
                    return {MessageArgumentKind::String,
                            Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "%1, declared as string at line %2"),
                                                {quoted, lineText()}),
                            Confidence::High};
                }
                if (type == u"number" || type == u"boolean" || type == u"object") {
                    return {MessageArgumentKind::NotString,
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
                continue; // "x += ..." keeps looking for where x started
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
                        return {MessageArgumentKind::Unknown,
                                Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "the function parameter %1 (line %2)"),
                                                    {quoted, lineText()}),
                                Confidence::Medium};
                    }
                }
                continue;
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
            return {v.kind, std::move(what), v.confidence};
        }
        return {MessageArgumentKind::Unknown,
                Message::translated(
                    QT_TRANSLATE_NOOP("sig2rtm", "the variable %1, whose value is not visible in this file"), {quoted}),
                Confidence::Medium};
    }

private:
    const JsTokens& m_t;
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
