package com.lepton.caselibrary.trainingkit;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Picture helpers shared by the 28x28 image cases' adapters (they run in the portal, which
 * provides this library): brightness per pixel, "is this on white paper?", and area resampling.
 */
public final class GrayImages {

    /** Above this brightness (0..1) a pixel counts as light. */
    private static final float LIGHT = 0.5f;

    private GrayImages() {}

    /**
     * Brightness in [0, 1] per pixel, row by row; transparent pixels count as white paper.
     * Gray images are read from the raster, because {@code getRGB} would gamma-correct them.
     */
    public static float[] grayscale(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] gray = new float[width * height];
        Raster raster = image.getRaster();
        boolean grayRaster =
                image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY && raster.getNumBands() <= 2;
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
                float luma = (0.299f * ((argb >> 16) & 0xff) + 0.587f * ((argb >> 8) & 0xff) + 0.114f * (argb & 0xff))
                        / 255f;
                gray[y * width + x] = a * luma + (1f - a);
            }
        }
        return gray;
    }

    /** Whether most pixels of the outer ring are light, i.e. the object sits on a light background. */
    public static boolean hasLightBorder(float[] gray, int width, int height) {
        int ring = Math.max(1, Math.min(width, height) / SeedCnn.SIZE);
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

    /**
     * Resamples a box of the source by averaging the source area under each target pixel, which
     * keeps thin lines when a large photo shrinks to 28 pixels (plain bilinear would drop them).
     */
    public static float[] resizeByArea(
            float[] src,
            int srcWidth,
            int boxX,
            int boxY,
            int boxWidth,
            int boxHeight,
            int targetWidth,
            int targetHeight) {
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
    /**
     * What a 28x28 model of light objects on black sees for any picture: grayscale, inverted when
     * the object sits on a light background, trimmed to the object (pixels above {@code object}),
     * its longer side scaled to 28 and centered. A picture already 28x28 is only converted and inverted.
     */
    public static float[] toModelPixels(BufferedImage image, float object) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] gray = grayscale(image);
        if (hasLightBorder(gray, width, height)) {
            for (int i = 0; i < gray.length; i++) {
                gray[i] = 1f - gray[i];
            }
        }
        if (width == SeedCnn.SIZE && height == SeedCnn.SIZE) {
            return gray;
        }
        int left = width;
        int top = height;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (gray[y * width + x] > object) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            left = 0;
            top = 0;
            right = width - 1;
            bottom = height - 1;
        }
        int boxWidth = right - left + 1;
        int boxHeight = bottom - top + 1;
        double scale = (double) SeedCnn.SIZE / Math.max(boxWidth, boxHeight);
        int targetWidth = Math.clamp(Math.round(boxWidth * scale), 1, SeedCnn.SIZE);
        int targetHeight = Math.clamp(Math.round(boxHeight * scale), 1, SeedCnn.SIZE);
        float[] scaled = resizeByArea(gray, width, left, top, boxWidth, boxHeight, targetWidth, targetHeight);
        float[] out = new float[SeedCnn.PIXELS];
        int offsetX = (SeedCnn.SIZE - targetWidth) / 2;
        int offsetY = (SeedCnn.SIZE - targetHeight) / 2;
        for (int y = 0; y < targetHeight; y++) {
            System.arraycopy(scaled, y * targetWidth, out, (offsetY + y) * SeedCnn.SIZE + offsetX, targetWidth);
        }
        return out;
    }
}
