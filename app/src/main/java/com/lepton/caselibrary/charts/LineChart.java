package com.lepton.caselibrary.charts;

import static com.lepton.caselibrary.charts.Svg.escape;
import static com.lepton.caselibrary.charts.Svg.format;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as SVG markup, built on the server from numbers and escaped text only (so it can be
 * set as {@code innerHTML} without sanitising). Series share one x axis of point indices (a series
 * may start at an offset) and one y axis; each is a {@code polyline} with its own CSS class, so
 * colours and dashes live in the style sheet. The SVG is an image to assistive technology:
 * {@code role="img"}, an {@code aria-label}, and a {@code <title>}.
 */
public final class LineChart {

    /**
     * One line.
     *
     * @param cssClass class of its polyline (and legend swatch)
     * @param label    its name in the legend; {@code null} for none
     * @param values   the values, one per x position from {@code offset}
     * @param offset   x position of the first value
     * @param dots     whether to mark each point with a dot that shows its value as a tooltip
     */
    public record Series(String cssClass, String label, double[] values, int offset, boolean dots) {

        public Series {
            values = values.clone();
        }

        public static Series of(String cssClass, String label, double[] values) {
            return new Series(cssClass, label, values, 0, false);
        }

        public static Series of(String cssClass, String label, List<Double> values) {
            return of(
                    cssClass,
                    label,
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /** A curve with a dot at each point and no name in the legend, e.g. a loss over a training's epochs. */
        public static Series dotted(String cssClass, List<Double> values) {
            return new Series(
                    cssClass,
                    null,
                    values.stream().mapToDouble(Double::doubleValue).toArray(),
                    0,
                    true);
        }
    }

    /**
     * A shaded area between two edges, e.g. an uncertainty band around a forecast.
     *
     * @param cssClass class of its polygon (and legend swatch)
     * @param label    its name in the legend; {@code null} for none
     * @param lower    the lower edge, one value per x position from {@code offset}
     * @param upper    the upper edge, as long as {@code lower}
     * @param offset   x position of the first value
     */
    public record Band(String cssClass, String label, double[] lower, double[] upper, int offset) {

        public Band {
            if (lower.length != upper.length) {
                throw new IllegalArgumentException(
                        "band edges differ in length: " + lower.length + " and " + upper.length);
            }
            lower = lower.clone();
            upper = upper.clone();
        }
    }

    /** A label at an x position. */
    public record Tick(int index, String label) {

        /** How many dates {@link #months} labels. */
        private static final int MONTHS = 4;

        /** A few evenly spaced dates ({@code yyyy-mm-dd}) from the first to the last, labelled by year and month. */
        public static List<Tick> months(List<String> dates) {
            List<Tick> ticks = new ArrayList<>();
            int count = Math.min(MONTHS, dates.size());
            for (int k = 0; k < count; k++) {
                int index = count == 1 ? 0 : (int) Math.round((double) k * (dates.size() - 1) / (count - 1));
                String date = dates.get(index);
                ticks.add(new Tick(index, date.length() >= 7 ? date.substring(0, 7) : date));
            }
            return ticks;
        }

        /** The first and the last of {@code count} epochs, numbered from 1; none for no epochs. */
        public static List<Tick> epochs(int count) {
            return count == 0 ? List.of() : List.of(new Tick(0, "1"), new Tick(count - 1, String.valueOf(count)));
        }
    }

    private final int width;
    private final int height;
    private final NumberFormat number;
    private final List<Series> series = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Tick> xTicks = new ArrayList<>();
    private String ariaLabel = "";
    private String xLabel;
    private String yLabel;
    private boolean legend;
    private int yTickCount = 2;
    private int fontSize;

    private LineChart(int width, int height, Locale locale) {
        this.width = width;
        this.height = height;
        this.number = NumberFormat.getNumberInstance(locale);
        this.fontSize = Math.max(11, height / 20);
    }

    /** A chart of {@code width x height} view-box units, numbers formatted for {@code locale}. */
    public static LineChart of(int width, int height, Locale locale) {
        return new LineChart(width, height, locale);
    }

    /** The span of a chart's dates ({@code yyyy-mm-dd}, oldest first) for its description: first – last. */
    public static String period(List<String> dates) {
        return dates.isEmpty() ? "" : dates.getFirst() + " – " + dates.getLast();
    }

    /** What the chart shows, in words: its {@code aria-label} and {@code <title>}. */
    public LineChart describedAs(String text) {
        this.ariaLabel = text;
        return this;
    }

    public LineChart xLabel(String text) {
        this.xLabel = text;
        return this;
    }

    public LineChart yLabel(String text) {
        this.yLabel = text;
        return this;
    }

    /**
     * A series over dates ({@code yyyy-mm-dd}, oldest first), as the forecasting charts draw it: the axes' names, a
     * label every few months and five y values.
     */
    public LineChart overMonths(List<String> dates, String xLabel, String yLabel) {
        return xLabel(xLabel).yLabel(yLabel).xTicks(Tick.months(dates)).yTicks(5);
    }

    /** Labels under the x axis at the given positions. */
    public LineChart xTicks(List<Tick> ticks) {
        this.xTicks.clear();
        this.xTicks.addAll(ticks);
        return this;
    }

    /** About how many labelled y values, at round numbers with grid lines (2: just the low and high end). */
    public LineChart yTicks(int count) {
        this.yTickCount = Math.max(2, count);
        return this;
    }

    /** Text size in view-box units (default: a twentieth of the height, at least 11). */
    public LineChart fontSize(int size) {
        this.fontSize = size;
        return this;
    }

    /** Draws a legend of the labelled series above the plot. */
    public LineChart legend() {
        this.legend = true;
        return this;
    }

    public LineChart series(Series line) {
        series.add(line);
        return this;
    }

    /** A shaded band, drawn under every line. */
    public LineChart band(Band area) {
        bands.add(area);
        return this;
    }

    /** The x positions the chart spans: the furthest point of any series or band. */
    int positions() {
        return Math.max(
                series.stream()
                        .mapToInt(s -> s.offset() + s.values().length)
                        .max()
                        .orElse(0),
                bands.stream()
                        .mapToInt(b -> b.offset() + b.lower().length)
                        .max()
                        .orElse(0));
    }

    /** The SVG element. */
    public String svg() {
        YScale scale = YScale.of(series, bands, yTickCount, number);
        int legendHeight = legend && Legend.wanted(series, bands) ? fontSize * 2 : 0;
        int tickWidth = scale.ticks().stream()
                                .mapToInt(v -> number.format(v).length())
                                .max()
                                .orElse(3)
                        * fontSize
                        * 6
                        / 10
                + 8;
        int left = (yLabel == null ? 4 : fontSize + 10) + tickWidth;
        int right = 12;
        int top = 10 + legendHeight;
        int bottom = (xTicks.isEmpty() ? 8 : fontSize + 10) + (xLabel == null ? 0 : fontSize + 8);
        Plot plot = new Plot(left, top, width - left - right, height - top - bottom, positions(), scale);

        StringBuilder svg = new StringBuilder(format(
                "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" class=\"line-chart\" style=\"font-size:%dpx\">",
                width, height, escape(ariaLabel), fontSize));
        svg.append("<title>").append(escape(ariaLabel)).append("</title>");
        axes(svg, plot, right);
        bands.forEach(area -> plot.band(svg, area));
        series.forEach(line -> plot.line(svg, line, number));
        if (legendHeight > 0) {
            Legend.draw(svg, series, bands, left, fontSize, this::textWidth);
        }
        return svg.append("</svg>").toString();
    }

    /** The y ticks (with grid lines when rounded), the x axis, its ticks and both axis labels. */
    private void axes(StringBuilder svg, Plot plot, int right) {
        int left = plot.left();
        int bottomEdge = plot.top() + plot.height();
        for (double v : plot.scale().ticks()) {
            double y = plot.y(v);
            if (yTickCount > 2) {
                svg.append(format(
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>",
                        left, y, width - right, y));
            }
            svg.append(format(
                    "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\" dominant-baseline=\"middle\">%s</text>",
                    left - 6, y, escape(number.format(v))));
        }
        svg.append(format(
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                left, bottomEdge, width - right, bottomEdge));
        int positions = plot.positions();
        for (Tick tick : xTicks) {
            String anchor = tick.index() == 0 ? "start" : tick.index() >= positions - 1 ? "end" : "middle";
            svg.append(format(
                    "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"%s\">%s</text>",
                    plot.x(tick.index()), bottomEdge + fontSize + 4, anchor, escape(tick.label())));
        }
        if (xLabel != null) {
            svg.append(format(
                    "<text x=\"%d\" y=\"%d\" class=\"axis-label\" text-anchor=\"middle\">%s</text>",
                    left + plot.width() / 2, height - 6, escape(xLabel)));
        }
        if (yLabel != null) {
            int cy = plot.top() + plot.height() / 2;
            svg.append(format(
                    "<text x=\"%d\" y=\"%d\" class=\"axis-label\" text-anchor=\"middle\" transform=\"rotate(-90 %d %d)\">%s</text>",
                    fontSize, cy, fontSize, cy, escape(yLabel)));
        }
    }

    /** About how wide {@code text} is: CJK characters a full em, others a little over half. */
    int textWidth(String text) {
        return text.codePoints()
                .map(c -> Character.isIdeographic(c) || c >= 0x3000 && c <= 0x30ff || c >= 0xff00 && c <= 0xffef
                        ? fontSize
                        : fontSize * 11 / 20)
                .sum();
    }
}
