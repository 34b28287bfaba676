package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The services a live demo on a page talks to, so that views hand over one thing: pages ask it for a case's
 * {@link DemoPanel} (and {@link BatchPanel} where the case takes batches).
 *
 * @param runs         runs the demos
 * @param explanations explains their results
 * @param kept         keeps a visitor's input when they agree
 * @param images       the upload limits
 * @param batches      runs batches of posts
 */
@Component
public record LiveDemos(
        DemoService runs,
        DemoExplanations explanations,
        KeptInputs kept,
        ImageDecoder images,
        BatchDemoService batches) {

    /** The live case with this id, if its model is loaded. */
    public Optional<LoadedCase> liveCase(String caseId) {
        return runs.liveCase(caseId);
    }

    /** The case's demo: samples, the visitor's own input, the result and its explanation. */
    public DemoPanel panel(LoadedCase loaded) {
        return new DemoPanel(loaded, this);
    }

    /** For a text case that also takes a batch of posts (plugin-api 1.3.0), its batch panel. */
    public Optional<BatchPanel> batchPanel(LoadedCase loaded) {
        return BatchDemoService.batchOf(loaded).map(batch -> new BatchPanel(loaded, batch, batches, runs));
    }
}
