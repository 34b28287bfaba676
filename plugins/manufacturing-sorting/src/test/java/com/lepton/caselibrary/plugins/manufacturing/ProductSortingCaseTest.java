package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import com.lepton.caselibrary.testkit.CaseDescriptionChecks;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class ProductSortingCaseTest {

    private final ProductSortingCase plugin = new ProductSortingCase();

    @Test
    void isAPf4jExtension() {
        assertThat(ProductSortingCase.class.isAnnotationPresent(Extension.class))
                .isTrue();
    }

    @Test
    void describesTheManufacturingCase() {
        CaseDescriptor descriptor = plugin.descriptor();

        assertThat(descriptor.id()).isEqualTo("manufacturing-sorting");
        assertThat(descriptor.industry()).isEqualTo(Industry.MANUFACTURING);
        assertThat(descriptor.algorithm()).isEqualTo(AlgorithmFamily.CNN);
        assertThat(descriptor.dataType()).isEqualTo(DataType.IMAGE);
        assertThat(descriptor.title().zh()).isEqualTo("生产线产品分拣");
        assertThat(descriptor.title().en()).isNotBlank();
        assertThat(descriptor.summary().zh()).isNotBlank();
        assertThat(descriptor.summary().en()).isNotBlank();
        assertThat(descriptor.tags()).contains("CNN", "Fashion-MNIST", "分拣");
        assertThat(descriptor.dataSource().name()).isEqualTo("Fashion-MNIST");
        assertThat(descriptor.dataSource().licence()).isEqualTo("MIT");
        assertThat(descriptor.dataSource().url()).isEqualTo("https://github.com/zalandoresearch/fashion-mnist");
    }

    @Test
    void pointsAtTheShippedModel() {
        ModelDefinition model = plugin.model();

        CaseDescriptionChecks.assertModel(model, "fashion-cnn", "1.0.0", 28, 28, 1);
    }

    @Test
    void offersOneSamplePerClass() {
        List<DemoSample> samples = plugin.demo().samples();

        assertThat(plugin.demo().inputKind()).isEqualTo(InputKind.IMAGE);
        assertThat(plugin.demo().outputKind()).isEqualTo(OutputKind.CLASSIFICATION);
        assertThat(samples).extracting(DemoSample::id).containsExactlyElementsOf(FashionClass.keys());
        assertThat(samples).extracting(DemoSample::expected).containsExactlyElementsOf(FashionClass.keys());
        CaseDescriptionChecks.assertSampleFiles(samples, "png");
    }

    @Test
    void everySampleIsA28x28GrayPngThatTheAdapterTakesAsItIs() throws IOException {
        for (DemoSample sample : plugin.demo().samples()) {
            try (InputStream in =
                    ProductSortingCase.class.getClassLoader().getResourceAsStream(sample.resourcePath())) {
                assertThat(in).as(sample.resourcePath()).isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).isEqualTo(28);
                assertThat(image.getHeight()).isEqualTo(28);
                assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);

                // Fashion-MNIST items sit on black: the adapter must not invert or rescale them.
                float[] pixels = FashionImageAdapter.toModelPixels(image);
                for (int i = 0; i < pixels.length; i++) {
                    assertThat(pixels[i]).isEqualTo(image.getRaster().getSample(i % 28, i / 28, 0) / 255f);
                }
            }
        }
    }

    @Test
    void offersItsTrainerForTheInstalledDataSet() {
        assertThat(plugin.trainer())
                .get()
                .satisfies(trainer -> assertThat(trainer.dataDirectories())
                        .containsExactly(Path.of("/usr/share/datasets/fashion-mnist")));
    }

    @Test
    void sharesOneStatelessAdapter() {
        assertThat(plugin.adapter()).isInstanceOf(FashionImageAdapter.class).isSameAs(plugin.adapter());
    }
}
