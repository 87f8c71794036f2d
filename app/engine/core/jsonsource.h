// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <QByteArray>
#include <QString>
#include <utility>

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

    /// The text of line (1-based), without its line break; empty when there is no such line.
    QByteArray lineText(int line) const;

    /// A Diagnostic located at pointer.
    Diagnostic error(const QString& pointer, const QString& message, bool atKey = false) const;

    /// Line and column (1-based, column in characters) of a byte offset.
    static Position positionOfOffset(const QByteArray& text, qsizetype offset);

private:
    JsonSource() = default;

    /// What locate() has learned of the text, built as it is asked and kept: where each line starts, how many
    /// characters precede each 4 KB block, and the members of each object and array it has walked into. Each part
    /// of the text is read once, however many values are located (a description of 16,000 clients locates each).
    struct Index;
    Index& index() const;
    Position position(qsizetype offset) const;
    qsizetype locateOffset(const QString& pointer, bool atKey) const;
    /// Offsets of the first and the second occurrence of key in the object at objectPointer.
    std::pair<qsizetype, qsizetype> keyOffsets(const QString& objectPointer, const QString& key) const;

    QByteArray m_text;
    QString m_fileName;
    nlohmann::json m_root;
    mutable std::shared_ptr<Index> m_index; ///< a cache, shared by copies: the text is the same
};

/// Appends an RFC 6901-escaped reference token to a pointer: ("/rules", "a/b") -> "/rules/a~1b".
QString jsonPointerAppend(const QString& pointer, const QString& token);
QString jsonPointerAppend(const QString& pointer, qsizetype index);

/// Short name of a JSON value's type for messages: "string", "number", "object", ...
QString jsonTypeName(const nlohmann::json& value);

} // namespace sig2rtm
