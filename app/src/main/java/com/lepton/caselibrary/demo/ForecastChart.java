package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.text.NumberFormat;
import java.util.Locale;

/** A forecast as a server-rendered SVG: the history as a line, the forecast continuing it in another colour. */
class ForecastChart extends Div {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int PAD = 36;

    ForecastChart(DemoResult.Forecast forecast, Locale locale) {
        addClassName("forecast-chart");
        double[] history = forecast.history();
        double[] ahead = forecast.forecast();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String next = ahead.length == 0 ? "" : number.format(ahead[ahead.length - 1]);
        String quantity = forecast.quantity() == null ? "" : com.lepton.caselibrary.i18n.Languages.pick(forecast.quantity());
        H3 headline = new H3(quantity.isEmpty() ? getTranslation("demo.result.forecast", next)
                : getTranslation("demo.result.forecast.of", quantity, next));
        headline.addClassName("demo-headline");
        add(headline);

        int total = history.length + ahead.length;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : history) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (double v : ahead) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min < 1e-12) {
            max = min + 1;
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, getTranslation("demo.result.forecast.aria")));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", PAD, HEIGHT - PAD, WIDTH - 8, HEIGHT - PAD));
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" class=\"tick\">%s</text>", PAD, number.format(max)));
        svg.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" class=\"tick\">%s</text>", HEIGHT - PAD, number.format(min)));
        svg.append("<polyline class=\"history\" points=\"").append(points(history, 0, total, min, max)).append("\"/>");
        if (ahead.length > 0 && history.length > 0) {
            double[] joined = new double[ahead.length + 1];
            joined[0] = history[history.length - 1];
            System.arraycopy(ahead, 0, joined, 1, ahead.length);
            svg.append("<polyline class=\"forecast\" points=\"").append(points(joined, history.length - 1, total, min, max)).append("\"/>");
        }
        svg.append("</svg>");
        Div chart = new Div();
        chart.addClassName("forecast-svg");
        chart.getElement().setProperty("innerHTML", svg.toString());
        add(chart);
    }

    private static String points(double[] values, int offset, int total, double min, double max) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double x = PAD + (double) (offset + i) / Math.max(1, total - 1) * (WIDTH - PAD - 8);
            double y = HEIGHT - PAD - (values[i] - min) / (max - min) * (HEIGHT - 2 * PAD);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return points.toString();
    }
}
