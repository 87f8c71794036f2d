// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <QByteArray>

namespace sig2rtm::fuzz {

/// The input as the engine gets a file's contents: a copy (QFile::readAll() gives a NUL-terminated array
/// that owns its bytes; QByteArray::fromRawData would not, and would report overreads no real read has).
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace sig2rtm::fuzz
