// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace sig2rtm::tools {

/// Writes a deterministic, large source tree for benchmarks, screenshots and cancellation tests:
/// ordinary Java/JS/Objective-C/text files, with legacy Signaling use sprinkled in so that the scan
/// has real work and real findings.
class SyntheticTree final
{
public:
    /// Creates `files` files below root (which must exist). Returns false with error set on failure.
    static bool generate(const QString& root, int files, QString* error = nullptr);
};

} // namespace sig2rtm::tools
