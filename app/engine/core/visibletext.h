// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// Text from other people's code (paths, snippets, names) shown so that it cannot deceive: the "Trojan Source"
/// class (CVE-2021-42574) reorders or hides code with bidi overrides, isolates and invisible characters, and
/// control characters drive terminals. Every writer and the app show such characters as visible escapes.
namespace sig2rtm {

/// Where the text is shown: in a snippet a tab is ordinary white space; in a name it is an escape.
enum class VisibleMode { Name, Code };

/// True for a character that must not reach a reader as it is: C0 and C1 controls (a tab only in a name),
/// bidi embeddings, overrides, isolates and marks, zero-width and other invisible characters, line and
/// paragraph separators, interlinear annotations and tag characters.
bool isHiddenCharacter(char32_t c, VisibleMode mode = VisibleMode::Name);

/// The text with every hidden character as a visible escape, "<U+202E>".
QString visibleText(QStringView text, VisibleMode mode = VisibleMode::Name);

/// True when visibleText() would change the text.
bool hasHiddenCharacters(QStringView text, VisibleMode mode = VisibleMode::Name);

/// The distinct hidden characters of a text, as escapes ("<U+202E>"), in order of first appearance.
QStringList hiddenCharacters(QStringView text, VisibleMode mode = VisibleMode::Name);

} // namespace sig2rtm
