package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.charts.LineChart;
import com.lepton.caselibrary.charts.LineChart.Series;
import com.lepton.caselibrary.charts.LineChart.Tick;
import com.lepton.caselibrary.layout.SharedHtml;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/** The validation metric per epoch as a small server-rendered SVG line chart. */
class TrainingCurve extends Div {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 160;

    TrainingCurve(List<Double> values, String description, Locale locale) {
        addClassName("training-curve");
        double[] curve = values.stream().mapToDouble(Double::doubleValue).toArray();
        String svg = LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(description)
                .xTicks(
                        values.isEmpty()
                                ? List.of()
                                : List.of(new Tick(0, "1"), new Tick(values.size() - 1, String.valueOf(values.size()))))
                .series(new Series("curve", null, curve, 0, true))
                .svg();
        SharedHtml.set(this, svg);
    }
}
