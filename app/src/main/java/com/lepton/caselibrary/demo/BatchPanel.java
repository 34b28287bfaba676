package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.BatchDemo;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.PostBatch;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;

/**
 * The batch half of a text demo (plugin-api 1.3.0): the visitor pastes posts one per line, oldest
 * first, or picks a shipped batch, and sees the risk signal. Runs off the UI thread like the demo.
 */
public class BatchPanel extends Div {

    private final LoadedCase loaded;
    private final BatchDemo batch;
    private final BatchDemoService batches;
    private final DemoService demos;
    private final Requester visitor;
    private final Div result = new Div();

    public BatchPanel(LoadedCase loaded, BatchDemo batch, BatchDemoService batches, DemoService demos) {
        this.loaded = loaded;
        this.batch = batch;
        this.batches = batches;
        this.demos = demos;
        this.visitor = demos.currentVisitor();
        setId("batch-demo");
        addClassName("demo-panel");
        addClassName("batch-panel");
        result.setId("batch-result");
        result.addClassName("demo-result");
        result.getElement().setAttribute("aria-live", "polite");
        Paragraph intro = new Paragraph(getTranslation(
                "batch.intro", PostBatch.MAX_POSTS, PostBatch.MAX_POST_CHARS, PostBatch.MAX_TOTAL_CHARS));
        intro.addClassName("batch-intro");
        add(new H2(getTranslation("batch.title")), intro, configureSamples(), configureInput(), result);
    }

    private Div configureSamples() {
        Div gallery = new Div();
        gallery.addClassName("sample-gallery");
        for (DemoSample sample : batch.samples()) {
            Button button = new Button(Languages.pick(sample.label()));
            button.setId("batch-sample-" + sample.id());
            button.addClassName("sample-button");
            button.addClickListener(click -> runPreset(sample.id()));
            gallery.add(button);
        }
        return new DemoSection(new H3(getTranslation("batch.samples")), gallery);
    }

    private Div configureInput() {
        TextArea input = new TextArea(getTranslation("batch.input"));
        input.setId("batch-input");
        input.setPlaceholder(getTranslation("batch.input.placeholder"));
        Button run = new Button(getTranslation("batch.run"), click -> {
            String text = input.getValue();
            runInBackground(() -> batches.run(loaded, visitor, text));
        });
        run.setId("batch-run");
        return DemoSection.typed(input, "10rem", run);
    }

    /** Whether {@code sampleId} names one of the shipped batches. */
    public boolean hasSample(String sampleId) {
        return batch.samples().stream().anyMatch(sample -> sample.id().equals(sampleId));
    }

    /** Runs a shipped batch ({@code /cases/ID?sample=BATCH} too). */
    public void runPreset(String sampleId) {
        runInBackground(() -> batches.runSample(loaded, visitor, sampleId));
    }

    private void runInBackground(Supplier<DemoOutcome> run) {
        UI ui = UI.getCurrent();
        result.removeAll();
        Span progress = new Span(getTranslation("demo.running"));
        progress.setId("batch-progress");
        result.add(progress);
        demos.submit(run).thenAccept(outcome -> ui.access(() -> show(outcome)));
    }

    private void show(DemoOutcome outcome) {
        result.removeAll();
        if (!outcome.succeeded()) {
            Div error = new Div(new Span(DemoResults.message(outcome, getLocale())));
            error.setId("batch-error");
            error.addClassName("demo-error");
            error.getElement().setAttribute("role", "alert");
            result.add(error);
            return;
        }
        result.add(DemoResults.view(outcome, getLocale()));
        Paragraph latency =
                new Paragraph(getTranslation("demo.result.latency", outcome.computeMs(), outcome.queueMs()));
        latency.addClassName("demo-latency");
        result.add(latency);
    }
}
