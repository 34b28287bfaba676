package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.trainingkit.EpochLoop;
import java.util.List;
import java.util.Random;

/** The text CNN as {@link EpochLoop} drives it; the dropout masks draw from the loop's generator. */
record TextCnnNetwork(TextCnn.Training network, PreparedCorpus corpus, int[] validation, Random random)
        implements EpochLoop.Network {

    @Override
    public double step(int[] batch) {
        int[] tokens = new int[MessageRiskTrainer.BATCH_SIZE * TextCnn.MAX_TOKENS];
        int[] labels = new int[MessageRiskTrainer.BATCH_SIZE];
        float[] keepMask = new float[MessageRiskTrainer.BATCH_SIZE * TextCnn.FEATURES];
        float keep = 1f - TextCnn.DROPOUT;
        for (int i = 0; i < batch.length; i++) {
            System.arraycopy(corpus.encoded()[batch[i]], 0, tokens, i * TextCnn.MAX_TOKENS, TextCnn.MAX_TOKENS);
            labels[i] = corpus.labels()[batch[i]];
        }
        for (int i = 0; i < batch.length * TextCnn.FEATURES; i++) {
            keepMask[i] = random.nextFloat() < keep ? 1f / keep : 0f;
        }
        return network.step(tokens, labels, keepMask, batch.length);
    }

    @Override
    public double validate() {
        return MessageRiskTrainer.evaluate(network::predict, corpus, validation).f1(MessageClass.SPAM.ordinal());
    }

    @Override
    public List<float[]> snapshot() {
        return network.snapshot();
    }
}
