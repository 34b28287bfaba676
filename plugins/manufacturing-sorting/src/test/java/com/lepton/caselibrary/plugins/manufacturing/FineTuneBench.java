package com.lepton.caselibrary.plugins.manufacturing;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.LabelledExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Dev runner: fine-tunes the shipped model on 2,000 {@link ConveyorPhotos} of Fashion-MNIST test images (the
 * first 2,000; 1,600 to train, 400 held out), 10 epochs, and prints time and held-out accuracy before and after.
 * {@code ./mvnw -pl plugins/manufacturing-sorting test-compile exec:exec@fine-tune-bench [-Dfine-tune.threads=1]}
 */
public final class FineTuneBench {

    private FineTuneBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path model = Path.of(args[1]);
        int requested = Integer.getInteger("threads", 0);
        int threads = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
        Engine.getEngine("TensorFlow");
        FashionMnist test = FashionMnist.load(data, FashionMnist.TEST);
        List<LabelledExample> photos = ConveyorPhotos.of(test, 0, 2_000, 42);
        Path output = Files.createTempDirectory("fine-tune-bench");
        FineTuneRequest request = new FineTuneRequest(
                photos.subList(0, 1_600), photos.subList(1_600, 2_000), 10, 42, threads, model, output);
        FineTuneOutcome outcome = FashionFineTuning.create()
                .fineTune(
                        request,
                        p -> System.out.printf(
                                Locale.ROOT,
                                "epoch %2d/%d  loss %.4f  validation accuracy %.4f%n",
                                p.epoch(),
                                p.epochs(),
                                p.loss(),
                                p.validation()),
                        () -> false);
        System.out.printf(
                Locale.ROOT,
                "2,000 conveyor photos (1,600 train, 400 held out), 10 epochs, %d threads: %.1f s;"
                        + " held-out accuracy shipped %.4f -> tuned %.4f (macro-F1 %.4f -> %.4f), best epoch %d%n",
                threads,
                outcome.seconds(),
                outcome.before().get("accuracy"),
                outcome.after().get("accuracy"),
                outcome.before().get("macroF1"),
                outcome.after().get("macroF1"),
                outcome.bestEpoch());
    }
}
