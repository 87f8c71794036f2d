#include "fileanalyzer.h"

#include "glob.h"
#include "jsmessage.h"
#include "lexer.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cctype>

namespace sig2rtm {

namespace {


bool oneOf(QStringView word, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (w.size() == word.size() && w == word) {
            return true;
        }
    }
    return false;
}

// Class names of the Signaling SDK's client objects, and the factories that create them.
bool isSignalingType(QStringView w)
{
    return oneOf(w, {u"AgoraAPIOnlySignal", u"AgoraAPI", u"IAgoraAPI"});
}

bool isSignalingFactory(QStringView w)
{
    return oneOf(w, {u"getInstanceWithoutMedia", u"createSigInstance", u"getSigInstance", u"getAgoraSDKInstanceCPP",
                     u"createAgoraSDKInstanceCPP", u"getAgoraSDKInstanceWin", u"createAgoraSDKInstanceWin",
                     u"createAgoraSDKInstance", u"getAgoraSDKInstanceWinWithMedia"});
}

// Keywords after which "name(" is still a call, not a declaration.
bool isCallKeyword(QStringView w)
{
    return oneOf(w, {u"return", u"await", u"yield", u"throw", u"else", u"do", u"case", u"typeof", u"in", u"of", u"new",
                     u"delete", u"and", u"or", u"not", u"is", u"try", u"void", u"go", u"defer"});
}

// Keywords that open a parenthesised condition rather than a call.
bool isControlKeyword(QStringView w)
{
    return oneOf(w, {u"if", u"for", u"while", u"switch", u"catch", u"return", u"sizeof", u"typeof", u"elif", u"with",
                     u"guard"});
}

bool isJsLike(Language l)
{
    return l == Language::JavaScript || l == Language::TypeScript || l == Language::Html;
}

bool isCFamily(Language l)
{
    return l == Language::ObjC || l == Language::Cpp;
}

bool trailingClosures(Language l)
{
    return l == Language::Kotlin || l == Language::Swift || l == Language::Gradle || l == Language::Ruby;
}

QString guessPlatform(Language l)
{
    switch (l) {
    case Language::JavaScript:
    case Language::TypeScript:
    case Language::Html: return QStringLiteral("web");
    case Language::Java:
    case Language::Kotlin: return QStringLiteral("android");
    case Language::ObjC:
    case Language::Swift: return QStringLiteral("apple");
    case Language::Cpp: return QStringLiteral("native");
    case Language::Python: return QStringLiteral("python");
    default: return {};
    }
}

/// Line starts of a text, for turning offsets into line and column.
class LineIndex
{
public:
    explicit LineIndex(QStringView text) : m_text(text)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
                m_starts.push_back(static_cast<int>(i + 1));
            }
        }
    }

    int lineOf(int offset) const
    {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        return static_cast<int>(it - m_starts.begin());
    }

    int columnOf(int offset) const { return offset - lineStart(lineOf(offset)) + 1; }

    /// Offset of the first character of a 1-based line.
    int lineStart(int line) const { return m_starts[static_cast<std::size_t>(line - 1)]; }

    /// The line holding offset, trimmed; a window around the match when the line is long (minified code).
    QString snippet(int offset, int length) const
    {
        const int line = lineOf(offset);
        const int start = m_starts[static_cast<std::size_t>(line - 1)];
        int end = line < static_cast<int>(m_starts.size()) ? m_starts[static_cast<std::size_t>(line)]
                                                           : static_cast<int>(m_text.size());
        while (end > start && (m_text[end - 1] == u'\n' || m_text[end - 1] == u'\r')) {
            --end;
        }
        constexpr int kMax = 200;
        if (end - start <= kMax) {
            return m_text.mid(start, end - start).trimmed().toString();
        }
        const int from = std::max(start, offset - 80);
        const int to = std::min(end, offset + length + 80);
        QString s = m_text.mid(from, to - from).toString();
        if (from > start) {
            s.prepend(QStringLiteral("… "));
        }
        if (to < end) {
            s.append(QStringLiteral(" …"));
        }
        return s.trimmed();
    }

private:
    QStringView m_text;
    std::vector<int> m_starts;
};

struct Frame
{
    QChar open;
    QStringView callName; // a view into the file's text, valid while it is analysed
    int callToken = -1;   // index into significant tokens
    int argument = 0;
    QString firstString;
    QList<QStringView> selectorParts;
};

class Analyzer
{
public:
    Analyzer(const RuleIndex& index, const QString& file, QStringView text, Language language, FileScan& out)
        : m_index(index), m_rules(index.catalog().rules()), m_file(file), m_text(text), m_language(language),
          m_out(out), m_lines(text), m_lang(index.language())
    {
    }

    void run(const std::vector<bool>& literalHits)
    {
        std::vector<bool> enabled(m_rules.size(), false);
        for (int lit = 0; lit < static_cast<int>(literalHits.size()); ++lit) {
            if (literalHits[static_cast<std::size_t>(lit)]) {
                for (int r : m_index.rulesForLiteral(lit)) {
                    enabled[static_cast<std::size_t>(r)] = true;
                }
            }
        }
        for (std::size_t r = 0; r < m_rules.size(); ++r) {
            if (enabled[r] && m_rules[r].appliesTo(m_language)) {
                m_enabled.push_back(static_cast<int>(r));
            }
        }
        if (m_enabled.empty()) {
            return;
        }
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind == MatchKind::String) {
                m_stringLiterals << rule.literals;
                for (const auto& c : rule.callHasStringFor) {
                    m_firstStringCalls.insert(c);
                }
            }
        }
        runFingerprints();
        m_tokens = tokenize(m_text, m_language);
        for (int i = 0; i < static_cast<int>(m_tokens.size()); ++i) {
            if (m_tokens[static_cast<std::size_t>(i)].kind == TokenKind::Comment) {
                m_comments.push_back(i);
            } else {
                m_sig.push_back(i);
            }
        }
        runText();
        walkTokens();
        runMessageArguments();
        runComments();
        finishShims();
    }

private:
    const Token& sig(int k) const { return m_tokens[static_cast<std::size_t>(m_sig[static_cast<std::size_t>(k)])]; }
    int sigCount() const { return static_cast<int>(m_sig.size()); }
    QStringView text(const Token& t) const { return tokenText(m_text, t); }
    QStringView sigText(int k) const { return k >= 0 && k < sigCount() ? text(sig(k)) : QStringView(); }
    bool isPunct(int k, char16_t c) const
    {
        return k >= 0 && k < sigCount() && sig(k).kind == TokenKind::Punct && text(sig(k)).size() == 1 &&
               text(sig(k))[0] == QChar(c);
    }
    bool isWord(int k) const
    {
        return k >= 0 && k < sigCount() && (sig(k).kind == TokenKind::Identifier || sig(k).kind == TokenKind::Keyword);
    }

    bool ruleEnabled(int r) const { return std::find(m_enabled.begin(), m_enabled.end(), r) != m_enabled.end(); }

    Finding makeFinding(const Rule& rule, int offset, int length, Context context) const
    {
        Finding f;
        f.rule = rule.id;
        f.row = rule.row;
        f.file = m_file;
        f.line = m_lines.lineOf(offset);
        f.column = m_lines.columnOf(offset);
        f.length = length;
        f.snippet = m_lines.snippet(offset, length);
        f.context = context;
        f.confidence = rule.confidence;
        f.effect = rule.row.isEmpty() ? Effect::Note : rule.effect;
        f.reason = rule.reason.get(m_lang);
        f.platform = rule.platform == QLatin1String("*") ? guessPlatform(m_language) : rule.platform;
        f.sdk = rule.sdk;
        return f;
    }

    void applyVersion(const Rule& rule, Finding& f, QStringView matched) const
    {
        if (!rule.sdk) {
            return;
        }
        if (rule.version.regex.isValid() && !rule.version.regex.pattern().isEmpty()) {
            const auto m = rule.version.fromContent ? rule.version.regex.match(m_text)
                                                    : rule.version.regex.match(matched);
            if (m.hasMatch()) {
                f.version = m.captured(1);
            }
        }
        if (f.version.isEmpty() && !rule.version.defaultVersion.isEmpty()) {
            f.version = rule.version.defaultVersion;
        }
        if (f.version.isEmpty()) {
            f.versionMissing = rule.version.missing.get(m_lang);
        }
    }

    void add(const Rule& rule, Finding f, QString subject = {})
    {
        if (m_out.sdkFile && !rule.sdk) {
            return; // declarations inside a vendored SDK file are not uses
        }
        const QString key = rule.id + u':' + QString::number(f.line) + u':' + QString::number(f.column);
        if (m_seen.contains(key)) {
            return;
        }
        m_seen.insert(key);
        m_out.candidates.push_back({std::move(f), rule.requirement, std::move(subject)});
    }

    Context contextAt(int offset) const
    {
        const auto it = std::upper_bound(m_tokens.begin(), m_tokens.end(), offset,
                                         [](int o, const Token& t) { return o < t.begin; });
        if (it != m_tokens.begin()) {
            const Token& t = *std::prev(it);
            if (offset < t.end) {
                if (t.kind == TokenKind::Comment) {
                    return Context::Comment;
                }
                if (t.kind == TokenKind::String || t.kind == TokenKind::Template) {
                    return isBuildLanguage(m_language) ? Context::Build : Context::String;
                }
            }
        }
        return isBuildLanguage(m_language) ? Context::Build : Context::Code;
    }

    // --- fingerprints: vendored, renamed or minified SDK files -------------------------------------------
    void runFingerprints()
    {
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind != MatchKind::Fingerprint) {
                continue;
            }
            int found = 0;
            qsizetype first = -1;
            QString firstLiteral;
            for (const auto& literal : rule.literals) {
                const auto at = m_text.indexOf(literal);
                if (at >= 0) {
                    ++found;
                    if (first < 0 || at < first) {
                        first = at;
                        firstLiteral = literal;
                    }
                }
            }
            if (found >= rule.min) {
                Finding f = makeFinding(rule, static_cast<int>(first), static_cast<int>(firstLiteral.size()),
                                        Context::Code);
                f.reason += u' ' + pick(m_lang, "(%1 of its markers found)", "（找到 %1 个特征）").arg(found);
                applyVersion(rule, f, {});
                m_out.sdkFile = true;
                m_out.webMarker = true;
                add(rule, std::move(f));
            }
        }
    }

    // --- line-based rules ------------------------------------------------------------------------------
    void runText()
    {
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind != MatchKind::Text) {
                continue;
            }
            if (rule.fileRegex.isValid() && !rule.fileRegex.pattern().isEmpty() &&
                !rule.fileRegex.match(m_text).hasMatch()) {
                continue;
            }
            QSet<int> lines;
            for (const auto& literal : rule.literals) {
                for (qsizetype at = m_text.indexOf(literal); at >= 0; at = m_text.indexOf(literal, at + 1)) {
                    const int line = m_lines.lineOf(static_cast<int>(at));
                    if (lines.contains(line)) {
                        continue;
                    }
                    lines.insert(line);
                    matchLine(rule, line);
                }
            }
        }
    }

    void matchLine(const Rule& rule, int line)
    {
        const int start = m_lines.lineStart(line);
        int end = start;
        while (end < m_text.size() && m_text[end] != u'\n' && m_text[end] != u'\r') {
            ++end;
        }
        const QStringView lineText = m_text.mid(start, end - start);
        auto it = rule.regex.globalMatch(lineText);
        while (it.hasNext()) {
            const auto m = it.next();
            const int offset = start + static_cast<int>(m.capturedStart(0));
            const Context context = contextAt(offset);
            if (context == Context::Comment) {
                continue;
            }
            Finding f = makeFinding(rule, offset, static_cast<int>(m.capturedLength(0)), context);
            applyVersion(rule, f, m.capturedView(0));
            if (rule.sdk && rule.id.contains(QLatin1String("header-version"))) {
                m_out.sdkFile = true;
            }
            add(rule, std::move(f));
            break; // one finding per rule and line
        }
    }

    // --- the token walk: calls, strings, imports, receivers ----------------------------------------------
    void walkTokens()
    {
        std::vector<Frame> frames;
        frames.reserve(64);
        for (int k = 0; k < sigCount(); ++k) {
            const Token& t = sig(k);
            const QStringView word = text(t);
            switch (t.kind) {
            case TokenKind::Punct: {
                const QChar c = word[0];
                if (c == u'(' || c == u'[' || c == u'{') {
                    Frame frame;
                    frame.open = c;
                    if (c == u'(' && isWord(k - 1) && !isControlKeyword(sigText(k - 1))) {
                        frame.callName = sigText(k - 1);
                        frame.callToken = k - 1;
                    }
                    // Bound the stack on adversarial input; matching degrades gracefully past it.
                    if (frames.size() < 512) {
                        frames.push_back(std::move(frame));
                    }
                } else if (c == u')' || c == u']' || c == u'}') {
                    const QChar open = c == u')' ? u'(' : c == u']' ? u'[' : u'{';
                    while (!frames.empty()) {
                        Frame top = std::move(frames.back());
                        frames.pop_back();
                        if (top.open == open) {
                            if (open == u'[' && !top.selectorParts.isEmpty()) {
                                objcMessageClosed(top);
                            }
                            break;
                        }
                    }
                } else if (c == u',' && !frames.empty()) {
                    ++frames.back().argument;
                }
                break;
            }
            case TokenKind::Identifier:
            case TokenKind::Keyword: {
                if (isCFamily(m_language) && isPunct(k + 1, u':') && !isPunct(k + 2, u':') && !isPunct(k - 1, u':') &&
                    !frames.empty() && frames.back().open == u'[') {
                    Frame& top = frames.back();
                    if (top.callName.isEmpty()) {
                        top.callName = word;
                        top.callToken = k;
                        top.argument = 0;
                    } else {
                        ++top.argument;
                    }
                    top.selectorParts << word;
                }
                identifier(k, frames);
                break;
            }
            case TokenKind::String:
            case TokenKind::Template:
                string(k, frames);
                break;
            case TokenKind::Preprocessor:
                preprocessor(k);
                break;
            default:
                break;
            }
        }
    }

    void objcMessageClosed(const Frame& frame)
    {
        QString selector;
        for (QStringView part : frame.selectorParts) {
            selector += part + u':';
        }
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind == MatchKind::ObjcSelector && rule.selector == selector) {
                const Token& t = sig(frame.callToken);
                add(rule, makeFinding(rule, t.begin, t.end - t.begin, Context::Code));
            }
        }
    }

    bool isDeclaration(int k) const
    {
        // "name(": a declaration when a type or declaring keyword stands before it, or a body follows.
        if (isWord(k - 1)) {
            if (sig(k - 1).kind == TokenKind::Keyword) {
                return !isCallKeyword(sigText(k - 1));
            }
            return true;
        }
        if (trailingClosures(m_language)) {
            return false;
        }
        int depth = 0;
        int j = k + 1;
        for (; j < sigCount(); ++j) {
            if (isPunct(j, u'(')) {
                ++depth;
            } else if (isPunct(j, u')') && --depth == 0) {
                break;
            }
        }
        for (++j; j < sigCount() && j < k + 64; ++j) {
            const auto w = sigText(j);
            if (w == u"const" || w == u"override" || w == u"noexcept" || w == u"final" || w == u"throws" ||
                (isWord(j) && isWord(j - 1) && sigText(j - 1) == u"throws") || (isPunct(j, u',') && isWord(j - 1))) {
                continue;
            }
            return isPunct(j, u'{');
        }
        return false;
    }

    bool isCall(int k, const std::vector<Frame>& frames) const
    {
        if (isPunct(k + 1, u'(')) {
            return !isDeclaration(k);
        }
        // Objective-C message: [receiver name:...]
        if (isCFamily(m_language) && isPunct(k + 1, u':') && !frames.empty() && frames.back().open == u'[' &&
            (isWord(k - 1) || isPunct(k - 1, u']') || isPunct(k - 1, u')'))) {
            if (isPunct(k - 1, u')')) {
                return false; // "- (void) name:(type)arg" is a method declaration
            }
            return true;
        }
        return false;
    }

    /// The name a call's receiver ends with: "m_api" in m_api.f(), "getApi" in getApi().f(), "Kit" in
    /// AgoraSignal.Kit.f(), "sharedKit" in [[AgoraSignal sharedKit] f:1]. Empty when there is none.
    QString receiverOf(int k) const
    {
        int j = k - 1;
        if (isPunct(j, u'.')) {
            --j;
        } else if (isPunct(j, u'>') && isPunct(j - 1, u'-')) {
            j -= 2;
        } else if (isCFamily(m_language) && isPunct(k + 1, u':')) {
            // message send: the receiver stands right before the selector
        } else {
            return {};
        }
        while (isPunct(j, u'?') || isPunct(j, u'!')) {
            --j;
        }
        if (isWord(j)) {
            return sigText(j).toString();
        }
        const bool paren = isPunct(j, u')');
        if (paren || isPunct(j, u']')) {
            const char16_t close = paren ? u')' : u']';
            const char16_t open = paren ? u'(' : u'[';
            int depth = 0;
            int lastWord = -1;
            for (int i = j; i >= 0 && i > j - 256; --i) {
                if (isPunct(i, close)) {
                    ++depth;
                } else if (isPunct(i, open) && --depth == 0) {
                    if (paren) {
                        return isWord(i - 1) ? sigText(i - 1).toString() : QString();
                    }
                    return lastWord >= 0 ? sigText(lastWord).toString() : QString();
                } else if (!paren && depth == 1 && lastWord < 0 && isWord(i)) {
                    lastWord = i;
                }
            }
        }
        return {};
    }

    void identifier(int k, const std::vector<Frame>& frames)
    {
        const Token& t = sig(k);
        const QStringView word = text(t);

        noteBindings(k, word);
        noteImports(k, word);
        if (isJsLike(m_language) && word == u"channelJoin" && isPunct(k - 1, u'.') && isPunct(k + 1, u'(')) {
            m_out.webMarker = true;
        }

        if (const auto* rules = m_index.identifierRules(word)) {
            for (int r : *rules) {
                if (!ruleEnabled(r)) {
                    continue;
                }
                const Rule& rule = m_rules[static_cast<std::size_t>(r)];
                if (rule.kind != MatchKind::Identifier) {
                    continue;
                }
                if (rule.call && !isCall(k, frames)) {
                    continue;
                }
                Finding f = makeFinding(rule, t.begin, t.end - t.begin, Context::Code);
                applyVersion(rule, f, word);
                QString subject;
                if (rule.requirement == Requirement::SignalingReceiver) {
                    subject = receiverOf(k);
                    if (subject.isEmpty()) {
                        continue;
                    }
                }
                add(rule, std::move(f), subject);
            }
        }
        matchStringRules(k, word, frames, true);
    }

    void noteBindings(int k, QStringView word)
    {
        const QStringView w = word;
        if (isSignalingType(w)) {
            // class AgoraAPIOnlySignal ... : remembered to recognise RTM shims once imports are known
            if (isWord(k - 1) && (sigText(k - 1) == u"class" || sigText(k - 1) == u"interface" ||
                                  sigText(k - 1) == u"struct" || sigText(k - 1) == u"object")) {
                m_classDefinitions << w.toString();
                return;
            }
            // Type then name: "AgoraAPIOnlySignal m_api", "IAgoraAPI* agora", "(AgoraAPI *)sharedKit"
            int j = k + 1;
            while (j < k + 4 && (isPunct(j, u'*') || isPunct(j, u'&') || isPunct(j, u'?') || isPunct(j, u'!') ||
                                 isPunct(j, u'>') || isPunct(j, u')'))) {
                ++j;
            }
            if (sigCount() > j && sig(j).kind == TokenKind::Identifier && !isPunct(j + 1, u'.')) {
                m_out.boundNames << sigText(j).toString();
            }
            // Name then type: "let Kit: AgoraAPI", "var api: AgoraAPIOnlySignal?"
            if (isPunct(k - 1, u':') && !isPunct(k - 2, u':') && k >= 2 && sig(k - 2).kind == TokenKind::Identifier) {
                m_out.boundNames << sigText(k - 2).toString();
            }
            return;
        }
        const bool factory = isSignalingFactory(w) ||
                             (w == u"getInstance" && isPunct(k - 1, u'.') && sigText(k - 2) == u"AgoraAPIOnlySignal");
        if (factory) {
            for (int j = k - 1; j >= 1 && j > k - 16; --j) {
                if (isPunct(j, u';') || isPunct(j, u'{') || isPunct(j, u'}')) {
                    break;
                }
                if (isPunct(j, u'=') && !isPunct(j - 1, u'=') && !isPunct(j + 1, u'=') && !isPunct(j - 1, u'!') &&
                    isWord(j - 1)) {
                    m_out.boundNames << sigText(j - 1).toString();
                    break;
                }
            }
            // "+ (AgoraAPI *)sharedKit { return [AgoraAPI getInstanceWithoutMedia:...]; }" is covered by the type.
        }
    }

    void noteImport(const QString& module, int begin, int end)
    {
        m_imports << module;
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind != MatchKind::Import || !rule.regex.match(module).hasMatch()) {
                continue;
            }
            Finding f = makeFinding(rule, begin, end - begin, contextAt(begin) == Context::Build ? Context::Build
                                                                                                  : Context::Code);
            applyVersion(rule, f, module);
            QString subject;
            if (rule.requirement == Requirement::NotShim) {
                subject = module.section(u'.', -1);
                if (subject == u"*") {
                    subject = module.section(u'.', -2, -2);
                }
            }
            if (rule.platform == QLatin1String("web")) {
                m_out.webMarker = true;
            }
            add(rule, std::move(f), subject);
        }
    }

    void noteImports(int k, QStringView word)
    {
        const bool importWord = word == u"import" || (word == u"from" && m_language == Language::Python);
        if (!importWord || isJsLike(m_language)) {
            return;
        }
        if (isCFamily(m_language) && !isPunct(k - 1, u'@')) {
            return; // #import is handled as a preprocessor directive; "@import X;" here
        }
        if (isPunct(k - 1, u'.')) {
            return;
        }
        const int line = sig(k).line;
        QString module;
        int begin = -1;
        int end = -1;
        for (int j = k + 1; j < sigCount() && sig(j).line == line; ++j) {
            const Token& t = sig(j);
            const QStringView w = text(t);
            if (t.kind == TokenKind::Identifier || t.kind == TokenKind::Keyword || isPunct(j, u'.') ||
                isPunct(j, u'*')) {
                if (!module.isEmpty() && t.kind != TokenKind::Punct && (sig(j - 1).kind != TokenKind::Punct)) {
                    break; // "import X as Y", "from X import Y"
                }
                if (w == u"static" && module.isEmpty()) {
                    continue; // Java "import static a.b.C.m"
                }
                module += w;
                if (begin < 0) {
                    begin = t.begin;
                }
                end = t.end;
                continue;
            }
            break;
        }
        if (!module.isEmpty()) {
            noteImport(module, begin, end);
        }
    }

    void preprocessor(int k)
    {
        const QStringView directive = text(sig(k));
        if (directive != u"include" && directive != u"import") {
            return;
        }
        if (k + 1 >= sigCount()) {
            return;
        }
        const Token& next = sig(k + 1);
        if (next.kind == TokenKind::String) {
            noteImport(tokenValue(m_text, next), next.begin, next.end);
            return;
        }
        if (isPunct(k + 1, u'<')) {
            const int line = next.line;
            for (int j = k + 2; j < sigCount() && sig(j).line == line; ++j) {
                if (isPunct(j, u'>')) {
                    const int begin = sig(k + 2).begin;
                    const int end = sig(j - 1).end;
                    if (end > begin) {
                        noteImport(m_text.mid(begin, end - begin).toString(), begin, end);
                    }
                    return;
                }
            }
        }
    }

    void string(int k, std::vector<Frame>& frames)
    {
        const Token& t = sig(k);
        const QStringView raw = text(t);
        const bool firstArgument = !frames.empty() && frames.back().argument == 0 && frames.back().firstString.isNull() &&
                                   m_firstStringCalls.contains(frames.back().callName.toString());
        const bool jsReference = (isJsLike(m_language) || m_language == Language::Json) &&
                                 (raw.contains(u"AgoraSig") || raw.contains(u"agora-rtm") ||
                                  raw.contains(u"io.agora.signal."));
        bool ruleLiteral = false;
        for (const auto& literal : m_stringLiterals) {
            if (raw.contains(literal)) {
                ruleLiteral = true;
                break;
            }
        }
        if (!firstArgument && !jsReference && !ruleLiteral) {
            return; // most strings: nothing to decode
        }
        const QString value = tokenValue(m_text, t);
        if (firstArgument) {
            frames.back().firstString = value;
        }
        if (isJsLike(m_language) || m_language == Language::Json) {
            if (value.startsWith(QLatin1String("io.agora.signal."))) {
                m_out.webMarker = true;
            }
            // In JS and markup any string naming a module or file is a reference to it.
            if (value.size() < 512 && (value.contains(QLatin1String("AgoraSig")) ||
                                       value.contains(QLatin1String("agora-rtm")))) {
                noteImport(value, t.begin, t.end);
            }
        }
        matchStringRules(k, value, frames, false);
    }

    void matchStringRules(int k, QStringView value, const std::vector<Frame>& frames, bool identifierToken)
    {
        const Token& t = sig(k);
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind != MatchKind::String) {
                continue;
            }
            if (identifierToken ? !rule.matchIdentifiers : !rule.matchStrings) {
                continue;
            }
            bool hasLiteral = false;
            for (const auto& l : rule.literals) {
                if (value.contains(l)) {
                    hasLiteral = true;
                    break;
                }
            }
            if (!hasLiteral || !rule.regex.match(value.toString()).hasMatch()) {
                continue;
            }
            bool inCall = rule.inCall.isEmpty();
            for (auto it = frames.rbegin(); !inCall && it != frames.rend(); ++it) {
                if (it->callName.isEmpty() || !rule.inCall.contains(it->callName.toString())) {
                    continue;
                }
                const bool directChild = it == frames.rbegin();
                if (rule.argument >= 0 && (!directChild || it->argument != rule.argument)) {
                    continue;
                }
                if (rule.callHasStringFor.contains(it->callName.toString()) &&
                    !rule.callHasString.match(it->firstString).hasMatch()) {
                    continue;
                }
                inCall = true;
            }
            const Context context = identifierToken ? Context::Code : Context::String;
            if (inCall) {
                add(rule, makeFinding(rule, t.begin, t.end - t.begin, context));
            } else if (rule.fallback && !identifierToken) {
                Finding f = makeFinding(rule, t.begin, t.end - t.begin, context);
                f.effect = rule.fallback->effect;
                f.confidence = rule.fallback->confidence;
                f.reason = rule.fallback->reason.get(m_lang);
                add(rule, std::move(f));
            }
        }
    }

    // --- Web msg arguments -----------------------------------------------------------------------------
    void runMessageArguments()
    {
        if (!isJsLike(m_language) || m_out.sdkFile) {
            return;
        }
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.kind != MatchKind::MessageArgument) {
                continue;
            }
            JsTokens tokens{m_text, m_tokens, m_sig};
            for (const auto& a : analyzeMessageArguments(tokens, rule.calls, m_lang)) {
                Finding f = makeFinding(rule, a.begin, a.end - a.begin, Context::Code);
                f.reason = a.reason;
                switch (a.kind) {
                case MessageArgumentKind::String:
                    f.effect = Effect::Note;
                    break;
                case MessageArgumentKind::NotString:
                    f.effect = Effect::Fail;
                    f.confidence = a.confidence;
                    break;
                case MessageArgumentKind::Unknown:
                    f.effect = Effect::Review;
                    f.confidence = Confidence::Medium;
                    break;
                }
                add(rule, std::move(f));
            }
        }
    }

    // --- mentions in comments ----------------------------------------------------------------------------
    void runComments()
    {
        if (m_comments.empty()) {
            return;
        }
        // What each enabled row rule would match, gathered once per file, not once per comment.
        std::vector<std::pair<const Rule*, QStringList>> rules;
        for (int r : m_enabled) {
            const Rule& rule = m_rules[static_cast<std::size_t>(r)];
            if (rule.row.isEmpty()) {
                continue;
            }
            QStringList words = rule.names + rule.literals;
            for (auto it = rule.calls.cbegin(); it != rule.calls.cend(); ++it) {
                words << it.key();
            }
            rules.emplace_back(&rule, std::move(words));
        }
        for (int ci : m_comments) {
            const Token& c = m_tokens[static_cast<std::size_t>(ci)];
            const QStringView body = text(c);
            for (const auto& [rule, words] : rules) {
                for (const auto& w : words) {
                    const auto at = body.indexOf(w);
                    if (at < 0) {
                        continue;
                    }
                    const int offset = c.begin + static_cast<int>(at);
                    Finding f = makeFinding(*rule, offset, static_cast<int>(w.size()), Context::Comment);
                    f.effect = Effect::Note;
                    f.confidence = Confidence::Low;
                    f.reason = pick(m_lang, "Mentioned in a comment only: %1", "仅在注释中提到：%1").arg(w);
                    add(*rule, std::move(f));
                    break;
                }
            }
        }
    }

    void finishShims()
    {
        const bool importsRtm = std::any_of(m_imports.begin(), m_imports.end(), [](const QString& m) {
            return m.startsWith(QLatin1String("io.agora.rtm"));
        });
        if (importsRtm) {
            m_out.shimClasses << m_classDefinitions;
        }
    }

private:
    const RuleIndex& m_index;
    const std::vector<Rule>& m_rules;
    QString m_file;
    QStringView m_text;
    Language m_language;
    FileScan& m_out;
    LineIndex m_lines;
    ReportLanguage m_lang;
    std::vector<int> m_enabled;
    std::vector<Token> m_tokens;
    std::vector<int> m_sig;
    std::vector<int> m_comments;
    QSet<QString> m_seen;
    QStringList m_imports;
    QStringList m_classDefinitions;
    QStringList m_stringLiterals;    // literals of the enabled string rules
    QSet<QString> m_firstStringCalls; // calls whose first string argument a rule looks at
};

} // namespace

RuleIndex::RuleIndex(std::shared_ptr<const Catalog> catalog, ReportLanguage language)
    : m_catalog(std::move(catalog)), m_language(language), m_prefilter(m_catalog->prefilterLiterals())
{
    m_rulesByLiteral.resize(static_cast<std::size_t>(m_prefilter.literalCount()));
    QHash<QByteArray, int> literalIndex;
    for (int i = 0; i < m_prefilter.literalCount(); ++i) {
        literalIndex.insert(m_prefilter.literal(i), i);
    }
    const auto& rules = m_catalog->rules();
    for (int r = 0; r < static_cast<int>(rules.size()); ++r) {
        const Rule& rule = rules[static_cast<std::size_t>(r)];
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
            // Views into the catalog, which the index keeps alive.
            m_identifierRules[QStringView(name)].push_back(r);
            m_minNameLength = std::min(m_minNameLength, name.size());
            m_maxNameLength = std::max(m_maxNameLength, name.size());
        }
        if (rule.kind == MatchKind::Path) {
            m_pathRules.push_back(r);
        } else if (rule.kind == MatchKind::Project) {
            m_projectRules.push_back(r);
        }
    }
}

const std::vector<int>* RuleIndex::identifierRules(QStringView name) const
{
    if (name.size() < m_minNameLength || name.size() > m_maxNameLength) {
        return nullptr;
    }
    const auto it = m_identifierRules.constFind(name);
    return it == m_identifierRules.cend() ? nullptr : &*it;
}

std::vector<Candidate> matchPathRules(const RuleIndex& index, const QString& relativePath, bool binaryOrDirectory)
{
    std::vector<Candidate> out;
    const auto slash = relativePath.lastIndexOf(u'/');
    const QStringView name = slash >= 0 ? QStringView(relativePath).sliced(slash + 1) : QStringView(relativePath);
    const auto& rules = index.catalog().rules();
    for (int r : index.pathRules()) {
        const Rule& rule = rules[static_cast<std::size_t>(r)];
        for (const auto& glob : rule.globs) {
            // Every glob starts with a literal part (the SDK's file name); checking it first keeps
            // the regular expression off the path of almost every file.
            const auto wildcard = glob.indexOf(u'*');
            const QStringView literal = QStringView(glob).first(wildcard < 0 ? glob.size() : wildcard);
            if (!literal.contains(u'/') && !name.startsWith(literal)) {
                continue;
            }
            const bool wholePath = glob.contains(u'/');
            // Globs are few and short; compiling them per call would dominate, so cache per thread.
            thread_local QHash<QString, QRegularExpression> cache;
            auto it = cache.find(glob);
            if (it == cache.end()) {
                it = cache.insert(glob, GlobSet::toRegex(glob));
            }
            const bool matches = wholePath ? (relativePath == glob || relativePath.endsWith(u'/' + glob))
                                           : it->match(name.toString()).hasMatch();
            if (!matches) {
                continue;
            }
            Finding f;
            f.rule = rule.id;
            f.row = rule.row;
            f.file = relativePath;
            f.snippet = name.toString();
            f.length = static_cast<int>(name.size());
            f.context = binaryOrDirectory ? Context::Binary : Context::Code;
            f.confidence = rule.confidence;
            f.effect = rule.row.isEmpty() ? Effect::Note : rule.effect;
            f.reason = rule.reason.get(index.language());
            f.platform = rule.platform == QLatin1String("*") ? guessPlatform(languageForFileName(relativePath))
                                                             : rule.platform;
            f.sdk = rule.sdk;
            if (rule.version.regex.isValid() && !rule.version.regex.pattern().isEmpty()) {
                const auto m = rule.version.regex.match(f.snippet);
                if (m.hasMatch()) {
                    f.version = m.captured(1);
                }
            }
            if (f.version.isEmpty() && !rule.version.defaultVersion.isEmpty()) {
                f.version = rule.version.defaultVersion;
            }
            if (f.version.isEmpty()) {
                f.versionMissing = rule.version.missing.get(index.language());
            }
            out.push_back({std::move(f), rule.requirement, {}});
            break;
        }
    }
    return out;
}

bool looksBinary(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return false;
    }
    return QByteArrayView(head).first(std::min<qsizetype>(head.size(), 8192)).contains('\0');
}

QString decodeSource(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        if (encoding) {
            *encoding = QStringLiteral("utf-16");
        }
        return decoder.decode(QByteArrayView(bytes).sliced(2));
    }
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        if (encoding) {
            *encoding = QStringLiteral("utf-8");
        }
        return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        QString decoded = gb.decode(view);
        if (!gb.hasError()) {
            if (encoding) {
                *encoding = QStringLiteral("gb18030");
            }
            return decoded;
        }
    }
    if (encoding) {
        *encoding = QStringLiteral("utf-8 (with invalid bytes)");
    }
    return text;
}

namespace {

bool isIdentifierByte(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

/// Receiver names of calls to name in raw bytes, without lexing: "view" in view.setBackground(...),
/// "getApi" in getApi().setBackground(...), "sharedKit" in [[X sharedKit] setBackground:1].
/// Approximate by design (comments and strings are not told apart): it only decides whether the file
/// is worth a full analysis.
void receiversInBytes(const QByteArray& bytes, const QByteArray& name, QStringList& out)
{
    const char* d = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        const qsizetype after = at + name.size();
        if ((at > 0 && isIdentifierByte(d[at - 1])) || (after < n && isIdentifierByte(d[after]))) {
            continue;
        }
        qsizetype k = after;
        while (k < n && (d[k] == ' ' || d[k] == '\t')) {
            ++k;
        }
        if (k >= n || (d[k] != '(' && d[k] != ':')) {
            continue;
        }
        const bool message = d[k] == ':';
        qsizetype j = at - 1;
        while (j >= 0 && (d[j] == ' ' || d[j] == '\t')) {
            --j;
        }
        if (j >= 0 && d[j] == '.') {
            --j;
        } else if (j >= 1 && d[j] == '>' && d[j - 1] == '-') {
            j -= 2;
        } else if (!message) {
            continue;
        }
        while (j >= 0 && (d[j] == '?' || d[j] == '!' || d[j] == ' ')) {
            --j;
        }
        if (j < 0) {
            continue;
        }
        if (d[j] == ')' || d[j] == ']') {
            const char close = d[j];
            const char open = close == ')' ? '(' : '[';
            int depth = 0;
            qsizetype lastWordEnd = -1;
            qsizetype i = j;
            for (; i >= 0 && i > j - 1024; --i) {
                if (d[i] == close) {
                    ++depth;
                } else if (d[i] == open && --depth == 0) {
                    break;
                } else if (close == ']' && depth == 1 && lastWordEnd < 0 && isIdentifierByte(d[i])) {
                    lastWordEnd = i;
                }
            }
            if (i < 0 || depth != 0) {
                continue;
            }
            j = close == ')' ? i - 1 : lastWordEnd;
            while (close == ')' && j >= 0 && d[j] == ' ') {
                --j;
            }
            if (j < 0) {
                continue;
            }
        }
        qsizetype start = j;
        while (start > 0 && isIdentifierByte(d[start - 1])) {
            --start;
        }
        if (start <= j && isIdentifierByte(d[j])) {
            const QString receiver = QString::fromLatin1(d + start, j - start + 1);
            if (!out.contains(receiver)) {
                out << receiver;
            }
        }
    }
}

} // namespace

FileScan analyzeFile(const RuleIndex& index, const QString& relativePath, const QByteArray& bytes, bool sdkFile,
                     bool allowDeferral)
{
    FileScan scan;
    scan.file = relativePath;
    scan.language = languageForFileName(relativePath);
    const auto slash = relativePath.lastIndexOf(u'/');
    const QStringView name = slash >= 0 ? QStringView(relativePath).sliced(slash + 1) : QStringView(relativePath);
    scan.wechatConfig = name == u"project.config.json" || name == u"app.json";
    scan.wxml = name.endsWith(u".wxml", Qt::CaseInsensitive);
    scan.sdkFile = sdkFile || relativePath.contains(QLatin1String("AgoraSigKit.framework/"));

    // UTF-16 files are rare: decode first so the prefilter sees ASCII.
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    QString text;
    QByteArray utf8;
    if (utf16) {
        text = decodeSource(bytes, &scan.encoding);
        utf8 = text.toUtf8();
    }
    const QByteArray& raw = utf16 ? utf8 : bytes;
    std::vector<bool> hits;
    if (!index.prefilter().scan(raw.constData(), raw.size(), hits)) {
        return scan;
    }
    if (allowDeferral && !sdkFile) {
        // Calls whose receiver must be a Signaling object (setBackground) are everywhere in UI code;
        // when nothing else can match, note the receivers and decide after the whole tree is known.
        bool onlyReceiverRules = true;
        bool any = false;
        for (int lit = 0; lit < index.prefilter().literalCount() && onlyReceiverRules; ++lit) {
            if (!hits[static_cast<std::size_t>(lit)]) {
                continue;
            }
            for (int r : index.rulesForLiteral(lit)) {
                const Rule& rule = index.catalog().rules()[static_cast<std::size_t>(r)];
                if (!rule.appliesTo(scan.language)) {
                    continue;
                }
                any = true;
                if (rule.requirement != Requirement::SignalingReceiver || rule.kind != MatchKind::Identifier) {
                    onlyReceiverRules = false;
                    break;
                }
            }
        }
        if (!any) {
            return scan;
        }
        if (onlyReceiverRules) {
            for (int lit = 0; lit < index.prefilter().literalCount(); ++lit) {
                if (hits[static_cast<std::size_t>(lit)]) {
                    receiversInBytes(raw, index.prefilter().literal(lit), scan.deferredReceivers);
                }
            }
            return scan;
        }
    }
    if (!utf16) {
        text = decodeSource(bytes, &scan.encoding);
    }
    Analyzer analyzer(index, relativePath, text, scan.language, scan);
    analyzer.run(hits);
    return scan;
}

} // namespace sig2rtm
