package com.lepton.caselibrary.inference;

import ai.djl.tensorflow.engine.javacpp.JavacppUtils;
import java.util.Base64;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.RewriterConfig;

/**
 * The TensorFlow session settings of served models. Grappler, TensorFlow's graph optimiser, rewrites a graph on its
 * first run. The bundled recurrent models are unrolled over their time steps (the review LSTM over 120 words), so
 * that first run took about 1–1.3 s for the review LSTM and 0.7–0.8 s for the sensor RNN on 2 cores, and several
 * times that while other models loaded beside it: the last model ready at every start. Without Grappler the first
 * runs took under 0.1 s, and the forward passes after them were as fast within noise (the sensor RNN's about
 * twice as fast): {@code app/bench/GraphOptimizerBench.java}, docs/benchmarks.md. So served models run their graphs
 * as exported, unless {@code lepton.inference.graph-optimizer=true}.
 */
final class SessionConfigs {

    /** DJL's model option that carries a serialised {@link ConfigProto}, Base64-encoded. */
    static final String OPTION = "ConfigProto";

    private SessionConfigs() {}

    /** DJL's own session settings (its thread pools, from the system properties) with Grappler switched off. */
    static String withoutGraphOptimizer() {
        ConfigProto base = JavacppUtils.getSessionConfig();
        ConfigProto config = base.toBuilder()
                .setGraphOptions(base.getGraphOptions().toBuilder()
                        .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(true)))
                .build();
        return Base64.getEncoder().encodeToString(config.toByteArray());
    }
}
