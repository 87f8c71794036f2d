// SPDX-License-Identifier: MIT
#pragma once

#include "filescan.h"
#include "lexer.h"
#include "lineindex.h"
#include "ruleindex.h"
#include "tokencursor.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace sig2rtm {

/// What the analysis of one window of a file too large to analyse whole needs to know about the rest of the file
/// (largefile.h). Without one, the text is the whole file.
struct AnalysisWindow
{
    /// The markers of each fingerprint rule (by rule index) counted over the whole file: a rule listed here is
    /// reported at its first marker in this window with that count; fingerprint rules not listed are not applied.
    QHash<int, int> fingerprintMarkers;
    /// Lines of the file before the window: added to the tokens' lines, which the texts of findings may quote.
    qint64 linesBefore = 0;
};

/// Applies the content rules of the catalog to one decoded text file: fingerprints and line rules over
/// the text, then one walk over its tokens for identifiers, calls, strings, imports and the names bound
/// to SDK objects, then the Web message arguments and the mentions in comments. Candidates and facts
/// go to the FileScan given at construction.
class ContentAnalyzer final
{
public:
    /// text must outlive the analyzer (tokens and frames are views into it). window: text is one window of a
    /// larger file; it must outlive the analyzer too.
    ContentAnalyzer(const RuleIndex& index, const QString& file, QStringView text, Language language, FileScan& out,
                    const AnalysisWindow* window = nullptr);
    Q_DISABLE_COPY_MOVE(ContentAnalyzer)

    /// literalHits: which prefilter literals the file contains (see Prefilter::scan).
    void run(const std::vector<bool>& literalHits);

    /// The tokens of the text once run() lexed it (empty when no rule applies), and its lines: a window of a large
    /// file starts the next one at a token and maps its findings back to the file through them.
    const std::vector<Token>& tokens() const { return m_tokens; }
    const LineIndex& lines() const { return m_lines; }

private:
    /// An open bracket during the token walk, with the call it belongs to.
    struct Frame
    {
        QChar open;
        QStringView callName; // a view into the file's text
        int callToken = -1;   // index into significant tokens
        int argument = 0;
        QString firstString;
        QList<QStringView> selectorParts;
    };

    const Rule& rule(int r) const { return m_index.rule(r); }
    bool ruleEnabled(int r) const;
    Finding makeFinding(const Rule& rule, int offset, int length, Context context) const;
    void applyVersion(const Rule& rule, Finding& f, QStringView matched) const;
    void add(const Rule& rule, Finding f, QString subject = {});
    Context contextAt(int offset) const;

    void runFingerprints();
    void runText();
    void matchLine(const Rule& rule, int line);
    void walkTokens();
    void objcMessageClosed(const Frame& frame);
    void identifier(int k, const std::vector<Frame>& frames);
    /// The name at k starts a handler definition whose body does nothing: empty, or only logging calls,
    /// calls of super and bare returns.
    bool handlerDoesNothing(int k) const;
    void noteBindings(int k, QStringView word);
    void noteImport(const QString& module, int begin, int end);
    void noteImports(int k, QStringView word);
    void preprocessor(int k);
    void string(int k, std::vector<Frame>& frames);
    /// Records a relative module the file imports (FileScan::localImports).
    void noteLocalImport(int k, QStringView raw);
    void matchStringRules(int k, QStringView value, const std::vector<Frame>& frames, bool identifierToken);
    void runMessageArguments();
    void runComments();
    void finishShims();

    const RuleIndex& m_index;
    const AnalysisWindow* m_window;
    QString m_file;
    bool m_documentation = false; ///< a prose file (.md, .txt, ...): every finding is a doc mention
    QStringView m_text;
    Language m_language;
    FileScan& m_out;
    LineIndex m_lines;
    std::vector<int> m_enabled;
    std::vector<Token> m_tokens;
    std::vector<int> m_sig;
    std::vector<int> m_comments;
    TokenCursor m_cursor;
    QSet<QString> m_seen;
    QStringList m_imports;
    QStringList m_classDefinitions;
    QStringList m_stringLiterals;       // literals of the enabled string rules
    QSet<QString> m_firstStringCalls;   // calls whose first string argument a rule looks at
    QStringList m_importLiterals;       // literals of the enabled import rules
    QSet<QString> m_markerCalls;        // corroborating calls of the enabled rules
    QStringList m_markerStringPrefixes; // corroborating string prefixes of the enabled rules
};

} // namespace sig2rtm
