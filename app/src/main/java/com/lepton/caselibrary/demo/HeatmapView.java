package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.Heatmap;
import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.awt.image.BufferedImage;

/**
 * A result's heatmap (e.g. an anomaly model's error map) drawn as a small picture in a "hot"
 * palette, black where the value is 0 and white-yellow at 1, enlarged without smoothing, with the
 * plugin's caption as text and alternative text.
 */
class HeatmapView extends Div {

    HeatmapView(Heatmap heatmap) {
        String caption = Languages.pick(heatmap.caption());
        Image picture = new Image(ExplanationView.dataUrl(picture(heatmap)), caption);
        picture.addClassName("heatmap");
        picture.setId("demo-heatmap");
        Span text = new Span(caption);
        add(picture, text);
        addClassName("model-view-figure");
    }

    static BufferedImage picture(Heatmap heatmap) {
        BufferedImage image = new BufferedImage(heatmap.width(), heatmap.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < heatmap.height(); y++) {
            for (int x = 0; x < heatmap.width(); x++) {
                image.setRGB(x, y, hot(heatmap.at(x, y)));
            }
        }
        return image;
    }

    /** The "hot" palette: black, red, yellow, white as the value goes from 0 to 1. */
    static int hot(double value) {
        int red = channel(3 * value);
        int green = channel(3 * value - 1);
        int blue = channel(3 * value - 2);
        return (red << 16) | (green << 8) | blue;
    }

    private static int channel(double level) {
        return (int) Math.round(255 * Math.clamp(level, 0.0, 1.0));
    }
}
