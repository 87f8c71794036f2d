// SPDX-License-Identifier: MIT
#pragma once

#include "lexer.h"
#include "message.h"
#include "types.h"

#include <QHash>
#include <QStringView>
#include <vector>

namespace sig2rtm {

/// A lexed JavaScript/TypeScript file: all tokens, and the indices of the non-comment ones.
struct JsTokens
{
    QStringView text;
    const std::vector<Token>& tokens;
    const std::vector<int>& significant;
};

enum class MessageArgumentKind { String, NotString, Unknown };

/// The verdict on the msg argument of one send call.
struct MessageArgument
{
    MessageArgumentKind kind = MessageArgumentKind::Unknown;
    int begin = 0; ///< offset of the argument in the text
    int end = 0;
    Confidence confidence = Confidence::High;
    Message reason; ///< one sentence
};

/// Finds receiver.name(...) calls for each name in calls (name -> index of the msg argument) and decides
/// whether that argument is provably a string, provably not a string, or undeterminable: literals,
/// String()/JSON.stringify()/toString(), concatenation with a string, TypeScript annotations, and the
/// nearest visible assignment of a variable (followed up to three levels).
std::vector<MessageArgument> analyzeMessageArguments(const JsTokens& tokens, const QHash<QString, int>& calls);

} // namespace sig2rtm
