// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace sig2rtm {

/// A source file's text as the scanner reads it, for whatever shows sources to people.
struct SourceText
{
    QString text;        ///< empty when binary
    QString encoding;    ///< "utf-8", "utf-16" or "gb18030"
    bool binary = false; ///< the bytes look binary: there is no text to show
};

/// Decodes a whole file the way the scanner does (UTF-16 with a BOM, UTF-8 with or without a BOM,
/// else GB18030), so that the lines and columns of findings point at the same characters. Binary
/// content (a NUL byte in the first 8 KB, UTF-16 excepted) is not decoded.
SourceText decodeSourceText(const QByteArray& bytes);

} // namespace sig2rtm
