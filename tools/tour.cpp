// SPDX-License-Identifier: MIT
// sig2rtm-tour: a developer tool, never shipped. Drives the desktop app through every step and saves a
// screenshot of each, as docs/screenshots/gui-<step>.png shows them:
//   sig2rtm-tour [--lang en|zh_CN] [--size WxH] DIR [PATH]
// PATH is the project the tour assesses (the bundled sample by default). Needs a display (or Xvfb).

#include "assessment.h"
#include "mainwindow.h"
#include "presentation.h"
#include "screenshottour.h"
#include "settings.h"
#include "startpage.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sig2rtm;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // The same names as the app, so that the window looks as users see it.
    QApplication::setApplicationName(QStringLiteral("sig2rtm"));
    QApplication::setOrganizationName(QStringLiteral("sig2rtm"));
    QApplication::setApplicationVersion(toolVersion());
    QApplication::setApplicationDisplayName(QStringLiteral("sig2rtm"));
    QApplication::setWindowIcon(ui::Presentation::appIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Saves a screenshot of every step of sig2rtm to DIR."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("where the screenshots go"));
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("the project to assess (default: the sample)"),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("user interface language: en or zh_CN"),
                                            QStringLiteral("LANG"), QStringLiteral("en"));
    parser.addOption(languageOption);
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("window size, WIDTHxHEIGHT (default 1400x900, the documentation's)"),
        QStringLiteral("SIZE"), QStringLiteral("1400x900"));
    parser.addOption(sizeOption);
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2) {
        parser.showHelp(2);
    }

    // The app finds its data as installed; the tour runs from the build tree and points it at the sources.
    if (qEnvironmentVariableIsEmpty("SIG2RTM_DATA_DIR")) {
        qputenv("SIG2RTM_DATA_DIR", SIG2RTM_SOURCE_DIR "/resources");
    }

    // Throwaway settings: the tour neither shows nor changes the user's.
    QTemporaryDir settingsDir;
    ui::Settings settings(settingsDir.filePath(QStringLiteral("tour.ini")));
    ui::Translations::install(&app, parser.value(languageOption));

    ui::MainWindow window(&settings);
    tools::ScreenshotTour tour(&window, args.at(0), args.size() > 1 ? args.at(1) : ui::StartPage::samplePath());
    const QStringList size = parser.value(sizeOption).split(u'x');
    if (size.size() != 2 || size.at(0).toInt() < 640 || size.at(1).toInt() < 480) {
        parser.showHelp(2);
    }
    tour.setWindowSize(QSize(size.at(0).toInt(), size.at(1).toInt()));
    QString error;
    const bool ok = tour.run(&error);
    QTextStream out(ok ? stdout : stderr);
    out << (ok ? tour.written().join(u'\n') : QStringLiteral("sig2rtm-tour: ") + error) << '\n';
    return ok ? 0 : 1;
}
