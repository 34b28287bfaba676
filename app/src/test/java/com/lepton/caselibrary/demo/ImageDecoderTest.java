package com.lepton.caselibrary.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(new DemoProperties(1024 * 1024, 4_000_000, 5000, 5000, 60));

    @Test
    void decodesPngAndJpeg() throws Exception {
        assertThat(decoder.decode(encode("png", 40, 30)).getWidth()).isEqualTo(40);
        assertThat(decoder.decode(encode("jpeg", 40, 30)).getHeight()).isEqualTo(30);
    }

    @Test
    void refusesSomethingThatIsNotAnImage() {
        assertThatThrownBy(() -> decoder.decode("hello, not an image".getBytes()))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.notimage"));
    }

    @Test
    void refusesOtherImageFormats() throws IOException {
        assertThatThrownBy(() -> decoder.decode(encode("gif", 10, 10)))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.notimage"));
    }

    @Test
    void refusesATruncatedPng() throws IOException {
        byte[] png = encode("png", 64, 64);
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertThatThrownBy(() -> decoder.decode(truncated))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.corrupt"));
    }

    @Test
    void refusesATruncatedJpegThatTheReaderWouldOnlyWarnAbout() throws Exception {
        BufferedImage noisy = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                noisy.setRGB(x, y, (x * 7 + y * 13) * 0x010101 & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noisy, "jpeg", out);
        byte[] jpeg = out.toByteArray();
        assertThat(decoder.decode(jpeg).getWidth()).isEqualTo(64);
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertThatThrownBy(() -> decoder.decode(truncated))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.corrupt"));
    }

    @Test
    void refusesAnOversizedFileBeforeDecoding() {
        byte[] big = new byte[1024 * 1024 + 1];
        assertThatThrownBy(() -> decoder.decode(big))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.toolarge"));
    }

    @Test
    void refusesAPixelFloodFromItsHeaderAlone() throws IOException {
        // A tiny PNG whose header claims 50000 x 50000 pixels: refused without allocating them.
        byte[] png = encode("png", 8, 8);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, 50_000).putInt(20, 50_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOfSatisfying(
                        DemoInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.error.toomanypixels"));
    }

    private static byte[] encode(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
