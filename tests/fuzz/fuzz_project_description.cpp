// SPDX-License-Identifier: MIT
// Project descriptions (sig2rtm-project/1) are files that teams write and send: ProjectDescription::load must
// turn any text into a description or located diagnostics. A valid one is also written back (the questionnaire's
// "save"), and what is written must load again.
#include "fuzzinput.h"
#include "projectdescription.h"

using namespace sig2rtm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Diagnostics diagnostics;
    // Declared sources and client folders must exist, and are only looked up: "/" lets "." and "usr" pass.
    const QString baseDir = QStringLiteral("/");
    const auto description =
        ProjectDescription::load(fuzz::bytes(data, size), QStringLiteral("project.json"), baseDir, &diagnostics);
    if (description) {
        Diagnostics reread;
        if (!ProjectDescription::load(description->toJsonText(baseDir), QStringLiteral("saved.json"), baseDir,
                                      &reread)) {
            qFatal("a saved description does not load again:\n%s", qPrintable(toString(reread)));
        }
    }
    (void)toString(diagnostics);
    return 0;
}
