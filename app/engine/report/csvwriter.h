// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>
#include <QStringList>

namespace sig2rtm {

/// The columns of the CSV report, in order (machine-readable names, stable across languages).
QStringList csvColumns();

/// One line per finding (RFC 4180: comma separated, fields quoted when they hold a comma, quote or line
/// break, CRLF line ends), UTF-8 with a byte order mark so that spreadsheet programs detect the encoding.
/// Text fields that a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading
/// apostrophe: the report carries file names and source lines from the scanned project.
QByteArray renderCsv(const Report& report);

} // namespace sig2rtm
