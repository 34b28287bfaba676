package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins folder: live archives at its top, uploads waiting for review under {@code review/}, versions an
 * upgrade replaced under {@code previous/}. Archives are named relative to it, and nothing outside it is touched.
 */
final class PluginFolder {

    static final String REVIEW = "review";
    static final String PREVIOUS = "previous";

    private static final Logger log = LoggerFactory.getLogger(PluginFolder.class);

    private final Path root;

    PluginFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** An archive named relative to the folder (as the registry names them). */
    Path resolve(String relativeName) {
        return root.resolve(relativeName).normalize();
    }

    /** The same file name at the folder's top, where live archives are. */
    Path live(Path archive) {
        return root.resolve(archive.getFileName());
    }

    /** True when the archive named relative to the folder is a file inside the given subfolder. */
    boolean isFileIn(String subfolder, Path archive) {
        return archive.startsWith(root.resolve(subfolder)) && Files.isRegularFile(archive);
    }

    boolean isFileInside(Path archive) {
        return archive.startsWith(root) && !archive.equals(root) && Files.isRegularFile(archive);
    }

    /** The folder exists, with the bundled plugins copied in, except those an administrator uninstalled. */
    void prepare(Predicate<String> uninstalled) throws IOException {
        Files.createDirectories(root);
        BundledPlugins.installInto(root, uninstalled);
    }

    /** The archives at the folder's top, in name order. */
    List<Path> liveArchives() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(PluginArchiveCheck::isArchive).sorted().toList();
        }
    }

    /** A new file under {@code review/} holding an upload, not yet checked. */
    Path storeUpload(byte[] bytes) throws IOException {
        Path review = root.resolve(REVIEW);
        Files.createDirectories(review);
        Path upload = Files.createTempFile(review, "upload-", ".jar");
        Files.write(upload, bytes);
        return upload;
    }

    Path inReview(String fileName) {
        return root.resolve(REVIEW).resolve(fileName);
    }

    /** Moves the live archive under {@code previous/}; returns its name there, relative to the folder. */
    String park(Path live) throws IOException {
        Files.createDirectories(root.resolve(PREVIOUS));
        String parked = PREVIOUS + "/" + live.getFileName();
        move(live, root.resolve(parked));
        return parked;
    }

    void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes an archive named relative to the folder, if it is inside it; a failure is logged, not thrown. */
    void delete(String relativeName) {
        if (relativeName == null) {
            return;
        }
        Path archive = resolve(relativeName);
        try {
            if (archive.startsWith(root) && !archive.equals(root)) {
                Files.deleteIfExists(archive);
            }
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", archive, e.toString());
        }
    }

    /** Deletes a file this folder handed out (a refused upload); a failure is logged, not thrown. */
    /** Deletes an archive that is not the live one, if there is one. */
    void delete(PluginArchive archive) {
        if (archive != null) {
            delete(archive.fileName());
        }
    }

    void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", file, e.toString());
        }
    }

    static String sha512(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-512");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
