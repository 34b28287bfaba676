package com.lepton.caselibrary.charts;

import static com.lepton.caselibrary.charts.Svg.escape;
import static com.lepton.caselibrary.charts.Svg.format;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The legend above a chart's plot: a swatch (its line, and its dot when it has dots) and the label of each labelled
 * series, then of each band.
 */
final class Legend {

    private Legend() {}

    static boolean wanted(List<LineChart.Series> series, List<LineChart.Band> bands) {
        return series.stream().anyMatch(s -> s.label() != null)
                || bands.stream().anyMatch(b -> b.label() != null);
    }

    static void draw(
            StringBuilder svg,
            List<LineChart.Series> series,
            List<LineChart.Band> bands,
            int left,
            int fontSize,
            ToIntFunction<String> textWidth) {
        int x = left;
        int y = 8 + fontSize / 2;
        svg.append("<g class=\"legend\">");
        for (LineChart.Series line : series) {
            if (line.label() == null) {
                continue;
            }
            svg.append(format(
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"%s\"/>",
                    x, y, x + 28, y, escape(line.cssClass())));
            if (line.dots()) {
                // A series drawn as dots alone (the flagged readings) has an invisible line: its swatch is the dot.
                svg.append(format(
                        "<circle cx=\"%d\" cy=\"%d\" r=\"3\" class=\"%s-dot\"/>", x + 14, y, escape(line.cssClass())));
            }
            x = label(svg, line.label(), x, y, fontSize, textWidth);
        }
        for (LineChart.Band area : bands) {
            if (area.label() == null) {
                continue;
            }
            svg.append(format(
                    "<rect x=\"%d\" y=\"%d\" width=\"28\" height=\"%d\" class=\"%s\"/>",
                    x, y - fontSize / 2, fontSize, escape(area.cssClass())));
            x = label(svg, area.label(), x, y, fontSize, textWidth);
        }
        svg.append("</g>");
    }

    /** The label right of a swatch at {@code x}; returns where the next swatch goes. */
    private static int label(StringBuilder svg, String label, int x, int y, int fontSize, ToIntFunction<String> width) {
        svg.append(format("<text x=\"%d\" y=\"%d\" dominant-baseline=\"middle\">%s</text>", x + 34, y, escape(label)));
        return x + 34 + width.applyAsInt(label) + fontSize * 3 / 2;
    }
}
