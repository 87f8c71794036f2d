// SPDX-License-Identifier: MIT
// The source viewer: files decoded as the engine reads them, coloured by the engine's own lexers (a comment
// or a string there is one here too, across lines), the finding's line and match highlighted.

#include "sourceviewer.h"
#include "syntaxhighlighter.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace sig2rtm;
using namespace sig2rtm::ui;
using namespace Qt::StringLiterals;

namespace {

/// The highlighter's format at a 0-based position of a 1-based line, or an empty format.
QTextCharFormat formatAt(const SourceViewer& viewer, int line, int position)
{
    const QTextBlock block = viewer.document()->findBlockByNumber(line - 1);
    for (const auto& range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return file.fileName();
}

} // namespace

class TestSourceViewer final : public QObject
{
    Q_OBJECT

private slots:
    void theLineMarkerAndNumbersAreNeverClipped()
    {
        QTemporaryDir dir;
        QByteArray text;
        for (int i = 1; i <= 1200; ++i) {
            text += "line\n";
        }
        const QString path = write(dir, u"long.js"_s, text);
        SourceViewer viewer;
        QVERIFY(viewer.showFile(path, 1000));
        QFont bold = viewer.font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        // The gutter holds the marker and the widest (bold) line number side by side.
        QVERIFY(viewer.lineNumberAreaWidth() >=
                metrics.horizontalAdvance(u"▶"_s) + metrics.horizontalAdvance(u"1200"_s));
    }

    void hiddenCharactersShowAsEscapesAndTheMatchStaysOnTheCall()
    {
        // "Trojan Source": an override and an isolate reorder what a reader sees; a zero-width space hides.
        QTemporaryDir dir;
        const QString code = u"var isAdmin = false; /* \u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */\n"
                             u"session.messageInstantSend(pe\u200Ber, msg);\n"_s;
        const QString path = write(dir, u"trojan.js"_s, code.toUtf8());
        SourceViewer viewer;
        // Line 2, column of "messageInstantSend" (9), 18 long: after the escape, still on the call.
        QVERIFY(viewer.showFile(path, 2, 9, 18));
        QCOMPARE(viewer.lineText(1),
                 u"var isAdmin = false; /* <U+202E> } <U+2066>if (isAdmin)<U+2069> <U+2066> begin admins only */"_s);
        QCOMPARE(viewer.lineText(2), u"session.messageInstantSend(pe<U+200B>er, msg);"_s);
        QVERIFY(!viewer.toPlainText().contains(QChar(0x202E)));
        const auto selections = viewer.extraSelections();
        QCOMPARE(selections.size(), 2);
        QCOMPARE(selections[1].cursor.selectedText(), u"messageInstantSend"_s);
        // A column after the escape is moved by its length: "er" follows "<U+200B>".
        QCOMPARE(viewer.shownColumn(2, 31), 31 + 8 - 1);
        QCOMPARE(viewer.shownColumn(1, 1), 1);
    }

    void javaScriptIsColouredByItsLexer()
    {
        QTemporaryDir dir;
        // CRLF line ends, a keyword, a string, a number, a line comment and a block comment over two lines.
        const QString path = write(dir, u"chat.js"_s,
                                   "var channel = signal.channelJoin('lobby'); // join\r\n"
                                   "/* the old\r\n"
                                   "   API */ var n = 42;\r\n");
        QVERIFY(!path.isEmpty());
        SourceViewer viewer;
        QVERIFY(viewer.showFile(path, 1, 22, 11));
        const SyntaxHighlighter& h = *viewer.highlighter();
        QCOMPARE(formatAt(viewer, 1, 0), h.formatOf(TokenKind::Keyword));  // var
        QCOMPARE(formatAt(viewer, 1, 4), QTextCharFormat());               // channel
        QCOMPARE(formatAt(viewer, 1, 34), h.formatOf(TokenKind::String));  // 'lobby'
        QCOMPARE(formatAt(viewer, 1, 45), h.formatOf(TokenKind::Comment)); // // join
        QCOMPARE(formatAt(viewer, 2, 3), h.formatOf(TokenKind::Comment));  // /* the old
        QCOMPARE(formatAt(viewer, 3, 4), h.formatOf(TokenKind::Comment));  //    API */
        QCOMPARE(formatAt(viewer, 3, 10), h.formatOf(TokenKind::Keyword)); // var
        QCOMPARE(formatAt(viewer, 3, 18), h.formatOf(TokenKind::Number));  // 42
        QVERIFY(h.formatOf(TokenKind::Comment).fontItalic());
        QVERIFY(h.formatOf(TokenKind::String) != h.formatOf(TokenKind::Keyword));
        // The match is still where the finding says: CRLF became one line break, columns did not move.
        QCOMPARE(viewer.lineText(1).mid(21, 11), u"channelJoin"_s);
        QCOMPARE(viewer.document()->blockCount(), 4);
    }

    void pythonTripleQuotedStringSpansLines()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"tool.py"_s, "doc = \"\"\"first\nsecond\"\"\"\nimport os  # why\n");
        SourceViewer viewer;
        QVERIFY(viewer.showFile(path, 2));
        const SyntaxHighlighter& h = *viewer.highlighter();
        QCOMPARE(formatAt(viewer, 1, 7), h.formatOf(TokenKind::String));
        QCOMPARE(formatAt(viewer, 2, 2), h.formatOf(TokenKind::String));
        QCOMPARE(formatAt(viewer, 3, 0), h.formatOf(TokenKind::Keyword));
        QCOMPARE(formatAt(viewer, 3, 12), h.formatOf(TokenKind::Comment));
    }

    void unknownFilesArePlain()
    {
        QTemporaryDir dir;
        const QString path = write(dir, u"notes.unknownext"_s, "var x = 'y'; // z\n");
        SourceViewer viewer;
        QVERIFY(viewer.showFile(path, 1));
        QVERIFY(viewer.document()->findBlockByNumber(0).layout()->formats().isEmpty());
        // Another file replaces the colours, a message clears them.
        viewer.showMessage(u"nothing"_s);
        QCOMPARE(viewer.document()->toPlainText(), QString());
    }
};

QTEST_MAIN(TestSourceViewer)
#include "tst_sourceviewer.moc"
