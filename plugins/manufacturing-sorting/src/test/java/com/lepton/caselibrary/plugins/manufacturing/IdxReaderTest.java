package com.lepton.caselibrary.plugins.manufacturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.trainingkit.IdxReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    /** Two 2x3 "images" with pixel values 0..11, in IDX format. */
    private static byte[] tinyImages() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000803);
        out.writeInt(2);
        out.writeInt(2);
        out.writeInt(3);
        for (int i = 0; i < 12; i++) {
            out.writeByte(i * 20);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    @Test
    void readsDimensionsAndUnsignedBytes() throws IOException {
        IdxReader.IdxData idx = IdxReader.read(new ByteArrayInputStream(tinyImages()));

        assertThat(idx.dimensions()).containsExactly(2, 2, 3);
        assertThat(idx.count()).isEqualTo(2);
        assertThat(idx.itemSize()).isEqualTo(6);
        assertThat(idx.data()).hasSize(12);
        assertThat(idx.data()[11] & 0xff).isEqualTo(220); // above 127: must stay unsigned
    }

    @Test
    void readsGzippedFilesAsTheyLie() throws IOException {
        IdxReader.IdxData plain = IdxReader.read(new ByteArrayInputStream(tinyImages()));
        IdxReader.IdxData gzipped = IdxReader.read(new ByteArrayInputStream(gzip(tinyImages())));

        assertThat(gzipped.dimensions()).isEqualTo(plain.dimensions());
        assertThat(gzipped.data()).isEqualTo(plain.data());
    }

    @Test
    void readsLabelFiles() throws IOException {
        byte[] labels = {0, 0, 8, 1, 0, 0, 0, 3, 9, 0, 7};

        IdxReader.IdxData idx = IdxReader.read(new ByteArrayInputStream(labels));

        assertThat(idx.dimensions()).containsExactly(3);
        assertThat(idx.itemSize()).isEqualTo(1);
        assertThat(idx.data()).containsExactly(9, 0, 7);
    }

    @Test
    void refusesOtherElementTypes() {
        byte[] floats = {0, 0, 0x0d, 1, 0, 0, 0, 1, 0, 0, 0, 0};

        assertThatThrownBy(() -> IdxReader.read(new ByteArrayInputStream(floats)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("magic number 0x00000d01");
    }

    @Test
    void refusesTruncatedFiles() throws IOException {
        byte[] whole = tinyImages();
        byte[] truncated = Arrays.copyOf(whole, whole.length - 1);

        assertThatThrownBy(() -> IdxReader.read(new ByteArrayInputStream(truncated)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void loadsASplitFromADirectory(@TempDir Path directory) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0x00000803);
        out.writeInt(1);
        out.writeInt(28);
        out.writeInt(28);
        for (int i = 0; i < 784; i++) {
            out.writeByte(i == 0 ? 255 : 0);
        }
        Files.write(directory.resolve("t10k-images-idx3-ubyte.gz"), gzip(bytes.toByteArray()));
        Files.write(directory.resolve("t10k-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 1, 7});

        FashionMnist test = FashionMnist.load(directory, FashionMnist.TEST);

        assertThat(test.count()).isEqualTo(1);
        assertThat(FashionClass.ofLabel(test.label(0))).isEqualTo(FashionClass.SNEAKER);
        assertThat(test.pixels(0)[0]).isEqualTo(1f);
        assertThat(test.pixels(0)[1]).isZero();
    }

    @Test
    void namesTheDebianPackageWhenFilesAreMissing(@TempDir Path empty) {
        assertThatThrownBy(() -> FashionMnist.load(empty, FashionMnist.TRAIN))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("dataset-fashion-mnist");
    }
}
