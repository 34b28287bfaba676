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
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
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

    /** Above this brightness (0..1) a pixel counts as light. */
    private static final float LIGHT = 0.5f;

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
        float[] gray = grayscale(image);
        if (hasLightBorder(gray, width, height)) {
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
            throw new IllegalArgumentException("expected " + Digits.COUNT + " probabilities, got " + probabilities.length);
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

    /**
     * Brightness in [0, 1] per pixel, row by row; transparent pixels count as white paper.
     * Gray images are read from the raster, because {@code getRGB} would gamma-correct them.
     */
    static float[] grayscale(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] gray = new float[width * height];
        Raster raster = image.getRaster();
        boolean grayRaster = image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && raster.getNumBands() <= 2;
        if (grayRaster) {
            float max = (1 << image.getColorModel().getComponentSize(0)) - 1;
            boolean alpha = raster.getNumBands() == 2;
            float alphaMax = alpha ? (1 << image.getColorModel().getComponentSize(1)) - 1 : 1;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float value = raster.getSample(x, y, 0) / max;
                    float a = alpha ? raster.getSample(x, y, 1) / alphaMax : 1f;
                    gray[y * width + x] = a * value + (1f - a);
                }
            }
            return gray;
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = image.getRGB(x, y);
                float a = ((argb >>> 24) & 0xff) / 255f;
                float luma = (0.299f * ((argb >> 16) & 0xff) + 0.587f * ((argb >> 8) & 0xff) + 0.114f * (argb & 0xff)) / 255f;
                gray[y * width + x] = a * luma + (1f - a);
            }
        }
        return gray;
    }

    /** Whether most pixels of the outer ring are light, i.e. the object sits on a light background. */
    static boolean hasLightBorder(float[] gray, int width, int height) {
        int ring = Math.max(1, Math.min(width, height) / SIZE);
        int light = 0;
        int total = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean border = x < ring || y < ring || x >= width - ring || y >= height - ring;
                if (border) {
                    total++;
                    if (gray[y * width + x] > LIGHT) {
                        light++;
                    }
                }
            }
        }
        return light * 2 > total;
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
            throw new InvalidInputException(LocalizedText.of("图中没有看到数字：请先写一个数字。", "No digit to read: please draw or scan a digit first."));
        }
        int boxWidth = right - left + 1;
        int boxHeight = bottom - top + 1;
        double scale = (double) DIGIT_BOX / Math.max(boxWidth, boxHeight);
        int targetWidth = Math.clamp(Math.round(boxWidth * scale), 1, DIGIT_BOX);
        int targetHeight = Math.clamp(Math.round(boxHeight * scale), 1, DIGIT_BOX);
        float[] scaled = resizeByArea(gray, width, left, top, boxWidth, boxHeight, targetWidth, targetHeight);

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

    /**
     * Resamples a box of the source by averaging the source area under each target pixel, which
     * keeps thin lines when a large photo shrinks to 28 pixels (plain bilinear would drop them).
     */
    static float[] resizeByArea(float[] src, int srcWidth, int boxX, int boxY, int boxWidth, int boxHeight,
                                int targetWidth, int targetHeight) {
        float[] out = new float[targetWidth * targetHeight];
        double stepX = (double) boxWidth / targetWidth;
        double stepY = (double) boxHeight / targetHeight;
        for (int ty = 0; ty < targetHeight; ty++) {
            double y0 = ty * stepY;
            double y1 = y0 + stepY;
            for (int tx = 0; tx < targetWidth; tx++) {
                double x0 = tx * stepX;
                double x1 = x0 + stepX;
                double sum = 0;
                double area = 0;
                for (int y = (int) y0; y < Math.min(boxHeight, (int) Math.ceil(y1)); y++) {
                    double wy = Math.min(y1, y + 1) - Math.max(y0, y);
                    for (int x = (int) x0; x < Math.min(boxWidth, (int) Math.ceil(x1)); x++) {
                        double w = wy * (Math.min(x1, x + 1) - Math.max(x0, x));
                        sum += w * src[(boxY + y) * srcWidth + boxX + x];
                        area += w;
                    }
                }
                out[ty * targetWidth + tx] = area > 0 ? (float) Math.clamp(sum / area, 0.0, 1.0) : 0f;
            }
        }
        return out;
    }
}
