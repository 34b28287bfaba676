package com.lepton.caselibrary.inference;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The committed Fashion-MNIST model of product sorting and its shipped sample images, for pool tests. */
final class FashionSamples {

    static final Path SAVED_MODEL = Path.of("../plugins/manufacturing-sorting/src/main/resources/model/fashion-cnn");
    private static final Path SAMPLES = Path.of("../plugins/manufacturing-sorting/src/main/resources/samples");

    private FashionSamples() {}

    /** The shipped sample images in file-name order, at least five. */
    static List<DemoInput> images() throws IOException {
        assertThat(SAVED_MODEL.resolve("saved_model.pb"))
                .as("the committed SavedModel")
                .exists();
        List<DemoInput> images;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            images = files.filter(file -> file.toString().endsWith(".png"))
                    .sorted()
                    .map(FashionSamples::read)
                    .toList();
        }
        assertThat(images).hasSizeGreaterThanOrEqualTo(5);
        return images;
    }

    /** A classification's probabilities in class order. */
    static double[] probabilities(DemoResult result) {
        return ((DemoResult.Classification) result)
                .scores().stream().mapToDouble(ClassScore::probability).toArray();
    }

    private static DemoInput read(Path png) {
        try {
            return new DemoInput.Image(ImageIO.read(png.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
