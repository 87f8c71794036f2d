// SPDX-License-Identifier: MIT
// The web msg-argument analysis on any JavaScript (first byte even) or TypeScript (odd) text, with the calls the
// built-in catalog's message-argument rules name: the analysis follows assignments and expressions backwards
// from each call, so it must stay in bounds and terminate on any token sequence.
#include "catalog.h"
#include "fuzzinput.h"
#include "jsmessage.h"
#include "lexer.h"

#include <cstdlib>

using namespace sig2rtm;

namespace {

QHash<QString, int> s_calls;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    for (const Rule& rule : Catalog::builtin()->rules()) {
        if (rule.kind == MatchKind::MessageArgument) {
            s_calls.insert(rule.calls);
        }
    }
    if (s_calls.isEmpty()) {
        std::abort(); // the catalog has no such rule any more: this target would test nothing
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const Language language = (data[0] & 1) != 0 ? Language::TypeScript : Language::JavaScript;
    const QString text = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));
    const std::vector<Token> tokens = tokenize(text, language);
    std::vector<int> significant;
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
        if (tokens[static_cast<std::size_t>(i)].kind != TokenKind::Comment) {
            significant.push_back(i);
        }
    }
    const JsTokens js{text, tokens, significant};
    for (const MessageArgument& argument : analyzeMessageArguments(js, s_calls)) {
        if (argument.begin < 0 || argument.begin > argument.end || argument.end > text.size()) {
            std::abort(); // the finding would point outside the file
        }
    }
    return 0;
}
