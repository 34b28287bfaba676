package com.lepton.caselibrary.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An optional base for a {@link CaseStudyPlugin}: the subclass hands its descriptor, model, demo,
 * adapter and trainer to the constructor and says nothing else.
 *
 * <pre>{@code
 * @Extension
 * public final class PenguinCase extends CaseStudy {
 *     public PenguinCase() {
 *         super(DESCRIPTOR, MODEL, DEMO, new MeasurementsAdapter(), PenguinTrainer::new);
 *     }
 * }
 * }</pre>
 *
 * <p>The host creates the extension with its public no-argument constructor, so keep the parts in
 * static constants or create them there; create nothing heavy (TensorFlow is for the trainer). A plugin
 * that extends this class needs plugin-api 1.4.0 ({@code Plugin-Requires: >=1.4.0}); implementing
 * {@link CaseStudyPlugin} directly works with every 1.x portal.
 *
 * @since 1.4.0
 */
public abstract class CaseStudy implements CaseStudyPlugin {

    private final CaseDescriptor descriptor;
    private final ModelDefinition model;
    private final DemoDescription demo;
    private final DataAdapter adapter;
    private final Supplier<? extends ModelTrainer> trainer;

    /**
     * A case whose model can be retrained by the host's training command.
     *
     * @param trainer makes a new trainer each time the host asks; {@code null} when the case has none
     */
    protected CaseStudy(
            CaseDescriptor descriptor,
            ModelDefinition model,
            DemoDescription demo,
            DataAdapter adapter,
            Supplier<? extends ModelTrainer> trainer) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.model = Objects.requireNonNull(model, "model");
        this.demo = Objects.requireNonNull(demo, "demo");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
        this.trainer = trainer;
    }

    /** A case without a trainer: only the shipped model. */
    protected CaseStudy(CaseDescriptor descriptor, ModelDefinition model, DemoDescription demo, DataAdapter adapter) {
        this(descriptor, model, demo, adapter, null);
    }

    @Override
    public final CaseDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final ModelDefinition model() {
        return model;
    }

    @Override
    public final DataAdapter adapter() {
        return adapter;
    }

    @Override
    public final DemoDescription demo() {
        return demo;
    }

    @Override
    public final Optional<ModelTrainer> trainer() {
        return trainer == null ? Optional.empty() : Optional.of(trainer.get());
    }
}
