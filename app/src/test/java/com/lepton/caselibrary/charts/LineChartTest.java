package com.lepton.caselibrary.charts;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.charts.LineChart.Tick;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class LineChartTest {

    private static final Pattern POLYLINE = Pattern.compile("<polyline class=\"([^\"]+)\" points=\"([^\"]+)\"/>");

    private static String forecastChart() {
        return LineChart.of(720, 340, Locale.ENGLISH)
                .describedAs("Test period 2017-01-03 – 2020-04-07 <actual, model & persistence>")
                .xLabel("Forecast date")
                .yLabel("Value (%)")
                .xTicks(List.of(new Tick(0, "2017-01"), new Tick(2, "2018-06"), new Tick(4, "2020-04")))
                .yTicks(5)
                .legend()
                .series(Series.of("series-actual", "Actual", new double[] {5, 7, 30, 12, 8}))
                .series(Series.of("series-persistence", "Persistence", new double[] {9, 5, 7, 30, 12}))
                .series(Series.of("series-model", "Model", new double[] {9.5, 8, 14, 20, 11}))
                .svg();
    }

    @Test
    void isAnAccessibleImage() {
        String svg = forecastChart();

        assertThat(svg)
                .startsWith(
                        "<svg viewBox=\"0 0 720 340\" role=\"img\" aria-label=\"Test period 2017-01-03 – 2020-04-07 &lt;actual, model &amp; persistence&gt;\"");
        assertThat(svg)
                .contains("<title>Test period 2017-01-03 – 2020-04-07 &lt;actual, model &amp; persistence&gt;</title>");
        assertThat(svg).endsWith("</svg>");
        assertThat(svg).doesNotContain("<script", "<actual");
    }

    @Test
    void namesThePeriodOfItsDatesFromFirstToLast() {
        assertThat(LineChart.period(List.of("2024-01-01", "2024-02-01", "2024-03-01")))
                .isEqualTo("2024-01-01 – 2024-03-01");
        assertThat(LineChart.period(List.of())).isEmpty();
    }

    @Test
    void drawsOneLinePerSeriesWithALegendAndAxisLabels() {
        String svg = forecastChart();

        Matcher lines = POLYLINE.matcher(svg);
        List<String> classes = lines.results().map(m -> m.group(1)).toList();
        assertThat(classes).containsExactly("series-actual", "series-persistence", "series-model");
        assertThat(svg).contains("<g class=\"legend\">", ">Actual</text>", ">Persistence</text>", ">Model</text>");
        assertThat(svg).contains("class=\"axis-label\"", ">Forecast date</text>", ">Value (%)</text>", "rotate(-90");
        assertThat(svg).contains(">2017-01</text>", ">2018-06</text>", ">2020-04</text>");
    }

    @Test
    void putsRoundYTicksAroundTheDataAndScalesPointsIntoThePlot() {
        String svg = forecastChart();

        // 5 to 30 in steps of 10 (range 25 over 4 intervals: 6.25 -> 10): 0, 10, 20, 30.
        assertThat(svg)
                .contains(">0</text>", ">10</text>", ">20</text>", ">30</text>")
                .doesNotContain(">40</text>");
        assertThat(svg).contains("class=\"grid\"");
        Matcher actual = POLYLINE.matcher(svg);
        assertThat(actual.find()).isTrue();
        String[] points = actual.group(2).split(" ");
        assertThat(points).hasSize(5);
        double firstX = Double.parseDouble(points[0].split(",")[0]);
        double lastX = Double.parseDouble(points[4].split(",")[0]);
        assertThat(firstX).isLessThan(lastX);
        assertThat(lastX).isLessThanOrEqualTo(720);
        // The maximum (30) is at the top of the plot, above every other point.
        double peakY = Double.parseDouble(points[2].split(",")[1]);
        for (String point : points) {
            assertThat(Double.parseDouble(point.split(",")[1]))
                    .isGreaterThanOrEqualTo(peakY)
                    .isLessThanOrEqualTo(340);
        }
    }

    @Test
    void continuesASeriesFromAnOffsetAndMarksDotsWithTheirValues() {
        String svg = LineChart.of(640, 240, Locale.ENGLISH)
                .describedAs("demo")
                .series(Series.of("history", null, new double[] {1, 2, 3}))
                .series(new Series("forecast", null, new double[] {3, 4}, 2, true))
                .svg();

        Matcher lines = POLYLINE.matcher(svg);
        lines.find();
        String lastHistoryPoint = lines.group(2).split(" ")[2];
        lines.find();
        assertThat(lines.group(2).split(" ")[0]).isEqualTo(lastHistoryPoint);
        assertThat(svg).contains("<title>3: 3</title>", "<title>4: 4</title>").doesNotContain("class=\"legend\"");
    }

    @Test
    void aDottedSeriesShowsItsDotInTheLegend() {
        String svg = LineChart.of(360, 160, Locale.ENGLISH)
                .describedAs("x")
                .legend()
                .series(Series.of("history", "Readings", new double[] {1, 2, 3}))
                .series(new Series("anomaly", "Flagged", new double[] {Double.NaN, 2, Double.NaN}, 0, true))
                .svg();
        String legend = svg.substring(svg.indexOf("<g class=\"legend\">"), svg.indexOf("</g>", svg.indexOf("legend")));
        assertThat(legend).contains("class=\"anomaly-dot\"", ">Flagged</text>").doesNotContain("history-dot");
    }

    @Test
    void formatsNumbersForTheLocale() {
        String svg = LineChart.of(360, 160, Locale.GERMAN)
                .describedAs("x")
                .series(Series.of("curve", null, new double[] {0.5, 1.25}))
                .svg();
        assertThat(svg).contains(">1,25</text>", ">0,5</text>");
    }

    @Test
    void survivesAFlatOrEmptySeries() {
        assertThat(LineChart.of(360, 160, Locale.ENGLISH)
                        .describedAs("x")
                        .series(Series.of("c", null, new double[] {2, 2}))
                        .svg())
                .contains("<polyline")
                .doesNotContain("NaN");
        assertThat(LineChart.of(360, 160, Locale.ENGLISH).describedAs("x").svg())
                .doesNotContain("NaN", "Infinity");
    }

    @Test
    void picksNiceSteps() {
        assertThat(YScale.niceStep(6.25)).isEqualTo(10);
        assertThat(YScale.niceStep(0.3)).isEqualTo(0.5);
        assertThat(YScale.niceStep(2.2)).isEqualTo(2.5);
        assertThat(YScale.niceStep(35)).isEqualTo(50);
    }

    @Test
    void leavesRoomForChineseLegendLabels() {
        LineChart chart = LineChart.of(480, 320, Locale.SIMPLIFIED_CHINESE).fontSize(16);
        assertThat(chart.textWidth("持续性基线")).isEqualTo(80);
        assertThat(chart.textWidth("Model")).isEqualTo(40);
        String svg = chart.describedAs("x")
                .legend()
                .series(Series.of("series-actual", "实际值", new double[] {1, 2}))
                .series(Series.of("series-persistence", "持续性基线", new double[] {1, 2}))
                .svg();
        // The second swatch starts after the first label: 34 + 3 x 16 + 24 past the first.
        Matcher swatches = Pattern.compile("<line x1=\"(\\d+)\" y1=\"\\d+\" x2=\"\\d+\" y2=\"\\d+\" class=\"series-")
                .matcher(svg);
        List<Integer> starts =
                swatches.results().map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(starts).hasSize(2);
        assertThat(starts.get(1) - starts.get(0)).isEqualTo(34 + 48 + 24);
    }

    private static final Pattern POLYGON = Pattern.compile("<polygon class=\"([^\"]+)\" points=\"([^\"]+)\"/>");

    @Test
    void drawsABandUnderTheLinesAlongItsUpperEdgeAndBackAlongItsLowerOne() {
        String svg = LineChart.of(400, 200, Locale.ENGLISH)
                .legend()
                .band(new LineChart.Band("forecast-band", "90 % band", new double[] {10, 6}, new double[] {10, 16}, 2))
                .series(Series.of("history", "History", new double[] {8, 9, 10}))
                .svg();

        Matcher band = POLYGON.matcher(svg);
        assertThat(band.find()).isTrue();
        assertThat(band.group(1)).isEqualTo("forecast-band");
        List<double[]> points = Arrays.stream(band.group(2).split(" "))
                .map(p -> Arrays.stream(p.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toList();
        assertThat(points).hasSize(4);
        // Upper edge left to right, then lower edge right to left; the band opens from one point to a range.
        assertThat(points.get(0)[0]).isLessThan(points.get(1)[0]);
        assertThat(points.get(0)).containsExactly(points.get(3));
        assertThat(points.get(1)[0]).isEqualTo(points.get(2)[0]);
        assertThat(points.get(1)[1]).as("16 is drawn above 6").isLessThan(points.get(2)[1]);
        // The band's edges widen the y axis (6 to 16), and it is drawn before, so under, the line.
        assertThat(svg).contains(">6</text>", ">16</text>");
        assertThat(svg.indexOf("<polygon")).isLessThan(svg.indexOf("<polyline"));
        assertThat(svg).contains("<rect x=", "class=\"forecast-band\"/>", ">90 % band</text>", ">History</text>");
    }

    @Test
    void refusesABandWhoseEdgesDifferInLength() {
        Assertions.assertThatThrownBy(() -> new LineChart.Band("b", null, new double[2], new double[3], 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeriesWithGapsDrawsOnlyItsFiniteValues() {
        double nan = Double.NaN;
        String svg = LineChart.of(400, 200, Locale.ENGLISH)
                .describedAs("flags")
                .series(Series.of("history", null, new double[] {1, 2, 3, 4}))
                .series(new Series("anomaly", null, new double[] {nan, 2, nan, 4}, 0, true))
                .svg();
        assertThat(svg).doesNotContain("NaN");
        assertThat(Pattern.compile("class=\"anomaly-dot\"")
                        .matcher(svg)
                        .results()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void aFlatLineSitsInTheMiddleOfAnAxisAroundItsValue() {
        YScale scale = YScale.of(
                List.of(Series.of("series-validation", "Validation", new double[] {1, 1, 1, 1, 1})),
                List.of(),
                5,
                NumberFormat.getNumberInstance(Locale.ENGLISH));

        assertThat(scale.low()).isLessThan(1).isGreaterThanOrEqualTo(0.9);
        assertThat(scale.high()).isGreaterThan(1).isLessThanOrEqualTo(1.1);
        assertThat(scale.y(1, 0, 100)).isBetween(25.0, 75.0);
    }
}
