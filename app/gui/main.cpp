// SPDX-License-Identifier: MIT
// sig2rtm: the desktop front end. Thin: parse arguments, pick the language, build the main window.

#include "assessment.h"
#include "mainwindow.h"
#include "presentation.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QPalette>

using namespace sig2rtm;

namespace {

// macOS hands a document opened from the Finder (double-click, Open With) to the running app as an event, not as
// an argument.
class FileOpenHandler : public QObject
{
public:
    explicit FileOpenHandler(ui::MainWindow* window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString file = static_cast<QFileOpenEvent*>(event)->file();
            if (!file.isEmpty()) {
                m_window->openPath(QFileInfo(file).absoluteFilePath());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ui::MainWindow* m_window;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sig2rtm"));
    QApplication::setOrganizationName(QStringLiteral("sig2rtm"));
    QApplication::setApplicationVersion(toolVersion());
    QApplication::setApplicationDisplayName(QStringLiteral("sig2rtm"));
    QApplication::setWindowIcon(ui::Presentation::appIcon());
    if (qEnvironmentVariableIsSet("SIG2RTM_PREVIEW_DARK")) {
        // Developer aid: a dark system palette, to check that nothing hardcodes light colours.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Tells which of Agora's five documented Signaling to RTM incompatibilities apply to your code."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main", "a folder to scan or a project description (.json)"),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QApplication::translate("main", "user interface language: en or zh_CN"),
                                            QStringLiteral("LANG"));
    parser.addOption(languageOption);
    parser.process(app);

    ui::Settings settings;
    ui::Translations::install(&app, parser.isSet(languageOption) ? parser.value(languageOption) : settings.language());

    ui::MainWindow window(&settings);
    app.installEventFilter(new FileOpenHandler(&window));
    window.show();
    if (const QStringList args = parser.positionalArguments(); !args.isEmpty()) {
        window.openPath(QFileInfo(args.first()).absoluteFilePath());
    }
    return QApplication::exec();
}
