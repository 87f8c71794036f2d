// SPDX-License-Identifier: MIT
#include "visibletext.h"

namespace sig2rtm {

namespace {

QString escape(char32_t c)
{
    return QStringLiteral("<U+") + QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0') + u'>';
}

} // namespace

bool isHiddenCharacter(char32_t c, VisibleMode mode)
{
    if (c == u'\t') {
        return mode == VisibleMode::Name;
    }
    return c < 0x20 || (c >= 0x7f && c < 0xa0)                         // C0, DEL, C1
           || c == 0x00ad                                              // soft hyphen
           || c == 0x034f                                              // combining grapheme joiner
           || c == 0x061c                                              // Arabic letter mark
           || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0 // Hangul fillers (blank identifiers)
           || c == 0x17b4 || c == 0x17b5                               // Khmer inherent vowels (invisible)
           || c == 0x180e                                              // Mongolian vowel separator
           || (c >= 0x200b && c <= 0x200f)                             // zero-width space/joiners, LRM, RLM
           || (c >= 0x2028 && c <= 0x202e)                             // separators, embeddings, overrides
           || (c >= 0x2060 && c <= 0x206f)                             // word joiner, invisible ops, isolates
           || c == 0xfeff                                              // zero-width no-break space (BOM)
           || (c >= 0xfff9 && c <= 0xfffb)                             // interlinear annotations
           || (c >= 0xe0000 && c <= 0xe007f);                          // tag characters
}

QString visibleText(QStringView text, VisibleMode mode)
{
    if (!hasHiddenCharacters(text, mode)) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : text.toUcs4()) {
        if (isHiddenCharacter(c, mode)) {
            out += escape(c);
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

bool hasHiddenCharacters(QStringView text, VisibleMode mode)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        // Everything hidden is below U+00AD, or in the ranges checked by isHiddenCharacter; surrogate pairs
        // (tag characters) are decoded first.
        if (u >= 0xa0 && u < 0xad) {
            continue;
        }
        char32_t c = u;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(u, text[i + 1].unicode());
            ++i;
        }
        if (isHiddenCharacter(c, mode)) {
            return true;
        }
    }
    return false;
}

QStringList hiddenCharacters(QStringView text, VisibleMode mode)
{
    QStringList out;
    if (!hasHiddenCharacters(text, mode)) {
        return out;
    }
    for (const char32_t c : text.toUcs4()) {
        if (isHiddenCharacter(c, mode)) {
            const QString e = escape(c);
            if (!out.contains(e)) {
                out << e;
            }
        }
    }
    return out;
}

} // namespace sig2rtm
