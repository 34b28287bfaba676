package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.inference.BackgroundTraining;
import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A fine-tuning job running beside the benchmark's clients, as the portal runs one: on its own lowest-priority
 * thread with half the cores ({@code lepton.fine-tune.threads}' default), started again whenever it ends until
 * closed. Its client set is 2,000 Fashion-MNIST test images (1,600 to train, 400 held out).
 */
final class FineTuneLoad implements AutoCloseable {

    static final Path FASHION = Path.of("/usr/share/datasets/fashion-mnist");

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger epochs = new AtomicInteger();
    private final Path output;
    private final Thread thread;

    private FineTuneLoad(FineTuning tuning, Path shippedModel, int epochsPerJob) throws IOException {
        List<LabelledExample> examples = examples(tuning.classes(), 2000);
        output = Files.createTempDirectory("bench-fine-tune");
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        FineTuneRequest request = new FineTuneRequest(
                examples.subList(0, 1600),
                examples.subList(1600, 2000),
                epochsPerJob,
                42,
                threads,
                shippedModel,
                output);
        thread = new Thread(
                () -> {
                    BackgroundTraining.lowerCurrentThread();
                    while (!stop.get()) {
                        try {
                            tuning.fineTune(request, progress -> epochs.incrementAndGet(), stop::get);
                        } catch (CancellationException e) {
                            return;
                        } catch (Exception e) {
                            System.err.println("Fine-tuning beside the benchmark failed: " + e);
                            return;
                        }
                    }
                },
                "bench-fine-tune");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts the job of the plugin's fine-tuning; the plugin must offer it. */
    static FineTuneLoad start(CaseStudyPlugin plugin, Path shippedModel, int epochsPerJob) throws IOException {
        FineTuning tuning = plugin.fineTuning()
                .orElseThrow(() -> new IllegalArgumentException("the case does not offer fine-tuning"));
        FineTuneLoad load = new FineTuneLoad(tuning, shippedModel, epochsPerJob);
        load.thread.start();
        return load;
    }

    /** Epochs finished so far, across the repeated jobs. */
    int epochs() {
        return epochs.get();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop.set(true);
        thread.join(120_000);
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static List<LabelledExample> examples(List<String> classes, int count) throws IOException {
        byte[] images;
        byte[] labels;
        try (DataInputStream in = idx("t10k-images-idx3-ubyte.gz", 16)) {
            images = in.readNBytes(count * 784);
        }
        try (DataInputStream in = idx("t10k-labels-idx1-ubyte.gz", 8)) {
            labels = in.readNBytes(count);
        }
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            image.getRaster().setDataElements(0, 0, 28, 28, Arrays.copyOfRange(images, i * 784, (i + 1) * 784));
            examples.add(new LabelledExample(new DemoInput.Image(image), classes.get(labels[i])));
        }
        return examples;
    }

    private static DataInputStream idx(String file, int header) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(FASHION.resolve(file)));
        in.skipNBytes(header);
        return new DataInputStream(in);
    }
}
