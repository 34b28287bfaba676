package com.lepton.caselibrary.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The entries and manifest of a plugin archive, read once. */
final class PluginJar implements AutoCloseable {

    private final Path path;
    private final JarFile jar;

    private PluginJar(Path path, JarFile jar) {
        this.path = path;
        this.jar = jar;
    }

    static PluginJar open(Path path) throws IOException {
        return new PluginJar(path, new JarFile(path.toFile()));
    }

    Path path() {
        return path;
    }

    Optional<Manifest> manifest() throws IOException {
        return Optional.ofNullable(jar.getManifest());
    }

    List<String> entryNames() {
        List<String> names = new ArrayList<>();
        for (ZipEntry entry : Collections.list(jar.entries())) {
            names.add(entry.getName());
        }
        return names;
    }

    boolean has(String name) {
        ZipEntry entry = jar.getEntry(name);
        return entry != null && !entry.isDirectory();
    }

    Optional<byte[]> read(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return Optional.of(in.readAllBytes());
        }
    }

    /** Copies the files under {@code folder} (a SavedModel directory) out of the jar into {@code target}. */
    int extract(String folder, Path target) throws IOException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        int count = 0;
        for (ZipEntry entry : Collections.list(jar.entries())) {
            if (entry.isDirectory() || !entry.getName().startsWith(prefix)) {
                continue;
            }
            Path file =
                    target.resolve(entry.getName().substring(prefix.length())).normalize();
            if (!file.startsWith(target)) {
                throw new IOException("entry leaves the model folder: " + entry.getName());
            }
            Files.createDirectories(file.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, file);
            }
            count++;
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
