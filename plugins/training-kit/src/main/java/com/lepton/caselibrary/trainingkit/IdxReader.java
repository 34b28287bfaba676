package com.lepton.caselibrary.trainingkit;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads the IDX format of (Fashion-)MNIST: a magic number {@code 0x0000TTNN} (T = element type,
 * N = number of dimensions), N big-endian int32 sizes, then the elements. Only unsigned bytes
 * (type {@code 0x08}) occur in these data sets, so only they are supported. Gzipped files are
 * recognised by their first two bytes, so Debian's {@code .gz} files are read as they lie.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC = 0x1f8b;

    private IdxReader() {}

    /**
     * The dimensions and the raw bytes of one IDX file.
     *
     * @param dimensions e.g. {@code [60000, 28, 28]} for images, {@code [60000]} for labels
     * @param data       the elements, row-major, as unsigned bytes
     */
    public record IdxData(int[] dimensions, byte[] data) {

        /** Number of items: the first dimension. */
        public int count() {
            return dimensions[0];
        }

        /** Elements per item: the product of the other dimensions (784 for 28x28 images, 1 for labels). */
        public int itemSize() {
            int size = 1;
            for (int i = 1; i < dimensions.length; i++) {
                size *= dimensions[i];
            }
            return size;
        }

        @Override
        public String toString() {
            return "IdxData" + Arrays.toString(dimensions);
        }
    }

    /** Reads a plain or gzipped IDX file. */
    public static IdxData read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** Reads a plain or gzipped IDX stream; the caller closes it. */
    public static IdxData read(InputStream stream) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(stream, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream source = ((first << 8) | second) == GZIP_MAGIC ? new GZIPInputStream(buffered, 1 << 16) : buffered;

        DataInputStream in = new DataInputStream(source);
        int magic = in.readInt();
        int type = (magic >> 8) & 0xff;
        int dimensionCount = magic & 0xff;
        if ((magic >>> 16) != 0 || type != UNSIGNED_BYTE || dimensionCount < 1) {
            throw new IOException("not an unsigned-byte IDX file, magic number 0x%08x".formatted(magic));
        }
        int[] dimensions = new int[dimensionCount];
        long total = 1;
        for (int i = 0; i < dimensionCount; i++) {
            dimensions[i] = in.readInt();
            if (dimensions[i] < 0) {
                throw new IOException("negative IDX dimension " + dimensions[i]);
            }
            total *= dimensions[i];
        }
        if (total > Integer.MAX_VALUE - 16) {
            throw new IOException("IDX file too large: " + total + " elements");
        }
        byte[] data = new byte[(int) total];
        in.readFully(data); // EOFException when the file is truncated
        return new IdxData(dimensions, data);
    }
}
