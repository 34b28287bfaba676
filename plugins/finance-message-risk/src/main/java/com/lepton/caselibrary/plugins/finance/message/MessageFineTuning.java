package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.trainingkit.ClassifierFineTuning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Fine-tuning of the text CNN on a client's labelled messages (a CSV of text and label, read by the host): the
 * shipped vocabulary and embedding size stay, so the tuned model reads messages exactly as the shipped one and
 * the case's adapter serves it; all weights train with Adam, with the training's dropout. The rest is {@link ClassifierFineTuning}.
 */
final class MessageFineTuning extends ClassifierFineTuning<int[]> {

    /**
     * Above the from-scratch rate: on the reviews inbox of the test (5 epochs, 320 messages) 1e-4 and 3.3e-4 left
     * held-out accuracy at 0.825 (from 0.8125), 1.5e-3 reached 0.975. The shipped embedding knows no review words,
     * so they must move far; the best epoch on the client's validation tenth guards against overshooting.
     */
    static final float LEARNING_RATE = 1.5e-3f;

    private final Vocabulary vocabulary;

    MessageFineTuning(Vocabulary vocabulary) {
        super(MessageClass.keys());
        this.vocabulary = vocabulary;
    }

    /** The fine-tuning of the shipped model, over the vocabulary in the plugin jar. */
    static MessageFineTuning create() {
        return new MessageFineTuning(MessageTextAdapter.shippedVocabulary());
    }

    @Override
    public int defaultEpochs() {
        return 5;
    }

    @Override
    protected int[] encode(DemoInput input) {
        if (!(input instanceof DemoInput.Text(String text))) {
            throw new IllegalArgumentException("an example is not a text message");
        }
        // Unlike a demo run, a message in another script is not refused: training may learn its unknown words.
        return vocabulary.encode(MessageTextAdapter.tokens(text), TextCnn.MAX_TOKENS);
    }

    @Override
    protected List<float[]> shippedParameters(Path shippedModel) {
        return TextCnn.parameters(vocabulary.size()).read(shippedModel);
    }

    @Override
    protected int batchSize() {
        return MessageRiskTrainer.BATCH_SIZE;
    }

    @Override
    protected void writeBeside(Path directory) throws IOException {
        vocabulary.write(directory.resolve(MessageRiskCase.VOCABULARY_FILE));
    }

    @Override
    protected Training<int[]> training(List<float[]> parameters, int threads, Random random) {
        TextCnn.Training network = new TextCnn.Training(vocabulary.size(), parameters, LEARNING_RATE, threads);
        return new Training<>() {
            @Override
            public double step(List<int[]> inputs, int[] labels) {
                float keep = 1f - TextCnn.DROPOUT;
                float[] keepMask = new float[inputs.size() * TextCnn.FEATURES];
                for (int i = 0; i < keepMask.length; i++) {
                    keepMask[i] = random.nextFloat() < keep ? 1f / keep : 0f;
                }
                return network.step(tokens(inputs), labels, keepMask, inputs.size());
            }

            @Override
            public float[] predict(List<int[]> inputs) {
                return network.predict(tokens(inputs), inputs.size());
            }

            @Override
            public List<float[]> snapshot() {
                return network.snapshot();
            }

            @Override
            public void close() {
                network.close();
            }
        };
    }

    @Override
    protected Serving<int[]> serving(List<float[]> parameters, int threads) {
        TextCnn.Serving network = new TextCnn.Serving(vocabulary.size(), parameters, threads);
        return new Serving<>() {
            @Override
            public float[] predict(List<int[]> inputs) {
                return network.predict(tokens(inputs), inputs.size());
            }

            @Override
            public void export(Path directory) throws IOException {
                network.export(directory);
            }

            @Override
            public void close() {
                network.close();
            }
        };
    }

    /** The batch's token ids one message after the other, as the graph reads them. */
    private static int[] tokens(List<int[]> inputs) {
        int[] tokens = new int[inputs.size() * TextCnn.MAX_TOKENS];
        for (int i = 0; i < inputs.size(); i++) {
            System.arraycopy(inputs.get(i), 0, tokens, i * TextCnn.MAX_TOKENS, TextCnn.MAX_TOKENS);
        }
        return tokens;
    }
}
