// SPDX-License-Identifier: MIT
// Every lexer family on any text. The first byte picks the language (its low 5 bits, modulo the number of
// languages) and how the rest becomes text: UTF-8 (bit 7 clear, as decodeSource gives most files) or raw UTF-16
// code units (bit 7 set: lone surrogates, NULs and anything else a decoded file may hold). tokenize() promises
// tokens inside the text; that is checked here, and every token's value is computed.
#include "fuzzinput.h"
#include "lexer.h"

#include <cstdlib>
#include <iterator>
#include <QString>

using namespace sig2rtm;

namespace {

QString textOf(const QByteArray& rest, bool utf16)
{
    if (!utf16) {
        return QString::fromUtf8(rest);
    }
    QString text(rest.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto lo = static_cast<unsigned char>(rest.at(2 * i));
        const auto hi = static_cast<unsigned char>(rest.at(2 * i + 1));
        text[i] = QChar(static_cast<char16_t>(lo | (hi << 8)));
    }
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const Language language = kAllLanguages[(data[0] & 0x1f) % std::size(kAllLanguages)];
    const QString text = textOf(fuzz::bytes(data + 1, size - 1), (data[0] & 0x80) != 0);
    const auto tokens = tokenize(text, language);
    for (const Token& token : tokens) {
        if (token.begin < 0 || token.begin > token.end || token.end > text.size() || token.line < 1 ||
            token.column < 1) {
            std::abort(); // a token outside the text: the analyzers would read out of bounds
        }
        if (token.kind == TokenKind::String || token.kind == TokenKind::Template) {
            (void)tokenValue(text, token);
        }
    }
    return 0;
}
