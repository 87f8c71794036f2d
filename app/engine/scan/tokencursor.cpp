// SPDX-License-Identifier: MIT
#include "tokencursor.h"

#include <initializer_list>

namespace sig2rtm {

namespace {

bool oneOf(QStringView word, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (w.size() == word.size() && w == word) {
            return true;
        }
    }
    return false;
}

} // namespace

bool TokenCursor::isCallKeyword(QStringView w)
{
    return oneOf(w, {u"return", u"await",  u"yield", u"throw", u"else", u"do", u"case", u"typeof", u"in", u"of",
                     u"new",    u"delete", u"and",   u"or",    u"not",  u"is", u"try",  u"void",   u"go", u"defer"});
}

bool TokenCursor::isControlKeyword(QStringView w)
{
    return oneOf(
        w, {u"if", u"for", u"while", u"switch", u"catch", u"return", u"sizeof", u"typeof", u"elif", u"with", u"guard"});
}

bool TokenCursor::hasTrailingClosures() const
{
    return m_language == Language::Kotlin || m_language == Language::Swift || m_language == Language::Gradle ||
           m_language == Language::Ruby;
}

bool TokenCursor::isDeclaration(int k) const
{
    if (isWord(k - 1)) {
        if (at(k - 1).kind == TokenKind::Keyword) {
            return !isCallKeyword(text(k - 1));
        }
        return true;
    }
    if (hasTrailingClosures()) {
        return false;
    }
    int depth = 0;
    int j = k + 1;
    for (; j < count(); ++j) {
        if (isPunct(j, u'(')) {
            ++depth;
        } else if (isPunct(j, u')') && --depth == 0) {
            break;
        }
    }
    for (++j; j < count() && j < k + 64; ++j) {
        const auto w = text(j);
        if (w == u"const" || w == u"override" || w == u"noexcept" || w == u"final" || w == u"throws" ||
            (isWord(j) && isWord(j - 1) && text(j - 1) == u"throws") || (isPunct(j, u',') && isWord(j - 1))) {
            continue;
        }
        return isPunct(j, u'{');
    }
    return false;
}

bool TokenCursor::isCall(int k, bool inMessage) const
{
    if (isPunct(k + 1, u'(')) {
        return !isDeclaration(k);
    }
    // Objective-C message: [receiver name:...]
    if (isCFamily() && isPunct(k + 1, u':') && inMessage &&
        (isWord(k - 1) || isPunct(k - 1, u']') || isPunct(k - 1, u')'))) {
        if (isPunct(k - 1, u')')) {
            return false; // "- (void) name:(type)arg" is a method declaration
        }
        return true;
    }
    return false;
}

QString TokenCursor::receiverOf(int k) const
{
    int j = k - 1;
    if (isPunct(j, u'.')) {
        --j;
    } else if (isPunct(j, u'>') && isPunct(j - 1, u'-')) {
        j -= 2;
    } else if (isCFamily() && isPunct(k + 1, u':')) {
        // message send: the receiver stands right before the selector
    } else {
        return {};
    }
    while (isPunct(j, u'?') || isPunct(j, u'!')) {
        --j;
    }
    if (isWord(j)) {
        return text(j).toString();
    }
    const bool paren = isPunct(j, u')');
    if (paren || isPunct(j, u']')) {
        const char16_t close = paren ? u')' : u']';
        const char16_t open = paren ? u'(' : u'[';
        int depth = 0;
        int lastWord = -1;
        for (int i = j; i >= 0 && i > j - 256; --i) {
            if (isPunct(i, close)) {
                ++depth;
            } else if (isPunct(i, open) && --depth == 0) {
                if (paren) {
                    return isWord(i - 1) ? text(i - 1).toString() : QString();
                }
                return lastWord >= 0 ? text(lastWord).toString() : QString();
            } else if (!paren && depth == 1 && lastWord < 0 && isWord(i)) {
                lastWord = i;
            }
        }
    }
    return {};
}

} // namespace sig2rtm
