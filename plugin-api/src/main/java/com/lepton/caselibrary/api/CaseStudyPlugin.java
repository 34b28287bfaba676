package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * The extension point a case plugin implements, once per case it brings.
 *
 * <p>Annotate the implementation with {@code @org.pf4j.Extension}. The host reads the
 * descriptor for its catalog, loads the model named by {@link #model()} into the shared
 * inference pool, and routes demo runs through {@link #adapter()}.
 */
public interface CaseStudyPlugin extends ExtensionPoint {

    /** The case's catalog entry. */
    CaseDescriptor descriptor();

    /** The trained model the plugin ships. */
    ModelDefinition model();

    /** Converts demo input to tensors and tensors to a result. */
    DataAdapter adapter();

    /** What the demo accepts, with shipped samples. */
    DemoDescription demo();

    /** How to retrain the model from its data set, if the plugin supports it. */
    default Optional<ModelTrainer> trainer() {
        return Optional.empty();
    }

    /**
     * Fine-tuning of the shipped model on a client's labelled data (since plugin-api 1.5.0); a case that does
     * not offer it answers empty, the default.
     */
    default Optional<FineTuning> fineTuning() {
        return Optional.empty();
    }

    /**
     * Fine-tuning of a forecasting case's shipped model on a client's own series (since plugin-api 1.7.0); a case
     * that does not offer it answers empty, the default.
     */
    default Optional<SeriesFineTuning> seriesFineTuning() {
        return Optional.empty();
    }

    /**
     * The solutions this plugin contributes (since plugin-api 1.3.0): ids whose write-ups it bundles
     * as {@code solutions/ID.zh.md} and {@code solutions/ID.en.md}, in the same front-matter format
     * as the portal's own solutions ({@code case-studies/solutions/README.md}). None by default.
     */
    default List<String> solutions() {
        return List.of();
    }
}
