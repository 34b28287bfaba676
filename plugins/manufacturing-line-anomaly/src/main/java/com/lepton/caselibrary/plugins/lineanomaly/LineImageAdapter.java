package com.lepton.caselibrary.plugins.lineanomaly;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.Heatmap;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.trainingkit.AnomalyClasses;
import com.lepton.caselibrary.trainingkit.GrayImages;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Turns a product photo into the autoencoder's 28x28 input, and its answer into a warning with
 * the error map. The warning level is a logistic of how far the score lies above or below the
 * threshold, in units of the spread of normal scores: 50 % exactly at the threshold. It ranks and
 * explains the warning; it is not a calibrated probability. Stateless and thread-safe.
 */
public final class LineImageAdapter implements DataAdapter {

    static final LocalizedText NORMAL = LocalizedText.of("正常", "Normal");
    static final LocalizedText ANOMALY = LocalizedText.of("异常（预警）", "Anomaly (warning)");

    /** A pixel redrawn this far off (in intensity, 0..1) shows at full strength on the error map. */
    static final double FULL_SCALE_DIFFERENCE = 0.5;

    private static final float OBJECT = 0.15f;
    private static final LocalizedText CAPTION = LocalizedText.of(
            "误差图：产品与模型学到的“正常”相差之处（越亮差异越大）",
            "Error map: where the product differs from what the model learned as normal (brighter = larger difference)");

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Image(BufferedImage image))) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一张产品图片（PNG 或 JPEG）。", "This demo needs a picture of a product (PNG or JPEG)."));
        }
        float[] pixels = GrayImages.toModelPixels(image, OBJECT);
        return new NDList(manager.create(pixels, new Shape(ConvAutoencoder.SIZE, ConvAutoencoder.SIZE, 1)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        return warning(output.get(0).toFloatArray());
    }

    /** The result for one image's {@value ConvAutoencoder#OUTPUT_WIDTH} output values. */
    static DemoResult.Classification warning(float[] output) {
        if (output.length != ConvAutoencoder.OUTPUT_WIDTH) {
            throw new IllegalArgumentException(
                    "expected " + ConvAutoencoder.OUTPUT_WIDTH + " values, got " + output.length);
        }
        double anomaly = warningLevel(output[0], output[1], output[2]);
        double[] map = new double[ConvAutoencoder.PIXELS];
        for (int i = 0; i < map.length; i++) {
            double difference = Math.sqrt(Math.max(0, output[3 + i]));
            map[i] = Double.isFinite(difference) ? Math.min(1, difference / FULL_SCALE_DIFFERENCE) : 0;
        }
        return new DemoResult.Classification(
                List.of(
                        new ClassScore(AnomalyClasses.NORMAL, NORMAL, 1 - anomaly),
                        new ClassScore(AnomalyClasses.ANOMALY, ANOMALY, anomaly)),
                new Heatmap(ConvAutoencoder.SIZE, ConvAutoencoder.SIZE, map, CAPTION));
    }

    /** Logistic of (ln score - ln threshold) / spread: 0.5 at the threshold. */
    static double warningLevel(double score, double threshold, double logSpread) {
        if (!(score > 0) || !(threshold > 0) || !(logSpread > 0)) {
            return score > threshold ? 1 : 0;
        }
        double z = (Math.log(score) - Math.log(threshold)) / logSpread;
        return Math.clamp(1 / (1 + Math.exp(-z)), 0.0, 1.0);
    }
}
