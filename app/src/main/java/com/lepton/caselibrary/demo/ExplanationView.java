package com.lepton.caselibrary.demo;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.springframework.web.util.HtmlUtils;

/**
 * An explanation drawn: for an image, the occlusion grid as a heatmap over the image (server-side
 * SVG, red where covering the cell costs the class probability); for a message, each word shaded
 * by how much it argued for the class; for named measurements, the strongest as bars.
 */
class ExplanationView extends Div {

    private static final int SIZE = 224;

    ExplanationView(Explanation explanation, BufferedImage image, String classLabel) {
        this(explanation, image, classLabel, "demo.explain.words.legend");
    }

    /** @param wordsLegendKey the legend under a text's influences (a case may say "visits" rather than "words") */
    ExplanationView(Explanation explanation, BufferedImage image, String classLabel, String wordsLegendKey) {
        setId("demo-explanation");
        addClassName("demo-explanation");
        switch (explanation) {
            case Explanation.Occlusion occlusion -> {
                add(new Html(svg(occlusion, image, getTranslation("demo.explain.image.alt", classLabel))));
                add(new Paragraph(getTranslation("demo.explain.image.legend", classLabel)));
            }
            case Explanation.Words words -> {
                Div text = new Div();
                text.addClassName("word-influence");
                double max = words.words().stream()
                        .mapToDouble(w -> Math.abs(w.influence()))
                        .max()
                        .orElse(0);
                for (Explanation.WordInfluence word : words.words()) {
                    Span span = new Span(word.word());
                    span.getElement().setAttribute("title", String.format(Locale.ROOT, "%+.3f", word.influence()));
                    span.getElement().getStyle().set("background", color(word.influence(), max));
                    if (max > 0 && word.influence() / max > 0.5) {
                        span.addClassName("word-strong");
                    }
                    text.add(span, new Span(" "));
                }
                add(text, new Paragraph(getTranslation(wordsLegendKey, classLabel)));
            }
            case Explanation.Features features -> {
                add(new FeatureInfluenceView(features, getLocale()));
                add(new Paragraph(getTranslation("demo.explain.features.legend", classLabel)));
            }
        }
    }

    /** The image with the grid's drops as translucent cells; role=img with a text alternative. */
    static String svg(Explanation.Occlusion occlusion, BufferedImage image, String alt) {
        double[][] drops = occlusion.drops();
        int grid = drops.length;
        double max = 0;
        for (double[] row : drops) {
            for (double drop : row) {
                max = Math.max(max, Math.abs(drop));
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' class='occlusion-map' role='img' viewBox='0 0 ")
                .append(SIZE)
                .append(' ')
                .append(SIZE)
                .append("' width='")
                .append(SIZE)
                .append("' height='")
                .append(SIZE)
                .append("'><title>")
                .append(escape(alt))
                .append("</title>");
        svg.append("<image href='data:image/png;base64,")
                .append(png(image))
                .append("' width='")
                .append(SIZE)
                .append("' height='")
                .append(SIZE)
                .append("' preserveAspectRatio='none' style='image-rendering:pixelated'/>");
        double cell = (double) SIZE / grid;
        for (int row = 0; row < grid; row++) {
            for (int column = 0; column < grid; column++) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x='%.2f' y='%.2f' width='%.2f' height='%.2f' fill='%s'/>",
                        column * cell,
                        row * cell,
                        cell,
                        cell,
                        color(drops[row][column], max)));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Red for evidence for the class, blue against; opacity by strength. */
    private static String color(double value, double max) {
        double alpha = max <= 0 ? 0 : Math.min(0.75, 0.75 * Math.abs(value) / max);
        return value >= 0
                ? String.format(Locale.ROOT, "rgba(220,38,38,%.3f)", alpha)
                : String.format(Locale.ROOT, "rgba(37,99,235,%.3f)", alpha);
    }

    /** A picture as a PNG data URL, for an {@code <img>}. */
    static String dataUrl(BufferedImage image) {
        return "data:image/png;base64," + png(image);
    }

    private static String png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
