// SPDX-License-Identifier: MIT
#include "rawreceivers.h"

#include <cctype>

namespace sig2rtm {

namespace {

bool isIdentifierByte(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

} // namespace

void receiversInBytes(const QByteArray& bytes, const QByteArray& name, QStringList& out)
{
    const char* d = bytes.constData();
    const qsizetype n = bytes.size();
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        const qsizetype after = at + name.size();
        if ((at > 0 && isIdentifierByte(d[at - 1])) || (after < n && isIdentifierByte(d[after]))) {
            continue;
        }
        qsizetype k = after;
        while (k < n && (d[k] == ' ' || d[k] == '\t')) {
            ++k;
        }
        if (k >= n || (d[k] != '(' && d[k] != ':')) {
            continue;
        }
        const bool message = d[k] == ':';
        qsizetype j = at - 1;
        while (j >= 0 && (d[j] == ' ' || d[j] == '\t')) {
            --j;
        }
        if (j >= 0 && d[j] == '.') {
            --j;
        } else if (j >= 1 && d[j] == '>' && d[j - 1] == '-') {
            j -= 2;
        } else if (!message) {
            continue;
        }
        while (j >= 0 && (d[j] == '?' || d[j] == '!' || d[j] == ' ')) {
            --j;
        }
        if (j < 0) {
            continue;
        }
        if (d[j] == ')' || d[j] == ']') {
            const char close = d[j];
            const char open = close == ')' ? '(' : '[';
            int depth = 0;
            qsizetype lastWordEnd = -1;
            qsizetype i = j;
            for (; i >= 0 && i > j - 1024; --i) {
                if (d[i] == close) {
                    ++depth;
                } else if (d[i] == open && --depth == 0) {
                    break;
                } else if (close == ']' && depth == 1 && lastWordEnd < 0 && isIdentifierByte(d[i])) {
                    lastWordEnd = i;
                }
            }
            if (i < 0 || depth != 0) {
                continue;
            }
            j = close == ')' ? i - 1 : lastWordEnd;
            while (close == ')' && j >= 0 && d[j] == ' ') {
                --j;
            }
            if (j < 0) {
                continue;
            }
        }
        qsizetype start = j;
        while (start > 0 && isIdentifierByte(d[start - 1])) {
            --start;
        }
        if (start <= j && isIdentifierByte(d[j])) {
            const QString receiver = QString::fromLatin1(d + start, j - start + 1);
            if (!out.contains(receiver)) {
                out << receiver;
            }
        }
    }
}

} // namespace sig2rtm
