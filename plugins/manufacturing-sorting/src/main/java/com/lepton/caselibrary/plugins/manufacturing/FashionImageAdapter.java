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
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
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

    /** Above this brightness (0..1) a pixel counts as light. */
    private static final float LIGHT = 0.5f;

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
        int width = image.getWidth();
        int height = image.getHeight();
        float[] gray = grayscale(image);
        if (hasLightBorder(gray, width, height)) {
            // A photo on a white table or paper: make it a light object on black like the training data.
            for (int i = 0; i < gray.length; i++) {
                gray[i] = 1f - gray[i];
            }
        }
        if (width == SIZE && height == SIZE) {
            return gray;
        }
        return fitCentered(gray, width, height);
    }

    /** The model's ten probabilities as scores in class order. */
    static DemoResult.Classification classify(float[] probabilities) {
        if (probabilities.length != FashionClass.COUNT) {
            throw new IllegalArgumentException("expected " + FashionClass.COUNT + " probabilities, got " + probabilities.length);
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

    /** Trims to the object, scales its longer side to 28 pixels and centers it on black. */
    private static float[] fitCentered(float[] gray, int width, int height) {
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (gray[y * width + x] > OBJECT) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            // Nothing stands out (a blank picture): scale the whole frame.
            left = 0;
            top = 0;
            right = width - 1;
            bottom = height - 1;
        }
        int boxWidth = right - left + 1;
        int boxHeight = bottom - top + 1;
        double scale = (double) SIZE / Math.max(boxWidth, boxHeight);
        int targetWidth = Math.clamp(Math.round(boxWidth * scale), 1, SIZE);
        int targetHeight = Math.clamp(Math.round(boxHeight * scale), 1, SIZE);
        float[] scaled = resizeByArea(gray, width, left, top, boxWidth, boxHeight, targetWidth, targetHeight);

        float[] out = new float[PIXELS];
        int offsetX = (SIZE - targetWidth) / 2;
        int offsetY = (SIZE - targetHeight) / 2;
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
