// SPDX-License-Identifier: MIT
#pragma once

#include "catalog.h"
#include "language.h"

#include <QSet>
#include <QString>
#include <vector>

namespace sig2rtm {

/// One use of a legacy API of the catalog's inventory in a source file.
struct InventoryUse
{
    QString api; ///< InventoryApi::id
    QString name; ///< the legacy identifier used
    QString file;
    int line = 0;
    int column = 0;
    QString snippet;
    QString platform; ///< whose replacement applies
};

/// Finds the inventory's legacy API uses in one file's text: calls of its call APIs on an SDK object (any
/// receiver in a file that shows the legacy SDK itself, else a receiver named in sdkObjects), handlers of
/// its event APIs that the file assigns or declares, and string literals naming one (special channels).
/// Comments never count.
std::vector<InventoryUse> findInventoryUses(const Inventory& inventory, const QString& file, QStringView text,
                                            Language language, const QString& platform, bool legacyFile,
                                            const QSet<QString>& sdkObjects);

} // namespace sig2rtm
