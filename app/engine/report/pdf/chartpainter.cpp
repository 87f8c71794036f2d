// SPDX-License-Identifier: MIT
#include "chartpainter.h"

#include <algorithm>
#include <cmath>
#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

namespace sig2rtm {

namespace {

QColor colour(const QString& name)
{
    const QColor c = QColor::fromString(name);
    return c.isValid() ? c : QColor(Qt::transparent);
}

} // namespace

QTransform chartTransform(const ChartLayout& chart, const QRectF& target)
{
    if (chart.size.isEmpty() || target.isEmpty()) {
        return {};
    }
    const double scale = std::min(target.width() / chart.size.width(), target.height() / chart.size.height());
    const QPointF origin = target.topLeft() + QPointF((target.width() - chart.size.width() * scale) / 2,
                                                      (target.height() - chart.size.height() * scale) / 2);
    return QTransform(scale, 0, 0, scale, origin.x(), origin.y());
}

void paintChart(QPainter& painter, const ChartLayout& chart, const QRectF& target, const QFont& font)
{
    if (chart.size.isEmpty() || target.isEmpty()) {
        return;
    }
    // Points are mapped one by one rather than through the painter's transform: pens and fonts then have their
    // sizes at the device's resolution (no scaled hinting, no blurred hairlines).
    const QTransform transform = chartTransform(chart, target);
    const double scale = transform.m11();
    const auto map = [&](const QPointF& p) { return transform.map(p); };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const auto& r : chart.rects) {
        painter.setPen(r.stroke.isEmpty() ? QPen(Qt::NoPen) : QPen(colour(r.stroke), scale));
        painter.setBrush(r.fill.isEmpty() ? QBrush(Qt::NoBrush) : QBrush(colour(r.fill)));
        painter.drawRect(QRectF(map(r.rect.topLeft()), r.rect.size() * scale));
    }
    painter.setBrush(Qt::NoBrush);
    for (const auto& line : chart.lines) {
        QPen pen(colour(line.colour), line.width * scale);
        pen.setCapStyle(line.role == ChartRole::Legend ? Qt::RoundCap : Qt::FlatCap);
        if (line.dashed) {
            pen.setDashPattern({3, 3});
        }
        painter.setPen(pen);
        painter.drawLine(map(line.from), map(line.to));
    }
    for (const auto& polyline : chart.polylines) {
        QPen pen(colour(polyline.colour), polyline.width * scale);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        QPolygonF points;
        for (const auto& p : polyline.points) {
            points << map(p);
        }
        painter.drawPolyline(points);
    }
    for (const auto& m : chart.markers) {
        const QColor c = colour(m.colour);
        painter.setPen(QPen(c, m.radius * 0.5 * scale));
        painter.setBrush(m.hollow ? QBrush(Qt::white) : QBrush(c));
        painter.drawEllipse(map(m.centre), m.radius * scale, m.radius * scale);
    }
    painter.setBrush(Qt::NoBrush);
    for (const auto& t : chart.texts) {
        QFont f = font;
        f.setPixelSize(std::max(1, static_cast<int>(std::lround(t.size * scale))));
        f.setWeight(t.bold ? QFont::DemiBold : QFont::Normal);
        painter.setFont(f);
        const QFontMetricsF metrics(f, painter.device());
        const double width = metrics.horizontalAdvance(t.text);
        QPointF at = map(t.at);
        if (t.anchor == ChartText::Anchor::Middle) {
            at.rx() -= width / 2;
        } else if (t.anchor == ChartText::Anchor::End) {
            at.rx() -= width;
        }
        painter.setPen(colour(t.colour));
        painter.drawText(at, t.text);
    }
    painter.restore();
}

} // namespace sig2rtm
