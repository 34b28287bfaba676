package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.SharedHtml;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The case's shipped samples as tiles (pictures) or buttons (series, messages); choosing one fires an event.
 * Picture tiles are static HTML shared by every visitor of the case in a language ({@link SharedHtml}: their
 * thumbnails are data URLs of several KB), with one click listener on the gallery, instead of 40 components and the
 * pictures in every session.
 */
class SampleGallery extends Div {

    /** The visitor chose a sample; the value is its id. */
    static final class SampleChosen extends ValueEvent<SampleGallery, String> {
        SampleChosen(SampleGallery source, String sampleId) {
            super(source, sampleId);
        }
    }

    /** Which tile was clicked: the id of the closest sample button, if any. */
    private static final String CLICKED_TILE = "event.target.closest('.sample-button')?.id ?? ''";

    private static final String TILE_ID_PREFIX = "sample-";

    private final LoadedCase loaded;

    SampleGallery(LoadedCase loaded) {
        this.loaded = loaded;
        Div gallery = new Div();
        gallery.addClassName("sample-gallery");
        List<DemoSample> samples = loaded.plugin().demo().samples();
        if (loaded.plugin().demo().inputKind() == InputKind.IMAGE) {
            SharedHtml.set(gallery, imageTiles(samples));
            gallery.getElement()
                    .addEventListener(
                            "click", click -> chooseTile(click.getEventData().get(CLICKED_TILE)))
                    .addEventData(CLICKED_TILE);
        } else {
            samples.forEach(sample -> gallery.add(textSample(sample)));
        }
        addClassName("demo-section");
        add(new H3(getTranslation("demo.samples")), gallery);
    }

    Registration addSampleChosenListener(ComponentEventListener<SampleChosen> listener) {
        return addListener(SampleChosen.class, listener);
    }

    /** A click in the picture gallery: a known sample's tile chooses it; anything else is ignored. */
    private void chooseTile(JsonNode tileId) {
        String id = tileId == null ? "" : tileId.asString("");
        if (!id.startsWith(TILE_ID_PREFIX)) {
            return;
        }
        String sampleId = id.substring(TILE_ID_PREFIX.length());
        if (loaded.plugin().demo().samples().stream()
                .anyMatch(sample -> sample.id().equals(sampleId))) {
            fireEvent(new SampleChosen(this, sampleId));
        }
    }

    private String imageTiles(List<DemoSample> samples) {
        StringBuilder html = new StringBuilder();
        samples.forEach(sample -> imageTile(html, sample));
        return html.toString();
    }

    /** A picture tile: the thumbnail as the model sees it, the label under it; a native button, as before. */
    private void imageTile(StringBuilder html, DemoSample sample) {
        String label = SharedHtml.escape(Languages.pick(sample.label()));
        html.append("<button id=\"")
                .append(SharedHtml.escape(TILE_ID_PREFIX + sample.id()))
                .append("\" class=\"sample-button\" title=\"")
                .append(label)
                .append("\">");
        loaded.resource(sample.resourcePath())
                .ifPresent(png -> html.append("<img class=\"sample-thumbnail\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(png))
                        .append("\" alt=\"\">"));
        html.append("<span class=\"sample-caption\">").append(label).append("</span></button>");
    }

    private Button textSample(DemoSample sample) {
        String label = Languages.pick(sample.label());
        return configureSample(new Button(label), sample, label);
    }

    private <T extends Component & ClickNotifier<T>> T configureSample(T control, DemoSample sample, String label) {
        control.setId("sample-" + sample.id());
        control.addClassName("sample-button");
        control.getElement().setAttribute("title", label);
        control.addClickListener(click -> fireEvent(new SampleChosen(this, sample.id())));
        return control;
    }
}
