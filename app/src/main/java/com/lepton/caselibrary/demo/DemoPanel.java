package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.i18n.Messages;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;

/**
 * A case's live demo: shipped samples, the visitor's own input (an image upload, a pasted
 * series or a typed message, by the case's input kind) and the result as a chart. Runs happen
 * on the server through {@link DemoService}.
 */
public class DemoPanel extends Div {

    private final LoadedCase loaded;
    private final DemoService demos;
    private final ImageDecoder images;
    private final InputKind kind;
    private final Requester visitor;
    private final Div result = new Div();
    private final Paragraph stats = new Paragraph();
    private final KeptInputs keptInputs;
    /** In an iframe on another site ({@code /embed}): links open the portal in a new tab, not in the frame. */
    private boolean linksInNewTab;
    /** Whether the visitor agreed to let Lepton keep their own input; read off the UI thread, so volatile. */
    private volatile boolean keepAgreed;

    public DemoPanel(LoadedCase loaded, DemoService demos, ImageDecoder images, KeptInputs keptInputs) {
        this.loaded = loaded;
        this.demos = demos;
        this.images = images;
        this.keptInputs = keptInputs;
        this.kind = loaded.plugin().demo().inputKind();
        this.visitor = demos.currentVisitor();
        setId("demo");
        addClassName("demo-panel");
        result.setId("demo-result");
        result.addClassName("demo-result");
        result.getElement().setAttribute("aria-live", "polite");
        stats.addClassName("demo-stats");
        add(new H2(getTranslation("demo.title")), stats, configureSamples(), configureOwnInput(), result);
        refreshStats();
    }

    /** For the embeddable demo: links open the portal in a new tab instead of inside the frame. */
    public void openLinksInNewTab() {
        linksInNewTab = true;
    }

    private Div configureSamples() {
        Div gallery = new Div();
        gallery.addClassName("sample-gallery");
        for (DemoSample sample : loaded.plugin().demo().samples()) {
            gallery.add(kind == InputKind.IMAGE ? imageSample(sample) : textSample(sample));
        }
        return section("demo.samples", gallery);
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

    private <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.ClickNotifier<T>>
            T configureSample(T control, DemoSample sample, String label) {
        control.setId("sample-" + sample.id());
        control.addClassName("sample-button");
        control.getElement().setAttribute("title", label);
        control.addClickListener(click -> runSample(sample.id()));
        return control;
    }

    /** The shipped sample of the last run, for the link to this demo with its input preset; null for the visitor's own input. */
    private String presetSample;

    private void runSample(String sampleId) {
        presetSample = sampleId;
        runInBackground(() -> demos.runSample(loaded, visitor, sampleId), null);
    }

    /**
     * Runs a shipped sample as soon as the page opens ({@code /cases/ID?sample=SAMPLE}, a link to
     * this demo with its input preset); an unknown sample is said so, not run.
     */
    public void runPreset(String sampleId) {
        if (loaded.plugin().demo().samples().stream()
                .anyMatch(sample -> sample.id().equals(sampleId))) {
            runSample(sampleId);
        } else {
            showError(getTranslation("demo.error.nosample", sampleId));
        }
    }

    private Div configureOwnInput() {
        Div own = switch (kind) {
            case IMAGE ->
                loaded.plugin().demo().drawable()
                        ? new Div(new DrawingCanvas(this::recognize), configureUpload())
                        : configureUpload();
            case SERIES ->
                configureTextInput(
                        "demo.series",
                        "demo.series.placeholder",
                        text -> demos.runSeries(loaded, visitor, text),
                        KeptInputs.Raw::series);
            case TEXT ->
                configureTextInput(
                        caseKey("demo.text"),
                        caseKey("demo.text.placeholder"),
                        text -> demos.runText(loaded, visitor, text),
                        KeptInputs.Raw::text);
        };
        own.add(configureKeepConsent());
        return own;
    }

    /**
     * {@code KEY.CASE_ID} when the portal translates it, else {@code KEY}: a case whose text input is not a
     * message (a table of visits) words its input box and explanation itself.
     */
    private String caseKey(String key) {
        String own = key + "." + loaded.caseId();
        return Messages.format(own, Languages.ENGLISH).equals(own) ? key : own;
    }

    /** The visitor's consent to keep their own input: unchecked by default, asked afresh on every page. */
    private Checkbox configureKeepConsent() {
        Checkbox keep = new Checkbox(getTranslation("demo.keep"), false);
        keep.setId("demo-keep");
        keep.addClassName("demo-keep");
        keep.setHelperText(getTranslation("demo.keep.help"));
        keep.addValueChangeListener(change -> keepAgreed = Boolean.TRUE.equals(change.getValue()));
        return keep;
    }

    private Div configureUpload() {
        Upload upload = new Upload(new BoundedUpload());
        upload.setId("demo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(images.maxUploadBytes());
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("demo.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("demo.upload.button")));
        String tooLarge = getTranslation("demo.error.toolarge", images.maxUploadMegabytes());
        String notImage = getTranslation("demo.error.notimage");
        String oneFile = getTranslation("demo.error.onefile");
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(notImage)
                        .setTooManyFiles(oneFile)));
        // The browser reports which of the three checks refused the file, as the text set above; only those
        // known texts are shown (never what a client sends).
        upload.addFileRejectedListener(rejected -> showError(
                List.of(notImage, oneFile).contains(rejected.getErrorMessage())
                        ? rejected.getErrorMessage()
                        : tooLarge));
        Div section = new Div(new H3(getTranslation("demo.upload", images.maxUploadMegabytes())), upload);
        section.addClassName("demo-section");
        return section;
    }

    private Div configureTextInput(
            String labelKey,
            String placeholderKey,
            java.util.function.Function<String, DemoOutcome> run,
            java.util.function.Function<String, KeptInputs.Raw> raw) {
        TextArea input = new TextArea(getTranslation(labelKey));
        input.setId("demo-input");
        input.setPlaceholder(getTranslation(placeholderKey));
        input.setWidthFull();
        input.setMinHeight("8rem");
        Button submit = new Button(getTranslation("demo.run"), click -> {
            String text = input.getValue();
            presetSample = null;
            runInBackground(() -> run.apply(text), () -> raw.apply(text));
        });
        submit.setId("demo-run");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div section = new Div(input, submit);
        section.addClassName("demo-section");
        return section;
    }

    private void recognize(String dataUrl) {
        if (dataUrl == null || dataUrl.isEmpty()) {
            showError(getTranslation("demo.draw.empty"));
            return;
        }
        presetSample = null;
        runInBackground(() -> demos.runDrawing(loaded, visitor, dataUrl), () -> {
            try {
                return new KeptInputs.Raw(DataUrls.png(dataUrl, images.maxUploadBytes()), "image/png");
            } catch (DemoInputException e) {
                throw new IllegalArgumentException("drawing not readable", e);
            }
        });
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
            DemoOutcome outcome = demos.runUpload(loaded, visitor, bytes);
            keptInputs.keepIfAgreed(keepAgreed, loaded, outcome, () -> KeptInputs.Raw.image(bytes));
            ui.access(() -> {
                presetSample = null;
                show(outcome);
            });
        }

        @Override
        public long getFileSizeMax() {
            return images.maxUploadBytes();
        }
    }

    /**
     * Runs the model off the UI thread and shows, meanwhile, how many requests are ahead and the
     * expected wait; the result arrives by server push.
     */
    private void runInBackground(
            java.util.function.Supplier<DemoOutcome> run, java.util.function.Supplier<KeptInputs.Raw> ownInput) {
        boolean keep = ownInput != null && keepAgreed;
        UI ui = UI.getCurrent();
        DemoService.Pending pending = demos.pending(loaded);
        result.removeAll();
        result.getElement().removeAttribute("data-top-class");
        Span progress = new Span(
                pending.ahead() == 0
                        ? getTranslation("demo.running")
                        : getTranslation("demo.queued", pending.ahead(), pending.estimatedWaitMs()));
        progress.setId("demo-progress");
        progress.addClassName("demo-progress");
        result.add(progress);
        demos.submit(run)
                .thenApply(outcome -> {
                    // On the run's thread, so the UI never waits for the database.
                    keptInputs.keepIfAgreed(keep, loaded, outcome, ownInput);
                    return outcome;
                })
                .thenAccept(outcome -> ui.access(() -> show(outcome)));
    }

    private void show(DemoOutcome outcome) {
        result.removeAll();
        result.getElement().removeAttribute("data-top-class");
        result.getElement().removeAttribute("data-flagged");
        if (!outcome.succeeded()) {
            showError(DemoResults.message(outcome, getLocale()));
            return;
        }
        switch (outcome.result()) {
            case DemoResult.Classification classification -> {
                result.getElement()
                        .setAttribute("data-top-class", classification.top().key());
                result.add(new ClassificationBars(classification, getLocale()));
            }
            case DemoResult.Forecast forecast -> result.add(new ForecastChart(forecast, outcome.band(), getLocale()));
            case DemoResult.RiskSignal signal -> result.add(new RiskSignalView(signal, getLocale()));
            case DemoResult.Anomalies anomalies -> {
                result.getElement().setAttribute("data-flagged", String.valueOf(anomalies.flaggedCount()));
                result.add(new AnomalyChart(anomalies, getLocale()));
            }
        }
        Paragraph latency =
                new Paragraph(getTranslation("demo.result.latency", outcome.computeMs(), outcome.queueMs()));
        latency.addClassName("demo-latency");
        result.add(latency);
        if (presetSample != null) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                    "cases/" + loaded.caseId() + "?sample="
                            + java.net.URLEncoder.encode(presetSample, java.nio.charset.StandardCharsets.UTF_8),
                    getTranslation("demo.link"));
            link.setId("demo-link");
            if (linksInNewTab) {
                link.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener");
            }
            link.addClassName("demo-link");
            result.add(link);
        }
        showModelView(outcome);
        offerExplanation(outcome);
        refreshStats();
    }

    /** For image cases: the picture as the model received it (resized, normalised), enlarged. */
    private void showModelView(DemoOutcome outcome) {
        demos.modelView(loaded, outcome.input()).ifPresent(picture -> {
            Image seen = new Image(ExplanationView.dataUrl(picture), getTranslation("demo.modelview.alt"));
            seen.setId("demo-model-view");
            seen.addClassName("model-view");
            Div figure =
                    new Div(seen, new Span(getTranslation("demo.modelview", picture.getWidth(), picture.getHeight())));
            figure.addClassName("model-view-figure");
            result.add(figure);
        });
    }

    /** A "Why?" button under a classification of an image or a message: occlusion through the pool. */
    private void offerExplanation(DemoOutcome outcome) {
        if (!(outcome.result() instanceof DemoResult.Classification classification)
                || !(outcome.input() instanceof DemoInput.Image || outcome.input() instanceof DemoInput.Text)) {
            return;
        }
        String label = Languages.pick(classification.top().label());
        Div explanation = new Div();
        Button why = new Button(getTranslation("demo.explain"));
        why.setId("demo-explain");
        why.addClickListener(click -> {
            why.setEnabled(false);
            UI ui = UI.getCurrent();
            explanation.removeAll();
            explanation.add(new Span(getTranslation("demo.explain.running")));
            demos.submitExplanation(() -> demos.explain(loaded, visitor, outcome.input()))
                    .thenAccept(explained -> ui.access(() -> {
                        explanation.removeAll();
                        if (explained.explanation() != null) {
                            java.awt.image.BufferedImage picture =
                                    outcome.input() instanceof DemoInput.Image image ? image.image() : null;
                            explanation.add(new ExplanationView(
                                    explained.explanation(), picture, label, caseKey("demo.explain.words.legend")));
                        } else {
                            explanation.add(new Span(getTranslation(explained.messageKey(), explained.messageArgs())));
                        }
                    }));
        });
        result.add(why, explanation);
    }

    private void showError(String message) {
        result.removeAll();
        Div error = new Div(new Span(message));
        error.setId("demo-error");
        error.addClassName("demo-error");
        error.getElement().setAttribute("role", "alert");
        result.add(error);
    }

    private Div section(String titleKey, Div content) {
        Div section = new Div(new H3(getTranslation(titleKey)), content);
        section.addClassName("demo-section");
        return section;
    }

    private void refreshStats() {
        DemoStats current = demos.stats(loaded.caseId());
        stats.setText(
                current.runs() == 0
                        ? getTranslation("demo.stats.none")
                        : getTranslation("demo.stats", current.runs(), current.medianComputeMs()));
    }
}
