// SPDX-License-Identifier: MIT
#include "lexer.h"

#include <algorithm>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>
#include <vector>

using namespace sig2rtm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sig2rtm::Language)

namespace {

QString kindCode(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Identifier:
        return u"I"_s;
    case TokenKind::Keyword:
        return u"K"_s;
    case TokenKind::Number:
        return u"N"_s;
    case TokenKind::String:
        return u"S"_s;
    case TokenKind::Template:
        return u"T"_s;
    case TokenKind::Regex:
        return u"R"_s;
    case TokenKind::Comment:
        return u"C"_s;
    case TokenKind::Punct:
        return u"P"_s;
    case TokenKind::Preprocessor:
        return u"D"_s;
    }
    return u"?"_s;
}

QString printable(QStringView text)
{
    QString out = text.toString();
    out.replace(u"\r"_s, u"\\r"_s).replace(u"\n"_s, u"\\n"_s);
    return out;
}

// "K(import) I(x) S('y')": kind code and text of every token.
QString render(const QString& text, Language language)
{
    QStringList parts;
    for (const Token& token : tokenize(text, language)) {
        parts << kindCode(token.kind) + u'(' + printable(tokenText(text, token)) + u')';
    }
    return parts.join(u' ');
}

// "a@1:1 b@2:1": text and position of every token.
QString renderPositions(const QString& text, Language language)
{
    QStringList parts;
    for (const Token& token : tokenize(text, language)) {
        parts << printable(tokenText(text, token)) + u'@' + QString::number(token.line) + u':' +
                     QString::number(token.column);
    }
    return parts.join(u' ');
}

// Offsets at which lines start, by the lexer's rule: \r\n, \n and a lone \r each end a line.
std::vector<int> lineStarts(QStringView text)
{
    std::vector<int> starts{0};
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        }
        if (text[i] == u'\r' || text[i] == u'\n') {
            starts.push_back(i + 1);
        }
    }
    return starts;
}

// Empty when the tokens are sane: non-empty, in bounds, ascending, non-overlapping, with line and column matching
// their offset; every value computable.
QString checkTokens(QStringView text, const std::vector<Token>& tokens)
{
    const std::vector<int> starts = lineStarts(text);
    int previousEnd = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        auto where = [&] { return u"token %1 [%2,%3)"_s.arg(i).arg(token.begin).arg(token.end); };
        if (token.begin < previousEnd || token.begin >= token.end || token.end > text.size()) {
            return where() + u" is out of order, empty or out of bounds (previous end %1, size %2)"_s.arg(previousEnd)
                                 .arg(text.size());
        }
        const auto line = std::upper_bound(starts.begin(), starts.end(), token.begin) - starts.begin();
        const int column = token.begin - starts[static_cast<std::size_t>(line - 1)] + 1;
        if (token.line != line || token.column != column) {
            return where() + u" at %1:%2, expected %3:%4"_s.arg(token.line).arg(token.column).arg(line).arg(column);
        }
        previousEnd = token.end;
        (void)tokenValue(text, token);
    }
    return {};
}

} // namespace

class TestLexer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data();
    void tokens();
    void positions_data();
    void positions();
    void htmlScriptOffsets();
    void values_data();
    void values();
    void valueOfInvalidToken();
    void unknownLanguageYieldsNothing();
    void emptyInput();
    void randomInputStaysSane_data();
    void randomInputStaysSane();
    void adversarialInput_data();
    void adversarialInput();
    void largeMinifiedLine_data();
    void largeMinifiedLine();
};

void TestLexer::tokens_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const Language js = Language::JavaScript;
    QTest::newRow("js: comments hide code") << js << u"a // agoraSig.login()\n/* AgoraSig */ b"_s
                                            << u"I(a) C(// agoraSig.login()) C(/* AgoraSig */) I(b)"_s;
    QTest::newRow("js: strings") << js << uR"(x = 'a\'b' + "c\"d")"_s << uR"(I(x) P(=) S('a\'b') P(+) S("c\"d"))"_s;
    QTest::newRow("js: division") << js << u"a = b / c / d"_s << u"I(a) P(=) I(b) P(/) I(c) P(/) I(d)"_s;
    QTest::newRow("js: division after paren") << js << u"(a) / 2 / 3"_s << u"P(() I(a) P()) P(/) N(2) P(/) N(3)"_s;
    QTest::newRow("js: regex after =") << js << u"x = /ab+c/gi.test(s)"_s
                                       << u"I(x) P(=) R(/ab+c/gi) P(.) I(test) P(() I(s) P())"_s;
    QTest::newRow("js: regex after return, slash in class")
        << js << u"return /[/]/.source"_s << u"K(return) R(/[/]/) P(.) I(source)"_s;
    QTest::newRow("js: regex after (") << js << uR"(f(/\//g, ""))"_s << uR"(I(f) P(() R(/\//g) P(,) S("") P()))"_s;
    QTest::newRow("js: division after this") << js << u"this / 2"_s << u"K(this) P(/) N(2)"_s;
    QTest::newRow("js: unclosed regex is division") << js << u"x = / 2\ny"_s << u"I(x) P(=) P(/) N(2) I(y)"_s;
    QTest::newRow("js: template with nested substitutions")
        << js << u"t = `a${ `b${c}` + '}' }d` + e"_s << u"I(t) P(=) T(`a${ `b${c}` + '}' }d`) P(+) I(e)"_s;
    QTest::newRow("js: template with braces in substitution")
        << js << u"`${ {a: 1}.a }` x"_s << u"T(`${ {a: 1}.a }`) I(x)"_s;
    QTest::newRow("js: template regex in substitution")
        << js << u"`${ s.replace(/}/g, '') }` x"_s << u"T(`${ s.replace(/}/g, '') }`) I(x)"_s;
    QTest::newRow("js: template without substitution is a string")
        << js << uR"(`plain \${x}` y)"_s << uR"(S(`plain \${x}`) I(y))"_s;
    QTest::newRow("js: multi-line template") << js << u"`a\nb` c"_s << u"S(`a\\nb`) I(c)"_s;
    QTest::newRow("js: shebang") << js << u"#!/usr/bin/env node\nimport x from 'agora-rtm-sdk'"_s
                                 << u"C(#!/usr/bin/env node) K(import) I(x) K(from) S('agora-rtm-sdk')"_s;
    QTest::newRow("js: property names are identifiers")
        << js << u"Array.from(p.catch)"_s << u"I(Array) P(.) I(from) P(() I(p) P(.) I(catch) P())"_s;
    QTest::newRow("js: spread keeps keywords")
        << js << u"[...new Set()]"_s << u"P([) P(.) P(.) P(.) K(new) I(Set) P(() P()) P(])"_s;
    QTest::newRow("js: numbers") << js << u"0x1F 1_000 1.5e-3 .5 10n 0b101 0o17 10103e5"_s
                                 << u"N(0x1F) N(1_000) N(1.5e-3) N(.5) N(10n) N(0b101) N(0o17) N(10103e5)"_s;
    QTest::newRow("js: operators are single characters")
        << js << u"a => b?.c === d"_s << u"I(a) P(=) P(>) I(b) P(?) P(.) I(c) P(=) P(=) P(=) I(d)"_s;
    QTest::newRow("js: private name") << js << u"#x"_s << u"P(#) I(x)"_s;
    QTest::newRow("js: html comments") << js << u"<!-- a\n--> b\nc"_s << u"C(<!-- a) C(--> b) I(c)"_s;
    QTest::newRow("js: decrement then greater") << js << u"x-->y"_s << u"I(x) P(-) P(-) P(>) I(y)"_s;
    QTest::newRow("js: non-ASCII identifier") << js << u"const 名前 = $el"_s << u"K(const) I(名前) P(=) I($el)"_s;
    QTest::newRow("js: unterminated string ends at line end") << js << u"'abc\nd"_s << u"S('abc) I(d)"_s;
    QTest::newRow("js: unterminated template runs to the end") << js << u"`a${b\nc"_s << u"T(`a${b\\nc)"_s;
    QTest::newRow("js: unterminated block comment") << js << u"x /* a\nb"_s << u"I(x) C(/* a\\nb)"_s;

    const Language ts = Language::TypeScript;
    QTest::newRow("ts: interface") << ts << u"interface Foo { a: string }"_s
                                   << u"K(interface) I(Foo) P({) I(a) P(:) I(string) P(})"_s;
    QTest::newRow("ts: import") << ts << u"import { RTM } from \"agora-rtm-sdk\";"_s
                                << u"K(import) P({) I(RTM) P(}) K(from) S(\"agora-rtm-sdk\") P(;)"_s;
    QTest::newRow("js has no interface keyword") << js << u"interface"_s << u"I(interface)"_s;

    const Language java = Language::Java;
    QTest::newRow("java: import and comment") << java << u"import io.agora.Sig; // AgoraSig"_s
                                              << u"K(import) I(io) P(.) I(agora) P(.) I(Sig) P(;) C(// AgoraSig)"_s;
    QTest::newRow("java: literals") << java << u"char c = 'x'; long l = 10L; float f = 1.0f;"_s
                                    << u"K(char) I(c) P(=) S('x') P(;) K(long) I(l) P(=) N(10L) P(;) K(float) I(f) "
                                       u"P(=) N(1.0f) P(;)"_s;
    QTest::newRow("java: text block") << java << u"s = \"\"\"\n  hi \"there\"\n  \"\"\";"_s
                                      << u"I(s) P(=) S(\"\"\"\\n  hi \"there\"\\n  \"\"\") P(;)"_s;
    QTest::newRow("java: annotation") << java << u"@Override public void run()"_s
                                      << u"P(@) I(Override) K(public) K(void) I(run) P(() P())"_s;
    QTest::newRow("java: block comments do not nest")
        << java << u"/* a /* b */ c */"_s << u"C(/* a /* b */) I(c) P(*) P(/)"_s;

    const Language kotlin = Language::Kotlin;
    QTest::newRow("kotlin: nested comments") << kotlin << u"/* a /* b */ c */ d"_s << u"C(/* a /* b */ c */) I(d)"_s;
    QTest::newRow("kotlin: string template")
        << kotlin << u"val s = \"a ${f(\"}\")} b\" + c"_s << u"K(val) I(s) P(=) S(\"a ${f(\"}\")} b\") P(+) I(c)"_s;
    QTest::newRow("kotlin: raw string") << kotlin << u"\"\"\"x\\\ny\"z\"\"\" w"_s
                                        << u"S(\"\"\"x\\\\ny\"z\"\"\") I(w)"_s;
    QTest::newRow("kotlin: range") << kotlin << u"1..10"_s << u"N(1) P(.) P(.) N(10)"_s;
    QTest::newRow("kotlin: member call on number")
        << kotlin << u"1.toString()"_s << u"N(1) P(.) I(toString) P(() P())"_s;
    QTest::newRow("kotlin: fun") << kotlin << u"fun main() = println(\"hi\")"_s
                                 << u"K(fun) I(main) P(() P()) P(=) I(println) P(() S(\"hi\") P())"_s;
    QTest::newRow("kotlin: char literal") << kotlin << uR"('\'' x)"_s << uR"(S('\'') I(x))"_s;
    QTest::newRow("kotlin: unclosed interpolation ends at line end")
        << kotlin << u"\"a ${b\nc"_s << u"S(\"a ${b) I(c)"_s;
    QTest::newRow("kotlin: unterminated nested comment") << kotlin << u"/* /* */ x"_s << u"C(/* /* */ x)"_s;

    const Language objc = Language::ObjC;
    QTest::newRow("objc: @ string") << objc << u"NSString *s = @\"agora\";"_s
                                    << u"I(NSString) P(*) I(s) P(=) S(@\"agora\") P(;)"_s;
    QTest::newRow("objc: import angle brackets")
        << objc << u"#import <AgoraSigKit/AgoraSigKit.h>"_s
        << u"D(import) P(<) I(AgoraSigKit) P(/) I(AgoraSigKit) P(.) I(h) P(>)"_s;
    QTest::newRow("objc: directives") << objc << u"@interface Foo : NSObject\n@end"_s
                                      << u"P(@) K(interface) I(Foo) P(:) I(NSObject) P(@) K(end)"_s;
    QTest::newRow("objc: message") << objc << u"[sig login:@\"u\" token:nil];"_s
                                   << u"P([) I(sig) I(login) P(:) S(@\"u\") I(token) P(:) K(nil) P(]) P(;)"_s;
    QTest::newRow("objc: @ before non-directive") << objc << u"@YES @(1)"_s << u"P(@) K(YES) P(@) P(() N(1) P())"_s;

    const Language cpp = Language::Cpp;
    QTest::newRow("cpp: include quoted") << cpp << u"#include \"agora_sig.h\""_s << u"D(include) S(\"agora_sig.h\")"_s;
    QTest::newRow("cpp: indented directive") << cpp << u"  #  pragma once"_s << u"D(pragma) I(once)"_s;
    QTest::newRow("cpp: hash not first on line") << cpp << u"a # b"_s << u"I(a) P(#) I(b)"_s;
    QTest::newRow("cpp: directive after comment") << cpp << u"/* c */ #define X"_s << u"C(/* c */) D(define) I(X)"_s;
    QTest::newRow("cpp: null directive") << cpp << u"#\nx"_s << u"P(#) I(x)"_s;
    QTest::newRow("cpp: raw string") << cpp << uR"T(auto r = R"x(a")\b)x";)T"_s
                                     << uR"T(K(auto) I(r) P(=) S(R"x(a")\b)x") P(;))T"_s;
    QTest::newRow("cpp: raw string spans lines") << cpp << u"R\"(a\nb)\" c"_s << u"S(R\"(a\\nb)\") I(c)"_s;
    QTest::newRow("cpp: prefixed strings")
        << cpp << uR"T(u8R"(z)" LR"(w)" uR"(v)" UR"(t)" L"v" u'c' U"d" u8"e")T"_s
        << uR"T(S(u8R"(z)") S(LR"(w)") S(uR"(v)") S(UR"(t)") S(L"v") S(u'c') S(U"d") )T"
           uR"T(S(u8"e"))T"_s;
    QTest::newRow("cpp: prefix-like identifiers") << cpp << u"R x L"_s << u"I(R) I(x) I(L)"_s;
    QTest::newRow("cpp: unterminated raw string") << cpp << u"R\"d(abc\n)\" x"_s << u"S(R\"d(abc\\n)\" x)"_s;
    QTest::newRow("cpp: numbers") << cpp << u"1'000'000 0x1F 10u 1.0f 1. 0b1010 1e+10"_s
                                  << u"N(1'000'000) N(0x1F) N(10u) N(1.0f) N(1.) N(0b1010) N(1e+10)"_s;
    QTest::newRow("cpp: arrow and scope") << cpp << u"p->x a::b"_s << u"I(p) P(-) P(>) I(x) I(a) P(:) P(:) I(b)"_s;
    QTest::newRow("cpp: line continuation")
        << cpp << u"#define SIG \\\n  \"x\"\nint y;"_s << u"D(define) I(SIG) S(\"x\") K(int) I(y) P(;)"_s;
    QTest::newRow("cpp: continued directive is no new directive")
        << cpp << u"#define A \\\n#x"_s << u"D(define) I(A) P(#) I(x)"_s;
    QTest::newRow("cpp: spliced line comment") << cpp << u"// c \\\nstill\nx"_s << u"C(// c \\\\nstill) I(x)"_s;
    QTest::newRow("cpp: end is an identifier") << cpp << u"int end;"_s << u"K(int) I(end) P(;)"_s;
    QTest::newRow("cpp: char literal of a quote") << cpp << u"'\"' x"_s << u"S('\"') I(x)"_s;
    QTest::newRow("cpp: objc string in header") << cpp << u"@\"k\""_s << u"S(@\"k\")"_s;

    const Language swift = Language::Swift;
    QTest::newRow("swift: interpolation")
        << swift << u"let s = \"a \\(f(\"x\")) b\""_s << u"K(let) I(s) P(=) S(\"a \\(f(\"x\")) b\")"_s;
    QTest::newRow("swift: extended delimiters")
        << swift << u"#\"raw \\(x) \"q\" \"# y"_s << u"S(#\"raw \\(x) \"q\" \"#) I(y)"_s;
    QTest::newRow("swift: extended interpolation")
        << swift << u"##\"a \\##(f(\")\")) b\"## y"_s << u"S(##\"a \\##(f(\")\")) b\"##) I(y)"_s;
    QTest::newRow("swift: nested comments") << swift << u"/* a /* b */ c */ d"_s << u"C(/* a /* b */ c */) I(d)"_s;
    QTest::newRow("swift: multi-line string")
        << swift << u"\"\"\"\nline \"q\"\n\"\"\" x"_s << u"S(\"\"\"\\nline \"q\"\\n\"\"\") I(x)"_s;
    QTest::newRow("swift: compiler directive")
        << swift << u"#if DEBUG\n#endif"_s << u"P(#) K(if) I(DEBUG) P(#) I(endif)"_s;
    QTest::newRow("swift: half-open range") << swift << u"0..<n"_s << u"N(0) P(.) P(.) P(<) I(n)"_s;
    QTest::newRow("swift: import") << swift << u"import AgoraRtmKit"_s << u"K(import) I(AgoraRtmKit)"_s;
    QTest::newRow("swift: closure parameter") << swift << u"$0.name"_s << u"I($0) P(.) I(name)"_s;
    QTest::newRow("swift: unclosed interpolation") << swift << u"\"a \\(b\nc"_s << u"S(\"a \\(b) I(c)"_s;

    const Language python = Language::Python;
    QTest::newRow("python: comment vs code") << python << u"# import agora\nimport agora_sig as sig"_s
                                             << u"C(# import agora) K(import) I(agora_sig) K(as) I(sig)"_s;
    QTest::newRow("python: docstring") << python << u"def f():\n    \"\"\"Uses AgoraSig.\"\"\"\n    pass"_s
                                       << u"K(def) I(f) P(() P()) P(:) S(\"\"\"Uses AgoraSig.\"\"\") K(pass)"_s;
    QTest::newRow("python: prefixes") << python << uR"(rb'\d' Rb"x" f"{x['k']}" u'u' BR'y' fr"z" rf'w')"_s
                                      << uR"(S(rb'\d') S(Rb"x") S(f"{x['k']}") S(u'u') S(BR'y') S(fr"z") S(rf'w'))"_s;
    QTest::newRow("python: not a prefix") << python << u"xr\"a\""_s << u"I(xr) S(\"a\")"_s;
    QTest::newRow("python: raw string keeps escaped quote") << python << uR"(r"\"" x)"_s << uR"(S(r"\"") I(x))"_s;
    QTest::newRow("python: floor division") << python << u"a // b"_s << u"I(a) P(/) P(/) I(b)"_s;
    QTest::newRow("python: triple single quotes") << python << u"'''it's\nok''' x"_s << u"S('''it's\\nok''') I(x)"_s;
    QTest::newRow("python: unterminated") << python << u"'abc\nx"_s << u"S('abc) I(x)"_s;
    QTest::newRow("python: unterminated triple") << python << u"\"\"\"abc\nx"_s << u"S(\"\"\"abc\\nx)"_s;
    QTest::newRow("python: numbers") << python << u"1_000 0o17 5j 1e5 .5 0x_FF"_s
                                     << u"N(1_000) N(0o17) N(5j) N(1e5) N(.5) N(0x_FF)"_s;
    QTest::newRow("python: decorator") << python << u"@app.route"_s << u"P(@) I(app) P(.) I(route)"_s;
    QTest::newRow("python: dollar is punctuation") << python << u"$x"_s << u"P($) I(x)"_s;

    const Language gradle = Language::Gradle;
    QTest::newRow("gradle: dependency") << gradle << u"implementation 'io.agora.rtc:full-sdk:3.0' // sig"_s
                                        << u"I(implementation) S('io.agora.rtc:full-sdk:3.0') C(// sig)"_s;
    QTest::newRow("gradle: gstring") << gradle << u"def v = \"${ver}-${m[\"k\"]}\""_s
                                     << u"K(def) I(v) P(=) S(\"${ver}-${m[\"k\"]}\")"_s;
    QTest::newRow("gradle: triple strings")
        << gradle << u"'''a\nb''' \"\"\"c ${d} e\"\"\""_s << u"S('''a\\nb''') S(\"\"\"c ${d} e\"\"\")"_s;
    QTest::newRow("gradle: kotlin dsl") << gradle << u"implementation(\"io.agora:sig:1.0\")"_s
                                        << u"I(implementation) P(() S(\"io.agora:sig:1.0\") P())"_s;

    const Language cmake = Language::CMake;
    QTest::newRow("cmake: comment vs command") << cmake << u"# AgoraSig\nfind_library(SIG agora_sig)"_s
                                               << u"C(# AgoraSig) I(find_library) P(() I(SIG) I(agora_sig) P())"_s;
    QTest::newRow("cmake: bracket comment") << cmake << u"#[[ a\nb ]] x"_s << u"C(#[[ a\\nb ]]) I(x)"_s;
    QTest::newRow("cmake: bracket comment with level")
        << cmake << u"#[==[ ]] ]=] ]==] y"_s << u"C(#[==[ ]] ]=] ]==]) I(y)"_s;
    QTest::newRow("cmake: bracket argument")
        << cmake << u"set(X [=[ a ]] b ]=])"_s << u"I(set) P(() I(X) S([=[ a ]] b ]=]) P())"_s;
    QTest::newRow("cmake: not a bracket") << cmake << u"a[0]"_s << u"I(a) P([) N(0) P(])"_s;
    QTest::newRow("cmake: quoted argument spans lines")
        << cmake << u"message(\"a\n${B}\")"_s << u"I(message) P(() S(\"a\\n${B}\") P())"_s;
    QTest::newRow("cmake: variable reference") << cmake << u"${SIG_LIB}"_s << u"P($) P({) I(SIG_LIB) P(})"_s;
    QTest::newRow("cmake: control flow") << cmake << u"if(A)\nENDIF()"_s
                                         << u"K(if) P(() I(A) P()) K(ENDIF) P(() P())"_s;
    QTest::newRow("cmake: apostrophe is no string") << cmake << u"it's"_s << u"I(it) P(') I(s)"_s;
    QTest::newRow("cmake: unterminated bracket") << cmake << u"[[ a\nb"_s << u"S([[ a\\nb)"_s;

    const Language make = Language::Make;
    QTest::newRow("make: variable and comment")
        << make << u"LIBS += -lagorasig # link"_s << u"I(LIBS) P(+) P(=) P(-) I(lagorasig) C(# link)"_s;
    QTest::newRow("make: recipe") << make << u"all:\n\techo 'a' \"b\" $(CC)"_s
                                  << u"I(all) P(:) I(echo) S('a') S(\"b\") P($) P(() I(CC) P())"_s;
    QTest::newRow("make: directives") << make << u"include config.mk\nifeq ($(A),1)"_s
                                      << u"K(include) I(config) P(.) I(mk) K(ifeq) P(() P($) P(() I(A) P()) P(,) N(1) "
                                         u"P())"_s;
    QTest::newRow("make: continuation") << make << u"A = x \\\n  y"_s << u"I(A) P(=) I(x) I(y)"_s;

    const Language json = Language::Json;
    QTest::newRow("json: document") << json << u"{\"name\": \"agora-rtm\", \"v\": -1.5e3, \"ok\": true, \"n\": null}"_s
                                    << u"P({) S(\"name\") P(:) S(\"agora-rtm\") P(,) S(\"v\") P(:) P(-) N(1.5e3) P(,) "
                                       u"S(\"ok\") P(:) K(true) P(,) S(\"n\") P(:) K(null) P(})"_s;
    QTest::newRow("json: comments tolerated")
        << json << u"{ // c\n /* d */ \"a\": 1 }"_s << u"P({) C(// c) C(/* d */) S(\"a\") P(:) N(1) P(})"_s;

    const Language xml = Language::Xml;
    QTest::newRow("xml: declaration") << xml << u"<?xml version=\"1.0\"?>"_s
                                      << u"P(<) P(?) I(xml) I(version) P(=) S(\"1.0\") P(?) P(>)"_s;
    QTest::newRow("xml: text is skipped")
        << xml << u"<!-- agora --><a>text AgoraSig</a>"_s << u"C(<!-- agora -->) P(<) I(a) P(>) P(<) P(/) I(a) P(>)"_s;
    QTest::newRow("xml: namespaced attribute") << xml << u"<uses-permission android:name=\"x\"/>"_s
                                               << u"P(<) I(uses-permission) I(android:name) P(=) S(\"x\") P(/) P(>)"_s;
    QTest::newRow("xml: cdata skipped") << xml << u"<![CDATA[ <a> ]]><b/>"_s << u"P(<) I(b) P(/) P(>)"_s;
    QTest::newRow("xml: script is not special")
        << xml << u"<script>var x;</script>"_s << u"P(<) I(script) P(>) P(<) P(/) I(script) P(>)"_s;
    QTest::newRow("xml: unterminated comment") << xml << u"<!-- a\n<b>"_s << u"C(<!-- a\\n<b>)"_s;
    QTest::newRow("xml: lone less-than in text") << xml << u"a < b <c>"_s << u"P(<) I(c) P(>)"_s;
    QTest::newRow("xml: single-quoted value") << xml << u"<a b='x\ny'>"_s << u"P(<) I(a) I(b) P(=) S('x\\ny') P(>)"_s;

    const Language html = Language::Html;
    QTest::newRow("html: script src")
        << html << u"<script src=\"AgoraSig.js\"></script>"_s
        << u"P(<) I(script) I(src) P(=) S(\"AgoraSig.js\") P(>) P(<) P(/) I(script) P(>)"_s;
    QTest::newRow("html: inline script") << html << u"<script>if (a < b) x = '</p>'</script>"_s
                                         << u"P(<) I(script) P(>) K(if) P(() I(a) P(<) I(b) P()) I(x) P(=) S('</p>') "
                                            u"P(<) P(/) I(script) P(>)"_s;
    QTest::newRow("html: style skipped") << html << u"<style>a < b { c: '}</style>"_s
                                         << u"P(<) I(style) P(>) P(<) P(/) I(style) P(>)"_s;
    QTest::newRow("html: template script skipped")
        << html << u"<script type=\"text/template\"><div id=\"x\"></div></script>"_s
        << u"P(<) I(script) I(type) P(=) S(\"text/template\") P(>) P(<) P(/) I(script) P(>)"_s;
    QTest::newRow("html: module script") << html << u"<script type=\"module\">import x</script>"_s
                                         << u"P(<) I(script) I(type) P(=) S(\"module\") P(>) K(import) I(x) P(<) P(/) "
                                            u"I(script) P(>)"_s;
    QTest::newRow("html: json script")
        << html << u"<script type=\"application/json\">{\"a\": true}</script>"_s
        << u"P(<) I(script) I(type) P(=) S(\"application/json\") P(>) P({) S(\"a\") P(:) "
           u"K(true) P(}) P(<) P(/) I(script) P(>)"_s;
    QTest::newRow("html: vue typescript") << html << u"<script setup lang=\"ts\">interface A {}</script>"_s
                                          << u"P(<) I(script) I(setup) I(lang) P(=) S(\"ts\") P(>) K(interface) I(A) "
                                             u"P({) P(}) P(<) P(/) I(script) P(>)"_s;
    QTest::newRow("html: wxs module") << html << u"<wxs module=\"m\">var x = 1</wxs>"_s
                                      << u"P(<) I(wxs) I(module) P(=) S(\"m\") P(>) K(var) I(x) P(=) N(1) P(<) P(/) "
                                         u"I(wxs) P(>)"_s;
    QTest::newRow("html: attribute forms") << html << u"<b v-on:click=\"go()\" @tap=x :src='y'>"_s
                                           << u"P(<) I(b) I(v-on:click) P(=) S(\"go()\") P(@) I(tap) P(=) S(x) P(:) "
                                              u"I(src) P(=) S('y') P(>)"_s;
    QTest::newRow("html: unterminated attribute value")
        << html << u"<a title=\"x>\n<b>"_s << u"P(<) I(a) I(title) P(=) S(\"x>) P(<) I(b) P(>)"_s;
    QTest::newRow("html: unclosed script")
        << html << u"<script>var a = 1"_s << u"P(<) I(script) P(>) K(var) I(a) P(=) N(1)"_s;
    QTest::newRow("html: end tag in any case")
        << html << u"<SCRIPT>x</Script >"_s << u"P(<) I(SCRIPT) P(>) I(x) P(<) P(/) I(Script) P(>)"_s;
    QTest::newRow("html: similar tag name")
        << html << u"<scripts>var</scripts>"_s << u"P(<) I(scripts) P(>) P(<) P(/) I(scripts) P(>)"_s;
    QTest::newRow("html: self-closing script") << html << u"<script src=a.js /><p>var</p>"_s
                                               << u"P(<) I(script) I(src) P(=) S(a.js) P(/) P(>) P(<) I(p) P(>) P(<) "
                                                  u"P(/) I(p) P(>)"_s;

    const Language pbx = Language::PbxProj;
    QTest::newRow("pbxproj: entry")
        << pbx
        << u"1D6058 /* AgoraSigKit.framework */ = {isa = PBXFileReference; path = AgoraSigKit.framework; "
           u"name = \"Agora Sig\"; v = 9.0;};"_s
        << u"I(1D6058) C(/* AgoraSigKit.framework */) P(=) P({) I(isa) P(=) I(PBXFileReference) P(;) I(path) P(=) "
           u"I(AgoraSigKit.framework) P(;) I(name) P(=) S(\"Agora Sig\") P(;) I(v) P(=) N(9.0) P(;) P(}) P(;)"_s;
    QTest::newRow("pbxproj: header comment and paths")
        << pbx << u"// !$*UTF8*$!\nHEADER_SEARCH_PATHS = ../Libs/AgoraSig//x;"_s
        << u"C(// !$*UTF8*$!) I(HEADER_SEARCH_PATHS) P(=) I(../Libs/AgoraSig) C(//x;)"_s;

    const Language ruby = Language::Ruby;
    QTest::newRow("ruby: podfile") << ruby << u"pod 'AgoraSigKit', '~> 1.0' # sig"_s
                                   << u"I(pod) S('AgoraSigKit') P(,) S('~> 1.0') C(# sig)"_s;
    QTest::newRow("ruby: doc comment") << ruby << u"=begin\npod 'X'\n=end\ny"_s << u"C(=begin\\npod 'X'\\n=end) I(y)"_s;
    QTest::newRow("ruby: unterminated doc comment") << ruby << u"=begin\nx"_s << u"C(=begin\\nx)"_s;
    QTest::newRow("ruby: =begin only at line start") << ruby << u"x =begin"_s << u"I(x) P(=) K(begin)"_s;
    QTest::newRow("ruby: interpolation") << ruby << u"puts \"a#{h[\"k\"]}b\""_s << u"I(puts) S(\"a#{h[\"k\"]}b\")"_s;
    QTest::newRow("ruby: variables") << ruby << u"$stdout @x"_s << u"I($stdout) P(@) I(x)"_s;
    QTest::newRow("ruby: keywords") << ruby << u"def f; end"_s << u"K(def) I(f) P(;) K(end)"_s;

    const Language pip = Language::PipRequirements;
    QTest::newRow("pip: pinned requirement") << pip << u"agora-sig==1.2.3  # pinned\n# full"_s
                                             << u"I(agora) P(-) I(sig) P(=) P(=) N(1.2.3) C(# pinned) C(# full)"_s;
    QTest::newRow("pip: marker") << pip << u"requests>=2; python_version < \"3.8\""_s
                                 << u"I(requests) P(>) P(=) N(2) P(;) I(python_version) P(<) S(\"3.8\")"_s;
    QTest::newRow("pip: fragment is no comment")
        << pip << u"git+https://x/y.git#egg=agora"_s
        << u"I(git) P(+) I(https) P(:) P(/) P(/) I(x) P(/) I(y) P(.) I(git) P(#) "
           u"I(egg) P(=) I(agora)"_s;

    const Language text = Language::Text;
    QTest::newRow("text: prose") << text << u"# Title\nDon't use 'AgoraSig' here"_s
                                 << u"C(# Title) I(Don) P(') I(t) I(use) S('AgoraSig') I(here)"_s;
    QTest::newRow("text: yaml") << text << u"sdk: \"agora-rtm\" # c\nurl: http://a#b"_s
                                << u"I(sdk) P(:) S(\"agora-rtm\") C(# c) I(url) P(:) I(http) P(:) P(/) P(/) I(a) P(#) "
                                   u"I(b)"_s;
    QTest::newRow("text: properties") << text << u"sig.version=1.0\n#c"_s
                                      << u"I(sig) P(.) I(version) P(=) N(1.0) C(#c)"_s;
}

void TestLexer::tokens()
{
    QFETCH(Language, language);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(render(input, language), expected);
}

void TestLexer::positions_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("crlf, lf and lone cr")
        << Language::JavaScript << u"a\r\nb\rc\nd\n\re"_s << u"a@1:1 b@2:1 c@3:1 d@4:1 e@6:1"_s;
    QTest::newRow("after multi-line tokens") << Language::JavaScript << u"/* x\r\ny */ z\n`t\r\nu` w"_s
                                             << u"/* x\\r\\ny */@1:1 z@2:6 `t\\r\\nu`@3:1 w@4:4"_s;
    QTest::newRow("columns in code units")
        << Language::JavaScript << u"\tx \U0001F600 y"_s << u"x@1:2 \U0001F600@1:4 y@1:7"_s;
    QTest::newRow("python triple string") << Language::Python << u"'''a\nb''' c"_s << u"'''a\\nb'''@1:1 c@2:6"_s;
    QTest::newRow("kotlin template over lines")
        << Language::Kotlin << u"\"\"\"${\nx}\n\"\"\" y"_s << u"\"\"\"${\\nx}\\n\"\"\"@1:1 y@3:5"_s;
    QTest::newRow("cmake bracket comment") << Language::CMake << u"#[[\r\n]] x"_s << u"#[[\\r\\n]]@1:1 x@2:4"_s;
    QTest::newRow("cpp splice") << Language::Cpp << u"#define A \\\r\n  1"_s << u"define@1:2 A@1:9 1@2:3"_s;
    QTest::newRow("xml attribute over lines")
        << Language::Xml << u"<a b=\"1\r2\" c>"_s << u"<@1:1 a@1:2 b@1:4 =@1:5 \"1\\r2\"@1:6 c@2:4 >@2:5"_s;
    QTest::newRow("ruby doc comment") << Language::Ruby << u"=begin\r\n=end\r\nx"_s << u"=begin\\r\\n=end@1:1 x@3:1"_s;
}

void TestLexer::positions()
{
    QFETCH(Language, language);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(renderPositions(input, language), expected);
    QVERIFY2(checkTokens(input, tokenize(input, language)).isEmpty(), "positions agree with offsets");
}

void TestLexer::htmlScriptOffsets()
{
    const QString html = u"<p>\n<script>\n  var x = 'agora';\n</script>\n<i a=\"b\">"_s;
    const std::vector<Token> tokens = tokenize(html, Language::Html);
    QVERIFY(checkTokens(html, tokens).isEmpty());

    const auto var =
        std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.kind == TokenKind::Keyword; });
    QVERIFY(var != tokens.end());
    QCOMPARE(tokenText(html, *var).toString(), u"var"_s);
    QCOMPARE(var->begin, 15);
    QCOMPARE(var->end, 18);
    QCOMPARE(var->line, 3);
    QCOMPARE(var->column, 3);

    const Token& value = *(var + 3);
    QCOMPARE(value.kind, TokenKind::String);
    QCOMPARE(value.begin, 23);
    QCOMPARE(value.line, 3);
    QCOMPARE(value.column, 11);
    QCOMPARE(tokenValue(html, value), u"agora"_s);

    const Token& attribute = tokens.back();
    QCOMPARE(attribute.kind, TokenKind::Punct); // the closing '>'
    const Token& b = *(tokens.end() - 2);
    QCOMPARE(tokenText(html, b).toString(), u"\"b\""_s);
    QCOMPARE(b.line, 5);
    QCOMPARE(b.column, 6);
}

void TestLexer::values_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");

    const Language js = Language::JavaScript;
    QTest::newRow("js escapes") << js << uR"('a\nb\t\\\'"')"_s << 0 << u"a\nb\t\\'\""_s;
    QTest::newRow("js unicode escapes") << js << uR"("\u0041\x42\u{1F600}\uD83D\uDE00")"_s << 0
                                        << u"AB\U0001F600\U0001F600"_s;
    QTest::newRow("js octal and nul") << js << uR"("\101\0x")"_s << 0 << u"A\0x"_s;
    QTest::newRow("js template keeps substitutions")
        << js << u"`a${ `b${c}` }\\n${'}'}`"_s << 0 << u"a${ `b${c}` }\n${'}'}"_s;
    QTest::newRow("js template as string") << js << uR"(`x\ty`)"_s << 0 << u"x\ty"_s;
    QTest::newRow("js line continuation") << js << u"'a\\\nb'"_s << 0 << u"ab"_s;
    QTest::newRow("js unterminated") << js << u"'abc\n"_s << 0 << u"abc"_s;
    QTest::newRow("js unterminated ending in backslash") << js << u"'abc\\"_s << 0 << u"abc\\"_s;
    QTest::newRow("js unknown escape kept") << js << uR"("\d\q")"_s << 0 << uR"(\d\q)"_s;
    QTest::newRow("js invalid escapes kept") << js << uR"("\x4\u12\u{110000}")"_s << 0 << uR"(\x4\u12\u{110000})"_s;
    QTest::newRow("js empty") << js << u"''"_s << 0 << QString();
    QTest::newRow("keyword is its text") << js << u"return"_s << 0 << u"return"_s;
    QTest::newRow("regex is its text") << js << u"x = /a\\/b/g"_s << 2 << u"/a\\/b/g"_s;

    const Language cpp = Language::Cpp;
    QTest::newRow("cpp raw string") << cpp << uR"T(R"x(a\nb)")x")T"_s << 0 << uR"T(a\nb)")T"_s;
    QTest::newRow("cpp u8R string") << cpp << uR"T(u8R"(z)")T"_s << 0 << u"z"_s;
    QTest::newRow("cpp unterminated raw string") << cpp << u"R\"(ab\ncd"_s << 0 << u"ab\ncd"_s;
    QTest::newRow("cpp wide string") << cpp << uR"(L"w\"")"_s << 0 << u"w\""_s;
    QTest::newRow("cpp char literal") << cpp << uR"('\'')"_s << 0 << u"'"_s;
    QTest::newRow("cpp octal and hex") << cpp << uR"("\101\x42\U0001F600")"_s << 0 << u"AB\U0001F600"_s;
    QTest::newRow("cpp include") << cpp << u"#include \"agora_sig.h\""_s << 1 << u"agora_sig.h"_s;
    QTest::newRow("cpp directive name") << cpp << u"#include <x>"_s << 0 << u"include"_s;
    QTest::newRow("objc string") << Language::ObjC << uR"(@"agora\"sig")"_s << 0 << u"agora\"sig"_s;

    const Language python = Language::Python;
    QTest::newRow("python raw") << python << uR"(r'\d+\'')"_s << 0 << uR"(\d+\')"_s;
    QTest::newRow("python raw triple") << python << uR"(R"""\n""")"_s << 0 << uR"(\n)"_s;
    QTest::newRow("python bytes") << python << uR"(b"\x41")"_s << 0 << u"A"_s;
    QTest::newRow("python triple") << python << uR"('''tri\'ple''')"_s << 0 << u"tri'ple"_s;
    QTest::newRow("python docstring") << python << u"\"\"\"Line one\nline two\"\"\""_s << 0 << u"Line one\nline two"_s;
    QTest::newRow("python f-string") << python << uR"(f"{x!r} {y}")"_s << 0 << u"{x!r} {y}"_s;

    const Language swift = Language::Swift;
    QTest::newRow("swift interpolation") << swift << uR"("a \(f("x")) b")"_s << 0 << uR"(a \(f("x")) b)"_s;
    QTest::newRow("swift extended") << swift << uR"(#"raw \n \#(x) "q" \#t"#)"_s << 0 << u"raw \\n \\#(x) \"q\" \t"_s;
    QTest::newRow("swift unicode") << swift << uR"("\u{41}\u{1F600}")"_s << 0 << u"A\U0001F600"_s;
    QTest::newRow("swift multi-line") << swift << u"\"\"\"\na\\tb\n\"\"\""_s << 0 << u"\na\tb\n"_s;

    QTest::newRow("kotlin template") << Language::Kotlin << uR"("a ${f("}")} b")"_s << 0 << uR"(a ${f("}")} b)"_s;
    QTest::newRow("kotlin char") << Language::Kotlin << uR"('\u0041')"_s << 0 << u"A"_s;
    QTest::newRow("gradle dependency") << Language::Gradle << u"'io.agora:sig:1.0'"_s << 0 << u"io.agora:sig:1.0"_s;
    QTest::newRow("gradle gstring") << Language::Gradle << uR"("${a["k"]}\n")"_s << 0 << u"${a[\"k\"]}\n"_s;

    QTest::newRow("cmake bracket") << Language::CMake << u"[==[\nline ]] x]==]"_s << 0 << u"line ]] x"_s;
    QTest::newRow("cmake bracket crlf") << Language::CMake << u"[[\r\nx]]"_s << 0 << u"x"_s;
    QTest::newRow("cmake quoted") << Language::CMake << uR"("q\"s ${V}")"_s << 0 << uR"(q"s ${V})"_s;
    QTest::newRow("ruby interpolation") << Language::Ruby << uR"("a#{h["k"]}b")"_s << 0 << uR"(a#{h["k"]}b)"_s;
    QTest::newRow("ruby single quotes") << Language::Ruby << uR"('it\'s')"_s << 0 << u"it's"_s;
    QTest::newRow("json string") << Language::Json << uR"("http:\/\/a")"_s << 0 << u"http://a"_s;
    QTest::newRow("html attribute") << Language::Html << u"<a href=\"AgoraSig.js\">"_s << 4 << u"AgoraSig.js"_s;
    QTest::newRow("html unquoted attribute") << Language::Html << u"<a href=x.js>"_s << 4 << u"x.js"_s;
    QTest::newRow("text string") << Language::Text << u"'AgoraSig'"_s << 0 << u"AgoraSig"_s;
}

void TestLexer::values()
{
    QFETCH(Language, language);
    QFETCH(QString, input);
    QFETCH(int, index);
    QFETCH(QString, expected);
    const std::vector<Token> tokens = tokenize(input, language);
    QVERIFY2(static_cast<std::size_t>(index) < tokens.size(), qPrintable(render(input, language)));
    QCOMPARE(tokenValue(input, tokens[static_cast<std::size_t>(index)]), expected);
}

void TestLexer::valueOfInvalidToken()
{
    const QString text = u"'abc'"_s;
    QCOMPARE(tokenValue(text, Token{TokenKind::String, 2, 10, 1, 3}), QString());
    QCOMPARE(tokenValue(text, Token{TokenKind::String, -1, 2, 1, 1}), QString());
    QCOMPARE(tokenValue(text, Token{TokenKind::String, 3, 2, 1, 1}), QString());
    QCOMPARE(tokenValue(text, Token{TokenKind::String, 2, 2, 1, 3}), QString());
    QCOMPARE(tokenValue(text, Token{TokenKind::String, 1, 4, 1, 2}), u"abc"_s); // no quotes: taken as written
}

void TestLexer::unknownLanguageYieldsNothing()
{
    QVERIFY(tokenize(u"int x = 1; // text"_s, Language::Unknown).empty());
}

void TestLexer::emptyInput()
{
    for (const Language language : kAllLanguages) {
        QVERIFY(tokenize(QStringView(), language).empty());
        QVERIFY(tokenize(u" \t\r\n\n"_s, language).empty());
    }
}

void TestLexer::randomInputStaysSane_data()
{
    QTest::addColumn<Language>("language");
    for (const Language language : kAllLanguages) {
        QTest::newRow(qPrintable(u"language %1"_s.arg(static_cast<int>(language)))) << language;
    }
}

// Random sequences of syntax fragments and raw UTF-16 (lone surrogates, NULs, controls included).
void TestLexer::randomInputStaysSane()
{
    QFETCH(Language, language);
    static const QStringList fragments{
        u"'"_s,         u"\""_s,    u"`"_s,    u"\\"_s,   u"/"_s,          u"*"_s,        u"#"_s,         u"$"_s,
        u"{"_s,         u"}"_s,     u"("_s,    u")"_s,    u"["_s,          u"]"_s,        u"="_s,         u"<"_s,
        u">"_s,         u"!"_s,     u"-"_s,    u"?"_s,    u"@"_s,          u"."_s,        u" "_s,         u"\t"_s,
        u"\n"_s,        u"\r"_s,    u"\r\n"_s, u"a"_s,    u"R"_s,          u"u8"_s,       u"rb"_s,        u"0x"_s,
        u"1"_s,         u"e"_s,     u"_"_s,    u"é"_s,    u"\U0001F600"_s, u"${"_s,       u"\\("_s,       u"#{"_s,
        u"/*"_s,        u"*/"_s,    u"//"_s,   u"<!--"_s, u"-->"_s,        u"<script>"_s, u"</script>"_s, u"\"\"\""_s,
        u"'''"_s,       u"R\"x("_s, u")x\""_s, u"#[["_s,  u"]]"_s,         u"[=["_s,      u"]=]"_s,       u"=begin"_s,
        u"=end"_s,      u"@\""_s,   u"#\""_s,  u"\"#"_s,  u"<a b="_s,      u"import"_s,   u"return"_s,    u"#include"_s,
        u"<![CDATA["_s, u"/["_s,    u"\\#("_s, u"1'0"_s,  u"<style>"_s,    u"<wxs>"_s,
    };
    QRandomGenerator random(20240607u + static_cast<quint32>(language));
    for (int round = 0; round < 400; ++round) {
        QString text;
        const int pieces = static_cast<int>(random.bounded(120));
        for (int i = 0; i < pieces; ++i) {
            if (random.bounded(5) == 0) {
                text += QChar(static_cast<char16_t>(random.bounded(0x10000)));
            } else {
                text += fragments.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(fragments.size()))));
            }
        }
        const std::vector<Token> tokens = tokenize(text, language);
        const QString problem = checkTokens(text, tokens);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" in: "_s + printable(text)));
    }
}

void TestLexer::adversarialInput_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("input");

    const int n = 100000;
    QTest::newRow("js nested templates") << Language::JavaScript << u"`${"_s.repeated(n);
    QTest::newRow("js deep braces in template") << Language::JavaScript << u"`${"_s + u"{"_s.repeated(n);
    QTest::newRow("js unclosed regex classes") << Language::JavaScript << u"x=/["_s.repeated(n);
    QTest::newRow("js slashes") << Language::JavaScript << u"(/"_s.repeated(n);
    QTest::newRow("js unterminated strings") << Language::JavaScript << u"'\n"_s.repeated(n);
    QTest::newRow("kotlin nested comments") << Language::Kotlin << u"/*"_s.repeated(n);
    QTest::newRow("kotlin nested templates") << Language::Kotlin << u"\"${"_s.repeated(n);
    QTest::newRow("kotlin raw templates") << Language::Kotlin << u"\"\"\"${"_s.repeated(n);
    QTest::newRow("gradle templates over lines") << Language::Gradle << u"\"${\n"_s.repeated(n);
    QTest::newRow("swift nested interpolations") << Language::Swift << u"\"\\("_s.repeated(n);
    QTest::newRow("swift hashes") << Language::Swift << u"#"_s.repeated(n) + u"\""_s + u"\"#"_s.repeated(n / 10);
    QTest::newRow("swift nested comments") << Language::Swift << u"/*"_s.repeated(n);
    QTest::newRow("ruby nested interpolations") << Language::Ruby << u"\"#{"_s.repeated(n);
    QTest::newRow("cpp raw strings") << Language::Cpp << u"R\"("_s.repeated(n);
    QTest::newRow("cpp long raw delimiter") << Language::Cpp << u"R\""_s + u"x"_s.repeated(n) + u"(\")"_s;
    QTest::newRow("cpp splices") << Language::Cpp << u"#define \\\n"_s.repeated(n);
    QTest::newRow("python triple quotes") << Language::Python << u"'''\"\"\""_s.repeated(n);
    QTest::newRow("cmake brackets") << Language::CMake << u"["_s + u"="_s.repeated(n) + u"["_s + u"]="_s.repeated(n);
    QTest::newRow("cmake bracket comments") << Language::CMake << u"#[[#[["_s.repeated(n);
    QTest::newRow("html unbalanced quotes") << Language::Html << u"<a b=\""_s.repeated(n);
    QTest::newRow("html mixed quotes") << Language::Html << u"<a b='x\" c=\"y'\n"_s.repeated(n / 4);
    QTest::newRow("html scripts") << Language::Html << u"<script>`${</script>"_s.repeated(n / 4);
    QTest::newRow("html unclosed tags") << Language::Html << u"<a "_s.repeated(n);
    QTest::newRow("xml comments") << Language::Xml << u"<!--"_s.repeated(n);
    QTest::newRow("ruby doc") << Language::Ruby << u"=begin\n"_s.repeated(n);
    QTest::newRow("json deep") << Language::Json << u"[{\"a\":"_s.repeated(n);
    QTest::newRow("text quotes") << Language::Text << u"\"'"_s.repeated(n);
}

void TestLexer::adversarialInput()
{
    QFETCH(Language, language);
    QFETCH(QString, input);
    const std::vector<Token> tokens = tokenize(input, language);
    QVERIFY(!tokens.empty());
    const QString problem = checkTokens(input, tokens);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestLexer::largeMinifiedLine_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("chunk");
    QTest::addColumn<int>("tokensPerChunk");

    QTest::newRow("javascript") << Language::JavaScript
                                << u"var a=b/c+\"s\\\"q\"+`t${x+`${y}`}`;if(a){r=/re[/]x/g.test(s)}"_s << 25;
    QTest::newRow("json") << Language::Json << u"{\"k\":[1,2.5e3,true,null,\"v\\\"\"]},"_s << 16;
    QTest::newRow("html") << Language::Html << u"<a href=\"x\">t</a><script>f(1)</script>"_s << 21;
}

// Two megabytes on one line, as minifiers write it: every chunk must come out the same.
void TestLexer::largeMinifiedLine()
{
    QFETCH(Language, language);
    QFETCH(QString, chunk);
    QFETCH(int, tokensPerChunk);
    QCOMPARE(static_cast<int>(tokenize(chunk, language).size()), tokensPerChunk);

    const int repetitions = static_cast<int>((2 * 1024 * 1024) / chunk.size()) + 1;
    const QString text = chunk.repeated(repetitions);
    const std::vector<Token> tokens = tokenize(text, language);
    QCOMPARE(tokens.size(), static_cast<std::size_t>(tokensPerChunk) * static_cast<std::size_t>(repetitions));
    QCOMPARE(tokens.back().end, static_cast<int>(text.size()));
    QCOMPARE(tokens.back().line, 1);
    const std::size_t last = tokens.size() - static_cast<std::size_t>(tokensPerChunk);
    QCOMPARE(tokens[last].begin, static_cast<int>(text.size() - chunk.size()));
    QCOMPARE(tokens[last].column, tokens[last].begin + 1);
    for (std::size_t i = 0; i < static_cast<std::size_t>(tokensPerChunk); ++i) {
        QCOMPARE(tokens[last + i].kind, tokens[i].kind);
        QCOMPARE(tokens[last + i].end - tokens[last + i].begin, tokens[i].end - tokens[i].begin);
    }
}

QTEST_GUILESS_MAIN(TestLexer)
#include "tst_lexer.moc"
