package com.lepton.caselibrary.operations;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Asks Linux to page out read-only, file-backed mappings of this process ({@code madvise(MADV_PAGEOUT)}): their
 * pages are clean copies of a file, so the kernel frees them at once and reads back from the file only what is used
 * again. Nothing happens where that is not possible (not Linux, a kernel before 5.4, no {@code madvise}).
 */
final class NativePages {

    private static final Path MAPS = Path.of("/proc/self/maps");
    private static final Path SMAPS = Path.of("/proc/self/smaps");
    private static final int MADV_PAGEOUT = 21;

    private NativePages() {}

    /** One line of {@code /proc/PID/maps}: an address range, its permissions ({@code r-xp}) and its file, if any. */
    record Mapping(long start, long end, String permissions, String path) {

        static Optional<Mapping> parse(String line) {
            String[] fields = line.trim().split("\\s+", 6);
            if (fields.length < 5) {
                return Optional.empty();
            }
            String[] range = fields[0].split("-");
            if (range.length != 2) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Mapping(
                        Long.parseUnsignedLong(range[0], 16),
                        Long.parseUnsignedLong(range[1], 16),
                        fields[1],
                        fields.length == 6 ? fields[5] : ""));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** A mapping of a file this process cannot have changed: its pages can always be read back. */
        boolean readOnlyFile() {
            return path.startsWith("/") && permissions.length() >= 2 && permissions.charAt(1) != 'w';
        }

        /** A read-only mapping of a file that matches: what {@link #pageOut} advises. */
        boolean readOnlyFile(Predicate<String> file) {
            return readOnlyFile() && file.test(path);
        }

        long length() {
            return end - start;
        }
    }

    /** This process's mappings, or none where {@code /proc/self/maps} cannot be read. */
    static List<Mapping> mappings() {
        try (var lines = Files.lines(MAPS)) {
            return lines.map(Mapping::parse).flatMap(Optional::stream).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Pages out every read-only file mapping whose file matches; returns the bytes of address space advised (what
     * was resident in it is what is freed).
     */
    static long pageOut(Predicate<String> file) {
        Optional<MethodHandle> madvise = madvise();
        if (madvise.isEmpty()) {
            return 0;
        }
        long advised = 0;
        for (Mapping mapping : mappings()) {
            if (mapping.readOnlyFile(file) && advise(madvise.get(), mapping)) {
                advised += mapping.length();
            }
        }
        return advised;
    }

    private static boolean advise(MethodHandle madvise, Mapping mapping) {
        try {
            return (int) madvise.invokeExact(MemorySegment.ofAddress(mapping.start()), mapping.length(), MADV_PAGEOUT)
                    == 0;
        } catch (Throwable e) {
            return false;
        }
    }

    private static Optional<MethodHandle> madvise() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup()
                    .find("madvise")
                    .map(symbol -> linker.downcallHandle(
                            symbol, FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT)));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Resident bytes of the read-only file mappings whose file matches ({@code Rss} in {@code /proc/self/smaps}). */
    static long residentBytes(Predicate<String> file) {
        try (var lines = Files.lines(SMAPS)) {
            long kb = 0;
            boolean counted = false;
            for (String line : (Iterable<String>) lines::iterator) {
                Optional<Mapping> mapping = Mapping.parse(line); // a mapping's first line; its fields follow
                if (mapping.isPresent()) {
                    counted = mapping.get().readOnlyFile(file);
                } else if (counted && line.startsWith("Rss:")) {
                    kb += Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return kb * 1024;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
