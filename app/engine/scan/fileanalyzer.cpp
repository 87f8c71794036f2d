// SPDX-License-Identifier: MIT
#include "fileanalyzer.h"

#include "contentanalyzer.h"
#include "rawreceivers.h"

#include <algorithm>
#include <QStringDecoder>

namespace sig2rtm {

bool looksBinary(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        return false;
    }
    return QByteArrayView(head).first(std::min<qsizetype>(head.size(), 8192)).contains('\0');
}

QString decodeSource(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        if (encoding) {
            *encoding = QStringLiteral("utf-16");
        }
        return decoder.decode(QByteArrayView(bytes).sliced(2));
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
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
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
