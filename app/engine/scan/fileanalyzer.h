// SPDX-License-Identifier: MIT
#pragma once

#include "filescan.h"
#include "ruleindex.h"

#include <QByteArray>
#include <QString>

namespace sig2rtm {

/// Decodes text the way sig2rtm reads sources: UTF-16 (utf16Kind), UTF-8 (BOM optional), else GB18030.
QString decodeSource(const QByteArray& bytes, QString* encoding);

/// Whether bytes are UTF-16 text: marked by a byte order mark, or recognised without one (mostly ASCII, so one
/// byte of each pair is zero, consistently).
enum class Utf16Kind { None, LittleEndianBom, BigEndianBom, LittleEndian, BigEndian };
Utf16Kind utf16Kind(QByteArrayView bytes);

/// True when the bytes look binary (a NUL byte in the first 8 KB, UTF-16 text excepted).
bool looksBinary(const QByteArray& head);

/// Applies every content rule to one text file. bytes must be the whole file. sdkFile: the file is a
/// vendored SDK file (recognised by its name), so only presence rules apply to it; files inside a folder
/// named like an SDK are recognised here. allowDeferral: a file where only receiver-gated calls can match
/// is not analysed but its receivers are noted (FileScan::deferredReceivers).
FileScan analyzeFile(const RuleIndex& index, const QString& relativePath, const QByteArray& bytes, bool sdkFile,
                     bool allowDeferral = true);

/// True when the file uses what corroborates a factory rule (its marker calls or marker strings), whether
/// or not it names the factory itself: the module a factory's caller imports may hold those uses.
bool usesFactoryMarkers(const RuleIndex& index, const QString& relativePath, const QByteArray& bytes);

} // namespace sig2rtm
