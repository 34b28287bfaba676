package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.i18n.Languages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The measurements that weighed most, as bars from a centre line: red to the right where the value argued for the
 * class, blue to the left where it argued against; each with the visitor's value and the typical one. The strongest
 * {@value #SHOWN} only, so that a projector can show them.
 */
class FeatureInfluenceView extends Div {

    static final int SHOWN = 10;

    FeatureInfluenceView(Explanation.Features features, Locale locale) {
        addClassName("feature-influence");
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(4);
        List<Explanation.FeatureInfluence> strongest = strongest(features);
        double max = strongest.isEmpty() ? 0 : Math.abs(strongest.getFirst().influence());
        for (Explanation.FeatureInfluence feature : strongest) {
            add(row(feature, max, number));
        }
    }

    /** The features by the size of their influence, either way. */
    static List<Explanation.FeatureInfluence> strongest(Explanation.Features features) {
        return features.features().stream()
                .sorted(Comparator.comparingDouble((Explanation.FeatureInfluence f) -> Math.abs(f.influence()))
                        .reversed())
                .limit(SHOWN)
                .toList();
    }

    private Div row(Explanation.FeatureInfluence feature, double max, NumberFormat number) {
        Span name = new Span(Languages.pick(feature.label()));
        name.addClassName("feature-name");
        Div bar = new Div();
        bar.addClassName(feature.influence() >= 0 ? "feature-for" : "feature-against");
        double share = max <= 0 ? 0 : Math.abs(feature.influence()) / max;
        bar.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", 50 * share));
        Div track = new Div(bar);
        track.addClassName("feature-track");
        Span values = new Span(getTranslation(
                "demo.explain.features.value", number.format(feature.value()), number.format(feature.reference())));
        values.addClassName("feature-values");
        Div row = new Div(name, track, values);
        row.addClassName("feature-row");
        row.getElement().setAttribute("title", String.format(Locale.ROOT, "%+.3f log-odds", feature.influence()));
        return row;
    }
}
