// SPDX-License-Identifier: MIT
#include "contentanalyzer.h"

#include "jsmessage.h"

#include <algorithm>
#include <climits>
#include <QCoreApplication>
#include <QSet>

namespace sig2rtm {

namespace {

bool isJsLike(Language l)
{
    return l == Language::JavaScript || l == Language::TypeScript || l == Language::Html;
}

bool containsAny(QStringView text, const QStringList& parts)
{
    return std::any_of(parts.begin(), parts.end(), [text](const QString& p) { return text.contains(p); });
}

bool startsWithAny(QStringView text, const QStringList& prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(), [text](const QString& p) { return text.startsWith(p); });
}

} // namespace

ContentAnalyzer::ContentAnalyzer(const RuleIndex& index, const QString& file, QStringView text, Language language,
                                 FileScan& out, const AnalysisWindow* window)
    : m_index(index), m_window(window), m_file(file), m_text(text), m_language(language), m_out(out), m_lines(text),
      m_cursor(text, m_tokens, m_sig, language)
{
    // Prose files (requirements.txt is not one: it has a language of its own).
    m_documentation = language == Language::Text && isDocumentationFile(file);
}

void ContentAnalyzer::run(const std::vector<bool>& literalHits)
{
    const auto& rules = m_index.rules();
    std::vector<bool> enabled(rules.size(), false);
    for (int lit = 0; lit < static_cast<int>(literalHits.size()); ++lit) {
        if (literalHits[static_cast<std::size_t>(lit)]) {
            for (int r : m_index.rulesForLiteral(lit)) {
                enabled[static_cast<std::size_t>(r)] = true;
            }
        }
    }
    for (std::size_t r = 0; r < rules.size(); ++r) {
        if (enabled[r] && rules[r].appliesTo(m_language)) {
            m_enabled.push_back(static_cast<int>(r));
        }
    }
    if (m_enabled.empty()) {
        return;
    }
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
        if (rule.kind == MatchKind::String) {
            m_stringLiterals << rule.literals;
            for (const auto& c : rule.callHasStringFor) {
                m_firstStringCalls.insert(c);
            }
        } else if (rule.kind == MatchKind::Import) {
            m_importLiterals << rule.literals;
        }
        for (const auto& c : rule.markerCalls) {
            m_markerCalls.insert(c);
        }
        m_markerStringPrefixes << rule.markerStringPrefixes;
    }
    runFingerprints();
    m_tokens = tokenize(m_text, m_language);
    if (m_window && m_window->linesBefore > 0) {
        for (Token& t : m_tokens) {
            t.line = static_cast<int>(std::min<qint64>(t.line + m_window->linesBefore, INT_MAX));
        }
    }
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
    const bool waits = std::any_of(m_out.candidates.begin(), m_out.candidates.end(),
                                   [](const Candidate& c) { return c.requirement == Requirement::SignalingWebFile; });
    if (m_out.webMarker || !waits) {
        m_out.localImports.clear();
    }
    // Only a file with evidence of its own can turn out to use the legacy SDK. A window's evidence may lie in
    // another window: the caller decides for the whole file.
    if (!m_out.sdkFile && (m_window || !m_out.candidates.empty()) && isCodeLanguage(m_language)) {
        m_out.inventory = inventoryCandidates(m_index.catalog().inventory(), m_text, m_cursor, m_lines, m_language);
    }
}

bool ContentAnalyzer::ruleEnabled(int r) const
{
    return std::find(m_enabled.begin(), m_enabled.end(), r) != m_enabled.end();
}

Finding ContentAnalyzer::makeFinding(const Rule& rule, int offset, int length, Context context) const
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
    f.reason = rule.reasonMessage();
    f.platform = platformOf(rule, m_language);
    f.sdk = rule.sdk;
    return f;
}

void ContentAnalyzer::applyVersion(const Rule& rule, Finding& f, QStringView matched) const
{
    if (rule.sdk) {
        applyRuleVersion(rule, f, rule.version.fromContent ? QStringView(m_text) : matched);
    }
}

void ContentAnalyzer::add(const Rule& rule, Finding f, QString subject)
{
    if (m_documentation) {
        f.context = Context::Doc;
    }
    if (f.context == Context::Doc) {
        f.effect = Effect::Note;
        f.confidence = Confidence::Low;
    }
    if (m_out.sdkFile && !rule.sdk) {
        return; // declarations inside a vendored SDK file are not uses
    }
    if (rule.sdkFile) {
        m_out.sdkFile = true;
    }
    const QString key = rule.id + u':' + QString::number(f.line) + u':' + QString::number(f.column);
    if (m_seen.contains(key)) {
        return;
    }
    m_seen.insert(key);
    m_out.candidates.push_back({std::move(f), rule.requirement, std::move(subject)});
}

Context ContentAnalyzer::contextAt(int offset) const
{
    const auto it =
        std::upper_bound(m_tokens.begin(), m_tokens.end(), offset, [](int o, const Token& t) { return o < t.begin; });
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

// --- fingerprints: vendored, renamed or minified SDK files ----------------------------------------------

void ContentAnalyzer::runFingerprints()
{
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
        if (rule.kind != MatchKind::Fingerprint) {
            continue;
        }
        const auto counted = m_window ? m_window->fingerprintMarkers.constFind(r) : QHash<int, int>::const_iterator();
        if (m_window && counted == m_window->fingerprintMarkers.cend()) {
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
        if (m_window) {
            found = first >= 0 ? *counted : 0; // the markers may lie in other windows
        }
        if (found >= rule.min) {
            Finding f =
                makeFinding(rule, static_cast<int>(first), static_cast<int>(firstLiteral.size()), Context::Code);
            f.reason = f.reason.followedBy(Message::translated(
                QT_TRANSLATE_NOOP("sig2rtm", "(%1 of its markers found)"), {Message::literal(QString::number(found))}));
            applyVersion(rule, f, {});
            m_out.sdkFile = true;
            m_out.webMarker = true;
            add(rule, std::move(f));
        }
    }
}

// --- line-based rules -----------------------------------------------------------------------------------

void ContentAnalyzer::runText()
{
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
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

void ContentAnalyzer::matchLine(const Rule& rule, int line)
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
        add(rule, std::move(f));
        break; // one finding per rule and line
    }
}

// --- the token walk: calls, strings, imports, receivers ---------------------------------------------------

void ContentAnalyzer::walkTokens()
{
    const TokenCursor& c = m_cursor;
    std::vector<Frame> frames;
    frames.reserve(64);
    for (int k = 0; k < c.count(); ++k) {
        const Token& t = c.at(k);
        const QStringView word = c.textOf(t);
        switch (t.kind) {
        case TokenKind::Punct: {
            const QChar ch = word[0];
            if (ch == u'(' || ch == u'[' || ch == u'{') {
                Frame frame;
                frame.open = ch;
                if (ch == u'(' && c.isWord(k - 1) && !TokenCursor::isControlKeyword(c.text(k - 1))) {
                    frame.callName = c.text(k - 1);
                    frame.callToken = k - 1;
                }
                // Bound the stack on adversarial input; matching degrades gracefully past it.
                if (frames.size() < 512) {
                    frames.push_back(std::move(frame));
                }
            } else if (ch == u')' || ch == u']' || ch == u'}') {
                const QChar open = ch == u')' ? u'(' : ch == u']' ? u'[' : u'{';
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
            } else if (ch == u',' && !frames.empty()) {
                ++frames.back().argument;
            }
            break;
        }
        case TokenKind::Identifier:
        case TokenKind::Keyword: {
            if (c.isCFamily() && c.isPunct(k + 1, u':') && !c.isPunct(k + 2, u':') && !c.isPunct(k - 1, u':') &&
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

void ContentAnalyzer::objcMessageClosed(const Frame& frame)
{
    QString selector;
    for (QStringView part : frame.selectorParts) {
        selector += part + u':';
    }
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
        if (rule.kind == MatchKind::ObjcSelector && rule.selector == selector) {
            const Token& t = m_cursor.at(frame.callToken);
            add(rule, makeFinding(rule, t.begin, t.end - t.begin, Context::Code));
        }
    }
}

void ContentAnalyzer::identifier(int k, const std::vector<Frame>& frames)
{
    const TokenCursor& c = m_cursor;
    const Token& t = c.at(k);
    const QStringView word = c.textOf(t);

    noteBindings(k, word);
    noteImports(k, word);
    // A marker member is called ("session.member(") or given a handler ("session.onEvent = ...").
    if (!m_markerCalls.isEmpty() && c.isPunct(k - 1, u'.') &&
        (c.isPunct(k + 1, u'(') || (c.isPunct(k + 1, u'=') && !c.isPunct(k + 2, u'='))) &&
        m_markerCalls.contains(word.toString())) {
        m_out.webMarker = true;
    }
    // "function <factory>(", "class <factory>", "const <factory> = ": the project has its own function of a
    // factory's name, so calls of that name are not the SDK's.
    if ((m_language == Language::JavaScript || m_language == Language::TypeScript || m_language == Language::Html) &&
        m_index.isFactory(word) && c.isWord(k - 1)) {
        const QStringView before = c.text(k - 1);
        const bool declares = before == u"function" || before == u"class" ||
                              ((before == u"const" || before == u"let" || before == u"var") && c.isPunct(k + 1, u'=') &&
                               !c.isPunct(k + 2, u'='));
        m_out.definesFactory = m_out.definesFactory || declares;
    }

    if (const auto* rules = m_index.identifierRules(word)) {
        const bool inMessage = !frames.empty() && frames.back().open == u'[';
        for (int r : *rules) {
            if (!ruleEnabled(r)) {
                continue;
            }
            const Rule& rule = this->rule(r);
            if (rule.kind != MatchKind::Identifier) {
                continue;
            }
            if (rule.call && !c.isCall(k, inMessage)) {
                continue;
            }
            // "super.<callback>(...)" / "[super <callback>...]" hands on to the base inside an override, which
            // is itself reported.
            if (rule.callback && (c.text(k - 1) == u"super" || (c.isPunct(k - 1, u'.') && c.text(k - 2) == u"super"))) {
                continue;
            }
            Finding f = makeFinding(rule, t.begin, t.end - t.begin, Context::Code);
            applyVersion(rule, f, word);
            if (rule.callback && handlerDoesNothing(k)) {
                f.effect = Effect::Note;
                f.reason = rule.reasonMessage().followedBy(Message::translated(
                    QT_TRANSLATE_NOOP("sig2rtm", "This handler does nothing (it is empty, or only logs, calls super "
                                                 "or returns), so the app does not use the callback.")));
            }
            QString subject;
            if (rule.requirement == Requirement::SignalingReceiver) {
                subject = c.receiverOf(k);
                if (subject.isEmpty()) {
                    continue;
                }
            } else if (rule.requirement == Requirement::NotShim) {
                subject = c.receiverOf(k); // Type.factory(...): the type may be a project-local shim
            }
            add(rule, std::move(f), subject);
        }
    }
    matchStringRules(k, word, frames, true);
}

namespace {

/// Calls that only log: a handler made of these does nothing for the app. Generic across languages. A
/// name that also heads other calls counts only with its logging member: "System.out", "std::cout".
bool isLoggingCall(const TokenCursor& c, int t)
{
    static const QSet<QStringView> heads = {u"Log",
                                            u"NSLog",
                                            u"console",
                                            u"printf",
                                            u"print",
                                            u"println",
                                            u"debugPrint",
                                            u"qDebug",
                                            u"qInfo",
                                            u"qWarning",
                                            u"qCDebug",
                                            u"qCInfo",
                                            u"Timber",
                                            u"logger",
                                            u"Logger",
                                            u"logging",
                                            u"LOG",
                                            u"LOGD",
                                            u"LOGI",
                                            u"LOGW",
                                            u"LOGE",
                                            u"ALOGD",
                                            u"ALOGI",
                                            u"fprintf",
                                            u"DLog",
                                            u"os_log",
                                            u"TRACE",
                                            u"OutputDebugString",
                                            u"OutputDebugStringA",
                                            u"OutputDebugStringW"};
    if (!c.isWord(t)) {
        return false;
    }
    const QStringView head = c.text(t);
    if (head == u"System") { // System.out.println(...), System.err.print(...)
        return c.isPunct(t + 1, u'.') && (c.text(t + 2) == u"out" || c.text(t + 2) == u"err");
    }
    if (head == u"std") { // std::cout << ..., std::cerr << ...
        const QStringView member = c.text(t + 3);
        return c.isPunct(t + 1, u':') && c.isPunct(t + 2, u':') &&
               (member == u"cout" || member == u"cerr" || member == u"clog");
    }
    return heads.contains(head);
}

} // namespace

bool ContentAnalyzer::handlerDoesNothing(int k) const
{
    const TokenCursor& c = m_cursor;
    // The body's "{": past the parameter list, before any ";", "," or "}" that would end a call or a
    // declaration without a body.
    int depth = 0;
    int open = -1;
    for (int j = k + 1; j < c.count() && j < k + 256; ++j) {
        if (c.isPunct(j, u'(') || c.isPunct(j, u'[')) {
            ++depth;
        } else if (c.isPunct(j, u')') || c.isPunct(j, u']')) {
            if (--depth < 0) {
                return false;
            }
        } else if (depth == 0 && (c.isPunct(j, u';') || c.isPunct(j, u',') || c.isPunct(j, u'}'))) {
            return false;
        } else if (depth == 0 && c.isPunct(j, u'{')) {
            open = j;
            break;
        }
    }
    if (open < 0) {
        return false;
    }
    int close = -1;
    depth = 0;
    for (int j = open; j < c.count(); ++j) {
        if (c.isPunct(j, u'{')) {
            ++depth;
        } else if (c.isPunct(j, u'}') && --depth == 0) {
            close = j;
            break;
        }
    }
    if (close < 0) {
        return false;
    }
    // One statement: up to its ";", or to the end of its first call (languages without semicolons).
    const auto skipStatement = [&](int t) {
        int d = 0;
        for (; t < close; ++t) {
            if (c.isPunct(t, u'(') || c.isPunct(t, u'[')) {
                ++d;
            } else if (c.isPunct(t, u')') || c.isPunct(t, u']')) {
                if (--d == 0) {
                    return t + 1;
                }
            } else if (d == 0 && c.isPunct(t, u';')) {
                return t;
            }
        }
        return t;
    };
    for (int t = open + 1; t < close;) {
        if (c.isPunct(t, u';')) {
            ++t;
        } else if (c.text(t) == u"return" && (t + 1 == close || c.isPunct(t + 1, u';'))) {
            ++t;
        } else if (c.text(t) == u"super" || (c.isPunct(t, u'[') && c.text(t + 1) == u"super") || isLoggingCall(c, t)) {
            const int next = skipStatement(t);
            if (next <= t) {
                return false;
            }
            t = next;
        } else {
            return false;
        }
    }
    return true;
}

void ContentAnalyzer::noteBindings(int k, QStringView word)
{
    const TokenCursor& c = m_cursor;
    if (m_index.isObjectType(word)) {
        // "class <ObjectType> ...": remembered to recognise RTM shims once imports are known
        if (c.isWord(k - 1) && (c.text(k - 1) == u"class" || c.text(k - 1) == u"interface" ||
                                c.text(k - 1) == u"struct" || c.text(k - 1) == u"object")) {
            m_classDefinitions << word.toString();
            return;
        }
        // Type then name: "Type m_api", "Type* api", "(Type *)sharedKit"
        int j = k + 1;
        while (j < k + 4 && (c.isPunct(j, u'*') || c.isPunct(j, u'&') || c.isPunct(j, u'?') || c.isPunct(j, u'!') ||
                             c.isPunct(j, u'>') || c.isPunct(j, u')'))) {
            ++j;
        }
        if (c.count() > j && c.at(j).kind == TokenKind::Identifier && !c.isPunct(j + 1, u'.')) {
            m_out.boundNames << c.text(j).toString();
        }
        // Name then type: "let kit: Type", "var api: Type?"
        if (c.isPunct(k - 1, u':') && !c.isPunct(k - 2, u':') && k >= 2 && c.at(k - 2).kind == TokenKind::Identifier) {
            m_out.boundNames << c.text(k - 2).toString();
        }
        return;
    }
    const bool factory = m_index.isFactory(word) || (m_index.isStaticFactory(word) && c.isPunct(k - 1, u'.') &&
                                                     m_index.isObjectType(c.text(k - 2)));
    if (factory) {
        // "name = factory(...)" binds name; a method returning the factory's result is covered by its type.
        for (int j = k - 1; j >= 1 && j > k - 16; --j) {
            if (c.isPunct(j, u';') || c.isPunct(j, u'{') || c.isPunct(j, u'}')) {
                break;
            }
            if (c.isPunct(j, u'=') && !c.isPunct(j - 1, u'=') && !c.isPunct(j + 1, u'=') && !c.isPunct(j - 1, u'!') &&
                c.isWord(j - 1)) {
                m_out.boundNames << c.text(j - 1).toString();
                break;
            }
        }
    }
}

void ContentAnalyzer::noteImport(const QString& module, int begin, int end)
{
    m_imports << module;
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
        if (rule.kind != MatchKind::Import || !rule.regex.match(module).hasMatch()) {
            continue;
        }
        Finding f =
            makeFinding(rule, begin, end - begin, contextAt(begin) == Context::Build ? Context::Build : Context::Code);
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

void ContentAnalyzer::noteImports(int k, QStringView word)
{
    const TokenCursor& c = m_cursor;
    const bool importWord = word == u"import" || (word == u"from" && m_language == Language::Python);
    if (!importWord || isJsLike(m_language)) {
        return;
    }
    if (c.isCFamily() && !c.isPunct(k - 1, u'@')) {
        return; // #import is handled as a preprocessor directive; "@import X;" here
    }
    if (c.isPunct(k - 1, u'.')) {
        return;
    }
    const int line = c.at(k).line;
    QString module;
    int begin = -1;
    int end = -1;
    for (int j = k + 1; j < c.count() && c.at(j).line == line; ++j) {
        const Token& t = c.at(j);
        const QStringView w = c.textOf(t);
        if (t.kind == TokenKind::Identifier || t.kind == TokenKind::Keyword || c.isPunct(j, u'.') ||
            c.isPunct(j, u'*')) {
            if (!module.isEmpty() && t.kind != TokenKind::Punct && (c.at(j - 1).kind != TokenKind::Punct)) {
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

void ContentAnalyzer::preprocessor(int k)
{
    const TokenCursor& c = m_cursor;
    const QStringView directive = c.text(k);
    if (directive != u"include" && directive != u"import") {
        return;
    }
    if (k + 1 >= c.count()) {
        return;
    }
    const Token& next = c.at(k + 1);
    if (next.kind == TokenKind::String) {
        noteImport(tokenValue(m_text, next), next.begin, next.end);
        return;
    }
    if (c.isPunct(k + 1, u'<')) {
        const int line = next.line;
        for (int j = k + 2; j < c.count() && c.at(j).line == line; ++j) {
            if (c.isPunct(j, u'>')) {
                const int begin = c.at(k + 2).begin;
                const int end = c.at(j - 1).end;
                if (end > begin) {
                    noteImport(m_text.mid(begin, end - begin).toString(), begin, end);
                }
                return;
            }
        }
    }
}

void ContentAnalyzer::string(int k, std::vector<Frame>& frames)
{
    const Token& t = m_cursor.at(k);
    const QStringView raw = m_cursor.textOf(t);
    const bool firstArgument = !frames.empty() && frames.back().argument == 0 && frames.back().firstString.isNull() &&
                               m_firstStringCalls.contains(frames.back().callName.toString());
    // In JS and markup any string naming a module or file is a reference to it.
    const bool references = isJsLike(m_language) || m_language == Language::Json;
    const bool reference = references && containsAny(raw, m_importLiterals);
    const bool marker = containsAny(raw, m_markerStringPrefixes);
    const bool ruleLiteral = containsAny(raw, m_stringLiterals);
    noteLocalImport(k, raw);
    if (!firstArgument && !reference && !marker && !ruleLiteral) {
        return; // most strings: nothing to decode
    }
    const QString value = tokenValue(m_text, t);
    if (firstArgument) {
        frames.back().firstString = value;
    }
    if (startsWithAny(value, m_markerStringPrefixes)) {
        m_out.webMarker = true;
    }
    if (reference && value.size() < 512 && containsAny(value, m_importLiterals)) {
        noteImport(value, t.begin, t.end);
    }
    matchStringRules(k, value, frames, false);
}

void ContentAnalyzer::noteLocalImport(int k, QStringView raw)
{
    // Only where a match may need corroboration from another file: JS that could call a factory whose
    // marker calls corroborate it ("import ... from './x'", "require('./x')", "import('./x')").
    if (m_markerCalls.isEmpty() || !isJsLike(m_language) || raw.size() < 4 || raw[1] != u'.') {
        return;
    }
    const TokenCursor& c = m_cursor;
    const bool clause = c.isWord(k - 1) && (c.text(k - 1) == u"from" || c.text(k - 1) == u"import");
    const bool call =
        c.isPunct(k - 1, u'(') && c.isWord(k - 2) && (c.text(k - 2) == u"require" || c.text(k - 2) == u"import");
    if (!clause && !call) {
        return;
    }
    const QString value = tokenValue(m_text, m_cursor.at(k));
    if ((value.startsWith(QLatin1String("./")) || value.startsWith(QLatin1String("../"))) && value.size() < 512 &&
        !m_out.localImports.contains(value)) {
        m_out.localImports << value;
    }
}

void ContentAnalyzer::matchStringRules(int k, QStringView value, const std::vector<Frame>& frames, bool identifierToken)
{
    const Token& t = m_cursor.at(k);
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
        if (rule.kind != MatchKind::String) {
            continue;
        }
        if (identifierToken ? !rule.matchIdentifiers : !rule.matchStrings) {
            continue;
        }
        if (!containsAny(value, rule.literals) || !rule.regex.match(value.toString()).hasMatch()) {
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
            f.reason = rule.fallbackMessage();
            add(rule, std::move(f));
        }
    }
}

// --- Web msg arguments ----------------------------------------------------------------------------------

void ContentAnalyzer::runMessageArguments()
{
    if (!isJsLike(m_language) || m_out.sdkFile) {
        return;
    }
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
        if (rule.kind != MatchKind::MessageArgument) {
            continue;
        }
        JsTokens tokens{m_text, m_tokens, m_sig};
        for (auto& a : analyzeMessageArguments(tokens, rule.calls)) {
            Finding f = makeFinding(rule, a.begin, a.end - a.begin, Context::Code);
            f.reason = std::move(a.reason);
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

// --- mentions in comments -------------------------------------------------------------------------------

void ContentAnalyzer::runComments()
{
    if (m_comments.empty()) {
        return;
    }
    // What each enabled row rule would match, gathered once per file, not once per comment.
    std::vector<std::pair<const Rule*, QStringList>> rules;
    for (int r : m_enabled) {
        const Rule& rule = this->rule(r);
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
        const QStringView body = tokenText(m_text, c);
        for (const auto& [rule, words] : rules) {
            // The first mention in the comment (the longest word where two start together), whatever the
            // order of the rule's words: a report must not change between two runs of the same scan.
            qsizetype first = -1;
            const QString* word = nullptr;
            for (const auto& w : words) {
                const auto at = body.indexOf(w);
                if (at >= 0 && (first < 0 || at < first || (at == first && w.size() > word->size()))) {
                    first = at;
                    word = &w;
                }
            }
            if (!word) {
                continue;
            }
            const int offset = c.begin + static_cast<int>(first);
            // "/** ... */", "/*! ... */", "/// ..." and "//! ..." document the code.
            const bool docComment = body.startsWith(u"/**") || body.startsWith(u"/*!") || body.startsWith(u"///") ||
                                    body.startsWith(u"//!");
            Finding f = makeFinding(*rule, offset, static_cast<int>(word->size()),
                                    docComment ? Context::Doc : Context::Comment);
            f.effect = Effect::Note;
            f.confidence = Confidence::Low;
            f.reason = Message::translated(QT_TRANSLATE_NOOP("sig2rtm", "Mentioned in a comment only: %1"),
                                           {Message::literal(*word)});
            add(*rule, std::move(f));
        }
    }
}

/// Object types this file defines itself while it imports RTM are a project-local shim over RTM.
void ContentAnalyzer::finishShims()
{
    if (m_classDefinitions.isEmpty()) {
        return;
    }
    const bool importsRtm = std::any_of(m_imports.begin(), m_imports.end(), [this](const QString& module) {
        return std::any_of(m_enabled.begin(), m_enabled.end(), [&](int r) {
            const Rule& rule = this->rule(r);
            return rule.sdk == SdkKind::Rtm && (rule.kind == MatchKind::Import || rule.kind == MatchKind::Text) &&
                   rule.regex.match(module).hasMatch();
        });
    });
    if (importsRtm) {
        m_out.shimClasses << m_classDefinitions;
    }
}

} // namespace sig2rtm
