// SPDX-License-Identifier: MIT
// The icon containers (iconformats.h) and the icons the build renders from resources/icons/sig2rtm.svg.

#include "iconformats.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QtEndian>
#include <QtTest>

using namespace sig2rtm;

namespace {

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

quint16 le16(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}

quint32 le32(const QByteArray& data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}

quint32 be32(const QByteArray& data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

QByteArray readGenerated(const QString& name)
{
    QFile file(QStringLiteral(SIG2RTM_ICON_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestIconFormats : public QObject
{
    Q_OBJECT

private slots:
    void pngSize()
    {
        QCOMPARE(icons::pngSize(png(24, 16)), QSize(24, 16));
        QVERIFY(!icons::pngSize("GIF89a").isValid());
        QVERIFY(!icons::pngSize(png(16, 16).left(20)).isValid());
    }

    void icoDirectory()
    {
        const QList<QByteArray> pngs{png(16, 16), png(256, 256)};
        const QByteArray ico = icons::icoFile(pngs);
        QCOMPARE(le16(ico, 0), 0);
        QCOMPARE(le16(ico, 2), 1);
        QCOMPARE(le16(ico, 4), 2);
        QCOMPARE(quint8(ico.at(6)), 16);
        QCOMPARE(quint8(ico.at(6 + 16)), 0); // 256
        QCOMPARE(le32(ico, 6 + 8), quint32(pngs.at(0).size()));
        QCOMPARE(le32(ico, 6 + 12), quint32(6 + 2 * 16));
        QCOMPARE(le32(ico, 6 + 16 + 12), quint32(6 + 2 * 16 + pngs.at(0).size()));
        QCOMPARE(ico.size(), 6 + 2 * 16 + pngs.at(0).size() + pngs.at(1).size());
        QCOMPARE(ico.mid(6 + 2 * 16, pngs.at(0).size()), pngs.at(0));
    }

    void icoRejects()
    {
        QVERIFY(icons::icoFile({}).isEmpty());
        QVERIFY(icons::icoFile({png(257, 257)}).isEmpty());
        QVERIFY(icons::icoFile({QByteArray("not a png")}).isEmpty());
    }

    void icnsContainer()
    {
        const QByteArray a = png(16, 16);
        const QByteArray b = png(32, 32);
        const QByteArray icns = icons::icnsFile({{"icp4", a}, {"ic11", b}});
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(be32(icns, 4), quint32(icns.size()));
        QCOMPARE(icns.mid(8, 4), QByteArray("icp4"));
        QCOMPARE(be32(icns, 12), quint32(8 + a.size()));
        QCOMPARE(icns.mid(16 + a.size(), 4), QByteArray("ic11"));
        QCOMPARE(icns.size(), 8 + 8 + a.size() + 8 + b.size());
        QVERIFY(icons::icnsFile({}).isEmpty());
        QVERIFY(icons::icnsFile({{"ic7", a}}).isEmpty());
    }

    void generatedIco()
    {
        const QByteArray ico = readGenerated(QStringLiteral("sig2rtm.ico"));
        QCOMPARE(le16(ico, 2), 1);
        QCOMPARE(le16(ico, 4), 7);
        const QList<int> sizes{16, 24, 32, 48, 64, 128, 256};
        qsizetype end = 6 + 7 * 16;
        for (int i = 0; i < sizes.size(); ++i) {
            const qsizetype entry = 6 + 16 * i;
            QCOMPARE(quint8(ico.at(entry)), quint8(sizes.at(i) % 256));
            QCOMPARE(le32(ico, entry + 12), quint32(end));
            const QByteArray image = ico.mid(end, le32(ico, entry + 8));
            QCOMPARE(icons::pngSize(image), QSize(sizes.at(i), sizes.at(i)));
            QCOMPARE(QImage::fromData(image).size(), QSize(sizes.at(i), sizes.at(i)));
            end += image.size();
        }
        QCOMPARE(end, ico.size());
    }

    void generatedIcns()
    {
        const QByteArray icns = readGenerated(QStringLiteral("sig2rtm.icns"));
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(be32(icns, 4), quint32(icns.size()));
        qsizetype at = 8;
        for (const icons::IcnsType& type : icons::kIcnsTypes) {
            QCOMPARE(icns.mid(at, 4), QByteArray(type.type));
            const quint32 length = be32(icns, at + 4);
            QCOMPARE(icons::pngSize(icns.mid(at + 8, length - 8)), QSize(type.pixels, type.pixels));
            at += length;
        }
        QCOMPARE(at, icns.size());
    }

    void generatedPngs()
    {
        for (const int pixels : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QImage image(
                QStringLiteral(SIG2RTM_ICON_DIR "/hicolor/%1x%1/apps/io.github.sig2rtm.png").arg(pixels));
            QCOMPARE(image.size(), QSize(pixels, pixels));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);                     // rounded corner: transparent
            QCOMPARE(qAlpha(image.pixel(pixels / 2, pixels / 2)), 255); // not blank
        }
    }
};

QTEST_GUILESS_MAIN(TestIconFormats)
#include "tst_iconformats.moc"
