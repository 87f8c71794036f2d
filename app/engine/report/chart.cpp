// SPDX-License-Identifier: MIT
#include "chart.h"

#include "message.h"
#include "reporttext.h"

#include <algorithm>
#include <cmath>
#include <QRegularExpression>
#include <QTimeZone>

namespace sig2rtm {

namespace {

const QString kText = QStringLiteral("#172033");
const QString kMuted = QStringLiteral("#5a6476");
const QString kGrid = QStringLiteral("#e2e6ec");
const QString kAxis = QStringLiteral("#8a93a3");
const QString kWhole = QStringLiteral("#172033");
/// Client lines: distinct hues that stay apart for the common colour-vision deficiencies (Okabe and Ito).
const char16_t* const kPalette[] = {u"#0072b2", u"#d55e00", u"#009e73", u"#cc79a7", u"#e69f00", u"#56b4e9", u"#8c6d31"};

/// A client's name in the legend: long or hostile names are cut, never allowed to push the chart apart.
QString legendName(const QString& name)
{
    QString clean;
    clean.reserve(name.size());
    for (const char32_t c : name.toUcs4()) {
        // By code point: a character outside the basic plane (an emoji, a rare CJK one) is printable.
        if (QChar::isPrint(c)) {
            clean += QString::fromUcs4(&c, 1);
        } else {
            clean += u' ';
        }
    }
    clean = clean.simplified();
    constexpr qsizetype kMax = 28;
    return clean.size() > kMax ? clean.left(kMax - 1) + u'…' : clean;
}

/// In 64 bits: values come from saved reports, and a round top above a value near INT_MAX must not overflow.
struct ValueScale
{
    qint64 top = 1;
    qint64 step = 1;
};

/// 0 to a round number at or above max, in about four round steps (1, 2 or 5 times a power of ten).
ValueScale valueScale(qint64 max)
{
    if (max <= 0) {
        return {1, 1};
    }
    const double raw = max / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step * 4 >= max) {
            break;
        }
    }
    const qint64 s = std::max<qint64>(1, std::llround(step));
    return {(max + s - 1) / s * s, s};
}

struct TimeStep
{
    qint64 seconds = 0; ///< a fixed step, or
    int months = 0;     ///< a step in calendar months
};

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

/// Round dates between from and to (msecs since the epoch, UTC), at most maxTicks of them.
std::vector<qint64> timeTicks(qint64 from, qint64 to, int maxTicks, TimeStep* chosen)
{
    const TimeStep steps[] = {{3600, 0},  {2 * 3600, 0},  {6 * 3600, 0},  {12 * 3600, 0},
                              {86400, 0}, {2 * 86400, 0}, {7 * 86400, 0}, {14 * 86400, 0},
                              {0, 1},     {0, 2},         {0, 3},         {0, 6},
                              {0, 12},    {0, 24},        {0, 60},        {0, 120}};
    const double spanSeconds = double(to - from) / 1000.0;
    TimeStep step = steps[std::size(steps) - 1];
    for (const auto& s : steps) {
        const double seconds = s.seconds > 0 ? double(s.seconds) : s.months * 30.44 * 86400.0;
        if (spanSeconds / seconds <= maxTicks) {
            step = s;
            break;
        }
    }
    *chosen = step;
    std::vector<qint64> ticks;
    if (step.seconds > 0) {
        const qint64 ms = step.seconds * 1000;
        for (qint64 t = (from / ms + (from % ms > 0 ? 1 : 0)) * ms; t <= to; t += ms) {
            ticks.push_back(t);
        }
        return ticks;
    }
    const QDate start = utc(from).date();
    QDate month(start.year(), start.month(), 1);
    while ((month.year() * 12 + month.month() - 1) % step.months != 0) {
        month = month.addMonths(1);
    }
    for (; ticks.size() < 1000; month = month.addMonths(step.months)) {
        const qint64 t = QDateTime(month, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        if (t > to) {
            break;
        }
        if (t >= from) {
            ticks.push_back(t);
        }
    }
    return ticks;
}

QString tickLabel(qint64 t, const TimeStep& step)
{
    const QDateTime time = utc(t);
    if (step.seconds > 0 && step.seconds < 86400) {
        return time.toString(QStringLiteral("MM-dd HH:mm"));
    }
    return time.toString(step.months > 0 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

int valueOf(const ProgressTotals& totals, int panel)
{
    return panel == 0 ? totals.effortPoints : totals.uses;
}

} // namespace

double estimatedTextWidth(QStringView text, double size, bool bold)
{
    double em = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6);
        em += wide ? 1.0 : c.isDigit() ? 0.58 : c.isUpper() ? 0.66 : c.isSpace() ? 0.3 : 0.55;
    }
    return em * size * (bold ? 1.06 : 1.0);
}

ChartLayout layOutBurnDown(const History& history, const BurnDownOptions& options)
{
    const ReportLanguage l = options.language;
    const double f = options.fontSize;
    const double width = options.size.width();
    const double height = options.size.height();
    ChartLayout c;
    c.size = options.size;
    c.title = translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Burn-down: effort points and legacy calls left"));
    if (history.points.empty()) {
        return c;
    }
    const auto all = history.series();

    // The lines drawn: the whole project, then the clients with the most effort (in their order).
    std::vector<int> drawn = {0};
    const auto largest = largestClients(all, static_cast<std::size_t>(std::max(0, options.maxClients)));
    for (const auto s : largest) {
        drawn.push_back(static_cast<int>(s));
    }
    const int hidden = static_cast<int>(all.size() - 1 - largest.size());
    const auto colourOf = [&](std::size_t i) {
        return i == 0 ? kWhole : QString::fromUtf16(kPalette[(i - 1) % std::size(kPalette)]);
    };
    const auto nameOf = [&](int s) {
        return s == 0 ? translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Whole project"))
                      : legendName(all[static_cast<std::size_t>(s)].name);
    };

    // Legend, flowed in rows across the top.
    const double pad = f;
    double x = pad * 0.5;
    double baseline = f * 1.2;
    const auto legendEntry = [&](const QString& label, const QString& colour, bool line) {
        const double w = (line ? 2.2 * f : 0) + estimatedTextWidth(label, f) + 1.4 * f;
        if (x > pad * 0.5 && x + w > width - pad * 0.5) {
            x = pad * 0.5;
            baseline += f * 1.55;
        }
        if (line) {
            c.lines.push_back({{x, baseline - f * 0.32},
                               {x + 1.7 * f, baseline - f * 0.32},
                               colour,
                               f * 0.22,
                               false,
                               ChartRole::Legend});
            x += 2.2 * f;
        }
        c.texts.push_back(
            {{x, baseline}, label, ChartText::Anchor::Start, f, false, line ? kText : kMuted, ChartRole::Legend});
        x += w - (line ? 2.2 * f : 0);
    };
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        legendEntry(nameOf(drawn[i]), colourOf(i), true);
    }
    if (hidden > 0) {
        legendEntry(translate(l, QT_TRANSLATE_N_NOOP("sig2rtm", "+%n more client(s) not drawn"), hidden), kMuted,
                    false);
    }
    const bool anyPartial =
        std::any_of(history.points.begin(), history.points.end(), [](const HistoryPoint& p) { return p.partial; });

    // Two panels, stacked, sharing the time axis.
    const double top = baseline + f * 1.0;
    const double bottom = height - f * 1.9 - (anyPartial ? f * 1.5 : 0) - f * 0.2;
    const double titleHeight = f * 2.1;
    const double gap = f * 1.4;
    const double plotHeight = std::max(f * 3, (bottom - top - gap - 2 * titleHeight) / 2);

    ValueScale scales[2];
    for (int panel = 0; panel < 2; ++panel) {
        int max = 0;
        for (const int s : drawn) {
            for (const auto& v : all[static_cast<std::size_t>(s)].values) {
                max = std::max(max, v ? valueOf(*v, panel) : 0);
            }
        }
        scales[panel] = valueScale(max);
    }
    const double labelWidth = std::max(estimatedTextWidth(QString::number(scales[0].top), f),
                                       estimatedTextWidth(QString::number(scales[1].top), f));
    const double dateWidth = estimatedTextWidth(u"2025-03-14", f);
    const double left = pad * 0.5 + labelWidth + f * 0.6;
    const double right = width - std::max(pad * 0.5, dateWidth * 0.5 + f * 0.2);

    // Time: the reports' span with a margin, or two days around a lone date.
    qint64 from = history.points.front().generatedAt.toMSecsSinceEpoch();
    qint64 to = history.points.back().generatedAt.toMSecsSinceEpoch();
    if (to - from < 3600 * 1000) {
        const qint64 mid = from + (to - from) / 2;
        from = mid - 86400 * 1000;
        to = mid + 86400 * 1000;
    } else {
        const qint64 margin = (to - from) / 20;
        from -= margin;
        to += margin;
    }
    const auto xOf = [&](qint64 t) { return left + double(t - from) / double(to - from) * (right - left); };
    TimeStep step;
    const int maxTicks = std::max(2, static_cast<int>((right - left) / (dateWidth + f * 1.6)));
    const std::vector<qint64> ticks = timeTicks(from, to, maxTicks, &step);

    const QString panelTitles[2] = {translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Effort points left")),
                                    translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Legacy calls left"))};
    for (int panel = 0; panel < 2; ++panel) {
        const double plotTop = top + titleHeight + panel * (titleHeight + plotHeight + gap);
        const QRectF plot(left, plotTop, right - left, plotHeight);
        c.panels << plot;
        c.texts.push_back({{pad * 0.5, plotTop - f * 0.95},
                           panelTitles[panel],
                           ChartText::Anchor::Start,
                           f * 1.08,
                           true,
                           kText,
                           ChartRole::PanelTitle});
        const ValueScale& scale = scales[panel];
        const auto yOf = [&](qint64 v) { return plot.bottom() - double(v) / double(scale.top) * plot.height(); };
        for (qint64 k = 0; k <= scale.top / scale.step; ++k) {
            const qint64 v = k * scale.step;
            const double y = yOf(v);
            c.lines.push_back({{plot.left(), y},
                               {plot.right(), y},
                               v == 0 ? kAxis : kGrid,
                               v == 0 ? 1.0 : 0.8,
                               false,
                               v == 0 ? ChartRole::Axis : ChartRole::Grid});
            c.texts.push_back({{plot.left() - f * 0.5, y + f * 0.35},
                               QString::number(v),
                               ChartText::Anchor::End,
                               f,
                               false,
                               kMuted,
                               ChartRole::YTick});
        }
        for (const qint64 t : ticks) {
            const double tx = xOf(t);
            c.lines.push_back({{tx, plot.top()},
                               {tx, plot.bottom() + (panel == 1 ? f * 0.3 : 0)},
                               kGrid,
                               0.8,
                               false,
                               ChartRole::Grid});
            if (panel == 1) {
                c.texts.push_back({{tx, plot.bottom() + f * 1.45},
                                   tickLabel(t, step),
                                   ChartText::Anchor::Middle,
                                   f,
                                   false,
                                   kMuted,
                                   ChartRole::XTick});
            }
        }
        // Clients first, the whole project on top.
        for (std::size_t i = drawn.size(); i-- > 0;) {
            const int s = drawn[i];
            const auto& values = all[static_cast<std::size_t>(s)].values;
            const QString colour = colourOf(i);
            const double lineWidth = i == 0 ? f * 0.24 : f * 0.16;
            ChartPolyline run{{}, colour, lineWidth, ChartRole::Series, panel, s};
            const auto flush = [&] {
                if (run.points.size() >= 2) {
                    c.polylines.push_back(run);
                }
                run.points.clear();
            };
            for (std::size_t p = 0; p < values.size(); ++p) {
                if (!values[p]) {
                    flush();
                    continue;
                }
                const int v = valueOf(*values[p], panel);
                const QPointF at(xOf(history.points[p].generatedAt.toMSecsSinceEpoch()), yOf(v));
                run.points << at;
                c.markers.push_back({at, i == 0 ? f * 0.3 : f * 0.24, colour, history.points[p].partial, panel, s,
                                     static_cast<int>(p), v});
            }
            flush();
        }
        // The whole project's latest value, where the eye ends.
        const auto& whole = all.front().values;
        if (!whole.empty() && whole.back()) {
            const int v = valueOf(*whole.back(), panel);
            const QPointF at(xOf(history.points.back().generatedAt.toMSecsSinceEpoch()), yOf(v));
            c.texts.push_back({{at.x(), at.y() - f * 0.7},
                               QString::number(v),
                               ChartText::Anchor::Middle,
                               f * 0.95,
                               true,
                               kText,
                               ChartRole::Series});
        }
    }
    if (anyPartial) {
        c.texts.push_back(
            {{pad * 0.5, height - f * 0.4},
             translate(l, QT_TRANSLATE_NOOP("sig2rtm", "Hollow points: cancelled scans (values incomplete).")),
             ChartText::Anchor::Start,
             f * 0.9,
             false,
             kMuted,
             ChartRole::Note});
    }

    // The same in words, for screen readers.
    const auto& first = history.points.front();
    const auto& last = history.points.back();
    c.description =
        translate(l, QT_TRANSLATE_NOOP("sig2rtm", "%1 reports from %2 to %3: effort points left went from %4 to %5, "
                                                  "legacy calls left from %6 to %7."))
            .arg(QString::number(history.points.size()),
                 first.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                 last.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")),
                 QString::number(first.totals.effortPoints), QString::number(last.totals.effortPoints),
                 QString::number(first.totals.uses), QString::number(last.totals.uses));
    return c;
}

const ChartMarker* markerNear(const ChartLayout& chart, const QPointF& at, double radius)
{
    const ChartMarker* best = nullptr;
    double bestDistance = radius * radius;
    for (const auto& m : chart.markers) {
        const QPointF d = m.centre - at;
        const double distance = QPointF::dotProduct(d, d);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = &m;
        }
    }
    return best;
}

namespace {

QString n(double v)
{
    // Locale-free, short: one decimal is finer than any screen or printer needs at these sizes.
    QString s = QString::number(v, 'f', 1);
    if (s.endsWith(QLatin1String(".0"))) {
        s.chop(2);
    }
    return s;
}

QString colourAttribute(const QString& colour)
{
    // Colours come from the layout, but a hand-made layout must not break out of the attribute either.
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{3,8}$"));
    return hex.match(colour).hasMatch() ? colour : QStringLiteral("none");
}

} // namespace

QString chartToSvg(const ChartLayout& chart)
{
    QString out;
    out.reserve(4096 + static_cast<qsizetype>(chart.markers.size() + chart.texts.size()) * 120);
    out +=
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
                       "height=\"%2\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, "
                       "'Noto Sans', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif\">")
            .arg(n(chart.size.width()), n(chart.size.height()));
    out += QStringLiteral("<title>%1</title>").arg(escapeHtml(chart.title));
    if (!chart.description.isEmpty()) {
        out += QStringLiteral("<desc>%1</desc>").arg(escapeHtml(chart.description));
    }
    for (const auto& r : chart.rects) {
        out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"")
                   .arg(n(r.rect.x()), n(r.rect.y()), n(r.rect.width()), n(r.rect.height()),
                        r.fill.isEmpty() ? QStringLiteral("none") : colourAttribute(r.fill));
        if (!r.stroke.isEmpty()) {
            out += QStringLiteral(" stroke=\"%1\"").arg(colourAttribute(r.stroke));
        }
        out += QStringLiteral("/>");
    }
    for (const auto& line : chart.lines) {
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"%6\"")
                   .arg(n(line.from.x()), n(line.from.y()), n(line.to.x()), n(line.to.y()),
                        colourAttribute(line.colour), n(line.width));
        if (line.dashed) {
            out += QStringLiteral(" stroke-dasharray=\"%1 %1\"").arg(n(line.width * 3));
        }
        if (line.role == ChartRole::Legend) {
            out += QStringLiteral(" stroke-linecap=\"round\"");
        }
        out += QStringLiteral("/>");
    }
    for (const auto& polyline : chart.polylines) {
        QStringList points;
        for (const auto& p : polyline.points) {
            points << n(p.x()) + u',' + n(p.y());
        }
        out += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" stroke-width=\"%3\" "
                              "stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
                   .arg(points.join(u' '), colourAttribute(polyline.colour), n(polyline.width));
    }
    for (const auto& m : chart.markers) {
        out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" stroke=\"%5\" stroke-width=\"%6\"/>")
                   .arg(n(m.centre.x()), n(m.centre.y()), n(m.radius),
                        m.hollow ? QStringLiteral("#ffffff") : colourAttribute(m.colour), colourAttribute(m.colour),
                        n(m.radius * 0.5));
    }
    for (const auto& t : chart.texts) {
        const char* anchor = t.anchor == ChartText::Anchor::Middle ? "middle"
                             : t.anchor == ChartText::Anchor::End  ? "end"
                                                                   : "start";
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" fill=\"%4\" text-anchor=\"%5\"%6>%7</text>")
                   .arg(n(t.at.x()), n(t.at.y()), n(t.size), colourAttribute(t.colour), QLatin1String(anchor),
                        t.bold ? QStringLiteral(" font-weight=\"600\"") : QString(), escapeHtml(t.text));
    }
    out += QStringLiteral("</svg>");
    return out;
}

} // namespace sig2rtm
