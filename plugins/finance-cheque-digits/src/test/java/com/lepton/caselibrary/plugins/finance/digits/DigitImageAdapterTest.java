package com.lepton.caselibrary.plugins.finance.digits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.InvalidInputException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A drawing or scan is brought to MNIST's form: white on black, 20-pixel digit, centred by mass. */
class DigitImageAdapterTest {

    @Test
    void aDarkDrawingOnLightPaperAndTheSameInWhiteOnBlackGiveTheSamePixels() throws InvalidInputException {
        float[] onPaper = DigitImageAdapter.toModelPixels(seven(Color.WHITE, Color.BLACK, 280, 40, 30));
        float[] onBlack = DigitImageAdapter.toModelPixels(seven(Color.BLACK, Color.WHITE, 280, 40, 30));
        assertThat(onPaper).hasSize(DigitImageAdapter.PIXELS);
        for (int i = 0; i < onPaper.length; i++) {
            assertThat(onPaper[i]).isCloseTo(onBlack[i], Offset.offset(0.02f));
        }
    }

    @Test
    void theDigitIsScaledToTwentyPixelsAndCentredWhereverItWasDrawn() throws InvalidInputException {
        float[] topLeft = DigitImageAdapter.toModelPixels(seven(Color.WHITE, Color.BLACK, 280, 10, 10));
        float[] bottomRight = DigitImageAdapter.toModelPixels(seven(Color.WHITE, Color.BLACK, 280, 150, 140));
        assertThat(centreOfMass(topLeft)).isCloseTo(14.0, Offset.offset(1.0));
        assertThat(centreOfMass(bottomRight)).isCloseTo(14.0, Offset.offset(1.0));
        int rows = 0;
        for (int y = 0; y < DigitImageAdapter.SIZE; y++) {
            for (int x = 0; x < DigitImageAdapter.SIZE; x++) {
                if (topLeft[y * DigitImageAdapter.SIZE + x] > 0.15f) {
                    rows++;
                    break;
                }
            }
        }
        assertThat(rows).isBetween(DigitImageAdapter.DIGIT_BOX - 1, DigitImageAdapter.DIGIT_BOX);
    }

    @Test
    void anEmptyCanvasOrANonImageIsRefusedInBothLanguages() {
        BufferedImage blank = new BufferedImage(280, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = blank.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 280, 280);
        graphics.dispose();
        assertThatThrownBy(() -> DigitImageAdapter.toModelPixels(blank))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().en()).contains("draw");
                    assertThat(e.userMessage().zh()).contains("数字");
                });
        assertThatThrownBy(() -> new DigitImageAdapter().toTensors(null, new DemoInput.Text("7")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTwentyEightPixelImageIsTakenAsTheModelSeesIt() throws InvalidInputException {
        BufferedImage small = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        small.getRaster().setSample(3, 4, 0, 255);
        float[] pixels = DigitImageAdapter.toModelPixels(small);
        assertThat(pixels[4 * 28 + 3]).isEqualTo(1f);
    }

    /** A thick "7" drawn in {@code ink} on {@code paper}, its top-left corner at (x, y). */
    static BufferedImage seven(Color paper, Color ink, int size, int x, int y) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(paper);
        graphics.fillRect(0, 0, size, size);
        graphics.setColor(ink);
        graphics.setStroke(new BasicStroke(size / 12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        graphics.drawLine(x, y, x + 90, y);
        graphics.drawLine(x + 90, y, x + 40, y + 120);
        graphics.dispose();
        return image;
    }

    private static double centreOfMass(float[] pixels) {
        double mass = 0;
        double sumX = 0;
        for (int i = 0; i < pixels.length; i++) {
            mass += pixels[i];
            sumX += pixels[i] * (i % DigitImageAdapter.SIZE);
        }
        return sumX / mass;
    }
}
