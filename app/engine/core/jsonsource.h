// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QString>

namespace sig2rtm {

/// A JSON document together with its text, so that any value can be traced back to the line and
/// column it was written at. nlohmann::json keeps no positions; this class finds them on demand by
/// re-reading the text along a JSON pointer (only on the error path, so it costs nothing otherwise).
class JsonSource
{
public:
    /// Parses text. On a syntax error returns nullopt and fills error with file, line and column.
    static std::optional<JsonSource> parse(const QByteArray& text, const QString& fileName, Diagnostic* error);

    const nlohmann::json& root() const { return m_root; }
    const QString& fileName() const { return m_fileName; }
    const QByteArray& text() const { return m_text; }

    struct Position
    {
        int line = 0;
        int column = 0;
    };

    /// Position of the value at pointer (or of its member name when atKey is true and the value is an
    /// object member). Falls back to the nearest existing ancestor when the pointer does not resolve.
    Position locate(const QString& pointer, bool atKey = false) const;

    /// A Diagnostic located at pointer.
    Diagnostic error(const QString& pointer, const QString& message, bool atKey = false) const;

    /// Line and column (1-based, column in characters) of a byte offset.
    static Position positionOfOffset(const QByteArray& text, qsizetype offset);

private:
    JsonSource() = default;
    QByteArray m_text;
    QString m_fileName;
    nlohmann::json m_root;
};

/// Appends an RFC 6901-escaped reference token to a pointer: ("/rules", "a/b") -> "/rules/a~1b".
QString jsonPointerAppend(const QString& pointer, const QString& token);
QString jsonPointerAppend(const QString& pointer, qsizetype index);

/// Short name of a JSON value's type for messages: "string", "number", "object", ...
QString jsonTypeName(const nlohmann::json& value);

} // namespace sig2rtm
