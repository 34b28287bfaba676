package com.lepton.caselibrary.plugins.lineanomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.testkit.ClassNamesContract;
import com.lepton.caselibrary.trainingkit.GrayImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LineImageAdapterTest {

    private final LineImageAdapter adapter = new LineImageAdapter();

    @Test
    void refusesInputsThatAreNotPicturesInBothLanguages() {
        String garbled = new String(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, StandardCharsets.UTF_8);
        for (DemoInput input : new DemoInput[] {
            new DemoInput.Text(""),
            new DemoInput.Text(garbled),
            new DemoInput.Series(new double[0]),
            new DemoInput.Series(new double[] {1, 2, 3})
        }) {
            assertThatThrownBy(() -> adapter.toTensors(null, input))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.userMessage().zh()).contains("图片");
                        assertThat(e.userMessage().en()).contains("picture");
                    });
        }
    }

    @Test
    void aPhotoOfADarkProductOnWhiteBecomesALightProductOnBlackFillingTheFrame() {
        BufferedImage photo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.BLACK);
        g.fillRect(100, 50, 100, 60);
        g.dispose();

        float[] pixels = GrayImages.toModelPixels(photo, 0.15f);

        assertThat(pixels).hasSize(ConvAutoencoder.PIXELS);
        assertThat(pixels[0]).isZero();
        assertThat(pixels[14 * 28 + 14]).isGreaterThan(0.9f);
        // The 100-pixel-wide box is scaled to fill all 28 columns.
        assertThat(pixels[14 * 28]).isGreaterThan(0.9f);
    }

    @Test
    void aBlankOrOneColourPictureStillGivesAValidInput() {
        BufferedImage blank = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        float[] pixels = GrayImages.toModelPixels(blank, 0.15f);
        assertThat(pixels).hasSize(ConvAutoencoder.PIXELS);
        for (float pixel : pixels) {
            assertThat(pixel).isBetween(0f, 1f);
        }
    }

    @Test
    void theWarningIsHalfAtTheThresholdAndRisesWithTheError() {
        assertThat(LineImageAdapter.warningLevel(0.01, 0.01, 0.3)).isEqualTo(0.5);
        assertThat(LineImageAdapter.warningLevel(0.05, 0.01, 0.3)).isGreaterThan(0.99);
        assertThat(LineImageAdapter.warningLevel(0.002, 0.01, 0.3)).isLessThan(0.01);
        // Degenerate outputs (zero spread or score) still answer on which side of the threshold they lie.
        assertThat(LineImageAdapter.warningLevel(0, 0.01, 0.3)).isZero();
        assertThat(LineImageAdapter.warningLevel(0.02, 0.01, 0)).isEqualTo(1);
    }

    @Test
    void theResultCarriesTwoClassesAndAnErrorMapInRange() {
        float[] output = new float[ConvAutoencoder.OUTPUT_WIDTH];
        output[0] = 0.03f;
        output[1] = 0.01f;
        output[2] = 0.4f;
        output[3] = 1f; // a pixel redrawn completely wrong: full strength
        output[4] = 0.0625f; // off by 0.25: half strength
        output[5] = Float.NaN;

        DemoResult.Classification result = LineImageAdapter.warning(output);

        assertThat(result.top().key()).isEqualTo("anomaly");
        assertThat(result.scores().stream().mapToDouble(s -> s.probability()).sum())
                .isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(result.heatmap().width()).isEqualTo(28);
        assertThat(result.heatmap().values()[0]).isEqualTo(1.0);
        assertThat(result.heatmap().values()[1]).isCloseTo(0.5, Offset.offset(1e-6));
        assertThat(result.heatmap().values()[2]).isZero();
        assertThat(Arrays.stream(result.heatmap().values())).allMatch(v -> v >= 0 && v <= 1);
        assertThat(result.heatmap().caption().zh()).contains("误差图");
    }

    @Test
    void anOutputOfTheWrongSizeIsAProgrammingErrorNotAResult() {
        assertThatThrownBy(() -> LineImageAdapter.warning(new float[10])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCaseNamesEachClassOfItsCardInBothLanguages() throws IOException {
        ClassNamesContract.assertNamesEveryClass(new LineAnomalyCase());
    }

    @Test
    void theProductTypesOfThePerLineMetricsAreNamedTooSoTheCardShowsNoKeys() {
        assertThat(new LineAnomalyCase().classNames())
                .containsKeys(Garment.keys().toArray(String[]::new))
                .containsKeys("normal", "anomaly");
        assertThat(new LineAnomalyCase().classNames().get("ankle-boot").zh()).isEqualTo("短靴");
    }
}
