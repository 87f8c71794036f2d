// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "localizedtext.h"
#include "types.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QWidget;

namespace sig2rtm::ui {

/// How engine values are shown to people: translated words and icons. Status is always told by an
/// icon shape and a word together, never by colour alone.
class Presentation final
{
    Q_DECLARE_TR_FUNCTIONS(Presentation)

public:
    static QIcon statusIcon(RowStatus status);
    static QString statusWord(RowStatus status);
    static QIcon effectIcon(Effect effect);
    static QString effectWord(Effect effect);
    static QString confidenceWord(Confidence confidence);
    static QString verdictText(Verdict verdict);
    static QIcon verdictIcon(Verdict verdict);
    static QString platformName(const QString& platform);
    static QString formatName(const QString& format);
    static QString humanBytes(qint64 bytes);
    static QString humanDuration(qint64 milliseconds);
    static QIcon appIcon();

    /// Makes page a scrolling page and returns the widget to lay its content out in: a page scrolls when the
    /// window is small (1024x700, or a scaled laptop screen) or its texts long (another language), it never forces
    /// the window to grow, and nothing overlaps. Text wraps first; a horizontal scroll bar shows only when the
    /// controls cannot get narrower. No frame, the window's background.
    static QWidget* scrollingContent(QWidget* page);
    /// Asks before something that cannot be undone (replacing files, discarding results): accept names the
    /// action, Cancel is the default and the escape (Enter keeps what there is). details (paths, say) are shown
    /// as plain text under the question. Returns whether the user chose the action.
    static bool confirm(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                        const QString& accept, const QStringList& details = {});
    /// Between the items of a list in running text: "; ", or the full-width "；" in Chinese.
    static QString listSeparator(ReportLanguage language);

    /// A page title as shown in the wizard's header: larger than the body text.
    static QString heading(const QString& title);
    /// A tooltip that shows text as it is: Qt would read text that looks like markup ("<b>" in a file name) as
    /// rich text. Line breaks are kept.
    static QString plainToolTip(const QString& text);
    /// Located problems as people read them: "file, line 3, column 7: message".
    static QStringList describe(const Diagnostics& diagnostics);

    /// The language catalog texts and reports use: follows the UI language (QLocale's default).
    static ReportLanguage reportLanguage();
};

} // namespace sig2rtm::ui
