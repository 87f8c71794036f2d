// SPDX-License-Identifier: MIT
#pragma once

#include "language.h"
#include "lexer.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace sig2rtm {

/// The significant (non-comment) tokens of a lexed file, indexed 0..count()-1, and the questions about
/// syntax that matching asks of them: is this name called or declared, and what is the call's receiver.
/// Indices out of range are answered as "nothing there", so callers can look around freely.
class TokenCursor
{
public:
    TokenCursor(QStringView text, const std::vector<Token>& tokens, const std::vector<int>& significant,
                Language language)
        : m_text(text), m_tokens(tokens), m_significant(significant), m_language(language)
    {
    }

    int count() const { return static_cast<int>(m_significant.size()); }
    const Token& at(int k) const
    {
        return m_tokens[static_cast<std::size_t>(m_significant[static_cast<std::size_t>(k)])];
    }
    QStringView textOf(const Token& t) const { return tokenText(m_text, t); }
    /// The text of token k, empty when k is out of range.
    QStringView text(int k) const { return k >= 0 && k < count() ? textOf(at(k)) : QStringView(); }
    bool isPunct(int k, char16_t c) const
    {
        return k >= 0 && k < count() && at(k).kind == TokenKind::Punct && textOf(at(k)).size() == 1 &&
               textOf(at(k))[0] == QChar(c);
    }
    bool isWord(int k) const
    {
        return k >= 0 && k < count() && (at(k).kind == TokenKind::Identifier || at(k).kind == TokenKind::Keyword);
    }

    /// "name(" at k declares name: a type or declaring keyword stands before it, or a body follows.
    bool isDeclaration(int k) const;
    /// The name at k is called: "name(...)", or an Objective-C message "[receiver name:...]" when the
    /// innermost open bracket is a "[" (inMessage).
    bool isCall(int k, bool inMessage) const;
    /// The name a call's receiver ends with: "m_api" in m_api.f(), "getApi" in getApi().f(), "kit" in
    /// Wrapper.kit.f(), "sharedKit" in [[Wrapper sharedKit] f:1]. Empty when there is none.
    QString receiverOf(int k) const;

    bool isCFamily() const { return m_language == Language::ObjC || m_language == Language::Cpp; }
    /// Kotlin, Swift, Gradle and Ruby pass closures after the call's parentheses.
    bool hasTrailingClosures() const;

    /// Keywords that open a parenthesised condition rather than a call.
    static bool isControlKeyword(QStringView word);
    /// Keywords after which "name(" is still a call, not a declaration.
    static bool isCallKeyword(QStringView word);

private:
    QStringView m_text;
    const std::vector<Token>& m_tokens;
    const std::vector<int>& m_significant;
    Language m_language;
};

} // namespace sig2rtm
