package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FashionImageAdapterTest {

    private static final int SIZE = FashionImageAdapter.SIZE;

    /** A photo-like picture: a dark rectangle (the product) on white paper. */
    private static BufferedImage darkProductOnWhite(int width, int height, int productWidth, int productHeight) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 40, 40));
        g.fillRect((width - productWidth) / 2, (height - productHeight) / 2, productWidth, productHeight);
        g.dispose();
        return image;
    }

    private static float at(float[] pixels, int x, int y) {
        return pixels[y * SIZE + x];
    }

    @Test
    void invertsAPictureOnAWhiteBackground() {
        float[] pixels = FashionImageAdapter.toModelPixels(darkProductOnWhite(200, 200, 100, 100));

        assertThat(pixels).hasSize(SIZE * SIZE);
        // The product, trimmed and scaled to fill the frame, is now light; nothing is left of the white paper.
        assertThat(at(pixels, 14, 14)).isCloseTo(1 - 40 / 255f, within(1e-3f));
        assertThat(at(pixels, 0, 0)).isCloseTo(1 - 40 / 255f, within(1e-3f));
        for (float value : pixels) {
            assertThat(value).isBetween(0f, 1f);
        }
    }

    @Test
    void keepsAspectRatioAndCentersOnBlack() {
        // A tall product (like trousers): 60 x 120 on a 300 x 200 white photo.
        float[] pixels = FashionImageAdapter.toModelPixels(darkProductOnWhite(300, 200, 60, 120));

        // Scaled to 14 x 28 and centered: columns 7..20 lit, the sides black.
        assertThat(at(pixels, 3, 14)).isZero();
        assertThat(at(pixels, 24, 14)).isZero();
        assertThat(at(pixels, 10, 0)).isGreaterThan(0.8f);
        assertThat(at(pixels, 17, 27)).isGreaterThan(0.8f);
    }

    @Test
    void takesA28x28DarkBackgroundImageAsItIs() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 4; y < 24; y++) {
            for (int x = 6; x < 22; x++) {
                image.getRaster().setSample(x, y, 0, 128 + x);
            }
        }

        float[] pixels = FashionImageAdapter.toModelPixels(image);

        assertThat(at(pixels, 0, 0)).isZero();
        // Read from the raster, not gamma-converted by getRGB: exactly the stored byte / 255.
        assertThat(at(pixels, 10, 10)).isEqualTo(138 / 255f);
    }

    @Test
    void treatsTransparentPixelsAsWhitePaper() {
        BufferedImage image = new BufferedImage(56, 56, BufferedImage.TYPE_INT_ARGB); // fully transparent
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(14, 14, 28, 28);
        g.dispose();

        float[] pixels = FashionImageAdapter.toModelPixels(image);

        assertThat(at(pixels, 14, 14)).isEqualTo(1f);
    }

    @Test
    void scalesABlankPictureWithoutFailing() {
        float[] pixels = FashionImageAdapter.toModelPixels(darkProductOnWhite(5, 3, 0, 0));

        assertThat(pixels).hasSize(SIZE * SIZE).containsOnly(0f);
    }

    @Test
    void refusesInputThatIsNotAPicture() {
        InvalidInputException error = catchThrowableOfType(
                InvalidInputException.class,
                () -> new FashionImageAdapter().toTensors(null, new DemoInput.Text("a sneaker")));

        assertThat(error.userMessage().zh()).contains("图片");
        assertThat(error.userMessage().en()).contains("picture");
    }

    @Test
    void listsTheTenClassesInModelOrderWithTheirNames() {
        float[] probabilities = {0.01f, 0.02f, 0.03f, 0.04f, 0.05f, 0.06f, 0.07f, 0.6f, 0.08f, 0.04f};

        DemoResult.Classification result = FashionImageAdapter.classify(probabilities);

        assertThat(result.scores())
                .extracting(ClassScore::key)
                .containsExactly(
                        "tshirt-top",
                        "trouser",
                        "pullover",
                        "dress",
                        "coat",
                        "sandal",
                        "shirt",
                        "sneaker",
                        "bag",
                        "ankle-boot");
        assertThat(result.scores().get(9).label().zh()).isEqualTo("短靴");
        assertThat(result.scores().get(0).label().en()).isEqualTo("T-shirt/top");
        assertThat(result.top().key()).isEqualTo("sneaker");
        assertThat(result.top().probability()).isCloseTo(0.6, within(1e-6));
        assertThat(result.top(2)).extracting(ClassScore::key).containsExactly("sneaker", "bag");
    }

    @Test
    void clampsRoundingNoiseIntoProbabilities() {
        float[] probabilities = new float[10];
        probabilities[3] = 1.0000001f;
        probabilities[4] = -1e-9f;
        probabilities[5] = Float.NaN;

        DemoResult.Classification result = FashionImageAdapter.classify(probabilities);

        assertThat(result.scores().get(3).probability()).isEqualTo(1.0);
        assertThat(result.scores().get(4).probability()).isZero();
        assertThat(result.scores().get(5).probability()).isZero();
    }

    @Test
    void refusesAnOutputOfTheWrongWidth() {
        assertThatThrownBy(() -> FashionImageAdapter.classify(new float[9]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
