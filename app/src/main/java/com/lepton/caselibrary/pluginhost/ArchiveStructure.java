package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks a plugin archive's structure before anything of it is loaded or unpacked: its size, the
 * number of entries, the bytes it really inflates to (counted while reading, not trusted from the
 * headers: zip bombs lie there), and every entry name (no absolute path, no {@code ..}, compared as
 * normalized {@link Path}s rather than string prefixes, see PF4J issue #623), no symbolic links, no
 * duplicate names.
 *
 * @param maxArchiveBytes      largest archive file
 * @param maxEntries           most entries
 * @param maxUncompressedBytes most bytes all entries may inflate to together
 */
record ArchiveStructure(long maxArchiveBytes, int maxEntries, long maxUncompressedBytes) {

    /** Generous for a case plugin with its SavedModel and samples, far below what would hurt the portal. */
    static final ArchiveStructure DEFAULT = new ArchiveStructure(256L << 20, 20_000, 1L << 30);

    private static final Path ROOT = Path.of("/plugin-root");

    /** Why the archive is refused, or empty when its structure is sound. */
    Optional<String> problem(Path archive) {
        try {
            long size = Files.size(archive);
            if (size > maxArchiveBytes) {
                return Optional.of("archive is %d MB, at most %d MB".formatted(size >> 20, maxArchiveBytes >> 20));
            }
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Set<String> names = new HashSet<>();
            long inflated = 0;
            int count = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > maxEntries) {
                    return Optional.of("more than " + maxEntries + " entries");
                }
                String name = entry.getName();
                Optional<String> badName = badName(name);
                if (badName.isPresent()) {
                    return badName;
                }
                if (!names.add(name)) {
                    return Optional.of("entry appears twice: " + name);
                }
                if (entry.isUnixSymlink()) {
                    return Optional.of("entry is a symbolic link: " + name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        inflated += n;
                        if (inflated > maxUncompressedBytes) {
                            return Optional.of(
                                    "inflates to more than %d MB (a zip bomb?)".formatted(maxUncompressedBytes >> 20));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("not a valid jar/zip archive: " + e.getMessage());
        }
    }

    /** Classes the portal provides: bundled again, they would be loaded twice and break the plugin. */
    private static final List<String> HOST_PACKAGES = List.of(
            "com/lepton/caselibrary/api/",
            "com/lepton/caselibrary/trainingkit/",
            "org/pf4j/",
            "ai/djl/",
            "org/tensorflow/",
            "com/vaadin/",
            "org/springframework/");

    private static Optional<String> badName(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return Optional.of("entry with an empty or invalid name");
        }
        String unified = name.replace('\\', '/');
        if (unified.startsWith("/") || unified.matches("^[A-Za-z]:.*")) {
            return Optional.of("entry with an absolute path: " + name);
        }
        for (String segment : unified.split("/")) {
            if (segment.equals("..")) {
                return Optional.of("entry name contains '..': " + name);
            }
        }
        try {
            if (!ROOT.resolve(unified).normalize().startsWith(ROOT)) {
                return Optional.of("entry leaves the plugin folder: " + name);
            }
        } catch (InvalidPathException e) {
            return Optional.of("entry with an invalid name: " + name);
        }
        if (unified.endsWith(".class") && HOST_PACKAGES.stream().anyMatch(unified::startsWith)) {
            return Optional.of(
                    "bundles classes the portal provides (" + unified.substring(0, unified.lastIndexOf('/') + 1)
                            + "); declare plugin-api, PF4J, DJL, TensorFlow and Vaadin as provided");
        }
        return Optional.empty();
    }
}
