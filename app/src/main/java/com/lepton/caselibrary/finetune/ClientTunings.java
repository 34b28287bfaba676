package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.SeriesFineTuneRequest;
import com.lepton.caselibrary.api.SeriesFineTuning;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Reads a client's data in the form its case takes (a zip of class folders, a CSV of texts and labels, a CSV of
 * dates and values) and answers how to train on it: the job's figures and the call into the plugin, the same for
 * {@link FineTuneService} whichever form it is.
 */
@Component
@RequiredArgsConstructor
class ClientTunings {

    private final ClientSetReader reader;
    private final ClientCsvReader csvReader;
    private final SeriesCsvReader seriesReader;
    private final FineTuneProperties properties;

    /** The checked data of a case whose form is not {@link DataForm#NONE}; refused as a whole otherwise. */
    Tuning read(LoadedCase loaded, DataForm form, byte[] data, int epochs) throws ClientSetException {
        return switch (form) {
            case SERIES -> seriesTuning(loaded.plugin().seriesFineTuning().orElseThrow(), data, epochs);
            case IMAGES, TEXTS ->
                labelledTuning(form, loaded.plugin().fineTuning().orElseThrow(), data, epochs);
            case NONE -> throw new ClientSetException("finetune.error.not-offered", loaded.caseId());
        };
    }

    /** A checked client set and how to train on it; the shipped model and the output folder come last. */
    record Tuning(int epochs, int train, int heldOut, String summary, Trainer trainer) {}

    /** Runs the plugin's fine-tuning, answering its outcome (stored as JSON) and its seconds. */
    interface Trainer {
        Object train(Path shipped, Path output, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled)
                throws Exception;
    }

    /** The client's labelled set: a zip of class folders of images, or a CSV of texts and labels. */
    private Tuning labelledTuning(DataForm form, FineTuning tuning, byte[] data, int epochs) throws ClientSetException {
        ClientSet set = form == DataForm.IMAGES
                ? reader.read(data, tuning.classes(), tuning.minimumExamplesPerClass())
                : csvReader.read(data, tuning.classes(), tuning.minimumExamplesPerClass());
        int jobEpochs = epochs > 0 ? epochs : tuning.defaultEpochs();
        return tuningOf(
                jobEpochs,
                set.train().size(),
                set.heldOut().size(),
                set.perClass() + " examples",
                (seed, threads, shipped, output) ->
                        new FineTuneRequest(set.train(), set.heldOut(), jobEpochs, seed, threads, shipped, output),
                tuning::fineTune);
    }

    /** The client's series (date,value CSV); the plugin holds out its last fifth. */
    private Tuning seriesTuning(SeriesFineTuning tuning, byte[] data, int epochs) throws ClientSetException {
        ClientSeries series = seriesReader.read(data, tuning.minimumLength(), tuning.maximumLength());
        try {
            tuning.check(series.dates(), series.values());
        } catch (InvalidInputException e) {
            throw new ClientSetException("finetune.error.plugin", e.userMessage());
        }
        int jobEpochs = epochs > 0 ? epochs : Math.min(tuning.defaultEpochs(), properties.maxEpochs());
        int heldOut = SeriesFineTuning.heldOutCount(series.length());
        return tuningOf(
                jobEpochs,
                series.length() - heldOut,
                heldOut,
                series.length() + " values",
                (seed, threads, shipped, output) -> new SeriesFineTuneRequest(
                        series.dates(), series.values(), jobEpochs, seed, threads, shipped, output),
                tuning::fineTune);
    }

    /** The job's figures, and as its trainer the plugin's fine-tuning on a request with the host's seed and threads. */
    private <R> Tuning tuningOf(
            int epochs, int train, int heldOut, String summary, HostRequest<R> request, PluginFineTune<R> fineTune) {
        return new Tuning(
                epochs,
                train,
                heldOut,
                summary,
                (shipped, output, progress, cancelled) -> fineTune.run(
                        request.of(properties.seed(), properties.threads(), shipped, output), progress, cancelled));
    }

    /** The plugin's request for the client's data, given what the host decides: seed, threads, model folders. */
    private interface HostRequest<R> {
        R of(long seed, int threads, Path shipped, Path output);
    }

    /** A plugin's {@code fineTune} for one kind of request. */
    private interface PluginFineTune<R> {
        Object run(R request, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled) throws Exception;
    }
}
