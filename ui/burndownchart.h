// SPDX-License-Identifier: MIT
#pragma once

#include "chart.h"
#include "history.h"

#include <optional>
#include <QWidget>
#include <vector>

namespace sig2rtm::ui {

/// The burn-down of a history, drawn as the reports draw it: the engine lays the chart out at the widget's size
/// (layOutBurnDown) and paintChart draws it. A data point's values show in a tooltip under the mouse; with the
/// keyboard, Left and Right walk the reports, Up and Down the lines, and currentChanged() tells what the point
/// is (the page shows it in words).
class BurnDownChart final : public QWidget
{
    Q_OBJECT

public:
    explicit BurnDownChart(QWidget* parent = nullptr);

    /// The history to draw (none: an empty widget), its texts in language.
    void setHistory(const std::optional<History>& history, ReportLanguage language);
    bool hasHistory() const { return m_history.has_value(); }

    /// The chart as laid out for the widget's current size, in widget pixels.
    const ChartLayout& chart() const { return m_chart; }
    /// Where the chart is drawn in the widget.
    QRectF chartRect() const;
    /// The tooltip at a widget position: the data point there, or "" when there is none.
    QString toolTipAt(const QPoint& pos) const;

    /// The data point chosen with the keyboard or a click: a line (index into History::series()) and a report
    /// (index into History::points); -1 when none.
    int currentSeries() const { return m_series; }
    int currentPoint() const { return m_point; }
    void setCurrent(int series, int point);
    /// The current data point in words, or "".
    QString currentText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentChanged(const QString& text);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    static constexpr int kMargin = 4;
    void layOut();
    /// The data point (marker) nearest to a widget position, or null.
    const ChartMarker* markerAt(const QPoint& pos) const;
    QString describe(int series, int point) const;
    /// The lines drawn, in legend order: the whole project, then the clients shown.
    std::vector<int> drawnSeries() const;
    bool hasValue(int series, int point) const;

    std::optional<History> m_history;
    std::vector<HistorySeries> m_allSeries;
    ReportLanguage m_language = ReportLanguage::English;
    ChartLayout m_chart;
    int m_series = -1;
    int m_point = -1;
};

} // namespace sig2rtm::ui
