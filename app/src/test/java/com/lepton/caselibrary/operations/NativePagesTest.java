package com.lepton.caselibrary.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lepton.caselibrary.operations.NativePages.Mapping;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

class NativePagesTest {

    @Test
    void readsTheLinesOfProcMaps() {
        Mapping library = Mapping.parse(
                        "7f1c2a000000-7f1c2c400000 r-xp 00a00000 fd:01 1234   /root/.djl.ai/tf/libtensorflow_cc.so.2")
                .orElseThrow();
        assertThat(library.start()).isEqualTo(0x7f1c2a000000L);
        assertThat(library.length()).isEqualTo(0x2400000L);
        assertThat(library.path()).isEqualTo("/root/.djl.ai/tf/libtensorflow_cc.so.2");
        assertThat(library.readOnlyFile()).isTrue();

        assertThat(Mapping.parse("7f00-7f10 rw-p 00000000 fd:01 1234 /data/cache file.aot")
                        .orElseThrow())
                .satisfies(written -> assertThat(written.readOnlyFile()).isFalse())
                .satisfies(written -> assertThat(written.path()).isEqualTo("/data/cache file.aot"));
        assertThat(Mapping.parse("7f00-7f10 rw-p 00000000 00:00 0")
                        .orElseThrow()
                        .readOnlyFile())
                .isFalse();
        assertThat(Mapping.parse("7ffd-7ffe r--p 00000000 00:00 0 [vvar]")
                        .orElseThrow()
                        .readOnlyFile())
                .isFalse();
        assertThat(Mapping.parse("not a mapping")).isEmpty();
    }

    @Test
    void pagesOutAReadOnlyFileMappingThatWasResident() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "madvise(MADV_PAGEOUT) is Linux's");
        Path file = testFile("pages.bin");
        int size = 16 << 20;
        try (FileChannel channel = open(file)) {
            channel.write(ByteBuffer.wrap(new byte[size]));
            channel.force(true); // clean pages: the kernel pages out only what it need not write back
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            mapped.load();
            long residentBefore = NativePages.residentBytes(file.toString()::equals);
            assumeTrue(residentBefore > 0, "smaps shows the mapping as resident");

            long advised = NativePages.pageOut(file.toString()::equals);

            assertThat(advised).isEqualTo(size);
            assertThat(NativePages.residentBytes(file.toString()::equals)).isLessThan(residentBefore / 4);
            assertThat(mapped.get(size - 1)).isZero(); // and reads back from the file
        }
    }

    @Test
    void leavesWritableMappingsAndOtherFilesAlone() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "/proc/self/maps is Linux's");
        Path file = testFile("written.bin");
        try (FileChannel channel = open(file)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_WRITE, 0, 1 << 20);
            mapped.put(0, (byte) 7);

            assertThat(NativePages.pageOut(file.toString()::equals)).isZero();
            assertThat(mapped.get(0)).isEqualTo((byte) 7);
        }
        assertThat(NativePages.pageOut(path -> path.endsWith("/no-such-library.so")))
                .isZero();
    }

    /** On disk rather than in /tmp, which may be a tmpfs whose pages have nowhere to go without swap. */
    private static Path testFile(String name) throws IOException {
        return Files.createDirectories(Path.of("target", "native-pages-test"))
                .resolve(name)
                .toAbsolutePath();
    }

    private static FileChannel open(Path file) throws IOException {
        return FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }
}
