// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "language.h"

#include <QSet>
#include <QString>
#include <vector>

namespace sig2rtm {

class LineIndex;
class TokenCursor;

/// One use of a legacy API of the catalog's inventory in a source file.
struct InventoryUse
{
    QString api;  ///< InventoryApi::id
    QString name; ///< the legacy identifier used
    QString file;
    int line = 0;
    int column = 0;
    QString snippet;
    QString platform; ///< whose replacement applies
    QString client;   ///< id of the client (ClientResult::id) the use belongs to
};

/// A place in one file that uses an inventory API if the file turns out to use the legacy SDK and, for a
/// call, if its receiver holds an SDK object. Found while the file is analysed; decided once the whole
/// project is known (resolveInventory).
struct InventoryCandidate
{
    enum class How : quint8 { Factory, Member, Handler, String };
    int api = -1; ///< index into Inventory::apis
    How how = How::Member;
    int line = 0;
    int column = 0;
    QString name;
    QString snippet;
    QString receiver;   ///< Member: the name the receiver ends with
    QString assignedTo; ///< Factory and Member: "x = ...call(...)" binds x to what the call returns
};

/// The inventory candidates of one lexed file: calls of its call APIs (factories, members, Objective-C
/// messages), handlers of its event APIs that the file assigns or declares, and string literals naming a
/// string API. Comments never count.
std::vector<InventoryCandidate> inventoryCandidates(const Inventory& inventory, QStringView text,
                                                    const TokenCursor& cursor, const LineIndex& lines,
                                                    Language language);

/// The uses among one file's candidates, for a file that uses the legacy SDK: handlers and strings all;
/// factory calls of the names in sdkObjects; member calls on a receiver in sdkObjects or bound in the file to
/// what such a call returned (bindings are followed whatever their order in the file).
std::vector<InventoryUse> resolveInventory(const Inventory& inventory,
                                           const std::vector<InventoryCandidate>& candidates, const QString& file,
                                           const QString& platform, const QSet<QString>& sdkObjects);

/// Both steps over a file's text (for a file that uses the legacy SDK).
std::vector<InventoryUse> findInventoryUses(const Inventory& inventory, const QString& file, QStringView text,
                                            Language language, const QString& platform,
                                            const QSet<QString>& sdkObjects);

} // namespace sig2rtm
