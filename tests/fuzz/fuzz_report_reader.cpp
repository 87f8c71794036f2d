// SPDX-License-Identifier: MIT
// --baseline and --history read JSON reports that other people may have sent: PreviousReport::load must turn any
// text into a previous report or located diagnostics, and a report it accepts must compare with a scan.
#include "baseline.h"
#include "fuzzinput.h"
#include "report.h"

using namespace sig2rtm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Diagnostics diagnostics;
    const auto previous = PreviousReport::load(fuzz::bytes(data, size), QStringLiteral("report.json"), &diagnostics);
    if (previous) {
        const Report current;
        (void)toJson(compareWithBaseline(current, *previous)).dump();
    }
    (void)toString(diagnostics);
    return 0;
}
