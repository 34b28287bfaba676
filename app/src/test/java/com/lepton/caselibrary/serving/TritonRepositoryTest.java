package com.lepton.caselibrary.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.inference.InferenceProperties;
import com.lepton.caselibrary.inference.ModelSignature;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TritonRepositoryTest {

    @Test
    void theConfigurationNamesTheSignatureWithoutTheBatchDimensionAndBatchesDynamically() {
        ModelSignature signature = new ModelSignature(
                List.of(new ModelSignature.Tensor("tokens", "INT32", new long[] {-1, 200})),
                List.of(new ModelSignature.Tensor("probabilities", "FP32", new long[] {-1, 2})));
        String config = TritonRepository.config(
                "finance-message-risk",
                "1.0.0",
                signature,
                new InferenceProperties.BatchSettings(2, 32, Duration.ofMillis(2), 256, Duration.ofSeconds(10)));
        assertThat(config).isEqualTo("""
                # finance-message-risk model version 1.0.0, exported by the Lepton Case Library
                name: "finance-message-risk"
                platform: "tensorflow_savedmodel"
                max_batch_size: 32
                input [
                  {
                    name: "tokens"
                    data_type: TYPE_INT32
                    dims: [ 200 ]
                  }
                ]
                output [
                  {
                    name: "probabilities"
                    data_type: TYPE_FP32
                    dims: [ 2 ]
                  }
                ]
                dynamic_batching {
                  max_queue_delay_microseconds: 2000
                }
                instance_group [
                  {
                    count: 2
                    kind: KIND_AUTO
                  }
                ]
                """);
    }
}
