package com.lepton.caselibrary.plugins.healthcare;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a visitor's beat into what the CNN was trained on, and its four probabilities into a
 * ranked answer.
 *
 * <p>Input: one beat window, the samples of about one second of a single ECG lead with the R peak
 * in the middle, oldest first, in any unit. A window of 100 to 1,000 samples is resampled to 250
 * by linear interpolation (so a 1 s window recorded at 100–1,000 Hz matches the training data's
 * 250 Hz) and scaled to zero mean and unit standard deviation, as every training window was. One
 * example is a float32 tensor of shape {@code (250, 1, 1)}, without the batch dimension. Nothing
 * is filtered: the network learnt to cope with the generator's noise and baseline wander.
 *
 * <p>The model only knows synthetic beats; the result is a demonstration, not a diagnosis.
 * Stateless and thread-safe, as the host requires.
 */
public final class BeatWindowAdapter implements DataAdapter {

    /** Fewest samples accepted. */
    public static final int MIN_SAMPLES = 100;
    /** Most samples accepted. */
    public static final int MAX_SAMPLES = 1_000;

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Series series)) {
            throw new InvalidInputException(
                    LocalizedText.of(
                            "此演示需要一个心搏窗口：约 1 秒单导联心电采样值，每行一个数字，R 波位于中间。",
                            "This demo needs one beat window: about 1 s of single-lead ECG samples, one number per line, R peak in the middle."));
        }
        float[] window = modelInput(series.values());
        // One example without the batch dimension: the host stacks examples into a batch.
        NDArray tensor = manager.create(window, new Shape(BeatGenerator.WINDOW, 1, 1));
        return new NDList(tensor);
    }

    @Override
    public DemoResult toResult(NDList output) {
        return classify(output.get(0).toFloatArray());
    }

    /**
     * The 250 values the model reads for a window: resampled and z-normalised.
     *
     * @throws InvalidInputException when the window is shorter than 100 or longer than 1,000
     *                               samples, or flat
     */
    public static float[] modelInput(double[] samples) throws InvalidInputException {
        if (samples.length < MIN_SAMPLES || samples.length > MAX_SAMPLES) {
            throw new InvalidInputException(LocalizedText.of(
                    "心搏窗口需要 " + MIN_SAMPLES + " 到 " + MAX_SAMPLES + " 个采样值（约 1 秒，R 波居中），当前为 " + samples.length + " 个。",
                    "A beat window needs " + MIN_SAMPLES + " to " + MAX_SAMPLES
                            + " samples (about 1 s, R peak in the middle); got " + samples.length + "."));
        }
        double[] resampled = Signals.resample(samples, BeatGenerator.WINDOW);
        double scale = 1;
        for (double v : resampled) {
            scale = Math.max(scale, Math.abs(v));
        }
        if (Signals.std(resampled) <= 1e-6 * scale) {
            throw new InvalidInputException(LocalizedText.of(
                    "信号是一条直线（没有变化），其中没有可分类的心搏。",
                    "The signal is flat (it does not change), so there is no beat to classify."));
        }
        return Signals.zNormalise(resampled);
    }

    /** The model's four probabilities as scores in class order. */
    static DemoResult.Classification classify(float[] probabilities) {
        if (probabilities.length != BeatClass.COUNT) {
            throw new IllegalArgumentException(
                    "expected " + BeatClass.COUNT + " probabilities, got " + probabilities.length);
        }
        List<ClassScore> scores = new ArrayList<>(BeatClass.COUNT);
        for (BeatClass beatClass : BeatClass.values()) {
            float p = probabilities[beatClass.ordinal()];
            // float rounding can leave a softmax output a hair outside [0, 1]; ClassScore refuses that.
            double probability = Float.isNaN(p) ? 0 : Math.clamp(p, 0.0, 1.0);
            scores.add(new ClassScore(beatClass.key(), beatClass.label(), probability));
        }
        return new DemoResult.Classification(scores);
    }
}
