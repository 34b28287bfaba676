package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.SeriesFineTuneOutcome;
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
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consultants' fine-tuning jobs: starts one on a client's data set, reports progress, cancels, deletes the job
 * with its model (out of the pool, off the disk, out of the database), and marks the jobs that were interrupted as
 * failed: at a restart, and whenever the replica running one stops beating for it ({@link JobTakeovers}). A job and its
 * model are its owner's only: to anyone else it does not exist.
 */
@Service
@RequiredArgsConstructor
public class FineTuneService {

    private static final Logger log = LoggerFactory.getLogger(FineTuneService.class);
    static final Set<FineTuneJob.State> ACTIVE = EnumSet.of(FineTuneJob.State.QUEUED, FineTuneJob.State.RUNNING);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PluginHost plugins;
    private final ClientTunings tunings;
    private final FineTuneJobRepository jobs;
    private final FineTuneWorker worker;
    private final FineTuneProperties properties;
    private final ClientModels clientModels;
    private final JobHolding holding;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final List<Consumer<Long>> listeners = new CopyOnWriteArrayList<>();

    /** The live cases that offer fine-tuning on data the host can read. */
    public List<LoadedCase> tunableCases() {
        return plugins.cases().stream()
                .filter(loaded -> DataForm.of(loaded) != DataForm.NONE)
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
        DataForm form = DataForm.of(loaded);
        if (form == DataForm.NONE) {
            throw new ClientSetException("finetune.error.not-offered", caseId);
        }
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
        ClientTunings.Tuning tuning = tunings.read(loaded, form, archive, epochs);
        Path shipped;
        try {
            shipped = shippedModel(loaded);
        } catch (IOException e) {
            throw new ClientSetException("finetune.error.no-model", caseId);
        }
        FineTuneJob job = jobs.save(new FineTuneJob(
                owner,
                caseId,
                clientName,
                tuning.epochs(),
                tuning.train(),
                tuning.heldOut(),
                holding.self(),
                clock.instant()));
        long id = job.getId();
        Path output = ClientModels.directory(properties, id);
        worker.submit(id, cancelled -> run(id, tuning, shipped, output, cancelled));
        log.info("Fine-tuning job {} of {} on case {} started: {}", id, owner, caseId, tuning.summary());
        return job;
    }

    private void run(long id, ClientTunings.Tuning tuning, Path shipped, Path output, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            finish(id, FineTuneJob.State.CANCELLED, null, null);
            return;
        }
        if (!update(id, FineTuneJob::running)) {
            return; // cancelled on another replica while it waited here
        }
        try {
            Object outcome = tuning.trainer()
                    .train(
                            shipped,
                            output,
                            progress -> update(
                                    id, job -> job.epochDone(progress.epoch(), progress.loss(), progress.validation())),
                            cancelled);
            // Served before the job is marked succeeded, so whoever hears of the success finds the model ready.
            jobs.findById(id).ifPresent(clientModels::load);
            if (!finish(id, FineTuneJob.State.SUCCEEDED, JSON.writeValueAsString(outcome), null)) {
                // Cancelled on another replica (or taken over) in the last moment: its end stands, the model goes.
                clientModels.unload(id);
                deleteModel(id);
                return;
            }
            log.info("Fine-tuning job {} finished", id);
        } catch (CancellationException e) {
            deleteModel(id);
            finish(id, FineTuneJob.State.CANCELLED, null, null);
        } catch (Exception | LinkageError e) {
            log.warn("Fine-tuning job {} failed", id, e);
            deleteModel(id);
            finish(id, FineTuneJob.State.FAILED, null, String.valueOf(e.getMessage()));
        }
    }

    private boolean finish(long id, FineTuneJob.State state, String outcome, String message) {
        return update(id, job -> job.finish(state, outcome, message, clock.instant()));
    }

    /**
     * Changes a job that is still queued or running, under its row lock. A finished job is final: a cancel from
     * another replica, or a takeover of a job whose holder fell silent, is not undone by its holder's progress.
     *
     * @return whether the job was still active and changed
     */
    private boolean update(long id, Consumer<FineTuneJob> change) {
        boolean changed = Boolean.TRUE.equals(transactions.execute(status -> jobs.findLocked(id)
                .filter(job -> job.getState().active())
                .map(job -> {
                    change.accept(job);
                    return true;
                })
                .orElse(false)));
        listeners.forEach(listener -> listener.accept(id));
        return changed;
    }

    /** The caller's own job. */
    public Optional<FineTuneJob> find(long id, String caller) {
        return jobs.findById(id).filter(job -> job.getOwner().equals(caller));
    }

    /** The caller's jobs, newest first. */
    public List<FineTuneJob> jobsOf(String caller) {
        return jobs.findByOwnerOrderByCreatedAtDesc(caller);
    }

    /** The before/after figures of a succeeded classifier job. */
    public Optional<FineTuneOutcome> outcome(FineTuneJob job) {
        return Optional.ofNullable(job.getOutcome())
                .filter(json -> !series(json))
                .map(json -> JSON.readValue(json, FineTuneOutcome.class));
    }

    /** The before/after errors and held-out forecasts of a succeeded series job. */
    public Optional<SeriesFineTuneOutcome> seriesOutcome(FineTuneJob job) {
        return Optional.ofNullable(job.getOutcome())
                .filter(FineTuneService::series)
                .map(json -> JSON.readValue(json, SeriesFineTuneOutcome.class));
    }

    /** Whether a job tunes a forecaster on a series (its validation curve is an RMSE). */
    public boolean isSeries(FineTuneJob job) {
        return plugins.find(job.getCaseId()).map(DataForm::of).orElse(DataForm.NONE) == DataForm.SERIES;
    }

    /** A series outcome has held-out dates; a classifier's has classes. */
    private static boolean series(String json) {
        return JSON.readTree(json).has("heldOutDates");
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
        if (found.get().getState().active() && (worker.cancel(id) || cancelElsewhere(id))) {
            return Removal.CANCELLING;
        }
        clientModels.unload(id);
        deleteModel(id);
        jobs.deleteById(id);
        listeners.forEach(listener -> listener.accept(id));
        return Removal.DELETED;
    }

    /**
     * A job another replica runs (its cancel flag lies there): cancelled in the database, which its holder reads at
     * its next beat, and stops it. False when it had just ended: it is deleted then, as a finished job is.
     */
    private boolean cancelElsewhere(long id) {
        if (!update(id, job -> job.finish(FineTuneJob.State.CANCELLED, null, null, clock.instant()))) {
            return false;
        }
        deleteModel(id); // its holder deletes it again when it stops; this covers a holder that died meanwhile
        log.info("Fine-tuning job {} cancelled; the replica running it stops it at its next beat", id);
        return true;
    }

    /** Told the id of a job whenever it changes (the page's live curve); returns what removes the listener. */
    public Runnable onChange(Consumer<Long> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** A job that ended elsewhere than in its run (taken over): its model goes, its watchers hear of it. */
    void ended(long id) {
        deleteModel(id);
        listeners.forEach(listener -> listener.accept(id));
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
        Path directory = ClientModels.directory(properties, id);
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
