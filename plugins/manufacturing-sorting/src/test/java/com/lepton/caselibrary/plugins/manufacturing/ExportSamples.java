package com.lepton.caselibrary.plugins.manufacturing;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Dev runner: writes the demo samples, one test image per class at the indices listed in
 * {@link ProductSortingCase}, as 28x28 8-bit grayscale PNGs.
 *
 * <pre>
 * ./mvnw -B -pl plugins/manufacturing-sorting test-compile exec:exec@export-samples
 * </pre>
 */
public final class ExportSamples {

    private ExportSamples() {}

    public static void main(String[] args) throws Exception {
        FashionMnist test = FashionMnist.load(Path.of(args[0]), FashionMnist.TEST);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        for (FashionClass fashionClass : FashionClass.values()) {
            int index = ProductSortingCase.sampleTestIndex(fashionClass);
            if (test.label(index) != fashionClass.ordinal()) {
                throw new IllegalStateException("test image " + index + " is not a " + fashionClass.key());
            }
            BufferedImage image =
                    new BufferedImage(FashionImageAdapter.SIZE, FashionImageAdapter.SIZE, BufferedImage.TYPE_BYTE_GRAY);
            WritableRaster raster = image.getRaster();
            int start = index * FashionImageAdapter.PIXELS;
            for (int i = 0; i < FashionImageAdapter.PIXELS; i++) {
                // Write the raster directly: drawing into a gray image would gamma-convert the values.
                raster.setSample(
                        i % FashionImageAdapter.SIZE, i / FashionImageAdapter.SIZE, 0, test.images()[start + i] & 0xff);
            }
            Path file = target.resolve(fashionClass.key() + ".png");
            ImageIO.write(image, "png", file.toFile());
            System.out.println(file + " <- test image " + index);
        }
    }
}
