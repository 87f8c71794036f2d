// SPDX-License-Identifier: MIT
#include "burndownchart.h"

#include "chartpainter.h"
#include "presentation.h"
#include "reporttext.h"

#include <algorithm>
#include <QEvent>
#include <QFileInfo>
#include <QFontInfo>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace sig2rtm::ui {

namespace {
constexpr double kHitRadius = 8; ///< pixels around a data point that show its tooltip
} // namespace

BurnDownChart::BurnDownChart(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void BurnDownChart::setHistory(const std::optional<History>& history, ReportLanguage language)
{
    m_history = history;
    m_allSeries = history ? history->series() : std::vector<HistorySeries>{};
    m_language = language;
    layOut();
    // The same point stays chosen when the history is drawn again (another language, a reassessed report).
    if (m_series >= 0 && hasValue(m_series, m_point)) {
        setCurrent(m_series, m_point);
    } else {
        setCurrent(-1, -1);
    }
    update();
}

QRectF BurnDownChart::chartRect() const
{
    return QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

void BurnDownChart::layOut()
{
    if (!m_history) {
        m_chart = ChartLayout();
        return;
    }
    BurnDownOptions options;
    // Laid out at the widget's own size: drawn one to one, nothing scaled, nothing cut.
    options.size = chartRect().size().expandedTo(QSizeF(1, 1));
    options.language = m_language;
    options.fontSize = std::clamp(QFontInfo(font()).pixelSize(), 10, 18);
    m_chart = layOutBurnDown(*m_history, options);
    setAccessibleDescription(currentText().isEmpty() ? m_chart.description
                                                     : m_chart.description + u' ' + currentText());
}

bool BurnDownChart::hasValue(int series, int point) const
{
    if (!m_history || series < 0 || point < 0 || series >= static_cast<int>(m_allSeries.size())) {
        return false;
    }
    const auto& values = m_allSeries[static_cast<std::size_t>(series)].values;
    return point < static_cast<int>(values.size()) && values[static_cast<std::size_t>(point)].has_value();
}

std::vector<int> BurnDownChart::drawnSeries() const
{
    std::vector<int> drawn;
    for (const auto& m : m_chart.markers) {
        if (std::find(drawn.begin(), drawn.end(), m.series) == drawn.end()) {
            drawn.push_back(m.series);
        }
    }
    std::sort(drawn.begin(), drawn.end());
    return drawn;
}

void BurnDownChart::setCurrent(int series, int point)
{
    if (!hasValue(series, point)) {
        series = -1;
        point = -1;
    }
    m_series = series;
    m_point = point;
    const QString text = currentText();
    setAccessibleDescription(text.isEmpty() ? m_chart.description : m_chart.description + u' ' + text);
    update();
    emit currentChanged(text);
}

QString BurnDownChart::currentText() const
{
    return m_series >= 0 ? describe(m_series, m_point) : QString();
}

QString BurnDownChart::describe(int series, int point) const
{
    if (!hasValue(series, point)) {
        return {};
    }
    const HistoryPoint& p = m_history->points[static_cast<std::size_t>(point)];
    const ProgressTotals& totals =
        *m_allSeries[static_cast<std::size_t>(series)].values[static_cast<std::size_t>(point)];
    // Client names and file names come from the saved reports: shown as they are, nothing hidden or reordered.
    const QString name =
        series == 0 ? tr("Whole project") : visibleText(m_allSeries[static_cast<std::size_t>(series)].name);
    const QString source = p.current ? tr("this scan") : visibleText(QFileInfo(p.file).fileName());
    const QString points =
        totals.effortPoints == 1 ? tr("1 effort point") : tr("%1 effort points").arg(totals.effortPoints);
    const QString calls = totals.uses == 1 ? tr("1 legacy call") : tr("%1 legacy calls").arg(totals.uses);
    QString text = tr("%1, %2 (%3): %4 and %5 left").arg(name, formatTimestamp(p.generatedAt), source, points, calls);
    if (p.partial) {
        text += u' ' + tr("(a cancelled scan: its values are incomplete)");
    }
    return text;
}

const ChartMarker* BurnDownChart::markerAt(const QPoint& pos) const
{
    if (m_chart.isEmpty()) {
        return nullptr;
    }
    const QTransform toWidget = chartTransform(m_chart, chartRect());
    const double scale = toWidget.m11() > 0 ? toWidget.m11() : 1.0;
    return markerNear(m_chart, toWidget.inverted().map(QPointF(pos)), kHitRadius / scale);
}

QString BurnDownChart::toolTipAt(const QPoint& pos) const
{
    const ChartMarker* marker = markerAt(pos);
    return marker ? describe(marker->series, marker->point) : QString();
}

bool BurnDownChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), Presentation::plainToolTip(text), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void BurnDownChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // The chart's colours are for paper: it keeps a white background in a dark theme too.
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QColor(0xd0, 0xd5, 0xdd));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    if (m_chart.isEmpty()) {
        return;
    }
    paintChart(painter, m_chart, chartRect(), font());
    if (m_series >= 0) {
        const QTransform toWidget = chartTransform(m_chart, chartRect());
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        for (const auto& m : m_chart.markers) {
            if (m.series == m_series && m.point == m_point) {
                const double r = m.radius * toWidget.m11() + 4;
                painter.drawEllipse(toWidget.map(m.centre), r, r);
            }
        }
    }
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = Qt::white;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void BurnDownChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layOut();
}

void BurnDownChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        layOut();
        update();
    } else if (event->type() == QEvent::LanguageChange && m_series >= 0) {
        setCurrent(m_series, m_point);
    }
}

void BurnDownChart::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool navigation = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down ||
                            key == Qt::Key_Home || key == Qt::Key_End;
    if (!navigation || m_chart.isEmpty()) {
        // Enter and the rest go on: Enter is the page's default action.
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
    const int points = static_cast<int>(m_history->points.size());
    // The next point of a line with a value, one way.
    const auto step = [&](int series, int from, int direction) {
        for (int p = from + direction; p >= 0 && p < points; p += direction) {
            if (hasValue(series, p)) {
                return p;
            }
        }
        return -1;
    };
    // The point of a line with a value nearest to another.
    const auto nearest = [&](int series, int to) {
        for (int distance = 0; distance < points; ++distance) {
            if (hasValue(series, to - distance)) {
                return to - distance;
            }
            if (hasValue(series, to + distance)) {
                return to + distance;
            }
        }
        return -1;
    };
    if (m_series < 0) {
        // The first key chooses the whole project's latest report, where the eye ends.
        setCurrent(0, nearest(0, points - 1));
        return;
    }
    int series = m_series;
    int point = m_point;
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int p = step(series, point, key == Qt::Key_Left ? -1 : 1);
        point = p >= 0 ? p : point;
    } else if (key == Qt::Key_Home) {
        point = step(series, -1, 1);
    } else if (key == Qt::Key_End) {
        point = step(series, points, -1);
    } else {
        const std::vector<int> drawn = drawnSeries();
        const auto at = std::find(drawn.begin(), drawn.end(), series);
        const int index = at == drawn.end() ? 0 : static_cast<int>(at - drawn.begin());
        const int next = index + (key == Qt::Key_Up ? -1 : 1);
        if (next >= 0 && next < static_cast<int>(drawn.size())) {
            series = drawn[static_cast<std::size_t>(next)];
            point = nearest(series, point);
        }
    }
    setCurrent(series, point);
}

void BurnDownChart::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (const ChartMarker* marker = markerAt(event->position().toPoint())) {
        setCurrent(marker->series, marker->point);
    }
    QWidget::mousePressEvent(event);
}

QSize BurnDownChart::sizeHint() const
{
    // Small enough that the page needs no scrolling at 1024x700; the page's layout gives it the room there is.
    return {640, 220};
}

QSize BurnDownChart::minimumSizeHint() const
{
    return {320, 180};
}

} // namespace sig2rtm::ui
