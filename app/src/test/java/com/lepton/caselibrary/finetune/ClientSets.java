package com.lepton.caselibrary.finetune;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Zips of labelled images for the fine-tuning tests: one folder per class, small 28x28 grayscale PNGs. */
public final class ClientSets {

    public static final List<String> FASHION = List.of(
            "tshirt-top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "ankle-boot");

    private ClientSets() {}

    /** {@code perClass} images for each of {@code classes}, each class a different bright square on black. */
    public static byte[] images(List<String> classes, int perClass) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Random random = new Random(1);
        for (int c = 0; c < classes.size(); c++) {
            for (int i = 0; i < perClass; i++) {
                entries.put(classes.get(c) + "/" + i + ".png", png(c, random));
            }
        }
        return zip(entries);
    }

    public static byte[] png(int c, Random random) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        int x = 2 + 2 * c;
        for (int y = 4; y < 24; y++) {
            for (int dx = 0; dx < 6; dx++) {
                image.getRaster().setSample(x + dx, y, 0, 150 + random.nextInt(100));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
