// SPDX-License-Identifier: MIT
#include "sourcetext.h"

#include "fileanalyzer.h"

namespace sig2rtm {

SourceText decodeSourceText(const QByteArray& bytes)
{
    SourceText source;
    if (looksBinary(bytes)) {
        source.binary = true;
        return source;
    }
    source.text = decodeSource(bytes, &source.encoding);
    return source;
}

} // namespace sig2rtm
