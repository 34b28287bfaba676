package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.FineTuneRequest;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.demo.ModelUnpacker;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consultants' fine-tuning jobs: starts one on a client's data set, reports progress, cancels, deletes the job
 * with its model (out of the pool, off the disk, out of the database), and after a restart marks the jobs that were interrupted as failed. A job and its model are
 * its owner's only: to anyone else it does not exist.
 */
@Service
public class FineTuneService {

    private static final Logger log = LoggerFactory.getLogger(FineTuneService.class);
    private static final Set<FineTuneJob.State> ACTIVE =
            EnumSet.of(FineTuneJob.State.QUEUED, FineTuneJob.State.RUNNING);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PluginHost plugins;
    private final ClientSetReader reader;
    private final ClientCsvReader csvReader;
    private final FineTuneJobRepository jobs;
    private final FineTuneWorker worker;
    private final FineTuneProperties properties;
    private final ClientModels clientModels;
    private final Clock clock;
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();

    FineTuneService(
            PluginHost plugins,
            ClientSetReader reader,
            ClientCsvReader csvReader,
            FineTuneJobRepository jobs,
            FineTuneWorker worker,
            FineTuneProperties properties,
            ClientModels clientModels) {
        this.plugins = plugins;
        this.reader = reader;
        this.csvReader = csvReader;
        this.jobs = jobs;
        this.worker = worker;
        this.properties = properties;
        this.clientModels = clientModels;
        this.clock = Clock.systemUTC();
    }

    /** The live cases that offer fine-tuning. */
    public List<LoadedCase> tunableCases() {
        return plugins.cases().stream()
                .filter(loaded -> loaded.plugin().fineTuning().isPresent() && dataForm(loaded) != DataForm.NONE)
                .toList();
    }

    /**
     * Checks the client's data set and starts a job on it.
     *
     * @param epochs 0 for the case's default
     * @throws ClientSetException when the case is unknown or offers no fine-tuning, the set is refused, or a job
     *                            is running already (nothing is stored then)
     */
    public synchronized FineTuneJob start(String owner, String caseId, byte[] archive, int epochs, String client)
            throws ClientSetException {
        LoadedCase loaded =
                plugins.find(caseId).orElseThrow(() -> new ClientSetException("finetune.error.no-case", caseId));
        FineTuning tuning = loaded.plugin()
                .fineTuning()
                .orElseThrow(() -> new ClientSetException("finetune.error.not-offered", caseId));
        if (epochs < 0 || epochs > properties.maxEpochs()) {
            throw new ClientSetException("finetune.error.epochs", properties.maxEpochs());
        }
        String clientName = client == null || client.isBlank() ? "client" : client.strip();
        if (clientName.length() > 200) {
            throw new ClientSetException("finetune.error.client", 200);
        }
        if (jobs.countByStateIn(ACTIVE) >= properties.maxConcurrentJobs()) {
            throw new ClientSetException("finetune.error.busy");
        }
        ClientSet set = read(loaded, tuning, archive);
        Path shipped;
        try {
            shipped = shippedModel(loaded);
        } catch (IOException e) {
            throw new ClientSetException("finetune.error.no-model", caseId);
        }
        int jobEpochs = epochs > 0 ? epochs : tuning.defaultEpochs();
        FineTuneJob job = jobs.save(new FineTuneJob(
                owner,
                caseId,
                clientName,
                jobEpochs,
                set.train().size(),
                set.heldOut().size(),
                clock.instant()));
        long id = job.getId();
        FineTuneRequest request = new FineTuneRequest(
                set.train(),
                set.heldOut(),
                jobEpochs,
                properties.seed(),
                properties.threads(),
                shipped,
                modelDirectory(id));
        worker.submit(id, cancelled -> run(id, tuning, request, cancelled));
        log.info("Fine-tuning job {} of {} on case {} started: {} examples", id, owner, caseId, set.perClass());
        return job;
    }

    /** The client's set in the case's own form: a zip of class folders of images, or a CSV of texts and labels. */
    private ClientSet read(LoadedCase loaded, FineTuning tuning, byte[] data) throws ClientSetException {
        return switch (dataForm(loaded)) {
            case IMAGES -> reader.read(data, tuning.classes(), tuning.minimumExamplesPerClass());
            case TEXTS -> csvReader.read(data, tuning.classes(), tuning.minimumExamplesPerClass());
            case NONE -> throw new ClientSetException("finetune.error.not-offered", loaded.caseId());
        };
    }

    /** The form of labelled data a case takes. */
    public enum DataForm {
        /** A zip with one folder of images per class. */
        IMAGES,
        /** A CSV with a text and a label column. */
        TEXTS,
        /** None the host can read (a series case, until a numeric target exists). */
        NONE
    }

    /** The form of data a case's fine-tuning takes, from the kind of input its demo takes. */
    public static DataForm dataForm(LoadedCase loaded) {
        return switch (loaded.plugin().demo().inputKind()) {
            case IMAGE -> DataForm.IMAGES;
            case TEXT -> DataForm.TEXTS;
            case SERIES -> DataForm.NONE;
        };
    }

    private void run(long id, FineTuning tuning, FineTuneRequest request, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            finish(id, FineTuneJob.State.CANCELLED, null, null);
            return;
        }
        update(id, FineTuneJob::running);
        try {
            FineTuneOutcome outcome = tuning.fineTune(
                    request,
                    progress ->
                            update(id, job -> job.epochDone(progress.epoch(), progress.loss(), progress.validation())),
                    cancelled);
            // Served before the job is marked succeeded, so whoever hears of the success finds the model ready.
            jobs.findById(id).ifPresent(clientModels::load);
            finish(id, FineTuneJob.State.SUCCEEDED, JSON.writeValueAsString(outcome), null);
            log.info("Fine-tuning job {} finished in {} s", id, Math.round(outcome.seconds()));
        } catch (CancellationException e) {
            deleteModel(id);
            finish(id, FineTuneJob.State.CANCELLED, null, null);
        } catch (Exception | LinkageError e) {
            log.warn("Fine-tuning job {} failed", id, e);
            deleteModel(id);
            finish(id, FineTuneJob.State.FAILED, null, String.valueOf(e.getMessage()));
        }
    }

    private void finish(long id, FineTuneJob.State state, String outcome, String message) {
        update(id, job -> job.finish(state, outcome, message, clock.instant()));
    }

    private void update(long id, Consumer<FineTuneJob> change) {
        jobs.findById(id).ifPresent(job -> {
            change.accept(job);
            jobs.save(job);
        });
        listeners.forEach(listener -> listener.accept(id));
    }

    /** The caller's own job. */
    public Optional<FineTuneJob> find(long id, String caller) {
        return jobs.findById(id).filter(job -> job.getOwner().equals(caller));
    }

    /** The caller's jobs, newest first. */
    public List<FineTuneJob> jobsOf(String caller) {
        return jobs.findByOwnerOrderByCreatedAtDesc(caller);
    }

    /** The before/after figures of a succeeded job. */
    public Optional<FineTuneOutcome> outcome(FineTuneJob job) {
        return Optional.ofNullable(job.getOutcome()).map(json -> JSON.readValue(json, FineTuneOutcome.class));
    }

    /** What {@link #cancelOrDelete} did. */
    public enum Removal {
        NOT_FOUND,
        CANCELLING,
        DELETED
    }

    /** Cancels the caller's running job, or deletes a finished one with its model: nothing of it is left. */
    public Removal cancelOrDelete(long id, String caller) {
        Optional<FineTuneJob> found = find(id, caller);
        if (found.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        if (found.get().getState().active() && worker.cancel(id)) {
            return Removal.CANCELLING;
        }
        clientModels.unload(id);
        deleteModel(id);
        jobs.deleteById(id);
        listeners.forEach(listener -> listener.accept(id));
        return Removal.DELETED;
    }

    /** Told the id of a job whenever it changes (the page's live curve); returns what removes the listener. */
    public Runnable onChange(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Jobs that were queued or running when the portal stopped did not finish: they failed. */
    @EventListener(ApplicationStartedEvent.class)
    void markInterrupted() {
        for (FineTuneJob job : jobs.findByStateIn(ACTIVE)) {
            deleteModel(job.getId());
            job.finish(FineTuneJob.State.FAILED, null, "interrupted by a restart of the portal", clock.instant());
            jobs.save(job);
            log.info("Fine-tuning job {} was interrupted by a restart: marked failed", job.getId());
        }
    }

    /** Where a job's tuned SavedModel lies. */
    Path modelDirectory(long id) {
        return ClientModels.directory(properties, id);
    }

    private Path shippedModel(LoadedCase loaded) throws IOException {
        var model = loaded.plugin().model();
        Path destination = properties
                .directory()
                .resolve("shipped")
                .resolve(loaded.pluginId() + "-" + loaded.pluginVersion() + "-" + model.version())
                .resolve(model.name());
        return ModelUnpacker.unpack(loaded.archive(), model.savedModelPath(), destination);
    }

    private void deleteModel(long id) {
        Path directory = modelDirectory(id);
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Model of fine-tuning job {} could not be deleted: {}", id, e.getMessage());
        }
    }
}
