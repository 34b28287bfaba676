package com.lepton.caselibrary.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Decodes an uploaded PNG or JPEG safely: the byte size and the pixel count in the header are
 * checked before any pixel is decoded, so a small file that claims a huge picture (a
 * decompression bomb) is refused without allocating it.
 */
@Component
@RequiredArgsConstructor
public class ImageDecoder {

    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    static {
        // By default ImageIO copies every stream it reads into a temporary file first; ours are bytes in memory.
        ImageIO.setUseCache(false);
    }

    private final DemoProperties limits;

    public BufferedImage decode(byte[] bytes) throws DemoInputException {
        if (bytes.length > limits.maxUploadBytes()) {
            throw DemoInputException.tooLarge("demo.error.toolarge", megabytes(limits.maxUploadBytes()));
        }
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers =
                    stream == null ? Collections.emptyIterator() : ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new DemoInputException("demo.error.notimage");
            }
            ImageReader reader = readers.next();
            try {
                if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    throw new DemoInputException("demo.error.notimage");
                }
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxImagePixels()) {
                    throw DemoInputException.tooLarge("demo.error.toomanypixels", limits.maxImagePixels() / 1_000_000);
                }
                // The JPEG reader decodes a truncated file with a warning and grey where data is missing;
                // a damaged image is refused rather than classified.
                AtomicBoolean damaged = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
                BufferedImage image = reader.read(0);
                if (image == null || damaged.get()) {
                    throw new DemoInputException("demo.error.corrupt");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new DemoInputException("demo.error.corrupt");
        }
    }

    /** The upload limit in whole megabytes, for messages. */
    public int maxUploadMegabytes() {
        return megabytes(limits.maxUploadBytes());
    }

    public int maxUploadBytes() {
        return limits.maxUploadBytes();
    }

    private static int megabytes(int bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
