// SPDX-License-Identifier: MIT
#include "types.h"

#include <QCryptographicHash>
#include <QVector>

namespace sig2rtm {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const QString& text, const std::pair<Enum, const char16_t*> (&table)[N])
{
    for (const auto& [value, name] : table) {
        if (text == QStringView(name)) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N> QString nameOf(Enum value, const std::pair<Enum, const char16_t*> (&table)[N])
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value) {
            return QString::fromUtf16(name);
        }
    }
    return {};
}

const std::pair<RowStatus, const char16_t*> kRowStatus[] = {
    {RowStatus::Pass, u"pass"}, {RowStatus::Fail, u"fail"}, {RowStatus::Review, u"review"}};
const std::pair<Verdict, const char16_t*> kVerdict[] = {{Verdict::NoSignaling, u"no-signaling"},
                                                        {Verdict::Compatible, u"compatible"},
                                                        {Verdict::NeedsReview, u"needs-review"},
                                                        {Verdict::Incompatible, u"incompatible"},
                                                        {Verdict::NotAssessed, u"not-assessed"}};
const std::pair<Context, const char16_t*> kContext[] = {{Context::Code, u"code"},     {Context::Comment, u"comment"},
                                                        {Context::String, u"string"}, {Context::Build, u"build"},
                                                        {Context::Binary, u"binary"}, {Context::Declared, u"declared"},
                                                        {Context::Doc, u"doc"}};
const std::pair<Confidence, const char16_t*> kConfidence[] = {
    {Confidence::High, u"high"}, {Confidence::Medium, u"medium"}, {Confidence::Low, u"low"}};
const std::pair<Effect, const char16_t*> kEffect[] = {
    {Effect::Fail, u"fail"}, {Effect::Review, u"review"}, {Effect::Note, u"note"}};
const std::pair<SdkKind, const char16_t*> kSdkKind[] = {{SdkKind::Signaling, u"signaling"}, {SdkKind::Rtm, u"rtm"}};

} // namespace

QString fingerprint(const QString& rule, const QString& snippet)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {rule, snippet.simplified()}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

QStringList knownPlatforms()
{
    return {QStringLiteral("web"),         QStringLiteral("android"), QStringLiteral("ios"),
            QStringLiteral("macos"),       QStringLiteral("windows"), QStringLiteral("linux"),
            QStringLiteral("java-server"), QStringLiteral("python"),  QStringLiteral("mini-program")};
}

bool isKnownPlatform(const QString& platform)
{
    return knownPlatforms().contains(platform);
}

QString toString(RowStatus status)
{
    return nameOf(status, kRowStatus);
}
QString toString(Verdict verdict)
{
    return nameOf(verdict, kVerdict);
}
QString toString(Context context)
{
    return nameOf(context, kContext);
}
QString toString(Confidence confidence)
{
    return nameOf(confidence, kConfidence);
}
QString toString(Effect effect)
{
    return nameOf(effect, kEffect);
}
QString toString(SdkKind kind)
{
    return nameOf(kind, kSdkKind);
}

std::optional<RowStatus> rowStatusFromString(const QString& text)
{
    return lookup(text, kRowStatus);
}
std::optional<Verdict> verdictFromString(const QString& text)
{
    return lookup(text, kVerdict);
}
std::optional<Context> contextFromString(const QString& text)
{
    return lookup(text, kContext);
}
std::optional<Confidence> confidenceFromString(const QString& text)
{
    return lookup(text, kConfidence);
}
std::optional<Effect> effectFromString(const QString& text)
{
    return lookup(text, kEffect);
}
std::optional<SdkKind> sdkKindFromString(const QString& text)
{
    return lookup(text, kSdkKind);
}

int compareVersions(const QString& a, const QString& b)
{
    const auto pa = QStringView(a).split(u'.');
    const auto pb = QStringView(b).split(u'.');
    const auto n = std::max(pa.size(), pb.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int x = i < pa.size() ? pa[i].toInt() : 0;
        const int y = i < pb.size() ? pb[i].toInt() : 0;
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

} // namespace sig2rtm
