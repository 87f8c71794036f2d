#include <QTest>
class TestLexer : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TestLexer)
#include "tst_lexer.moc"
