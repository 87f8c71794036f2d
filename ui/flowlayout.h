// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>
#include <QList>

namespace sig2rtm::ui {

/// Lays widgets out left to right and wraps to a new line when the width runs out, like words: a row of
/// buttons whose labels come from the catalog (and grow in another language) never makes the page wider.
class FlowLayout final : public QLayout
{
    Q_OBJECT

public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    /// Puts widget at index (clamped: past the end appends).
    void insertWidget(int index, QWidget* widget);

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;
    int spacingBetween() const;

    QList<QLayoutItem*> m_items;
};

} // namespace sig2rtm::ui
