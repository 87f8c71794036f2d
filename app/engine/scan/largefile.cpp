// SPDX-License-Identifier: MIT
// Text files too large to hold whole (minified bundles, generated sources, files of more than 2 GiB), analysed in
// memory bounded by the window size.
//
// Pass 1 reads the file in chunks and runs the prefilter over each, behind the last (longest literal - 1) bytes of
// the chunk before, so a literal across two chunks is seen. Chunks of zero bytes (the holes of a sparse file) hold
// no literal and are not scanned. No literal: nothing to analyse, as in analyzeFile.
//
// Pass 2 decodes and analyses the file in windows with the ContentAnalyzer of small files. The lexers read a text
// from their initial state, so a window must start where the lexer of the whole file is in that state, or a window
// starting inside a comment or string would read it as code. Window k covers [s_k, e_k + after) and keeps its
// findings from s_k on, up to s_k+1 and, past it, in the first half of what remains: a finding is reported where its
// match lies, which may follow what it belongs to (the argument of a call whose name lies before s_k+1), and the next
// window does not see the call. A finding both windows report (same rule, line and column) is kept once, from the
// first, which sees more before it. s_k+1 is the first token at or after the nominal end e_k (and in the first half
// of the after-context) that the lexer reads the same when it starts there: an identifier, string, number or bracket,
// not one whose meaning depends on what came before (a '/' may start a regular expression or divide, '#' a directive,
// '@' an Objective-C keyword, a name after '.' a property). Failing that, when the last token runs to the window's end
// (a comment or string of megabytes: a data URI, an inlined font), the next window starts after that token, whose end
// a small scanner of delimiters finds by reading on in chunks, behind a few characters lexed first that leave the
// lexer in the state the token left it in (an empty string after a string: a '/' then divides). Failing that, the last
// restart token before e_k (a window then advances less); failing that, white space between tokens at e_k; failing all,
// e_k blindly (counted in LargeFileScan::blindStarts: the lexer may read the rest of a token as code there). HTML: a
// window that starts inside a <script> element starts with its opening tag (kept from the window before), so that the
// markup lexer reads what follows as script.
//
// Which trade-off: every window is lexed, even one without a literal, because the chain of start points needs the
// tokens of each window; and every window is analysed once the file has a literal, because marker calls, bindings
// and inventory places count for the whole file and need no literal of the rules in their window. Time stays linear
// in the file (the after-context adds afterBytes / windowBytes to it), memory bounded by the window. Restarting at
// line breaks instead would skip the lexing of windows without literals, but is wrong inside a multi-line comment or
// string and useless for a minified file of one line.
//
// Windows are read by byte offset and analysed as UTF-16. A window that decodes cleanly as UTF-8 (or GB18030, or is
// UTF-16) maps its start token back to a byte offset by the length of the text before it in that encoding. A window
// with invalid bytes is decoded as UTF-8 with a replacement character for each of them, as analyzeFile decodes such a
// file; its start token maps back the same way, one byte per replacement character, checked by decoding those bytes
// again. Failing the check (a replacement character written in the file itself), the window ends at a line break
// after e_k (a line break byte never lies inside a character), else at e_k: blind starts. Each window picks its own
// encoding: a file mixing encodings may read a window differently from analyzeFile's one choice for the whole file.
//
// Lines and columns: each window knows the line breaks before it and the columns before it on its first line (counted
// in the decoded text, as LineIndex counts them), and adds them to its findings and to its tokens' lines (which the
// texts of findings quote). Snippets are cut from the window and the 256 characters kept from before it, so they are
// those of the whole-file analysis: a short line whole, a long one as 80 characters either side of the match.
//
// What a window cannot know, an accepted limit for files over kLargeFileBytes: context from more than a window away,
// such as a variable assigned before the window that holds the call sending it (jsmessage.cpp), a class
// that a file defines in one window and the RTM import that makes it a shim in another, a text rule's file-level
// condition (fileRegex), and a header's own-SDK mark applying to findings in windows before it. The fingerprint of a
// vendored SDK is counted over the whole file (pass 1) and its version read from the first window that shows it. Of a
// comment or string longer than a window, only its first window is analysed (a mention further in it is not
// reported); its end is found in UTF-8 and UTF-16 files only (elsewhere the next window starts blind). The scan of a
// large file stops at the next chunk (8 MB) or window (640 KB) once the scan is cancelled, and keeps nothing. Line and
// column numbers beyond 2^31 - 1 are reported as that.

#include "largefile.h"

#include "contentanalyzer.h"
#include "fileanalyzer.h"
#include "lexer.h"
#include "lineindex.h"
#include "scannedfile.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcScan)

namespace sig2rtm {

namespace {

constexpr qint64 kHead = 8192;
/// Characters kept from before a window: a snippet shows up to 200 of them (a short line), else 80.
constexpr qsizetype kLeadIn = 256;
/// The longest opening tag of a script element carried into the next window.
constexpr qsizetype kMaxScriptTag = 4096;

/// How the file's bytes are text: Bytes is UTF-8 or, window by window, GB18030 (as decodeSource chooses).
enum class Encoding { Bytes, Utf16LE, Utf16BE };

/// How one window decoded: Utf8 and Gb18030 cleanly, Replaced with replacement characters (UTF-8).
enum class Decoding { Utf8, Gb18030, Utf16, Replaced };

bool allZero(const char* data, qsizetype n)
{
    return n == 0 || (data[0] == 0 && std::memcmp(data, data + 1, static_cast<std::size_t>(n - 1)) == 0);
}

QStringDecoder utf16Decoder(Encoding encoding, QStringConverter::Flags flags)
{
    return QStringDecoder(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, flags);
}

/// Pass 1: sets hits[i] for every prefilter literal in the file from byte begin on. UTF-16 is turned into UTF-8 on
/// the way, as analyzeFile does before its prefilter.
bool canceled(const std::atomic_bool* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

/// Runs the prefilter over the file from begin in chunks: hits[i] tells whether literal i occurs. False when the file
/// could not be read (failure says why) or when cancel was set.
bool findLiterals(ScannedFile& file, qint64 begin, Encoding encoding, const Prefilter& prefilter, qint64 chunkBytes,
                  const std::atomic_bool* cancel, std::vector<bool>& hits, Message* failure)
{
    hits.assign(static_cast<std::size_t>(prefilter.literalCount()), false);
    qsizetype longest = 1;
    for (int i = 0; i < prefilter.literalCount(); ++i) {
        longest = std::max(longest, prefilter.literal(i).size());
    }
    const qsizetype overlap = longest - 1;
    std::vector<bool> found;
    const auto scan = [&](const char* data, qsizetype n) {
        if (prefilter.scan(data, n, found)) {
            for (std::size_t i = 0; i < found.size(); ++i) {
                if (found[i]) {
                    hits[i] = true;
                }
            }
        }
    };
    QByteArray buffer;
    if (encoding == Encoding::Bytes) {
        qsizetype carried = 0; // the tail of the chunk before, at the front of buffer
        for (qint64 at = begin; at < file.size();) {
            if (canceled(cancel)) {
                return false;
            }
            const qint64 want = std::min(chunkBytes, file.size() - at);
            buffer.resize(carried + static_cast<qsizetype>(want));
            const qint64 got = file.readAt(at, buffer.data() + carried, want, failure);
            if (got < 0) {
                return false;
            }
            if (got == 0) {
                break;
            }
            const qsizetype n = carried + static_cast<qsizetype>(got);
            if (!allZero(buffer.constData() + carried, static_cast<qsizetype>(got))) {
                scan(buffer.constData(), n);
            }
            carried = std::min(overlap, n);
            std::memmove(buffer.data(), buffer.constData() + n - carried, static_cast<std::size_t>(carried));
            at += got;
        }
        return true;
    }
    QStringDecoder decoder = utf16Decoder(encoding, QStringConverter::Flag::ConvertInitialBom);
    QByteArray carried;
    for (qint64 at = begin; at < file.size();) {
        if (canceled(cancel)) {
            return false;
        }
        const qint64 want = std::min(chunkBytes & ~qint64(1), file.size() - at);
        if (!file.readAt(at, want, buffer, failure)) {
            return false;
        }
        if (buffer.isEmpty()) {
            break;
        }
        const QString text = decoder.decode(buffer);
        if (!allZero(buffer.constData(), buffer.size())) {
            const QByteArray utf8 = carried + text.toUtf8();
            scan(utf8.constData(), utf8.size());
            carried = utf8.right(overlap);
        } else {
            carried.clear();
        }
        at += buffer.size();
    }
    return true;
}

/// Decodes a window's bytes, appending to text. last: the window ends the file (an incomplete character there is
/// replaced, as analyzeFile does); elsewhere it is left out (it belongs to the window after).
Decoding decodeWindow(QByteArrayView bytes, Encoding encoding, bool last, QString& text)
{
    QStringConverter::Flags flags = QStringConverter::Flag::ConvertInitialBom;
    if (last) {
        flags |= QStringConverter::Flag::Stateless;
    }
    if (encoding != Encoding::Bytes) {
        QStringDecoder decoder = utf16Decoder(encoding, flags);
        text += decoder.decode(bytes);
        return Decoding::Utf16;
    }
    const qsizetype start = text.size();
    QStringDecoder utf8(QStringConverter::Utf8, flags);
    text += utf8.decode(bytes);
    if (!utf8.hasError()) {
        return Decoding::Utf8;
    }
    QStringDecoder gb("GB18030", flags);
    if (gb.isValid()) {
        QString decoded = gb.decode(bytes);
        if (!gb.hasError()) {
            text.truncate(start);
            text += decoded;
            return Decoding::Gb18030;
        }
    }
    return Decoding::Replaced;
}

/// Bytes of text in the encoding it was cleanly decoded from.
qint64 encodedLength(QStringView text, Decoding decoding)
{
    switch (decoding) {
    case Decoding::Utf16:
        return 2 * text.size();
    case Decoding::Gb18030: {
        QStringEncoder encoder("GB18030", QStringConverter::Flag::Stateless);
        const QByteArray bytes = encoder.encode(text);
        return bytes.size();
    }
    case Decoding::Utf8:
    case Decoding::Replaced:
        break;
    }
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            n += 1;
        } else if (c < 0x800) {
            n += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    return n;
}

bool isPunct(QStringView text, const Token& t, char16_t c)
{
    return t.kind == TokenKind::Punct && t.end - t.begin == 1 && text[t.begin] == QChar(c);
}

/// A token that the lexer reads the same when it starts there, and after which it is in the same state as the
/// lexer of the whole file: not one whose meaning depends on what came before it.
bool restartsCode(QStringView text, const std::vector<Token>& tokens, std::size_t i)
{
    const Token& t = tokens[i];
    if (t.kind == TokenKind::Comment || t.kind == TokenKind::Regex || t.kind == TokenKind::Preprocessor) {
        return false; // after a comment the state is the one before it; the others depend on it
    }
    // '/' regular expression or division, '-' an HTML-like "-->" comment at a line's start, '#' a directive, '@' an
    // Objective-C keyword, '.' a number or a member, '=' Ruby's "=begin" at a line's start, '\' a line splice.
    static constexpr QStringView kContextual = u"/-#@.=\\<";
    if (kContextual.contains(text[t.begin])) {
        return false;
    }
    if (i > 0) {
        const Token& p = tokens[i - 1];
        if (isPunct(text, p, u'.') || isPunct(text, p, u'@') || isPunct(text, p, u'#')) {
            return false; // a keyword after them is a name, or an Objective-C directive
        }
    }
    return true;
}

/// How a window ends: where the next one starts (an offset in the window's text), and the opening tag to lex before
/// it when that lies inside an HTML script element.
struct Cut
{
    enum class Kind {
        Token, ///< at a restart token
        Gap,   ///< in white space between tokens
        Skip,  ///< at a comment or string that runs past the window: the next window starts after its end
        Blind  ///< at e, wherever the lexer is
    };
    Kind kind = Kind::Blind;
    qsizetype offset = -1;
    QString prefix;
    bool markupValue = false; ///< Skip: the token is a markup attribute value (no escapes, may span lines)
};

/// The bytes of a window's own text before at, for a window decoded with replacement characters: each stands for
/// one invalid byte (as QStringDecoder replaces them), checked by decoding those bytes again. -1 when they do not
/// give the same text (a replacement character in the file itself) or at is not an ASCII character.
qint64 replacedLength(QByteArrayView bytes, QStringView own, qsizetype at)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t c = own[i].unicode();
        if (c < 0x80) {
            n += 1;
        } else if (c < 0x800) {
            n += 2;
        } else if (c == QChar::ReplacementCharacter) {
            n += 1;
        } else if (QChar::isHighSurrogate(c) && i + 1 < at && QChar::isLowSurrogate(own[i + 1].unicode())) {
            n += 4;
            ++i;
        } else {
            n += 3;
        }
    }
    if (at >= own.size() || n >= bytes.size() || own[at].unicode() >= 0x80 || bytes[n] != own[at].toLatin1()) {
        return -1;
    }
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    return QString(utf8.decode(bytes.first(n))) == own.first(at) ? n : -1;
}

/// Chooses where the next window starts among the window's tokens: the first restart token in [e, limit); else,
/// when the last token runs to the window's end, after that token (Skip); else the last restart token in (from, e);
/// else white space at e; else e blindly. from: where the window's own text starts.
Cut chooseCut(QStringView text, const std::vector<Token>& tokens, qsizetype from, qsizetype e, qsizetype limit,
              Language language)
{
    const bool markup = language == Language::Html || language == Language::Xml;
    // HTML: inside the raw content of a script, wxs or style element (lexed as code by the markup lexer, or skipped).
    bool raw = false;
    QStringView rawName;
    QStringView openingTag;
    bool covered = false;                 // a token overlaps [e, limit)
    qsizetype tagOpen = -1;               // markup: where the tag being read starts
    std::size_t lastCode = tokens.size(); // the last token before i that is not a comment
    Cut before;
    Cut skip;
    const auto nameAt = [&](std::size_t k) { return tokenText(text, tokens[k]); };
    const auto adjacent = [&](std::size_t k) { return k < tokens.size() && tokens[k].begin == tokens[k - 1].end; };
    const auto cleanTag = [](QString tag) {
        // The tag is lexed in front of the next window: a line break in it would shift the lines.
        return tag.replace(u'\r', u' ').replace(u'\n', u' ');
    };
    for (std::size_t i = 0; i < tokens.size() && tokens[i].begin < limit; ++i) {
        const Token& t = tokens[i];
        covered = covered || t.end > e;
        bool restart = false;
        bool code = !markup;
        QStringView carry;
        std::size_t next = i;
        if (!markup) {
            restart = restartsCode(text, tokens, i);
        } else if (!raw) {
            // Every '<' of the markup lexer's own starts a tag; the content of a script is not markup.
            restart = isPunct(text, t, u'<') || t.kind == TokenKind::Comment;
            tagOpen = isPunct(text, t, u'<') ? t.begin : isPunct(text, t, u'>') ? -1 : tagOpen;
            if (language == Language::Html && isPunct(text, t, u'<') && adjacent(i + 1) &&
                tokens[i + 1].kind == TokenKind::Identifier) {
                const QStringView name = nameAt(i + 1);
                if (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                    name.compare(u"wxs", Qt::CaseInsensitive) == 0 ||
                    name.compare(u"style", Qt::CaseInsensitive) == 0) {
                    std::size_t j = i + 2;
                    while (j < tokens.size() && !isPunct(text, tokens[j], u'>') && !isPunct(text, tokens[j], u'<')) {
                        ++j;
                    }
                    const bool closed = j < tokens.size() && isPunct(text, tokens[j], u'>');
                    if (closed && !(isPunct(text, tokens[j - 1], u'/') && adjacent(j))) {
                        raw = true;
                        rawName = name;
                        openingTag = text.mid(t.begin, tokens[j].end - t.begin);
                        next = j;
                        tagOpen = -1;
                    }
                }
            }
        } else if (isPunct(text, t, u'<') && adjacent(i + 1) && isPunct(text, tokens[i + 1], u'/') && adjacent(i + 2) &&
                   nameAt(i + 2).compare(rawName, Qt::CaseInsensitive) == 0) {
            raw = false; // the end tag, lexed as markup
            restart = true;
        } else if (rawName.compare(u"style", Qt::CaseInsensitive) != 0 && openingTag.size() <= kMaxScriptTag) {
            restart = restartsCode(text, tokens, i);
            code = true;
            carry = openingTag;
        }
        if (restart && t.begin > from) {
            if (t.begin >= e) {
                return {Cut::Kind::Token, t.begin, cleanTag(carry.toString())};
            }
            before = {Cut::Kind::Token, t.begin, cleanTag(carry.toString())};
        }
        if (i + 1 == tokens.size() && t.end >= text.size() && t.begin >= from) {
            // The next window starts after this token, behind what puts the lexer in the state the token leaves it
            // in: an empty string after a string (so that a '/' divides), the token before it after a comment, and
            // in markup the tag an attribute value belongs to.
            QString state;
            if (t.kind == TokenKind::Comment) {
                if (code && lastCode < tokens.size() && tokens[lastCode].end - tokens[lastCode].begin <= 64) {
                    state = tokenText(text, tokens[lastCode]) + u' ';
                }
            } else if (code) {
                state = QStringLiteral("\"\"");
            } else if (tagOpen >= 0 && t.begin - tagOpen <= kMaxScriptTag) {
                state = text.mid(tagOpen, t.begin - tagOpen) + QStringLiteral("\"\"");
            }
            skip = {Cut::Kind::Skip, t.begin, cleanTag(carry.toString() + state), !code};
        }
        if (t.kind != TokenKind::Comment) {
            lastCode = i;
        }
        if (next != i) {
            lastCode = next;
            i = next;
        }
    }
    if (skip.offset >= 0) {
        return skip;
    }
    if (before.offset >= 0) {
        return before;
    }
    if (!markup && !covered) {
        // White space: the lexer is between tokens, in the state the token before leaves it in.
        QString state;
        if (lastCode < tokens.size() && tokens[lastCode].end - tokens[lastCode].begin <= 64) {
            state = tokenText(text, tokens[lastCode]) + u' ';
        }
        return {Cut::Kind::Gap, e, cleanTag(state)};
    }
    return {Cut::Kind::Blind, e, {}};
}

/// Where a comment or string that a window cannot hold ends: a scanner for the usual delimiters, not a lexer (the
/// strings inside a template's "${...}" are not told apart, nor C++ raw strings and other rare forms: those give up).
class TokenEnd
{
public:
    /// Sets up for the token that starts with start; *opening: the characters of its opening delimiter. False for a
    /// kind it does not know.
    bool start(QStringView start, TokenKind kind, Language language, bool markupValue, qsizetype* opening)
    {
        if (kind == TokenKind::Comment) {
            if (start.startsWith(u"/*")) {
                m_mode = Mode::Block;
                m_nested = language == Language::Kotlin || language == Language::Swift;
                m_depth = 1;
                *opening = 2;
                return true;
            }
            if (start.startsWith(u"<!--")) {
                m_mode = Mode::MarkupComment;
                *opening = 4;
                return true;
            }
            if (start.startsWith(u"#[") || start.startsWith(u"=begin")) {
                return false; // CMake bracket comments, Ruby's =begin ... =end
            }
            m_mode = Mode::Line; // "//", "#", "-->": to the line's end
            *opening = 1;
            return true;
        }
        if (kind != TokenKind::String && kind != TokenKind::Template) {
            return false;
        }
        qsizetype p = start.startsWith(u'@') ? 1 : 0;
        const qsizetype prefix = p;
        while (p < start.size() && start[p].unicode() < 0x80 && start[p].isLetterOrNumber()) {
            ++p;
        }
        if (p >= start.size() || start.mid(prefix, p - prefix).contains(u'R')) {
            return false; // C++ raw strings
        }
        m_quote = start[p].unicode();
        if (m_quote != u'"' && m_quote != u'\'' && m_quote != u'`') {
            return false; // CMake brackets, Swift's #"..."#
        }
        m_escapes = !markupValue;
        if (start.mid(p, 3) == QString(3, QChar(m_quote))) {
            m_mode = Mode::Triple;
            *opening = p + 3;
        } else if (m_quote == u'`' && !markupValue &&
                   (language == Language::JavaScript || language == Language::TypeScript ||
                    language == Language::Html)) {
            m_mode = Mode::Template;
            *opening = p + 1;
        } else {
            m_mode = Mode::Quoted;
            m_singleLine = !markupValue && language != Language::CMake;
            *opening = p + 1;
        }
        return true;
    }

    /// Scans on; returns the index in text just past the token's end, or -1 when it goes on after text.
    qsizetype scan(QStringView text)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            const char16_t previous = std::exchange(m_previous, c);
            if (m_escaped) {
                m_escaped = false;
                m_previous = 0;
                continue;
            }
            switch (m_mode) {
            case Mode::Block:
                if (previous == u'*' && c == u'/') {
                    m_previous = 0;
                    if (--m_depth == 0) {
                        return i + 1;
                    }
                } else if (m_nested && previous == u'/' && c == u'*') {
                    m_previous = 0;
                    ++m_depth;
                }
                break;
            case Mode::MarkupComment:
                if (c == u'>' && m_run >= 2) {
                    return i + 1;
                }
                m_run = c == u'-' ? m_run + 1 : 0;
                break;
            case Mode::Line:
                if (c == u'\n' || c == u'\r') {
                    return i;
                }
                break;
            case Mode::Quoted:
            case Mode::Triple:
                if (m_escapes && c == u'\\') {
                    m_escaped = true;
                } else if (c == m_quote) {
                    if (m_mode == Mode::Quoted || ++m_run == 3) {
                        return i + 1;
                    }
                    break;
                } else if (m_singleLine && (c == u'\n' || c == u'\r')) {
                    return i; // unterminated: it ends at its line's end
                }
                m_run = 0;
                break;
            case Mode::Template:
                if (c == u'\\') {
                    m_escaped = true;
                } else if (m_depth == 0) {
                    if (c == u'`') {
                        return i + 1;
                    }
                    if (previous == u'$' && c == u'{') {
                        m_depth = 1;
                    }
                } else if (c == u'{') {
                    ++m_depth;
                } else if (c == u'}') {
                    --m_depth;
                }
                break;
            }
        }
        return -1;
    }

private:
    enum class Mode { Block, MarkupComment, Line, Quoted, Triple, Template };
    Mode m_mode = Mode::Line;
    char16_t m_quote = 0;
    char16_t m_previous = 0;
    bool m_nested = false;
    bool m_escapes = true;
    bool m_singleLine = false;
    bool m_escaped = false;
    int m_depth = 0;
    int m_run = 0;
};

/// Line breaks and columns over text fed piece by piece, counted as LineIndex counts them ("\r\n", "\n" and a lone
/// "\r" each end a line), and the last kLeadIn characters.
struct TextPosition
{
    qint64 lines = 0;   ///< line breaks before
    qint64 columns = 0; ///< UTF-16 code units before on the line
    QString leadIn;
    bool carriageReturn = false; ///< the last character was a '\r': a break unless a '\n' follows

    void feed(QStringView text)
    {
        for (const QChar ch : text) {
            const char16_t c = ch.unicode();
            if (std::exchange(carriageReturn, false) && c != u'\n') {
                ++lines;
                columns = 0;
            }
            if (c == u'\n') {
                ++lines;
                columns = 0;
            } else {
                carriageReturn = c == u'\r';
                ++columns;
            }
        }
        const qsizetype take = std::min(kLeadIn, text.size());
        leadIn = leadIn.right(kLeadIn - take) + text.last(take);
    }
};

/// Decodes a piece of a file that starts at a character and ends at the last whole one within bytes (all of them
/// at the end of the file). Returns the bytes decoded, or -1 when they are not clean UTF-8 or UTF-16.
qsizetype decodeWhole(QByteArrayView bytes, Encoding encoding, bool last, QString& text)
{
    qsizetype n = bytes.size();
    if (encoding != Encoding::Bytes) {
        n &= ~qsizetype(1);
        if (!last && n >= 2) {
            const char16_t unit = encoding == Encoding::Utf16LE
                                      ? char16_t(quint8(bytes[n - 2]) | quint8(bytes[n - 1]) << 8)
                                      : char16_t(quint8(bytes[n - 1]) | quint8(bytes[n - 2]) << 8);
            n -= QChar::isHighSurrogate(unit) ? 2 : 0;
        }
        QStringDecoder decoder =
            utf16Decoder(encoding, QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
        text = decoder.decode(bytes.first(n));
        return n;
    }
    if (!last) {
        // Back to the start of the last character; keep it when it is whole.
        qsizetype lead = n;
        while (lead > 0 && n - lead < 4 && (quint8(bytes[lead - 1]) & 0xC0) == 0x80) {
            --lead;
        }
        if (lead > 0) {
            const quint8 b = quint8(bytes[lead - 1]);
            const qsizetype length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            n = lead - 1 + length <= n ? n : lead - 1;
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8,
                        QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    text = utf8.decode(bytes.first(n));
    return utf8.hasError() ? -1 : n;
}

/// Where a window lies in the file, to map its places back: line, column and snippet.
struct WindowPlace
{
    QStringView text;     ///< the window's text: the carried tag (prefixSize characters), then its own
    qsizetype prefixSize; ///< characters of the carried tag
    const LineIndex& lines;
    int lineCount;
    bool last;            ///< the window ends the file: its last line ends there
    qint64 linesBefore;   ///< line breaks before the window's own text
    qint64 columnsBefore; ///< UTF-16 code units before it on its first line
    QStringView leadIn;   ///< up to kLeadIn characters of the file before it
    /// The window's places lie in [prefixSize, keepEnd): up to the next window's start, and half of what follows it
    /// (a place reported after the call it belongs to). The next window's reports of the same places are dropped.
    qsizetype keepEnd = 0;

    /// The offset in text of a place the analyzer found at a 1-based line and column of text.
    qsizetype offsetOf(int line, int column) const { return lines.lineStart(line) + column - 1; }
    bool keeps(qsizetype offset) const { return offset >= prefixSize && offset < keepEnd; }

    /// The line breaks and columns before offset, from the file's start, and the text before it.
    TextPosition positionAt(qsizetype offset) const
    {
        TextPosition position;
        const int line = lines.lineOf(static_cast<int>(offset));
        position.lines = linesBefore + line - 1;
        position.columns = line == 1 ? columnsBefore + offset - prefixSize : offset - lines.lineStart(line);
        const qsizetype take = std::min(kLeadIn, offset - prefixSize);
        position.leadIn = leadIn.right(kLeadIn - take) + text.mid(offset - take, take);
        return position;
    }

    /// Turns the window's line and column of the place at offset (length long) into the file's, with its snippet.
    void rebase(qsizetype offset, qsizetype length, int& line, int& column, QString& snippet) const
    {
        const int l = line;
        const qsizetype own = offset - prefixSize; // from here on, offsets count from the window's own text
        // The line in own offsets: it may start before the window (negative, into the lead-in) or end after it.
        const qint64 lineStart = l == 1 ? -columnsBefore : lines.lineStart(l) - prefixSize;
        qsizetype lineEnd = l < lineCount ? lines.lineStart(l + 1) : text.size();
        while (lineEnd > std::max<qsizetype>(prefixSize, lines.lineStart(l)) &&
               (text[lineEnd - 1] == u'\n' || text[lineEnd - 1] == u'\r')) {
            --lineEnd;
        }
        lineEnd -= prefixSize;
        const bool goesOn = l == lineCount && !last;
        const qint64 from = std::max<qint64>({lineStart, qint64(own) - 200, -qint64(leadIn.size())});
        const qint64 to = std::min<qint64>(lineEnd, own + length + 200);
        QString part;
        if (from < 0) {
            part = leadIn.right(static_cast<qsizetype>(-from)).toString();
        }
        const qsizetype ownFrom = static_cast<qsizetype>(std::max<qint64>(0, from));
        part += text.mid(prefixSize + ownFrom, static_cast<qsizetype>(to) - ownFrom);
        snippet = LineIndex::snippetOf(part, static_cast<qsizetype>(own - from), length, from > lineStart,
                                       to < lineEnd || goesOn);
        line = static_cast<int>(std::min<qint64>(INT_MAX, linesBefore + l));
        if (l == 1) {
            column = static_cast<int>(std::min<qint64>(INT_MAX, columnsBefore + own + 1));
        }
    }
};

/// The state the next window starts from.
struct NextWindow
{
    qint64 byte = -1; ///< -1: no next window (the rest of the file is inside one token)
    TextPosition position;
    QString prefix;
};

/// Skip: reads on from the window's end to the end of the comment or string that starts at offset. False when it
/// cannot tell (an encoding or a token it does not know); a token that runs to the end of the file leaves no next
/// window.
bool skipLongToken(ScannedFile& file, const WindowPlace& place, const Token& token, qint64 windowByte,
                   Encoding encoding, Decoding decoding, Language language, const Cut& cut, qint64 chunkBytes,
                   NextWindow* next, Message* failure)
{
    if (decoding != Decoding::Utf8 && decoding != Decoding::Utf16) {
        return false;
    }
    TokenEnd end;
    qsizetype opening = 0;
    const QStringView text = place.text;
    if (!end.start(text.mid(token.begin, 16), token.kind, language, cut.markupValue, &opening)) {
        return false;
    }
    next->prefix = cut.prefix;
    next->position = place.positionAt(token.begin);
    const qsizetype from = token.begin + std::min(opening, text.size() - token.begin);
    next->position.feed(text.mid(token.begin, from - token.begin));
    if (const qsizetype at = end.scan(text.sliced(from)); at >= 0) {
        next->position.feed(text.mid(from, at));
        next->byte = windowByte + encodedLength(text.mid(place.prefixSize, from + at - place.prefixSize), decoding);
        return true;
    }
    next->position.feed(text.sliced(from));
    qint64 byte = windowByte + encodedLength(text.sliced(place.prefixSize), decoding);
    QByteArray buffer;
    QString chunk;
    while (byte < file.size()) {
        if (!file.readAt(byte, std::min(chunkBytes, file.size() - byte), buffer, failure)) {
            return false;
        }
        const bool last = byte + buffer.size() >= file.size();
        const qsizetype used = decodeWhole(buffer, encoding, last, chunk);
        if (used <= 0) {
            return false;
        }
        if (const qsizetype at = end.scan(chunk); at >= 0) {
            next->position.feed(QStringView(chunk).first(at));
            next->byte = byte + encodedLength(QStringView(chunk).first(at), decoding);
            return true;
        }
        next->position.feed(chunk);
        byte += used;
    }
    next->byte = -1; // the token runs to the end of the file, as it does for the lexer of the whole file
    return true;
}

QString placeKey(const QString& rule, int line, int column)
{
    return rule + u':' + QString::number(line) + u':' + QString::number(column);
}

} // namespace

LargeFileScan analyzeLargeFile(const RuleIndex& index, const QString& path, const QByteArray& nativePath,
                               const QString& relativePath, qint64 maxBytes, bool sdkFile,
                               const LargeFileOptions& options)
{
    LargeFileScan result;
    ScannedFile file;
    if (!file.open(path, nativePath, options.nativeRoot, &result.failure)) {
        return result;
    }
    result.size = file.size();
    if (result.size > maxBytes) {
        result.status = LargeFileScan::Status::TooLarge;
        return result;
    }
    QByteArray head;
    if (!file.readAt(0, std::min(kHead, result.size), head, &result.failure)) {
        return result;
    }
    if (looksBinary(head)) {
        result.status = LargeFileScan::Status::Binary;
        return result;
    }
    // The encoding as decodeSource tells it from the head; a byte order mark is not part of the text.
    const Utf16Kind utf16 = utf16Kind(head);
    Encoding encoding = Encoding::Bytes;
    qint64 begin = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (utf16 != Utf16Kind::None) {
        const bool littleEndian = utf16 == Utf16Kind::LittleEndianBom || utf16 == Utf16Kind::LittleEndian;
        encoding = littleEndian ? Encoding::Utf16LE : Encoding::Utf16BE;
        begin = utf16 == Utf16Kind::LittleEndianBom || utf16 == Utf16Kind::BigEndianBom ? 2 : 0;
    }

    FileScan& scan = result.scan;
    scan.file = relativePath;
    scan.language = languageForFileName(relativePath);
    const auto slash = relativePath.lastIndexOf(u'/');
    index.projectMarkers(slash >= 0 ? QStringView(relativePath).sliced(slash + 1) : QStringView(relativePath),
                         scan.projectMarkers);
    scan.sdkFile = sdkFile || index.inSdkFolder(relativePath);

    const qint64 chunkBytes = std::max<qint64>(options.chunkBytes, 4096);
    std::vector<bool> hits;
    if (!findLiterals(file, begin, encoding, index.prefilter(), chunkBytes, options.cancel, hits, &result.failure)) {
        if (canceled(options.cancel)) {
            result.status = LargeFileScan::Status::Canceled;
        }
        return result;
    }
    result.status = LargeFileScan::Status::Analysed;
    // As analyzeFile: nothing to do unless a literal found enables a rule of the file's language.
    bool any = false;
    for (int lit = 0; lit < index.prefilter().literalCount() && !any; ++lit) {
        if (hits[static_cast<std::size_t>(lit)]) {
            for (int r : index.rulesForLiteral(lit)) {
                any = any || index.rule(r).appliesTo(scan.language);
            }
        }
    }
    if (!any) {
        return result;
    }
    // Fingerprints count their markers over the whole file. A vendored SDK is known before the first window, as the
    // whole-file analysis knows it before any other match: only presence rules apply to it.
    AnalysisWindow window;
    {
        QHash<QByteArray, int> literalIndex;
        for (int lit = 0; lit < index.prefilter().literalCount(); ++lit) {
            literalIndex.insert(index.prefilter().literal(lit), lit);
        }
        for (int r = 0; r < static_cast<int>(index.rules().size()); ++r) {
            const Rule& rule = index.rule(r);
            if (rule.kind != MatchKind::Fingerprint || !rule.appliesTo(scan.language)) {
                continue;
            }
            int found = 0;
            for (const auto& literal : rule.literals) {
                const auto it = literalIndex.constFind(literal.toUtf8());
                found += it != literalIndex.cend() && hits[static_cast<std::size_t>(*it)] ? 1 : 0;
            }
            if (found >= rule.min && found > 0) {
                window.fingerprintMarkers.insert(r, found);
                scan.sdkFile = true;
                scan.webMarker = true;
            }
        }
    }

    // Their version comes from the whole text: the first match in the file, whichever window holds it.
    QHash<int, QString> contentVersions;
    for (auto it = window.fingerprintMarkers.cbegin(); it != window.fingerprintMarkers.cend(); ++it) {
        if (index.rule(it.key()).version.fromContent) {
            contentVersions.insert(it.key(), {});
        }
    }

    const qint64 windowBytes = std::max<qint64>(options.windowBytes, 256) & ~qint64(1);
    const qint64 afterBytes = std::max<qint64>(options.afterBytes, 256) & ~qint64(1);
    NextWindow state;
    state.byte = begin;
    QSet<QString> kept;          // the findings and inventory places kept, by rule (or API), line and column
    QSet<QString> lineRuleLines; // a line rule reports once per line, whatever the windows it spans
    QByteArray buffer;
    while (state.byte >= 0 && state.byte < result.size) {
        if (canceled(options.cancel)) {
            result.status = LargeFileScan::Status::Canceled;
            result.scan = {};
            return result;
        }
        const qint64 byte = state.byte;
        if (!file.readAt(byte, std::min(windowBytes + afterBytes, result.size - byte), buffer, &result.failure)) {
            result.status = LargeFileScan::Status::Failed;
            return result;
        }
        if (buffer.isEmpty()) {
            break; // the file shrank
        }
        ++result.windows;
        const bool last = byte + buffer.size() >= result.size;
        // The hole of a sparse file: NUL characters are blanks to every lexer, so the state stays the initial one.
        if (allZero(buffer.constData(), buffer.size())) {
            const qint64 advance = last ? buffer.size() : std::min<qint64>(buffer.size(), windowBytes);
            const qint64 chars = encoding == Encoding::Bytes ? advance : advance / 2;
            state.position.feed(QString(static_cast<qsizetype>(std::min<qint64>(kLeadIn, chars)), QChar(0)));
            state.position.columns += chars - std::min<qint64>(kLeadIn, chars);
            state.byte += advance;
            continue;
        }
        QString text = state.prefix;
        const qsizetype prefixSize = text.size();
        const Decoding decoding = decodeWindow(buffer, encoding, last, text);

        FileScan part;
        part.file = relativePath;
        part.language = scan.language;
        part.sdkFile = scan.sdkFile;
        window.linesBefore = state.position.lines;
        ContentAnalyzer analyzer(index, relativePath, text, scan.language, part, &window);
        analyzer.run(hits);
        const LineIndex& lines = analyzer.lines();
        const auto& tokens = analyzer.tokens();
        WindowPlace place{text,
                          prefixSize,
                          lines,
                          lines.lineOf(static_cast<int>(text.size())),
                          last,
                          state.position.lines,
                          state.position.columns,
                          state.position.leadIn};

        // Where this window's places end and the next window starts.
        NextWindow next;
        qsizetype cut = text.size();
        if (!last) {
            // The nominal end e: the share of the window's own text that its first windowBytes bytes make.
            const qsizetype own = text.size() - prefixSize;
            const qsizetype e = prefixSize + static_cast<qsizetype>(qint64(own) * windowBytes / buffer.size());
            Cut chosen = chooseCut(text, tokens, prefixSize, e, e + (text.size() - e) / 2, scan.language);
            if (chosen.kind == Cut::Kind::Skip) {
                const auto token = std::lower_bound(tokens.begin(), tokens.end(), chosen.offset,
                                                    [](const Token& t, qsizetype at) { return t.begin < at; });
                if (!skipLongToken(file, place, *token, byte, encoding, decoding, scan.language, chosen, chunkBytes,
                                   &next, &result.failure)) {
                    if (!result.failure.isEmpty()) {
                        result.status = LargeFileScan::Status::Failed;
                        return result;
                    }
                    chosen = {Cut::Kind::Blind, e, {}};
                }
            }
            if (chosen.kind != Cut::Kind::Skip) {
                const QStringView before = QStringView(text).mid(prefixSize, chosen.offset - prefixSize);
                qint64 length = decoding == Decoding::Replaced
                                    ? replacedLength(buffer, QStringView(text).sliced(prefixSize), before.size())
                                    : encodedLength(before, decoding);
                if (length < 0) {
                    // Invalid bytes around the cut: end at a line break after e instead (a line break byte is never
                    // part of a character), else at e. The lexer's state is not known there.
                    const qsizetype from = static_cast<qsizetype>(windowBytes);
                    const qsizetype reach =
                        std::min<qsizetype>(static_cast<qsizetype>(afterBytes / 2), buffer.size() - from);
                    const void* newline =
                        reach > 0 ? std::memchr(buffer.constData() + from, '\n', static_cast<size_t>(reach)) : nullptr;
                    length = newline ? static_cast<const char*>(newline) - buffer.constData() + 1 : from;
                    while (length > 1 && (static_cast<unsigned char>(buffer.at(length)) & 0xC0) == 0x80) {
                        --length; // not inside a character
                    }
                    QStringDecoder utf8(QStringConverter::Utf8,
                                        QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
                    chosen = {Cut::Kind::Blind, prefixSize + QString(utf8.decode(buffer.first(length))).size(), {}};
                }
                cut = chosen.offset;
                next.position = place.positionAt(cut);
                next.prefix = chosen.prefix;
                next.byte = byte + length;
            }
            result.blindStarts += chosen.kind == Cut::Kind::Blind ? 1 : 0;
        }
        qCDebug(lcScan) << "window at" << byte << "bytes" << buffer.size() << "decoding" << int(decoding) << "cut"
                        << cut << "of" << text.size() << "next" << next.byte;
        // A place is reported where its match lies, which may follow what it belongs to (the argument of a call): the
        // places just after the cut are kept too, as the next window does not see the call.
        place.keepEnd = cut + (text.size() - cut) / 2;

        for (auto& c : part.candidates) {
            Finding& f = c.finding;
            const qsizetype at = place.offsetOf(f.line, f.column);
            if (!place.keeps(at)) {
                continue;
            }
            place.rebase(at, f.length, f.line, f.column, f.snippet);
            const QString key = placeKey(f.rule, f.line, f.column);
            if (kept.contains(key)) {
                continue;
            }
            kept.insert(key);
            const Rule* rule = index.catalog().rule(f.rule);
            if (rule && rule->kind == MatchKind::Text) {
                const QString lineKey = f.rule + u':' + QString::number(f.line);
                if (lineRuleLines.contains(lineKey)) {
                    continue;
                }
                lineRuleLines.insert(lineKey);
            }
            if (rule && rule->kind == MatchKind::Fingerprint) {
                for (auto it = window.fingerprintMarkers.begin(); it != window.fingerprintMarkers.end(); ++it) {
                    if (index.rule(it.key()).id == f.rule) {
                        window.fingerprintMarkers.erase(it);
                        break;
                    }
                }
            }
            scan.candidates.push_back(std::move(c));
        }
        for (auto& c : part.inventory) {
            const qsizetype at = place.offsetOf(c.line, c.column);
            if (!place.keeps(at)) {
                continue;
            }
            const auto t = std::lower_bound(tokens.begin(), tokens.end(), at,
                                            [](const Token& token, qsizetype offset) { return token.begin < offset; });
            const qsizetype length = t != tokens.end() && t->begin == at ? t->end - t->begin : c.name.size();
            place.rebase(at, length, c.line, c.column, c.snippet);
            const QString key = u'#' + placeKey(QString::number(c.api), c.line, c.column);
            if (!kept.contains(key)) {
                kept.insert(key);
                scan.inventory.push_back(std::move(c));
            }
        }
        for (auto it = contentVersions.begin(); it != contentVersions.end(); ++it) {
            const Rule& rule = index.rule(it.key());
            if (it->isEmpty() && rule.version.regex.isValid() && !rule.version.regex.pattern().isEmpty()) {
                *it = rule.version.regex.match(QStringView(text).sliced(prefixSize)).captured(1);
            }
        }
        scan.boundNames << part.boundNames;
        scan.shimClasses << part.shimClasses;
        scan.localImports << part.localImports;
        scan.webMarker = scan.webMarker || part.webMarker;
        scan.definesFactory = scan.definesFactory || part.definesFactory;
        scan.sdkFile = scan.sdkFile || part.sdkFile;
        if (last) {
            break;
        }
        state = std::move(next);
    }
    for (auto& c : scan.candidates) {
        const Rule* rule = index.catalog().rule(c.finding.rule);
        for (auto it = contentVersions.cbegin(); rule && it != contentVersions.cend(); ++it) {
            if (!it->isEmpty() && index.rule(it.key()).id == rule->id) {
                c.finding.version = *it;
                c.finding.versionMissing = {};
            }
        }
    }
    scan.boundNames.removeDuplicates();
    scan.shimClasses.removeDuplicates();
    scan.localImports.removeDuplicates();
    const bool waits = std::any_of(scan.candidates.begin(), scan.candidates.end(),
                                   [](const Candidate& c) { return c.requirement == Requirement::SignalingWebFile; });
    if (scan.webMarker || !waits) {
        scan.localImports.clear();
    }
    if (scan.sdkFile || scan.candidates.empty() || !isCodeLanguage(scan.language)) {
        scan.inventory.clear();
    }
    qCDebug(lcScan) << relativePath << result.size << "bytes in" << result.windows << "windows," << result.blindStarts
                    << "blind starts";
    return result;
}

} // namespace sig2rtm
