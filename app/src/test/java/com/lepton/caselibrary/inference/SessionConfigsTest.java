package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.tensorflow.engine.javacpp.JavacppUtils;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tensorflow.proto.ConfigProto;

class SessionConfigsTest {

    @Test
    void servedModelsRunWithoutTheGraphOptimiserAndKeepDjlsThreadSettings() throws Exception {
        ConfigProto config = ConfigProto.parseFrom(Base64.getDecoder().decode(SessionConfigs.withoutGraphOptimizer()));

        assertThat(config.getGraphOptions().getRewriteOptions().getDisableMetaOptimizer())
                .isTrue();
        ConfigProto djl = JavacppUtils.getSessionConfig();
        assertThat(config.getInterOpParallelismThreads()).isEqualTo(djl.getInterOpParallelismThreads());
        assertThat(config.getIntraOpParallelismThreads()).isEqualTo(djl.getIntraOpParallelismThreads());
    }

    @Test
    void theOptimiserIsOffUnlessSwitchedOn() {
        assertThat(bind(Map.of()).graphOptimizer()).isFalse();
        assertThat(bind(Map.of("lepton.inference.graph-optimizer", "true")).graphOptimizer())
                .isTrue();
    }

    private static InferenceProperties bind(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("lepton.inference.models-directory", "models");
        return new Binder(new MapConfigurationPropertySource(all))
                .bind("lepton.inference", InferenceProperties.class)
                .get();
    }
}
