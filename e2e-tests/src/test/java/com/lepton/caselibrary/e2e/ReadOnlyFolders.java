package com.lepton.caselibrary.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes folders read-only for a running portal on this machine, and writable again on {@link #close}.
 * {@code chmod a-w} is tried first; it does not stop root (the test machines run as root), so then the folders
 * get the immutable attribute ({@code chattr +i}, ext4/xfs/btrfs, needs CAP_LINUX_IMMUTABLE), which refuses
 * creating, renaming and deleting entries even to root: the portal sees EPERM as from a read-only mount. Each
 * step is checked by trying to create a file; where neither takes effect the test is aborted (reported as
 * skipped), never passed.
 */
final class ReadOnlyFolders implements AutoCloseable {

    private final List<Path> folders;
    private boolean immutable;
    private Thread undo;

    private ReadOnlyFolders(List<Path> folders) {
        this.folders = folders;
    }

    /** How the folders were made read-only, for the test's report. */
    String how() {
        return immutable ? "chattr +i (the tests run as root, which chmod does not stop)" : "chmod a-w";
    }

    static ReadOnlyFolders of(Path... folders) {
        ReadOnlyFolders readOnly = new ReadOnlyFolders(List.of(folders));
        for (Path folder : folders) {
            setPermissions(folder, "r-xr-xr-x");
        }
        if (readOnly.writable().isEmpty()) {
            return readOnly;
        }
        readOnly.immutable = true;
        // An immutable folder cannot be deleted even by root: if the test JVM is stopped, lift it on the way out.
        readOnly.undo = new Thread(() -> readOnly.chattr("-i"), "read-only-folders-undo");
        Runtime.getRuntime().addShutdownHook(readOnly.undo);
        int exit = readOnly.chattr("+i");
        List<Path> stillWritable = readOnly.writable();
        if (!stillWritable.isEmpty()) {
            readOnly.close();
            Assumptions.abort("cannot make " + stillWritable
                    + " read-only here: chmod does not stop this user and chattr +i exited " + exit
                    + " (needs root with CAP_LINUX_IMMUTABLE on ext4, xfs or btrfs)");
        }
        return readOnly;
    }

    /** The folders in which a file can still be created. */
    List<Path> writable() {
        List<Path> writable = new ArrayList<>();
        for (Path folder : folders) {
            try {
                Files.delete(Files.createTempFile(folder, "probe-", ".tmp"));
                writable.add(folder);
            } catch (IOException expected) {
                // read-only, as wanted
            }
        }
        return writable;
    }

    @Override
    public void close() {
        if (immutable) {
            chattr("-i");
            try {
                Runtime.getRuntime().removeShutdownHook(undo);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        for (Path folder : folders) {
            setPermissions(folder, "rwxr-xr-x");
        }
    }

    private int chattr(String flag) {
        List<String> command = new ArrayList<>(List.of("chattr", flag));
        folders.forEach(folder -> command.add(folder.toString()));
        return run(command);
    }

    private static void setPermissions(Path folder, String permissions) {
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(permissions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no chattr on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
