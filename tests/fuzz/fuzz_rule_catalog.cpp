// SPDX-License-Identifier: MIT
// --rules files: a full catalog (Catalog::load) or rules added to the built-in one (Catalog::extend). Any text
// must give a catalog or located diagnostics.
#include "catalog.h"
#include "fuzzinput.h"

using namespace sig2rtm;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    (void)Catalog::builtin(); // parsed once, outside the measured runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    Diagnostics diagnostics;
    if (const auto catalog = Catalog::load(text, QStringLiteral("rules.json"), &diagnostics)) {
        (void)catalog->rowIds();
        (void)catalog->versionRow();
    }
    (void)Catalog::extend(Catalog::builtin(), text, QStringLiteral("rules.json"), &diagnostics);
    (void)toString(diagnostics);
    return 0;
}
