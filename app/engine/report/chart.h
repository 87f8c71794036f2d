// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"
#include "localizedtext.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <vector>

/// Charts as plain geometry: the engine lays a chart out once (axes, ticks, lines, legend, in the chart's own
/// units) and each surface draws the same primitives: the HTML report as inline SVG (chartToSvg), the PDF report
/// and the desktop app with QPainter (paintChart in chartpainter.h, library sig2rtm_pdf). Colours are "#rrggbb".
namespace sig2rtm {

/// What a primitive stands for, so that a surface can style or query it (tooltips, tests).
enum class ChartRole {
    Background,
    Grid,
    Axis,
    PanelTitle,
    XTick,
    YTick,
    Series,
    Legend,
    Note,
};

struct ChartRect
{
    QRectF rect;
    QString fill;   ///< empty: none
    QString stroke; ///< empty: none
    ChartRole role = ChartRole::Background;
};

struct ChartLine
{
    QPointF from;
    QPointF to;
    QString colour;
    double width = 1;
    bool dashed = false;
    ChartRole role = ChartRole::Grid;
};

/// One unbroken stretch of a series in one panel (a series is broken where a report has no value for it).
struct ChartPolyline
{
    QList<QPointF> points;
    QString colour;
    double width = 2;
    ChartRole role = ChartRole::Series;
    int panel = 0;  ///< index into ChartLayout::panels
    int series = 0; ///< index into History::series(): 0 is the whole project
};

/// A data point: its series, panel, report and value, for tooltips.
struct ChartMarker
{
    QPointF centre;
    double radius = 3;
    QString colour;
    bool hollow = false; ///< a cancelled scan's point: its values undercount
    int panel = 0;
    int series = 0;
    int point = 0; ///< index into History::points
    int value = 0;
};

struct ChartText
{
    enum class Anchor { Start, Middle, End };
    QPointF at; ///< where the baseline starts (Start), is centred (Middle) or ends (End)
    QString text;
    Anchor anchor = Anchor::Start;
    double size = 12; ///< font size, in the chart's units
    bool bold = false;
    QString colour;
    ChartRole role = ChartRole::Note;
};

/// A chart ready to draw: every primitive in the chart's units, (0, 0) top left to size bottom right.
/// Draw rects, then lines, polylines, markers and texts, in their order.
struct ChartLayout
{
    QSizeF size;
    QString title;        ///< accessible name (SVG <title>)
    QString description;  ///< accessible summary (SVG <desc>): what the lines show, first and last values
    QList<QRectF> panels; ///< the plot areas
    std::vector<ChartRect> rects;
    std::vector<ChartLine> lines;
    std::vector<ChartPolyline> polylines;
    std::vector<ChartMarker> markers;
    std::vector<ChartText> texts;

    bool isEmpty() const { return polylines.empty() && markers.empty(); }
};

struct BurnDownOptions
{
    QSizeF size{720, 440};
    ReportLanguage language = ReportLanguage::English;
    double fontSize = 12; ///< of tick labels and the legend, in the chart's units
    int maxClients = 7;   ///< client lines drawn at most (those with the most effort); the rest are counted
};

/// The burn-down of a history: effort points left (top panel) and legacy calls left (bottom panel) over time,
/// one line for the whole project and, when the reports have two clients or more, one per client. Dates on
/// the time axis are UTC. An empty history gives an empty layout.
ChartLayout layOutBurnDown(const History& history, const BurnDownOptions& options);

/// The data point nearest to at (in the chart's units) within radius, or null: what a tooltip shows.
const ChartMarker* markerNear(const ChartLayout& chart, const QPointF& at, double radius);

/// The chart as one <svg> element (XML, presentation attributes only: no style attribute, no script), with
/// every text escaped. viewBox is the chart's size; width and height default to it.
QString chartToSvg(const ChartLayout& chart);

/// An estimate of a text's width for layout (the engine has no fonts): CJK and full-width characters one
/// em, others about half; renderers anchor texts so that the estimate only sets spacing.
double estimatedTextWidth(QStringView text, double size, bool bold = false);

} // namespace sig2rtm
