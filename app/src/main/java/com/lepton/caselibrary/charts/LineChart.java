package com.lepton.caselibrary.charts;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

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
    public record Tick(int index, String label) {}

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
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series line : series) {
            for (double v : line.values()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        for (Band area : bands) {
            for (double[] edge : new double[][] {area.lower(), area.upper()}) {
                for (double v : edge) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        if (max - min < 1e-12) {
            max = min + 1;
        }
        List<Double> ticks;
        if (yTickCount > 2) {
            double step = niceStep((max - min) / (yTickCount - 1));
            min = Math.floor(min / step) * step;
            max = Math.ceil(max / step) * step;
            ticks = new ArrayList<>();
            for (double v = min; v <= max + step / 2; v += step) {
                ticks.add(v);
            }
            number.setMaximumFractionDigits(Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9)));
            number.setMinimumFractionDigits(0);
        } else {
            ticks = List.of(min, max);
            number.setMaximumFractionDigits(2);
        }

        int legendHeight = legend
                        && (series.stream().anyMatch(s -> s.label() != null)
                                || bands.stream().anyMatch(b -> b.label() != null))
                ? fontSize * 2
                : 0;
        int tickWidth =
                ticks.stream().mapToInt(v -> number.format(v).length()).max().orElse(3) * fontSize * 6 / 10 + 8;
        int left = (yLabel == null ? 4 : fontSize + 10) + tickWidth;
        int right = 12;
        int top = 10 + legendHeight;
        int bottom = (xTicks.isEmpty() ? 8 : fontSize + 10) + (xLabel == null ? 0 : fontSize + 8);
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        int positions = positions();
        final double low = min;
        final double high = max;

        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" class=\"line-chart\" style=\"font-size:%dpx\">",
                width,
                height,
                escape(ariaLabel),
                fontSize));
        svg.append("<title>").append(escape(ariaLabel)).append("</title>");
        for (double v : ticks) {
            double y = top + (high - v) / (high - low) * plotHeight;
            if (yTickCount > 2) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>",
                        left,
                        y,
                        width - right,
                        y));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\" dominant-baseline=\"middle\">%s</text>",
                    left - 6,
                    y,
                    escape(number.format(v))));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>",
                left,
                top + plotHeight,
                width - right,
                top + plotHeight));
        for (Tick tick : xTicks) {
            double x = x(tick.index(), positions, left, plotWidth);
            String anchor = tick.index() == 0 ? "start" : tick.index() >= positions - 1 ? "end" : "middle";
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"%s\">%s</text>",
                    x,
                    top + plotHeight + fontSize + 4,
                    anchor,
                    escape(tick.label())));
        }
        if (xLabel != null) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"axis-label\" text-anchor=\"middle\">%s</text>",
                    left + plotWidth / 2,
                    height - 6,
                    escape(xLabel)));
        }
        if (yLabel != null) {
            int cy = top + plotHeight / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" class=\"axis-label\" text-anchor=\"middle\" transform=\"rotate(-90 %d %d)\">%s</text>",
                    fontSize,
                    cy,
                    fontSize,
                    cy,
                    escape(yLabel)));
        }
        for (Band area : bands) {
            // Along the upper edge, then back along the lower one.
            StringBuilder points = new StringBuilder();
            double[] upper = area.upper();
            double[] lower = area.lower();
            for (int i = 0; i < upper.length; i++) {
                points.append(String.format(
                        Locale.ROOT,
                        "%.1f,%.1f ",
                        x(area.offset() + i, positions, left, plotWidth),
                        top + (high - upper[i]) / (high - low) * plotHeight));
            }
            for (int i = lower.length - 1; i >= 0; i--) {
                points.append(String.format(
                        Locale.ROOT,
                        "%.1f,%.1f ",
                        x(area.offset() + i, positions, left, plotWidth),
                        top + (high - lower[i]) / (high - low) * plotHeight));
            }
            svg.append("<polygon class=\"")
                    .append(escape(area.cssClass()))
                    .append("\" points=\"")
                    .append(points.toString().stripTrailing())
                    .append("\"/>");
        }
        for (Series line : series) {
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            double[] values = line.values();
            for (int i = 0; i < values.length; i++) {
                if (!Double.isFinite(values[i])) {
                    continue; // a gap: e.g. the unflagged readings of a series of flags
                }
                double x = x(line.offset() + i, positions, left, plotWidth);
                double y = top + (high - values[i]) / (high - low) * plotHeight;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                if (line.dots()) {
                    dots.append(String.format(
                            Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"%s-dot\"><title>%d: %s</title></circle>",
                            x,
                            y,
                            escape(line.cssClass()),
                            line.offset() + i + 1,
                            escape(number.format(values[i]))));
                }
            }
            svg.append("<polyline class=\"")
                    .append(escape(line.cssClass()))
                    .append("\" points=\"")
                    .append(points.toString().stripTrailing())
                    .append("\"/>")
                    .append(dots);
        }
        if (legendHeight > 0) {
            int x = left;
            int y = 8 + fontSize / 2;
            svg.append("<g class=\"legend\">");
            for (Series line : series) {
                if (line.label() == null) {
                    continue;
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>",
                        x,
                        y,
                        x + 28,
                        y,
                        escape(line.cssClass())));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" dominant-baseline=\"middle\">%s</text>",
                        x + 34,
                        y,
                        escape(line.label())));
                x += 34 + textWidth(line.label()) + fontSize * 3 / 2;
            }
            for (Band area : bands) {
                if (area.label() == null) {
                    continue;
                }
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"28\" height=\"%d\" class=\"%s\"/>",
                        x,
                        y - fontSize / 2,
                        fontSize,
                        escape(area.cssClass())));
                svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" dominant-baseline=\"middle\">%s</text>",
                        x + 34,
                        y,
                        escape(area.label())));
                x += 34 + textWidth(area.label()) + fontSize * 3 / 2;
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** About how wide {@code text} is: CJK characters a full em, others a little over half. */
    int textWidth(String text) {
        return text.codePoints()
                .map(c -> Character.isIdeographic(c) || c >= 0x3000 && c <= 0x30ff || c >= 0xff00 && c <= 0xffef
                        ? fontSize
                        : fontSize * 11 / 20)
                .sum();
    }

    private static double x(int index, int positions, int left, int plotWidth) {
        return left + (positions <= 1 ? 0 : (double) index / (positions - 1) * plotWidth);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw - 1e-12) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
