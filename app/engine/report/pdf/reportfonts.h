// SPDX-License-Identifier: MIT
#pragma once

#include "localizedtext.h"

#include <QFont>
#include <QHash>
#include <QString>
#include <QStringList>

namespace sig2rtm {

/// The fonts of the PDF report: the families its texts and its code ask for, and the font it ships for its Chinese
/// texts (resources/fonts, a subset of Noto Sans CJK SC made by scripts/make-report-font.py), so that a machine
/// without a CJK font (CI runners, containers) still prints the report's own words.
class ReportFonts final
{
public:
    /// The shipped font's family name.
    static QString shippedFamily();
    /// Registers the shipped font with the application's font database, once per process; false when it
    /// cannot be loaded (then only installed fonts are used). Needs a QGuiApplication.
    static bool loadShipped();
    /// Families for the report's texts: a Chinese report puts the CJK faces first, the shipped one ahead, so that
    /// Latin and Han glyphs share one design and the text does not depend on the machine; an English report keeps
    /// Latin faces first and falls back to the CJK ones for Chinese project data.
    static QStringList textFamilies(ReportLanguage language);
    /// Families for code and paths; the CJK faces come last, for Chinese in code.
    static QStringList monoFamilies();
};

/// Which characters a font (with its fallback families, as the text layout uses them) can draw.
class FontCoverage final
{
public:
    explicit FontCoverage(QFont font);
    /// Whether a glyph exists for c. White space, controls and format characters count as covered: they are
    /// not drawn.
    bool covers(char32_t c);

private:
    QFont m_font;
    QHash<char32_t, bool> m_known;
};

} // namespace sig2rtm
