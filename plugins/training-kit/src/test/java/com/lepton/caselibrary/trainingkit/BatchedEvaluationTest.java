package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchedEvaluationTest {

    /** Example i holds the values i and -i; its label is i % 3. */
    private static final class Pairs implements LabelledExamples {

        private final int count;

        Pairs(int count) {
            this.count = count;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public int label(int index) {
            return index % 3;
        }

        @Override
        public int length() {
            return 2;
        }

        @Override
        public void copy(int index, float[] target, int offset) {
            target[offset] = index;
            target[offset + 1] = -index;
        }
    }

    @Test
    void predictsEveryExampleOnceInBatchesAndScoresThemInOrder() {
        // The "classifier" predicts class 0 for every fifth example and the true class otherwise.
        int count = 2 * BatchedEvaluation.BATCH + 7;
        List<Integer> batchSizes = new ArrayList<>();
        Evaluation evaluation = BatchedEvaluation.of(
                (examples, size) -> {
                    batchSizes.add(size);
                    float[] probabilities = new float[size * 3];
                    for (int i = 0; i < size; i++) {
                        int index = (int) examples[i * 2];
                        assertThat(examples[i * 2 + 1]).isEqualTo(-index);
                        probabilities[i * 3 + (index % 5 == 0 ? 0 : index % 3)] = 1;
                    }
                    return probabilities;
                },
                new Pairs(count),
                3);

        assertThat(batchSizes).containsExactly(BatchedEvaluation.BATCH, BatchedEvaluation.BATCH, 7);
        int wrong = 0;
        for (int i = 0; i < count; i++) {
            wrong += i % 5 == 0 && i % 3 != 0 ? 1 : 0;
        }
        assertThat(evaluation.accuracy()).isEqualTo((double) (count - wrong) / count);
    }
}
