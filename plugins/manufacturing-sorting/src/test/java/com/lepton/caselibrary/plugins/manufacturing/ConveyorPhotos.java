package com.lepton.caselibrary.plugins.manufacturing;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.trainingkit.ImageExamples;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A client's "photographed products", made from real Fashion-MNIST images by a documented transformation, for
 * fine-tuning tests and the bench: each 28x28 image is
 * <ol>
 *   <li>rotated 90 degrees clockwise (the client's camera looks at the conveyor from the side),</li>
 *   <li>blurred with a 3x3 box filter (a cheap lens slightly out of focus), and</li>
 *   <li>given gaussian sensor noise with sigma 0.05 (seeded), clipped to [0, 1],</li>
 * </ol>
 * and stored as an 8-bit grayscale image. The shipped model, trained on upright sharp images, does badly on them.
 */
final class ConveyorPhotos {

    static final double NOISE_SIGMA = 0.05;
    private static final int SIZE = FashionImageAdapter.SIZE;

    private ConveyorPhotos() {}

    /** Examples {@code from .. to-1} of {@code source}, transformed, labelled with the case's class keys. */
    static List<LabelledExample> of(ImageExamples source, int from, int to, long seed) {
        Random random = new Random(seed);
        List<LabelledExample> examples = new ArrayList<>(to - from);
        float[] pixels = new float[SIZE * SIZE];
        for (int i = from; i < to; i++) {
            source.copyPixels(i, pixels, 0);
            BufferedImage photo = photograph(pixels, random);
            examples.add(new LabelledExample(
                    new DemoInput.Image(photo),
                    FashionClass.ofLabel(source.label(i)).key()));
        }
        return examples;
    }

    /** The transformation of one image of 784 values in [0, 1]. */
    static BufferedImage photograph(float[] pixels, Random random) {
        float[] rotated = new float[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                // clockwise: the source's row y becomes the target's column SIZE-1-y
                rotated[x * SIZE + (SIZE - 1 - y)] = pixels[y * SIZE + x];
            }
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double sum = 0;
                int count = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < SIZE && xx >= 0 && xx < SIZE) {
                            sum += rotated[yy * SIZE + xx];
                            count++;
                        }
                    }
                }
                double value = Math.clamp(sum / count + random.nextGaussian() * NOISE_SIGMA, 0.0, 1.0);
                image.getRaster().setSample(x, y, 0, (int) Math.round(value * 255));
            }
        }
        return image;
    }
}
