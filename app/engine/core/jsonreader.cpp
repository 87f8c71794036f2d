// SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include "localizedtext.h"

#include <QCoreApplication>

namespace sig2rtm {

namespace {
} // namespace

void JsonReader::error(const QString& pointer, const QString& message, bool atKey)
{
    m_diagnostics << m_source.error(pointer, message, atKey);
}

bool JsonReader::expectObject(const nlohmann::json& value, const QString& pointer)
{
    if (value.is_object()) {
        return true;
    }
    error(pointer, QCoreApplication::translate("sig2rtm", "expected an object, found %1").arg(jsonTypeName(value)));
    return false;
}

bool JsonReader::expectArray(const nlohmann::json& value, const QString& pointer)
{
    if (value.is_array()) {
        return true;
    }
    error(pointer, QCoreApplication::translate("sig2rtm", "expected an array, found %1").arg(jsonTypeName(value)));
    return false;
}

void JsonReader::rejectUnknownKeys(const nlohmann::json& object, const QString& pointer,
                                   std::initializer_list<const char*> allowed)
{
    if (!object.is_object()) {
        return;
    }
    for (const auto& [key, value] : object.items()) {
        bool known = false;
        for (const char* name : allowed) {
            if (key == name) {
                known = true;
                break;
            }
        }
        if (!known) {
            QStringList names;
            for (const char* name : allowed) {
                names << QString::fromUtf8(name);
            }
            const QString k = QString::fromStdString(key);
            error(jsonPointerAppend(pointer, k),
                  QCoreApplication::translate("sig2rtm", "unknown key \"%1\" (expected one of: %2)")
                      .arg(k, names.join(QStringLiteral(", "))),
                  true);
        }
    }
}

const nlohmann::json* JsonReader::member(const nlohmann::json& object, const QString& pointer, const char* key,
                                         bool required)
{
    if (!object.is_object()) {
        return nullptr;
    }
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required) {
            error(pointer,
                  QCoreApplication::translate("sig2rtm", "missing required key \"%1\"").arg(QString::fromUtf8(key)));
        }
        return nullptr;
    }
    return &*it;
}

std::optional<QString> JsonReader::stringValue(const nlohmann::json& value, const QString& pointer, bool allowEmpty)
{
    if (!value.is_string()) {
        error(pointer, QCoreApplication::translate("sig2rtm", "expected a string, found %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    QString text = QString::fromStdString(value.get<std::string>());
    if (!allowEmpty && text.trimmed().isEmpty()) {
        error(pointer, QCoreApplication::translate("sig2rtm", "must not be empty"));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonReader::string(const nlohmann::json& object, const QString& pointer, const char* key,
                                          bool required, bool allowEmpty)
{
    const auto* value = member(object, pointer, key, required);
    if (!value) {
        return std::nullopt;
    }
    return stringValue(*value, pointerOf(pointer, key), allowEmpty);
}

std::optional<QStringList> JsonReader::stringList(const nlohmann::json& object, const QString& pointer, const char* key,
                                                  bool required)
{
    const auto* value = member(object, pointer, key, required);
    if (!value) {
        return std::nullopt;
    }
    const QString p = pointerOf(pointer, key);
    if (!expectArray(*value, p)) {
        return std::nullopt;
    }
    QStringList list;
    bool ok = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        if (auto s = stringValue((*value)[i], jsonPointerAppend(p, static_cast<qsizetype>(i)))) {
            list << *s;
        } else {
            ok = false;
        }
    }
    return ok ? std::optional<QStringList>(list) : std::nullopt;
}

std::optional<bool> JsonReader::boolean(const nlohmann::json& object, const QString& pointer, const char* key,
                                        bool required)
{
    const auto* value = member(object, pointer, key, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->is_boolean()) {
        error(pointerOf(pointer, key),
              QCoreApplication::translate("sig2rtm", "expected true or false, found %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<int> JsonReader::integer(const nlohmann::json& object, const QString& pointer, const char* key,
                                       bool required, int minimum, int maximum)
{
    const auto* value = member(object, pointer, key, required);
    if (!value) {
        return std::nullopt;
    }
    const QString p = pointerOf(pointer, key);
    if (!value->is_number_integer()) {
        error(p, QCoreApplication::translate("sig2rtm", "expected an integer, found %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    const auto n = value->get<long long>();
    if (n < minimum || n > maximum) {
        error(p, QCoreApplication::translate("sig2rtm", "must be between %1 and %2").arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return static_cast<int>(n);
}

} // namespace sig2rtm
