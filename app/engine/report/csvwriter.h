// SPDX-License-Identifier: MIT
#pragma once

#include "report.h"

#include <QByteArray>
#include <QStringList>

namespace sig2rtm {

/// The columns of the CSV report, in order (machine-readable names, stable across languages).
QStringList csvColumns();
/// The columns of a report's CSV: csvColumns(), then "baselineState" when the report was compared with a
/// previous one.
QStringList csvColumns(const Report& report);

/// One line per finding (RFC 4180: comma separated, fields quoted when they hold a comma, quote or line
/// break, CRLF line ends), UTF-8 with a byte order mark so that spreadsheet programs detect the encoding.
/// Text fields that a spreadsheet would run as a formula (starting with = + - @ tab or CR) get a leading
/// apostrophe: the report carries file names and source lines from the scanned project. Control, bidi and
/// invisible characters in them (terminal escape sequences among them) are written as visible escapes.
/// With a baseline, each line ends with the finding's baselineState ("new", "unchanged"), and the previous
/// report's findings that are gone follow, one line each with an empty finding id and "absent".
QByteArray renderCsv(const Report& report);

} // namespace sig2rtm
