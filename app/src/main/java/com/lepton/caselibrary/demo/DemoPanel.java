package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A case's live demo. Its parts only show things and fire events ({@link SampleGallery}, {@link OwnInput},
 * {@link ExplanationPanel}); this panel answers them through the services ({@link LiveDemos}) and shows the
 * outcome in the {@link ResultView}. Runs happen off the UI thread; results arrive by server push.
 */
public class DemoPanel extends Div {

    private final LoadedCase loaded;
    private final LiveDemos services;
    private final Requester visitor;
    private final OwnInput ownInput;
    private final ResultView result = new ResultView();
    private final Paragraph stats = new Paragraph();
    /** In an iframe on another site ({@code /embed}): links open the portal in a new tab, not in the frame. */
    private boolean linksInNewTab;
    /** The shipped sample of the last run, for the link to this demo with its input preset; null for own input. */
    private String presetSample;

    DemoPanel(LoadedCase loaded, LiveDemos services) {
        this.loaded = loaded;
        this.services = services;
        this.visitor = services.runs().currentVisitor();
        ImageDecoder images = services.images();
        SampleGallery samples = new SampleGallery(loaded);
        samples.addSampleChosenListener(chosen -> runSample(chosen.value()));
        ownInput = new OwnInput(loaded, images.maxUploadBytes(), images.maxUploadMegabytes());
        ownInput.addEnteredListener(entered -> runOwn(entered.value()));
        ownInput.addRejectedListener(rejected -> result.showError(rejected.value()));
        setId("demo");
        addClassName("demo-panel");
        stats.addClassName("demo-stats");
        add(new H2(getTranslation("demo.title")), stats, samples, ownInput, result);
        refreshStats();
    }

    /** For the embeddable demo: links open the portal in a new tab instead of inside the frame. */
    public void openLinksInNewTab() {
        linksInNewTab = true;
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
            result.showError(getTranslation("demo.error.nosample", sampleId));
        }
    }

    private void runSample(String sampleId) {
        presetSample = sampleId;
        runInBackground(() -> services.runs().runSample(loaded, visitor, sampleId), null);
    }

    private void runOwn(OwnInput.Entry entry) {
        presetSample = null;
        DemoService runs = services.runs();
        switch (entry) {
            case OwnInput.Entry.Text text ->
                runInBackground(
                        () -> runs.runText(loaded, visitor, text.text()), () -> KeptInputs.Raw.text(text.text()));
            case OwnInput.Entry.Series series ->
                runInBackground(
                        () -> runs.runSeries(loaded, visitor, series.csv()), () -> KeptInputs.Raw.series(series.csv()));
            case OwnInput.Entry.Upload upload ->
                runInBackground(
                        () -> runs.runUpload(loaded, visitor, upload.bytes()),
                        () -> KeptInputs.Raw.image(upload.bytes()));
            case OwnInput.Entry.Drawing drawing ->
                runInBackground(() -> runs.runDrawing(loaded, visitor, drawing.dataUrl()), () -> drawn(drawing));
        }
    }

    private KeptInputs.Raw drawn(OwnInput.Entry.Drawing drawing) {
        try {
            return new KeptInputs.Raw(
                    DataUrls.png(drawing.dataUrl(), services.images().maxUploadBytes()), "image/png");
        } catch (DemoInputException e) {
            throw new IllegalArgumentException("drawing not readable", e);
        }
    }

    /** Runs the model off the UI thread, showing meanwhile the queue ahead; keeps own input only when agreed. */
    private void runInBackground(Supplier<DemoOutcome> run, Supplier<KeptInputs.Raw> own) {
        boolean keep = own != null && ownInput.keepAgreed();
        UI ui = UI.getCurrent();
        result.showProgress(services.runs().pending(loaded));
        services.runs()
                .submit(run)
                .thenApply(outcome -> {
                    // On the run's thread, so the UI never waits for the database.
                    services.kept().keepIfAgreed(keep, loaded, outcome, own);
                    return outcome;
                })
                .thenAccept(outcome -> ui.access(() -> show(outcome)));
    }

    private void show(DemoOutcome outcome) {
        switch (outcome) {
            case DemoOutcome.Refused refused -> result.showRefusal(refused.refusal());
            case DemoOutcome.Success success -> {
                result.showResult(success);
                if (presetSample != null) {
                    result.showLink(
                            "cases/" + loaded.caseId() + "?sample="
                                    + URLEncoder.encode(presetSample, StandardCharsets.UTF_8),
                            linksInNewTab);
                }
                services.explanations().modelView(loaded, success.input()).ifPresent(result::showModelView);
                offerExplanation(success);
                refreshStats();
            }
        }
    }

    /**
     * Under a classification of an image, a message or named measurements: the "Why?" panel, answered by occlusion
     * through the pool.
     */
    private void offerExplanation(DemoOutcome.Success outcome) {
        DemoInput input = outcome.input();
        boolean namedMeasurements = input instanceof DemoInput.Series
                && !loaded.plugin().demo().seriesFields().isEmpty();
        if (!(outcome.result() instanceof DemoResult.Classification classification)
                || !(input instanceof DemoInput.Image || input instanceof DemoInput.Text || namedMeasurements)) {
            return;
        }
        ExplanationPanel why = new ExplanationPanel(
                Languages.pick(classification.top().label()),
                input instanceof DemoInput.Image image ? image.image() : null,
                CaseKeys.of("demo.explain.words.legend", loaded.caseId()));
        why.addExplainRequestedListener(asked -> {
            UI ui = UI.getCurrent();
            DemoExplanations explanations = services.explanations();
            explanations
                    .submit(() -> explanations.explain(loaded, visitor, input))
                    .thenAccept(explained -> ui.access(() -> why.show(explained)));
        });
        result.append(why);
    }

    private void refreshStats() {
        DemoStats current = services.runs().stats(loaded.caseId());
        stats.setText(
                current.runs() == 0
                        ? getTranslation("demo.stats.none")
                        : getTranslation("demo.stats", current.runs(), current.medianComputeMs()));
    }
}
