package com.lepton.caselibrary.charts;

import static com.lepton.caselibrary.charts.Svg.escape;
import static com.lepton.caselibrary.charts.Svg.format;

import java.text.NumberFormat;

/**
 * The plot area of a chart and how values map into it: x positions spread evenly over {@code width} from
 * {@code left}, values over {@code height} from {@code top} by the {@link YScale}.
 */
record Plot(int left, int top, int width, int height, int positions, YScale scale) {

    double x(int index) {
        return left + (positions <= 1 ? 0 : (double) index / (positions - 1) * width);
    }

    double y(double value) {
        return scale.y(value, top, height);
    }

    /** A band as one polygon: along the upper edge, then back along the lower one. */
    void band(StringBuilder svg, LineChart.Band area) {
        StringBuilder points = new StringBuilder();
        double[] upper = area.upper();
        double[] lower = area.lower();
        for (int i = 0; i < upper.length; i++) {
            points.append(format("%.1f,%.1f ", x(area.offset() + i), y(upper[i])));
        }
        for (int i = lower.length - 1; i >= 0; i--) {
            points.append(format("%.1f,%.1f ", x(area.offset() + i), y(lower[i])));
        }
        svg.append("<polygon class=\"")
                .append(escape(area.cssClass()))
                .append("\" points=\"")
                .append(points.toString().stripTrailing())
                .append("\"/>");
    }

    /** A series as a polyline, and its dots with their values as tooltips when it has them. */
    void line(StringBuilder svg, LineChart.Series line, NumberFormat number) {
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        double[] values = line.values();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                continue; // a gap: e.g. the unflagged readings of a series of flags
            }
            double x = x(line.offset() + i);
            double y = y(values[i]);
            points.append(format("%.1f,%.1f ", x, y));
            if (line.dots()) {
                dots.append(format(
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" class=\"%s-dot\"><title>%d: %s</title></circle>",
                        x, y, escape(line.cssClass()), line.offset() + i + 1, escape(number.format(values[i]))));
            }
        }
        svg.append("<polyline class=\"")
                .append(escape(line.cssClass()))
                .append("\" points=\"")
                .append(points.toString().stripTrailing())
                .append("\"/>")
                .append(dots);
    }
}
