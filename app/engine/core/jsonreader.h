// SPDX-License-Identifier: MIT
#pragma once

#include "jsonsource.h"

#include <initializer_list>
#include <optional>
#include <QStringList>

namespace sig2rtm {

/// Reads typed members out of a JsonSource and records every problem as a located Diagnostic,
/// so a loader can report all mistakes of a file at once instead of stopping at the first.
class JsonReader
{
public:
    JsonReader(const JsonSource& source, Diagnostics& diagnostics) : m_source(source), m_diagnostics(diagnostics) {}

    const JsonSource& source() const { return m_source; }

    void error(const QString& pointer, const QString& message, bool atKey = false);

    /// True when value is an object; records an error otherwise.
    bool expectObject(const nlohmann::json& value, const QString& pointer);
    bool expectArray(const nlohmann::json& value, const QString& pointer);

    /// Records an error for each member of object not in allowed.
    void rejectUnknownKeys(const nlohmann::json& object, const QString& pointer,
                           std::initializer_list<const char*> allowed);

    /// The member, or nullptr (with an error when required).
    const nlohmann::json* member(const nlohmann::json& object, const QString& pointer, const char* key, bool required);

    std::optional<QString> string(const nlohmann::json& object, const QString& pointer, const char* key, bool required,
                                  bool allowEmpty = false);
    std::optional<QStringList> stringList(const nlohmann::json& object, const QString& pointer, const char* key,
                                          bool required);
    std::optional<bool> boolean(const nlohmann::json& object, const QString& pointer, const char* key, bool required);
    std::optional<int> integer(const nlohmann::json& object, const QString& pointer, const char* key, bool required,
                               int minimum, int maximum);

    /// A string value (not a member).
    std::optional<QString> stringValue(const nlohmann::json& value, const QString& pointer, bool allowEmpty = false);

    static QString pointerOf(const QString& pointer, const char* key)
    {
        return jsonPointerAppend(pointer, QString::fromUtf8(key));
    }

private:
    const JsonSource& m_source;
    Diagnostics& m_diagnostics;
};

} // namespace sig2rtm
