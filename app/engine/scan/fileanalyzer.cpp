// SPDX-License-Identifier: MIT
#include "fileanalyzer.h"

#include "contentanalyzer.h"
#include "rawreceivers.h"

#include <algorithm>
#include <QStringDecoder>

namespace sig2rtm {

Utf16Kind utf16Kind(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE")) {
        return Utf16Kind::LittleEndianBom;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        return Utf16Kind::BigEndianBom;
    }
    // Without a byte order mark (Windows tools write such files): source code is mostly ASCII, so one byte of
    // each pair is zero and the other is not, consistently, in the first 8 KB.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    if (n < 4) {
        return Utf16Kind::None;
    }
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes.at(i) == '\0';
        zeroOdd += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 9 && zeroEven * 20 <= pairs) {
        return Utf16Kind::LittleEndian;
    }
    if (zeroEven * 10 >= pairs * 9 && zeroOdd * 20 <= pairs) {
        return Utf16Kind::BigEndian;
    }
    return Utf16Kind::None;
}

bool looksBinary(const QByteArray& head)
{
    if (utf16Kind(head) != Utf16Kind::None) {
        return false;
    }
    return QByteArrayView(head).first(std::min<qsizetype>(head.size(), 8192)).contains('\0');
}

QString decodeSource(const QByteArray& bytes, QString* encoding)
{
    if (const Utf16Kind kind = utf16Kind(bytes); kind != Utf16Kind::None) {
        const bool le = kind == Utf16Kind::LittleEndianBom || kind == Utf16Kind::LittleEndian;
        const bool bom = kind == Utf16Kind::LittleEndianBom || kind == Utf16Kind::BigEndianBom;
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        if (encoding) {
            *encoding = QStringLiteral("utf-16");
        }
        return decoder.decode(QByteArrayView(bytes).sliced(bom ? 2 : 0));
    }
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (!utf8.hasError()) {
        if (encoding) {
            *encoding = QStringLiteral("utf-8");
        }
        return text;
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        QString decoded = gb.decode(view);
        if (!gb.hasError()) {
            if (encoding) {
                *encoding = QStringLiteral("gb18030");
            }
            return decoded;
        }
    }
    if (encoding) {
        *encoding = QStringLiteral("utf-8 (with invalid bytes)");
    }
    return text;
}

FileScan analyzeFile(const RuleIndex& index, const QString& relativePath, const QByteArray& bytes, bool sdkFile,
                     bool allowDeferral)
{
    FileScan scan;
    scan.file = relativePath;
    scan.language = languageForFileName(relativePath);
    const auto slash = relativePath.lastIndexOf(u'/');
    const QStringView name = slash >= 0 ? QStringView(relativePath).sliced(slash + 1) : QStringView(relativePath);
    index.projectMarkers(name, scan.projectMarkers);
    scan.sdkFile = sdkFile || index.inSdkFolder(relativePath);

    // UTF-16 files are rare: decode first so the prefilter sees ASCII.
    const bool utf16 = utf16Kind(bytes) != Utf16Kind::None;
    QString text;
    QByteArray utf8;
    if (utf16) {
        text = decodeSource(bytes, nullptr);
        utf8 = text.toUtf8();
    }
    const QByteArray& raw = utf16 ? utf8 : bytes;
    std::vector<bool> hits;
    if (!index.prefilter().scan(raw.constData(), raw.size(), hits)) {
        return scan;
    }
    if (allowDeferral && !sdkFile) {
        // Calls whose receiver must be an SDK object have common names (UI code is full of them);
        // when nothing else can match, note the receivers and decide after the whole tree is known.
        bool onlyReceiverRules = true;
        bool any = false;
        for (int lit = 0; lit < index.prefilter().literalCount() && onlyReceiverRules; ++lit) {
            if (!hits[static_cast<std::size_t>(lit)]) {
                continue;
            }
            for (int r : index.rulesForLiteral(lit)) {
                const Rule& rule = index.rule(r);
                if (!rule.appliesTo(scan.language)) {
                    continue;
                }
                any = true;
                if (rule.requirement != Requirement::SignalingReceiver || rule.kind != MatchKind::Identifier) {
                    onlyReceiverRules = false;
                    break;
                }
            }
        }
        if (!any) {
            return scan;
        }
        if (onlyReceiverRules) {
            for (int lit = 0; lit < index.prefilter().literalCount(); ++lit) {
                if (hits[static_cast<std::size_t>(lit)]) {
                    receiversInBytes(raw, index.prefilter().literal(lit), scan.deferredReceivers);
                }
            }
            return scan;
        }
    }
    if (!utf16) {
        text = decodeSource(bytes, nullptr);
    }
    ContentAnalyzer analyzer(index, relativePath, text, scan.language, scan);
    analyzer.run(hits);
    return scan;
}

bool usesFactoryMarkers(const RuleIndex& index, const QString& relativePath, const QByteArray& bytes)
{
    const Language language = languageForFileName(relativePath);
    std::vector<bool> hits(static_cast<std::size_t>(index.prefilter().literalCount()), false);
    bool any = false;
    for (int lit = 0; lit < index.prefilter().literalCount(); ++lit) {
        for (int r : index.rulesForLiteral(lit)) {
            const Rule& rule = index.rule(r);
            if ((!rule.markerCalls.isEmpty() || !rule.markerStringPrefixes.isEmpty()) && rule.appliesTo(language)) {
                hits[static_cast<std::size_t>(lit)] = true;
                any = true;
            }
        }
    }
    if (!any) {
        return false;
    }
    FileScan scan;
    scan.file = relativePath;
    scan.language = language;
    // The analyzer keeps a view of the text: the text must outlive it.
    const QString text = decodeSource(bytes, nullptr);
    ContentAnalyzer analyzer(index, relativePath, text, language, scan);
    analyzer.run(hits);
    return scan.webMarker;
}

} // namespace sig2rtm
