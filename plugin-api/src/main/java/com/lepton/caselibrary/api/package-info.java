/**
 * The contract between the Lepton Case Library portal and a case-study plugin.
 *
 * <p>A plugin contributes one or more {@link com.lepton.caselibrary.api.CaseStudyPlugin}
 * extensions. Each describes its case ({@link com.lepton.caselibrary.api.CaseDescriptor}), the
 * model it ships ({@link com.lepton.caselibrary.api.ModelDefinition}), how raw demo input
 * becomes tensors and tensors become a result ({@link com.lepton.caselibrary.api.DataAdapter}),
 * what its demo accepts ({@link com.lepton.caselibrary.api.DemoDescription}) and, optionally,
 * how its model is trained ({@link com.lepton.caselibrary.api.ModelTrainer}). Extending
 * {@link com.lepton.caselibrary.api.CaseStudy} (since 1.4.0) saves writing the accessors. A case may offer
 * {@link com.lepton.caselibrary.api.FineTuning} (since 1.5.0): the host retrains its shipped model on a
 * client's labelled examples. A series demo of fixed length may name its values
 * ({@link com.lepton.caselibrary.api.SeriesField}, since 1.6.0), so that the host can label and explain them. A
 * forecasting case may offer {@link com.lepton.caselibrary.api.SeriesFineTuning} (since 1.7.0): the host retrains its
 * shipped model on a client's own series. A case may name its model card's classes in both languages
 * ({@link com.lepton.caselibrary.api.CaseStudyPlugin#classNames()}, since 1.8.0) where its results do not.
 *
 * <p>Plugins never start threads, load models or touch the database: the host does. This
 * package follows Semantic Versioning as {@link com.lepton.caselibrary.api.PluginApi#VERSION};
 * plugins state the range they need in their manifest's {@code Plugin-Requires}.
 */
package com.lepton.caselibrary.api;
