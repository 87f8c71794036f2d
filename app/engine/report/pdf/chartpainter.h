// SPDX-License-Identifier: MIT
#pragma once

#include "chart.h"

#include <QFont>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace sig2rtm {

/// Paints a chart laid out by the engine (layOutBurnDown, ...) into target: scaled uniformly to fit and centred,
/// lines and texts at the target's resolution (no pixel scaling). Texts use font's families (pass the fonts of
/// the report's language; the application font otherwise); their sizes come from the chart. Works on any paint
/// device: a widget, a QImage, a QPdfWriter.
void paintChart(QPainter& painter, const ChartLayout& chart, const QRectF& target, const QFont& font = QFont());

/// The mapping paintChart uses from the chart's units into target. Its inverse maps a widget position back into
/// the chart, for markerNear() (tooltips).
QTransform chartTransform(const ChartLayout& chart, const QRectF& target);

} // namespace sig2rtm
