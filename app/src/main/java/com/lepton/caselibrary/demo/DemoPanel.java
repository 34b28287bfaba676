package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.util.Base64;

/**
 * The live demo of an image-classification case: shipped samples, an upload, and the
 * prediction as bars. The run happens on the server through {@link DemoService}.
 */
public class DemoPanel extends Div {

    private static final int TOP_K = 5;

    private final LoadedCase loaded;
    private final DemoService demos;
    private final ImageDecoder images;
    private final Div result = new Div();
    private final Paragraph stats = new Paragraph();

    public DemoPanel(LoadedCase loaded, DemoService demos, ImageDecoder images) {
        this.loaded = loaded;
        this.demos = demos;
        this.images = images;
        setId("demo");
        addClassName("demo-panel");
        result.setId("demo-result");
        result.addClassName("demo-result");
        result.getElement().setAttribute("aria-live", "polite");
        stats.addClassName("demo-stats");
        add(new H2(getTranslation("demo.title")), stats, configureSamples(), configureUpload(), result);
        refreshStats();
    }

    private Div configureSamples() {
        Div gallery = new Div();
        gallery.addClassName("sample-gallery");
        for (DemoSample sample : loaded.plugin().demo().samples()) {
            String label = Languages.pick(sample.label());
            Button button = new Button(label);
            loaded.resource(sample.resourcePath()).ifPresent(png -> {
                Image thumbnail = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), "");
                thumbnail.addClassName("sample-thumbnail");
                button.setIcon(thumbnail);
            });
            button.setId("sample-" + sample.id());
            button.addClassName("sample-button");
            button.getElement().setAttribute("title", label);
            button.addClickListener(click -> show(demos.runSample(loaded, sample.id())));
            gallery.add(button);
        }
        Div section = new Div(new H3(getTranslation("demo.samples")), gallery);
        section.addClassName("demo-section");
        return section;
    }

    private Div configureUpload() {
        Upload upload = new Upload(new BoundedUpload());
        upload.setId("demo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(images.maxUploadBytes());
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("demo.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("demo.upload.button")));
        upload.addFileRejectedListener(rejected -> showError(getTranslation("demo.error.toolarge", images.maxUploadMegabytes())));
        Div section = new Div(new H3(getTranslation("demo.upload", images.maxUploadMegabytes())), upload);
        section.addClassName("demo-section");
        return section;
    }

    /** Reads the upload with a hard byte limit, then runs it in the UI's context. */
    private final class BoundedUpload implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(images.maxUploadBytes() + 1);
            }
            DemoOutcome outcome = demos.runUpload(loaded, bytes);
            ui.access(() -> show(outcome));
        }

        @Override
        public long getFileSizeMax() {
            return images.maxUploadBytes();
        }
    }

    private void show(DemoOutcome outcome) {
        result.removeAll();
        result.getElement().removeAttribute("data-top-class");
        if (!outcome.succeeded()) {
            String message = outcome.pluginMessage() != null
                    ? Languages.pick(outcome.pluginMessage())
                    : getTranslation(outcome.messageKey(), outcome.messageArgs());
            showError(message);
            return;
        }
        if (outcome.result() instanceof DemoResult.Classification classification) {
            showClassification(classification);
        }
        Paragraph latency = new Paragraph(getTranslation("demo.result.latency", outcome.computeMs(), outcome.queueMs()));
        latency.addClassName("demo-latency");
        result.add(latency);
        refreshStats();
    }

    private void showClassification(DemoResult.Classification classification) {
        ClassScore top = classification.top();
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        result.getElement().setAttribute("data-top-class", top.key());

        H3 headline = new H3(getTranslation("demo.result.top", Languages.pick(top.label())));
        headline.addClassName("demo-headline");
        Span confidence = new Span(getTranslation("demo.result.confidence", percent.format(top.probability())));
        confidence.addClassName("demo-confidence");

        Div bars = new Div();
        bars.addClassName("score-bars");
        for (ClassScore score : classification.top(TOP_K)) {
            Span name = new Span(Languages.pick(score.label()));
            name.addClassName("score-name");
            Div fill = new Div();
            fill.addClassName("score-fill");
            fill.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", score.probability() * 100));
            Div track = new Div(fill);
            track.addClassName("score-track");
            Span value = new Span(percent.format(score.probability()));
            value.addClassName("score-value");
            Div row = new Div(name, track, value);
            row.addClassName("score-row");
            if (score == top) {
                row.addClassName("score-top");
            }
            bars.add(row);
        }
        result.add(headline, confidence, bars);
    }

    private void showError(String message) {
        result.removeAll();
        Div error = new Div(new Span(message));
        error.setId("demo-error");
        error.addClassName("demo-error");
        error.getElement().setAttribute("role", "alert");
        result.add(error);
    }

    private void refreshStats() {
        DemoStats current = demos.stats(loaded.caseId());
        stats.setText(current.runs() == 0 ? getTranslation("demo.stats.none")
                : getTranslation("demo.stats", current.runs(), current.medianComputeMs()));
    }
}
