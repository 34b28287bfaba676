package com.lepton.caselibrary.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Copies a SavedModel directory out of a plugin archive, since TensorFlow loads models from
 * disk. Every entry's target is compared as a normalized {@link Path} against the destination
 * (a string-prefix check can be bypassed, see PF4J issue 623).
 */
public final class ModelUnpacker {

    private ModelUnpacker() {}

    /**
     * Unpacks the entries under {@code prefix} into {@code destination}, unless already done.
     *
     * @return the destination
     * @throws IOException when the archive holds no such directory or an entry escapes the destination
     */
    public static Path unpack(Path archive, String prefix, Path destination) throws IOException {
        Path target = destination.toAbsolutePath().normalize();
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target;
        }
        String folder = prefix.endsWith("/") ? prefix : prefix + "/";
        int count = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(folder) || entry.isDirectory()) {
                    continue;
                }
                Path file = target.resolve(entry.getName().substring(folder.length()))
                        .normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("archive entry escapes the model folder: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                count++;
            }
        }
        if (count == 0 || !Files.exists(target.resolve("saved_model.pb"))) {
            throw new IOException("the plugin archive has no SavedModel under " + folder);
        }
        Files.writeString(marker, archive.getFileName().toString());
        return target;
    }
}
