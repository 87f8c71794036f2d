// SPDX-License-Identifier: MIT
#pragma once

// Readers of the rule catalog's JSON fields (texts in both languages, regular expressions, https links,
// enumerations), shared by the catalog loader (catalogreader.cpp). Each reports what is wrong through the
// JsonReader, with the field's JSON pointer, and returns nullopt.

#include "catalog.h"
#include "jsonreader.h"

#include <optional>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <utility>

namespace sig2rtm {

inline std::optional<LocalizedText> readText(JsonReader& r, const nlohmann::json& object, const QString& pointer,
                                             const char* key, bool required)
{
    const auto* value = r.member(object, pointer, key, required);
    if (!value) {
        return std::nullopt;
    }
    const QString p = JsonReader::pointerOf(pointer, key);
    if (!r.expectObject(*value, p)) {
        return std::nullopt;
    }
    r.rejectUnknownKeys(*value, p, {"en", "zh_CN"});
    auto en = r.string(*value, p, "en", true);
    auto zh = r.string(*value, p, "zh_CN", true);
    if (!en || !zh) {
        return std::nullopt;
    }
    return LocalizedText{*en, *zh};
}

inline std::optional<QRegularExpression> readRegex(JsonReader& r, const nlohmann::json& object, const QString& pointer,
                                                   const char* key, bool required)
{
    auto text = r.string(object, pointer, key, required);
    if (!text) {
        return std::nullopt;
    }
    QRegularExpression re(*text);
    if (!re.isValid()) {
        r.error(JsonReader::pointerOf(pointer, key),
                QCoreApplication::translate("sig2rtm", "invalid regular expression at offset %1: %2")
                    .arg(re.patternErrorOffset())
                    .arg(re.errorString()));
        return std::nullopt;
    }
    re.optimize();
    return re;
}

inline std::optional<QString> readHttpsUrl(JsonReader& r, const nlohmann::json& object, const QString& pointer,
                                           const char* key)
{
    auto url = r.string(object, pointer, key, true);
    if (url && !url->startsWith(QLatin1String("https://"))) {
        r.error(JsonReader::pointerOf(pointer, key),
                QCoreApplication::translate("sig2rtm", "links must use https: \"%1\"").arg(*url));
        return std::nullopt;
    }
    return url;
}

/// A link that may differ by language: one https address for every language, or {"en": ..., "zh_CN": ...}.
inline std::optional<LocalizedText> readLocalizedHttpsUrl(JsonReader& r, const nlohmann::json& object,
                                                          const QString& pointer, const char* key, bool required)
{
    const auto* value = r.member(object, pointer, key, required);
    if (!value) {
        return std::nullopt;
    }
    if (value->is_string()) {
        auto url = readHttpsUrl(r, object, pointer, key);
        return url ? std::optional<LocalizedText>(LocalizedText{*url, *url}) : std::nullopt;
    }
    const QString p = JsonReader::pointerOf(pointer, key);
    if (!r.expectObject(*value, p)) {
        return std::nullopt;
    }
    r.rejectUnknownKeys(*value, p, {"en", "zh_CN"});
    auto en = readHttpsUrl(r, *value, p, "en");
    auto zh = readHttpsUrl(r, *value, p, "zh_CN");
    if (!en || !zh) {
        return std::nullopt;
    }
    return LocalizedText{*en, *zh};
}

/// An id that texts are looked up by ("rule/<id>/reason"): not blank, and no "/" that would split the path.
inline std::optional<QString> readId(JsonReader& r, const nlohmann::json& object, const QString& pointer,
                                     const char* key = "id")
{
    auto id = r.string(object, pointer, key, true);
    if (id && (id->trimmed().isEmpty() || id->contains(u'/'))) {
        r.error(JsonReader::pointerOf(pointer, key),
                QCoreApplication::translate("sig2rtm", "an id must not be blank or contain \"/\": \"%1\"").arg(*id));
        return std::nullopt;
    }
    return id;
}

template <typename Enum, std::size_t N>
std::optional<Enum> readEnum(JsonReader& r, const nlohmann::json& object, const QString& pointer, const char* key,
                             bool required, const std::pair<const char*, Enum> (&table)[N])
{
    auto text = r.string(object, pointer, key, required);
    if (!text) {
        return std::nullopt;
    }
    QStringList names;
    for (const auto& [name, value] : table) {
        if (*text == QLatin1String(name)) {
            return value;
        }
        names << QString::fromUtf8(name);
    }
    r.error(JsonReader::pointerOf(pointer, key),
            QCoreApplication::translate("sig2rtm", "unknown value \"%1\" (expected one of: %2)")
                .arg(*text, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

template <typename Enum>
std::optional<Enum> readNamedEnum(JsonReader& r, const nlohmann::json& object, const QString& pointer, const char* key,
                                  std::optional<Enum> (*parse)(const QString&), const char* expected)
{
    auto text = r.string(object, pointer, key, false);
    if (!text) {
        return std::nullopt;
    }
    if (auto value = parse(*text)) {
        return value;
    }
    r.error(JsonReader::pointerOf(pointer, key),
            QCoreApplication::translate("sig2rtm", "unknown value \"%1\" (expected one of: %2)")
                .arg(*text, QString::fromUtf8(expected)));
    return std::nullopt;
}

} // namespace sig2rtm
