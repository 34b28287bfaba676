package com.lepton.caselibrary.demo;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Draws an image model's input tensor back as a picture, so visitors see what the model sees. */
final class ModelViews {

    private ModelViews() {}

    /**
     * A grayscale or colour picture of an {@code [H, W]}, {@code [H, W, 1]} or {@code [H, W, 3]}
     * tensor; values are stretched from their own range to black..white.
     */
    static Optional<BufferedImage> picture(long[] shape, float[] values) {
        if (shape.length < 2 || shape.length > 3 || (shape.length == 3 && shape[2] != 1 && shape[2] != 3)) {
            return Optional.empty();
        }
        int height = (int) shape[0];
        int width = (int) shape[1];
        int channels = shape.length == 3 ? (int) shape[2] : 1;
        if (height < 1 || width < 1 || (long) height * width * channels != values.length) {
            return Optional.empty();
        }
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        float range = max - min > 1e-6f ? max - min : 1;
        BufferedImage picture = new BufferedImage(
                width, height, channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (y * width + x) * channels;
                if (channels == 1) {
                    picture.getRaster().setSample(x, y, 0, Math.round(255 * (values[base] - min) / range));
                } else {
                    int r = Math.round(255 * (values[base] - min) / range);
                    int g = Math.round(255 * (values[base + 1] - min) / range);
                    int b = Math.round(255 * (values[base + 2] - min) / range);
                    picture.setRGB(x, y, (r << 16) | (g << 8) | b);
                }
            }
        }
        return Optional.of(picture);
    }
}
