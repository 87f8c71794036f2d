// SPDX-License-Identifier: MIT
// How sig2rtm reads any file: the binary test on its first 8 KB (as the walker reads it), then the decoding
// (UTF-16 with a BOM, UTF-8, else GB18030).
#include "fileanalyzer.h"
#include "fuzzinput.h"

using namespace sig2rtm;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    (void)looksBinary(bytes.left(8192));
    (void)looksBinary(bytes);
    QString encoding;
    (void)decodeSource(bytes, &encoding);
    return 0;
}
