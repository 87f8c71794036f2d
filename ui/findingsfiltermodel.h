// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <QSortFilterProxyModel>

namespace sig2rtm::ui {

/// Narrows FindingsModel to one compatibility row, a text and a set of effects and confidences;
/// sorts on FindingsModel::SortRole.
class FindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject* parent = nullptr);

    /// Empty: findings of every row, SDK presence evidence included.
    void setRowId(const QString& rowId);
    QString rowId() const { return m_rowId; }

    /// Empty: findings of every client; else only those of the client (ClientResult::id).
    void setClientId(const QString& clientId);
    QString clientId() const { return m_clientId; }

    /// Case-insensitive substring of the file, reason, snippet, rule or platform.
    void setText(const QString& text);
    QString text() const { return m_text; }

    void setEffectVisible(Effect effect, bool visible);
    bool isEffectVisible(Effect effect) const;
    void setConfidenceVisible(Confidence confidence, bool visible);
    bool isConfidenceVisible(Confidence confidence) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_rowId;
    QString m_clientId;
    QString m_text;
    unsigned m_effects = 0b111;
    unsigned m_confidences = 0b111;
};

} // namespace sig2rtm::ui
