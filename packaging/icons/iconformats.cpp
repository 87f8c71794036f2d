// SPDX-License-Identifier: MIT
#include "iconformats.h"

#include <limits>
#include <QtEndian>

namespace sig2rtm::icons {

namespace {

constexpr qsizetype kIcoHeaderSize = 6;
constexpr qsizetype kIcoEntrySize = 16;
constexpr qsizetype kIcnsHeaderSize = 8;
constexpr int kIcoMaxPixels = 256;

void appendLe16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendLe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

void appendBe32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof bytes);
}

} // namespace

QSize pngSize(const QByteArray& png)
{
    // Signature (8 bytes), then the IHDR chunk: length (4), type (4), width and height (4 each, big-endian).
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (png.size() < 24 || !png.startsWith(signature) || png.mid(12, 4) != "IHDR") {
        return {};
    }
    const quint32 width = qFromBigEndian<quint32>(png.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(png.constData() + 20);
    constexpr auto maxInt = static_cast<quint32>(std::numeric_limits<int>::max());
    if (width == 0 || height == 0 || width > maxInt || height > maxInt) {
        return {};
    }
    return {static_cast<int>(width), static_cast<int>(height)};
}

QByteArray icoFile(const QList<QByteArray>& pngs)
{
    if (pngs.isEmpty() || pngs.size() > std::numeric_limits<quint16>::max()) {
        return {};
    }
    QByteArray header;
    appendLe16(header, 0); // reserved
    appendLe16(header, 1); // 1: icon (2 would be a cursor)
    appendLe16(header, static_cast<quint16>(pngs.size()));
    qsizetype offset = kIcoHeaderSize + kIcoEntrySize * pngs.size();
    QByteArray images;
    for (const QByteArray& png : pngs) {
        const QSize size = pngSize(png);
        if (!size.isValid() || size.width() > kIcoMaxPixels || size.height() > kIcoMaxPixels ||
            offset + png.size() > std::numeric_limits<quint32>::max()) {
            return {};
        }
        // One byte per side: 0 stands for 256.
        header.append(static_cast<char>(size.width() % kIcoMaxPixels));
        header.append(static_cast<char>(size.height() % kIcoMaxPixels));
        header.append('\0');    // no palette
        header.append('\0');    // reserved
        appendLe16(header, 1);  // colour planes
        appendLe16(header, 32); // bits per pixel
        appendLe32(header, static_cast<quint32>(png.size()));
        appendLe32(header, static_cast<quint32>(offset));
        offset += png.size();
        images += png;
    }
    return header + images;
}

QByteArray icnsFile(const QList<IcnsElement>& elements)
{
    if (elements.isEmpty()) {
        return {};
    }
    qsizetype total = kIcnsHeaderSize;
    for (const IcnsElement& element : elements) {
        if (element.type.size() != 4) {
            return {};
        }
        total += kIcnsHeaderSize + element.png.size();
    }
    if (total > std::numeric_limits<quint32>::max()) {
        return {};
    }
    // Big-endian throughout; each length counts its own 8-byte header.
    QByteArray out;
    out.reserve(total);
    out += "icns";
    appendBe32(out, static_cast<quint32>(total));
    for (const IcnsElement& element : elements) {
        out += element.type;
        appendBe32(out, static_cast<quint32>(kIcnsHeaderSize + element.png.size()));
        out += element.png;
    }
    return out;
}

} // namespace sig2rtm::icons
