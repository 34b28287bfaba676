package com.lepton.caselibrary.plugins.finance.digits;

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
 * Turns a scanned or drawn digit into what the CNN was trained on, and its ten probabilities into
 * a ranked answer.
 *
 * <p>MNIST digits are white ink on black: each was scaled so its longer side is 20 pixels and
 * placed in the 28x28 frame so that its centre of mass is at the centre. A cheque scan or a drawing
 * on the canvas is dark ink on light paper, anywhere and of any size, so it is inverted, cropped to
 * the ink, scaled and centred the same way. An image that is already 28x28 (such as the shipped
 * samples) is taken as the model would see it.
 *
 * <p>Stateless and thread-safe, as the host requires.
 */
public final class DigitImageAdapter implements DataAdapter {

    /** Width and height of the model's input. */
    public static final int SIZE = 28;

    /** Pixels one example has: 28 x 28 x 1 channel. */
    public static final int PIXELS = SIZE * SIZE;

    /** The longer side of the digit inside the frame, as in MNIST. */
    static final int DIGIT_BOX = 20;

    /** After inversion, pixels brighter than this are ink. */
    private static final float INK = 0.15f;

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Image(BufferedImage image))) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一张手写数字的图片（PNG 或 JPEG），或在画布上写一个数字。",
                    "This demo needs a picture of a handwritten digit (PNG or JPEG), or a digit drawn on the canvas."));
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
     * The 784 values in [0, 1], row by row, that the model sees for a picture: grayscale, white ink
     * on black, the digit scaled to 20 pixels and centred by its centre of mass.
     *
     * @throws InvalidInputException when the picture holds no ink (an empty canvas, a blank page)
     */
    public static float[] toModelPixels(BufferedImage image) throws InvalidInputException {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] gray = GrayImages.grayscale(image);
        if (GrayImages.hasLightBorder(gray, width, height)) {
            for (int i = 0; i < gray.length; i++) {
                gray[i] = 1f - gray[i];
            }
        }
        if (width == SIZE && height == SIZE) {
            return gray;
        }
        return centredLikeMnist(gray, width, height);
    }

    /** The model's ten probabilities as scores in class order. */
    static DemoResult.Classification classify(float[] probabilities) {
        if (probabilities.length != Digits.COUNT) {
            throw new IllegalArgumentException(
                    "expected " + Digits.COUNT + " probabilities, got " + probabilities.length);
        }
        List<ClassScore> scores = new ArrayList<>(Digits.COUNT);
        for (int digit = 0; digit < Digits.COUNT; digit++) {
            float p = probabilities[digit];
            // float rounding can leave a softmax output a hair outside [0, 1]; ClassScore refuses that.
            double probability = Float.isNaN(p) ? 0 : Math.clamp(p, 0.0, 1.0);
            scores.add(new ClassScore(Digits.key(digit), Digits.label(digit), probability));
        }
        return new DemoResult.Classification(scores);
    }

    /** Crops to the ink, scales its longer side to 20 pixels and places its centre of mass at the frame's centre. */
    private static float[] centredLikeMnist(float[] gray, int width, int height) throws InvalidInputException {
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (gray[y * width + x] > INK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            throw new InvalidInputException(
                    LocalizedText.of("图中没有看到数字：请先写一个数字。", "No digit to read: please draw or scan a digit first."));
        }
        int boxWidth = right - left + 1;
        int boxHeight = bottom - top + 1;
        double scale = (double) DIGIT_BOX / Math.max(boxWidth, boxHeight);
        int targetWidth = Math.clamp(Math.round(boxWidth * scale), 1, DIGIT_BOX);
        int targetHeight = Math.clamp(Math.round(boxHeight * scale), 1, DIGIT_BOX);
        float[] scaled =
                GrayImages.resizeByArea(gray, width, left, top, boxWidth, boxHeight, targetWidth, targetHeight);

        double mass = 0;
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < targetHeight; y++) {
            for (int x = 0; x < targetWidth; x++) {
                float value = scaled[y * targetWidth + x];
                mass += value;
                sumX += value * x;
                sumY += value * y;
            }
        }
        double centreX = mass > 0 ? sumX / mass : targetWidth / 2.0;
        double centreY = mass > 0 ? sumY / mass : targetHeight / 2.0;
        int offsetX = Math.clamp(Math.round(SIZE / 2.0 - centreX), 0, SIZE - targetWidth);
        int offsetY = Math.clamp(Math.round(SIZE / 2.0 - centreY), 0, SIZE - targetHeight);
        float[] out = new float[PIXELS];
        for (int y = 0; y < targetHeight; y++) {
            System.arraycopy(scaled, y * targetWidth, out, (offsetY + y) * SIZE + offsetX, targetWidth);
        }
        return out;
    }
}
