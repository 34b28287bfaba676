package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus of hostile archives, built here: each refused with its reason, before anything is loaded or unpacked. */
class ArchiveStructureTest {

    @TempDir
    Path folder;

    private final ArchiveStructure small = new ArchiveStructure(50L << 20, 100, 10L << 20);

    /** Writes an archive; {@code content} of null makes a symbolic link to "/etc/passwd". */
    private Path archive(String file, List<Entry> entries) throws IOException {
        Path path = folder.resolve(file);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(path))) {
            for (Entry entry : entries) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
                if (entry.content() == null) {
                    zipEntry.setUnixMode(0120777);
                    zip.putArchiveEntry(zipEntry);
                    zip.write("/etc/passwd".getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.putArchiveEntry(zipEntry);
                    zip.write(entry.content().getBytes(StandardCharsets.UTF_8));
                }
                zip.closeArchiveEntry();
            }
        }
        return path;
    }

    /** One entry; a null content makes it a symbolic link. */
    private record Entry(String name, String content) {}

    private static Entry entry(String name, String content) {
        return new Entry(name, content);
    }

    @Test
    void refusesZipSlipAbsoluteAndDriveLetterPaths() throws IOException {
        assertThat(small.problem(archive(
                        "slip.jar", List.of(entry("META-INF/MANIFEST.MF", "x"), entry("../../evil.sh", "rm -rf /")))))
                .hasValueSatisfying(p -> assertThat(p).contains("'..'"));
        assertThat(small.problem(archive("slip2.jar", List.of(entry("model/../../../outside.txt", "x")))))
                .hasValueSatisfying(p -> assertThat(p).contains("'..'"));
        assertThat(small.problem(archive("backslash.jar", List.of(entry("model\\..\\..\\outside.txt", "x")))))
                .isPresent();
        assertThat(small.problem(archive("absolute.jar", List.of(entry("/etc/cron.d/evil", "x")))))
                .hasValueSatisfying(p -> assertThat(p).contains("absolute"));
        assertThat(small.problem(archive("drive.jar", List.of(entry("C:\\Windows\\evil.dll", "x")))))
                .hasValueSatisfying(p -> assertThat(p).contains("absolute"));
    }

    @Test
    void refusesSymbolicLinksAndDuplicateNames() throws IOException {
        assertThat(small.problem(archive("link.jar", List.of(entry("model/saved_model.pb", null)))))
                .hasValueSatisfying(p -> assertThat(p).contains("symbolic link"));
        assertThat(small.problem(archive("twice.jar", List.of(entry("a.txt", "1"), entry("a.txt", "2")))))
                .hasValueSatisfying(p -> assertThat(p).contains("twice"));
    }

    @Test
    void refusesAZipBombByTheBytesItReallyInflatesTo() throws IOException {
        Path bomb = folder.resolve("bomb.jar");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(bomb))) {
            zip.putArchiveEntry(new ZipArchiveEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeArchiveEntry();
        }
        assertThat(Files.size(bomb))
                .as("20 MB of zeros compress to almost nothing")
                .isLessThan(100_000);
        assertThat(small.problem(bomb)).hasValueSatisfying(p -> assertThat(p).contains("zip bomb"));
    }

    @Test
    void refusesTooManyEntriesAnOversizedFileAndWhatIsNotAZip() throws IOException {
        List<Entry> many = Stream.iterate(0, i -> i + 1)
                .limit(101)
                .map(i -> entry("f" + i + ".txt", "x"))
                .toList();
        assertThat(small.problem(archive("many.jar", many)))
                .hasValueSatisfying(p -> assertThat(p).contains("more than 100 entries"));
        Path big = folder.resolve("big.jar");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write(new byte[2048]);
        }
        assertThat(new ArchiveStructure(1024, 100, 1 << 20).problem(big))
                .hasValueSatisfying(p -> assertThat(p).contains("at most"));
        assertThat(small.problem(Files.writeString(folder.resolve("text.jar"), "not a zip at all")))
                .hasValueSatisfying(p -> assertThat(p).contains("not a valid"));
    }

    @Test
    void refusesAJarThatBundlesTheHostsClasses() throws IOException {
        assertThat(small.problem(archive(
                        "fat.jar", List.of(entry("com/lepton/caselibrary/api/CaseStudyPlugin.class", "cafebabe")))))
                .hasValueSatisfying(p -> assertThat(p).contains("bundles classes the portal provides"));
        assertThat(small.problem(archive("fat2.jar", List.of(entry("org/pf4j/Plugin.class", "cafebabe")))))
                .isPresent();
    }

    @Test
    void everyBundledPluginPassesWithTheDefaultLimits() throws IOException {
        Path bundled = Path.of("target/classes/bundled-plugins");
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundled)) {
            jars = files.filter(p -> p.toString().endsWith(".jar")).toList();
        }
        assertThat(jars).hasSizeGreaterThanOrEqualTo(7);
        for (Path jar : jars) {
            assertThat(ArchiveStructure.DEFAULT.problem(jar))
                    .as(jar.getFileName().toString())
                    .isEmpty();
        }
    }
}
