package com.lepton.caselibrary.plugins.manufacturing;

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
import com.lepton.caselibrary.trainingkit.GrayImages;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a visitor's picture into what the CNN was trained on, and its ten probabilities into a
 * ranked answer.
 *
 * <p>Fashion-MNIST items are light objects on a black 28x28 background, trimmed to the object and
 * scaled so the longer side fills the frame. A camera photo usually shows a dark object on a light
 * background, so it is inverted, trimmed and scaled the same way. An image that is already 28x28
 * (such as the shipped samples) is not trimmed or rescaled: it is taken as the model would see it.
 *
 * <p>Stateless and thread-safe, as the host requires.
 */
public final class FashionImageAdapter implements DataAdapter {

    /** Width and height of the model's input. */
    public static final int SIZE = 28;

    /** Pixels one example has: 28 x 28 x 1 channel. */
    public static final int PIXELS = SIZE * SIZE;

    /** After inversion, pixels brighter than this belong to the object when trimming. */
    private static final float OBJECT = 0.15f;

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Image(BufferedImage image))) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一张图片（PNG 或 JPEG），例如产品的照片。",
                    "This demo needs a picture (PNG or JPEG), such as a photo of a product."));
        }
        // One example without the batch dimension: the host stacks examples into a batch.
        NDArray pixels = manager.create(toModelPixels(image), new Shape(SIZE, SIZE, 1));
        return new NDList(pixels);
    }

    @Override
    public DemoResult toResult(NDList output) {
        return classify(output.get(0).toFloatArray());
    }

    /**
     * The 784 values in [0, 1], row by row, that the model sees for a picture: grayscale, a light
     * object on black, the object scaled to fit 28x28 and centered.
     */
    public static float[] toModelPixels(BufferedImage image) {
        return GrayImages.toModelPixels(image, OBJECT);
    }

    /** The model's ten probabilities as scores in class order. */
    static DemoResult.Classification classify(float[] probabilities) {
        if (probabilities.length != FashionClass.COUNT) {
            throw new IllegalArgumentException(
                    "expected " + FashionClass.COUNT + " probabilities, got " + probabilities.length);
        }
        List<ClassScore> scores = new ArrayList<>(FashionClass.COUNT);
        for (FashionClass fashionClass : FashionClass.values()) {
            float p = probabilities[fashionClass.ordinal()];
            // float rounding can leave a softmax output a hair outside [0, 1]; ClassScore refuses that.
            double probability = Float.isNaN(p) ? 0 : Math.clamp(p, 0.0, 1.0);
            scores.add(new ClassScore(fashionClass.key(), fashionClass.label(), probability));
        }
        return new DemoResult.Classification(scores);
    }
}
