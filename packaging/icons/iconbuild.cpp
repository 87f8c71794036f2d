// SPDX-License-Identifier: MIT
// sig2rtm-iconbuild: run by the build, never installed. Renders the one source of the app's icon into the
// files each platform's packaging wants:
//   sig2rtm-iconbuild SVG OUTDIR
// writes OUTDIR/hicolor/<N>x<N>/apps/io.github.sig2rtm.png (Linux), OUTDIR/sig2rtm.ico (Windows) and
// OUTDIR/sig2rtm.icns (macOS). Exit codes: 0 written, 1 unreadable or invalid SVG or a file not written, 2 usage.

#include "iconformats.h"

#include <array>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

using namespace sig2rtm;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;

// packaging/icons/CMakeLists.txt lists the same hicolor sizes as the command's outputs.
constexpr std::array kHicolorSizes{16, 24, 32, 48, 64, 128, 256, 512};
constexpr std::array kIcoSizes{16, 24, 32, 48, 64, 128, 256};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

/// Renders the SVG once per size: the icns and the ico ask for the same sizes more than once.
class IconRenderer final
{
public:
    explicit IconRenderer(const QByteArray& svg) : m_renderer(svg)
    {
        m_renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    }

    bool isValid() const { return m_renderer.isValid() && !m_renderer.viewBoxF().isEmpty(); }

    /// The icon as a PNG of @p pixels square; empty if nothing was drawn or the PNG could not be encoded.
    QByteArray png(int pixels)
    {
        const auto cached = m_pngs.constFind(pixels);
        if (cached != m_pngs.cend()) {
            return *cached;
        }
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull()) {
            return {};
        }
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            m_renderer.render(&painter, QRectF(0, 0, pixels, pixels));
        }
        if (isBlank(image)) {
            return {};
        }
        QByteArray data;
        QBuffer buffer(&data);
        if (!buffer.open(QIODevice::WriteOnly) || !image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG")) {
            return {};
        }
        m_pngs.insert(pixels, data);
        return data;
    }

private:
    // A valid SVG that draws nothing (a wrong viewBox, say) would give blank icons without a word.
    static bool isBlank(const QImage& image)
    {
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(line[x]) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    QSvgRenderer m_renderer;
    QHash<int, QByteArray> m_pngs;
};

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

/// Renders every file into @p outDir; on failure, says why in @p error.
bool writeIcons(IconRenderer& renderer, const QDir& outDir, QString* error)
{
    const auto rendered = [&](int pixels) {
        QByteArray png = renderer.png(pixels);
        if (png.isEmpty()) {
            *error = QStringLiteral("the SVG renders to nothing at %1 px").arg(pixels);
        }
        return png;
    };

    for (const int pixels : kHicolorSizes) {
        const QByteArray png = rendered(pixels);
        const QString path = outDir.filePath(QStringLiteral("hicolor/%1x%1/apps/io.github.sig2rtm.png").arg(pixels));
        if (png.isEmpty() || !writeFile(path, png, error)) {
            return false;
        }
    }

    QList<QByteArray> icoImages;
    for (const int pixels : kIcoSizes) {
        icoImages.append(rendered(pixels));
        if (icoImages.last().isEmpty()) {
            return false;
        }
    }
    const QByteArray ico = icons::icoFile(icoImages);
    if (ico.isEmpty()) {
        *error = QStringLiteral("cannot build the .ico");
        return false;
    }
    if (!writeFile(outDir.filePath(QStringLiteral("sig2rtm.ico")), ico, error)) {
        return false;
    }

    QList<icons::IcnsElement> icnsElements;
    for (const icons::IcnsType& type : icons::kIcnsTypes) {
        QByteArray png = rendered(type.pixels);
        if (png.isEmpty()) {
            return false;
        }
        icnsElements.append({QByteArray(type.type), std::move(png)});
    }
    const QByteArray icns = icons::icnsFile(icnsElements);
    if (icns.isEmpty()) {
        *error = QStringLiteral("cannot build the .icns");
        return false;
    }
    return writeFile(outDir.filePath(QStringLiteral("sig2rtm.icns")), icns, error);
}

} // namespace

int main(int argc, char* argv[])
{
#if !defined(Q_OS_WIN) && !defined(Q_OS_DARWIN)
    // Build machines often have no display, and rendering into an image needs none.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sig2rtm-iconbuild"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders the app's icon from SVG into hicolor PNGs, sig2rtm.ico and sig2rtm.icns in OUTDIR."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SVG"), QStringLiteral("the icon's source"));
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("where the icons go"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err() << QStringLiteral("sig2rtm-iconbuild: expected SVG and OUTDIR\n") << parser.helpText();
        return kExitUsage;
    }
    const QString svgPath = QDir::toNativeSeparators(args.at(0));

    // Read here rather than by QSvgRenderer, which only logs a warning for a file it cannot open.
    QFile svgFile(args.at(0));
    if (!svgFile.open(QIODevice::ReadOnly)) {
        err() << QStringLiteral("sig2rtm-iconbuild: cannot read %1: %2\n").arg(svgPath, svgFile.errorString());
        return kExitFailed;
    }
    IconRenderer renderer(svgFile.readAll());
    if (!renderer.isValid()) {
        err() << QStringLiteral("sig2rtm-iconbuild: %1 is not a valid SVG image\n").arg(svgPath);
        return kExitFailed;
    }

    QString error;
    if (!writeIcons(renderer, QDir(args.at(1)), &error)) {
        err() << QStringLiteral("sig2rtm-iconbuild: %1 (from %2)\n").arg(error, svgPath);
        return kExitFailed;
    }
    return kExitOk;
}
