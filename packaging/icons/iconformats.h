// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <QByteArray>
#include <QList>
#include <QSize>

namespace sig2rtm::icons {

/// The size a PNG declares in its IHDR chunk; an invalid QSize if @p png does not start like a PNG.
QSize pngSize(const QByteArray& png);

/// A Windows icon (.ico) with one PNG-compressed entry per image of @p pngs, in that order (Windows Vista and
/// later read PNG entries of any size). Empty if the list is empty or an image is not a PNG or is larger than
/// 256 px either way.
QByteArray icoFile(const QList<QByteArray>& pngs);

/// One element of an Apple icon (.icns): its four-character type and the PNG it holds.
struct IcnsElement
{
    QByteArray type;
    QByteArray png;
};

/// An icns element type that holds PNG data, and the size in pixels of the image it holds.
struct IcnsType
{
    const char* type;
    int pixels;
};

/// Every icns type with PNG data, from 16 px to 1024 px; the @2x types hold twice their point size.
inline constexpr std::array<IcnsType, 11> kIcnsTypes{{
    {"icp4", 16},
    {"icp5", 32},
    {"icp6", 64},
    {"ic07", 128},
    {"ic08", 256},
    {"ic09", 512},
    {"ic10", 1024}, // 512@2x
    {"ic11", 32},   // 16@2x
    {"ic12", 64},   // 32@2x
    {"ic13", 256},  // 128@2x
    {"ic14", 512},  // 256@2x
}};

/// An Apple icon (.icns) holding @p elements in that order. Empty if the list is empty, a type is not four
/// bytes or the file would not fit the format's 32-bit length.
QByteArray icnsFile(const QList<IcnsElement>& elements);

} // namespace sig2rtm::icons
