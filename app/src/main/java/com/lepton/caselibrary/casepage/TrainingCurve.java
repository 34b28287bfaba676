package com.lepton.caselibrary.casepage;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/** The validation metric per epoch as a small server-rendered SVG line chart. */
class TrainingCurve extends Div {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 140;
    private static final int PAD = 28;

    TrainingCurve(List<Double> values) {
        addClassName("training-curve");
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double low = Math.floor(min * 100) / 100;
        double high = Math.max(low + 0.01, Math.ceil(max * 100) / 100);
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = PAD + (values.size() == 1 ? 0 : (double) i / (values.size() - 1) * (WIDTH - 2 * PAD));
            double y = HEIGHT - PAD - (values.get(i) - low) / (high - low) * (HEIGHT - 2 * PAD);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%d: %.4f</title></circle>", x, y, i + 1, values.get(i)));
        }
        String svg = String.format(Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                        + "<text x=\"2\" y=\"%d\" class=\"tick\">%.2f</text><text x=\"2\" y=\"%d\" class=\"tick\">%.2f</text>"
                        + "<text x=\"%d\" y=\"%d\" class=\"tick\">1</text><text x=\"%d\" y=\"%d\" class=\"tick\">%d</text>"
                        + "<polyline points=\"%s\" class=\"curve\"/>%s</svg>",
                WIDTH, HEIGHT, getTranslation("modelcard.curve"),
                PAD, HEIGHT - PAD, WIDTH - PAD, HEIGHT - PAD,
                PAD + 4, high, HEIGHT - PAD, low,
                PAD - 3, HEIGHT - 8, WIDTH - PAD - 6, HEIGHT - 8, values.size(),
                points, dots);
        getElement().setProperty("innerHTML", svg);
    }
}
