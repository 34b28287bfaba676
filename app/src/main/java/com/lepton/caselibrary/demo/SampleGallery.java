package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.Base64;

/** The case's shipped samples as tiles (pictures) or buttons (series, messages); choosing one fires an event. */
class SampleGallery extends Div {

    /** The visitor chose a sample; the value is its id. */
    static final class SampleChosen extends ValueEvent<SampleGallery, String> {
        SampleChosen(SampleGallery source, String sampleId) {
            super(source, sampleId);
        }
    }

    private final LoadedCase loaded;

    SampleGallery(LoadedCase loaded) {
        this.loaded = loaded;
        Div gallery = new Div();
        gallery.addClassName("sample-gallery");
        boolean pictures = loaded.plugin().demo().inputKind() == InputKind.IMAGE;
        for (DemoSample sample : loaded.plugin().demo().samples()) {
            gallery.add(pictures ? imageSample(sample) : textSample(sample));
        }
        addClassName("demo-section");
        add(new H3(getTranslation("demo.samples")), gallery);
    }

    Registration addSampleChosenListener(ComponentEventListener<SampleChosen> listener) {
        return addListener(SampleChosen.class, listener);
    }

    /** A picture tile: the thumbnail as the model sees it, the label under it. */
    private NativeButton imageSample(DemoSample sample) {
        String label = Languages.pick(sample.label());
        NativeButton tile = new NativeButton();
        loaded.resource(sample.resourcePath()).ifPresent(png -> {
            Image thumbnail =
                    new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), "");
            thumbnail.addClassName("sample-thumbnail");
            tile.add(thumbnail);
        });
        Span caption = new Span(label);
        caption.addClassName("sample-caption");
        tile.add(caption);
        return configureSample(tile, sample, label);
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
