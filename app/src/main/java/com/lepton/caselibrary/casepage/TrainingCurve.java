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
        String svg = LineChart.of(WIDTH, HEIGHT, locale)
                .describedAs(description)
                .xTicks(Tick.epochs(values.size()))
                .series(Series.dotted("curve", values))
                .svg();
        SharedHtml.set(this, svg);
    }
}
