package com.lepton.caselibrary.api;

import java.util.List;
import java.util.Map;
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
     * The name of each class of the model card ({@code classLabels}) in both languages, by class key, for the host
     * to label the rows and columns of the card's confusion matrix, and of a fine-tuning's before/after matrices, in
     * the reader's language. Give it where the adapter's classification cannot name the classes on its own: an anomaly
     * detector whose card counts normal and anomalous examples but whose result is a series or a warning, or an
     * adapter that writes its decision into a class's label. Where a key is missing, the host names that class as
     * the adapter's classification of an even output does, and shows the key itself when it cannot. Empty by default.
     * A case may name the other classes or groups its card's metrics are measured on as well (the last part of a
     * metric key, e.g. {@code coat} of {@code auroc.coat}), which the host shows in the metric's name; a host that
     * does not use them ignores them.
     *
     * @return class key to its name in Chinese and English; the keys are the card's {@code classLabels}, and
     *     optionally those other classes or groups
     * @since 1.8.0
     */
    default Map<String, LocalizedText> classNames() {
        return Map.of();
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
