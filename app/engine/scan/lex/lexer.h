// SPDX-License-Identifier: MIT
#pragma once

#include "language.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace sig2rtm {

/// Kind of a lexical token. Only what detection needs: identifiers, strings, comments,
/// numbers and single punctuation characters. Whitespace is dropped.
enum class TokenKind : quint8 {
    Identifier,  ///< [A-Za-z_$][A-Za-z0-9_$]* (also ObjC/Swift identifiers; '@' and '#' are punctuation)
    Keyword,     ///< reserved word of the language (if, return, new, import, function, class, ...)
    Number,      ///< numeric literal, including 0x.., 1e5, 1_000, 10103e5
    String,      ///< any string literal: "..", '..' (where a string), `..` (JS template), @"..", R"(..)", """..""",
                 ///< f"..", #"..."# ; in markup: attribute values; in CMake: quoted and bracket arguments
    Template,    ///< JS/TS template literal containing ${...} substitutions (the whole literal is one token)
    Regex,       ///< JS/TS regular-expression literal
    Comment,     ///< line or block comment (including doc comments, HTML <!-- -->, CMake #[[ ]])
    Punct,       ///< one punctuation character: ( ) [ ] { } , ; : . = + - * / < > ! ? & | ^ ~ % @ #
    Preprocessor ///< C/C++/ObjC directive name after '#': "include", "import", "define", "pragma"
                 ///< (the rest of the directive line is lexed as ordinary tokens)
};

/// One token. Offsets index the UTF-16 text passed to tokenize(); line and column are 1-based,
/// the column counted in UTF-16 code units.
struct Token
{
    TokenKind kind = TokenKind::Punct;
    int begin = 0; ///< offset of the first code unit
    int end = 0;   ///< offset one past the last code unit
    int line = 1;
    int column = 1;
};

/// Splits text into tokens for the given language. Never throws, never reads out of bounds, runs
/// in linear time (a 5 MB minified one-line file is fine) and always terminates, whatever the
/// input: unterminated strings or comments end at end of line (strings) or end of text (block
/// comments). Markup languages (Html) yield String tokens for attribute values, Comment tokens
/// for <!-- -->, and lex the content of <script> elements as JavaScript; other markup text is
/// skipped. Text, Json and PipRequirements yield strings, numbers, identifiers and comments as
/// their syntax has them ('#' comments in PipRequirements and Text .properties/.cfg/.ini/.yml/.toml).
std::vector<Token> tokenize(QStringView text, Language language);

/// The value of a String or Template token: quotes and prefixes removed, escape sequences
/// (\n \t \" \\ \uXXXX \u{...} \xHH, Swift \u{..}) resolved. For Template tokens the
/// ${...} parts are kept verbatim. Other tokens: their text.
QString tokenValue(QStringView text, const Token& token);

/// Text of any token as written (a view into text).
inline QStringView tokenText(QStringView text, const Token& token)
{
    return text.mid(token.begin, token.end - token.begin);
}

} // namespace sig2rtm
