package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.demo.ModelChoice;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.PrivateModels;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The consultants' client models in the shared inference pool: each succeeded job's SavedModel is served under a
 * private key, loaded when the job finishes and at every start, unloaded when the job is deleted or its case
 * withdrawn. With several replicas each follows the jobs table ({@link #follow()}), so a model tuned or deleted on
 * one is served or dropped on all. Only the job's owner (and administrators) may choose it for a run.
 */
@Component
@RequiredArgsConstructor
public class ClientModels {

    private static final Logger log = LoggerFactory.getLogger(ClientModels.class);

    private final FineTuneJobRepository jobs;
    private final FineTuneProperties properties;
    private final InferencePool pool;
    private final PluginHost plugins;
    /** The jobs whose models this replica serves. */
    private final Set<Long> served = ConcurrentHashMap.newKeySet();
    /** The jobs whose models failed to load here: not tried again by {@link #follow()} (the log says why). */
    private final Set<Long> unservable = ConcurrentHashMap.newKeySet();

    /**
     * The client model of job {@code jobId} on case {@code caseId}, when the caller may run it: its owner, or an
     * administrator. Anyone else learns nothing, not even that it exists.
     */
    public Optional<ModelChoice> choose(String caseId, long jobId, Authentication caller) {
        if (caller == null || !caller.isAuthenticated()) {
            return Optional.empty();
        }
        return jobs.findById(jobId)
                .filter(job -> job.getCaseId().equals(caseId) && job.getState() == FineTuneJob.State.SUCCEEDED)
                .filter(job -> job.getOwner().equals(caller.getName()) || isAdministrator(caller))
                .filter(job -> pool.isLoaded(key(jobId)))
                .map(ClientModels::choice);
    }

    /** The client model of one of the owner's succeeded jobs, for the owner's own pages (decks, comparison). */
    public Optional<ModelChoice> ofOwner(long jobId, String owner) {
        return jobs.findById(jobId)
                .filter(job -> job.getOwner().equals(owner) && job.getState() == FineTuneJob.State.SUCCEEDED)
                .filter(job -> pool.isLoaded(key(jobId)))
                .map(ClientModels::choice);
    }

    /** A client model a consultant may put on a slide: the job's id and the client it is named for. */
    public record Offered(long id, String client) {}

    /** The owner's client models of a case, newest first (the deck editor's choices). */
    public List<Offered> offeredTo(String owner, String caseId) {
        return jobs
                .findByOwnerAndCaseIdAndStateOrderByCreatedAtDesc(owner, caseId, FineTuneJob.State.SUCCEEDED)
                .stream()
                .filter(job -> pool.isLoaded(key(job.getId())))
                .map(job -> new Offered(job.getId(), job.getClient()))
                .toList();
    }

    /**
     * The client model of a deck's slide, answered only while it is the deck owner's and of the slide's case: a
     * share link of the owner's deck runs it, nothing else does.
     */
    public Optional<ModelChoice> forDeck(String caseId, long jobId, String deckOwner) {
        return jobs.findById(jobId)
                .filter(job -> job.getCaseId().equals(caseId))
                .flatMap(job -> ofOwner(jobId, deckOwner));
    }

    /** The client a model is named for, while it exists. */
    public Optional<String> clientOf(long jobId) {
        return jobs.findById(jobId).map(FineTuneJob::getClient);
    }

    /** A succeeded job's model, as its runs show it: the job's number and the client's name. */
    static ModelChoice choice(FineTuneJob job) {
        return new ModelChoice(key(job.getId()), "client-" + job.getId());
    }

    /** The pool key of a job's client model. */
    static String key(long jobId) {
        return PrivateModels.key("client-model-" + jobId);
    }

    /** Where a job's client model (a SavedModel folder) lies. */
    static Path directory(FineTuneProperties properties, long jobId) {
        return properties
                .directory()
                .resolve(Long.toString(jobId))
                .toAbsolutePath()
                .normalize();
    }

    /** Loads the finished client models after the cases' own models are loaded. */
    @EventListener(ApplicationStartedEvent.class)
    @Order(10)
    void loadAll() {
        jobs.findByState(FineTuneJob.State.SUCCEEDED).forEach(this::load);
    }

    /** A case withdrawn takes its client models out of the pool; a case (re)enabled brings them back. */
    @EventListener
    @Order(10)
    void pluginChanged(PluginCasesChanged change) {
        change.withdrawn()
                .forEach(caseId -> jobs.findByCaseIdAndState(caseId, FineTuneJob.State.SUCCEEDED)
                        .forEach(job -> unload(job.getId())));
        change.added()
                .forEach(loaded -> jobs.findByCaseIdAndState(loaded.caseId(), FineTuneJob.State.SUCCEEDED)
                        .forEach(this::load));
    }

    /** Serves a succeeded job's model through the pool; a model that cannot be loaded is logged, not fatal. */
    void load(FineTuneJob job) {
        Optional<LoadedCase> loaded = plugins.find(job.getCaseId());
        Path savedModel = directory(properties, job.getId());
        if (loaded.isEmpty()) {
            return;
        }
        try {
            pool.register(
                    key(job.getId()),
                    choice(job).version(),
                    savedModel,
                    loaded.get().plugin().adapter(),
                    null);
            served.add(job.getId());
            unservable.remove(job.getId());
        } catch (IOException | RuntimeException | LinkageError e) {
            unservable.add(job.getId());
            log.warn("Client model of fine-tuning job {} cannot be served: {}", job.getId(), e.getMessage());
        }
    }

    /** Stops serving a job's model (before its files are deleted). */
    void unload(long jobId) {
        served.remove(jobId);
        pool.unregister(key(jobId));
    }

    /**
     * Every few seconds ({@code lepton.fine-tune.heartbeat}): serves the models of jobs that succeeded on other
     * replicas (their files are on the shared data volume) and drops those whose jobs were deleted there. A model
     * this replica has just loaded for a job it is finishing (not yet marked succeeded) is kept. No lock is held
     * while models load: what this replica did meanwhile is left alone (only what it served before the jobs were
     * read may be dropped, only what it did not serve may be loaded), and a rare overlap with a plugin change is put
     * right at the next call.
     */
    void follow() {
        Set<Long> before = Set.copyOf(served);
        Map<Long, String> succeeded = jobs.findServedByState(FineTuneJob.State.SUCCEEDED).stream()
                .collect(
                        Collectors.toMap(FineTuneJobRepository.Served::getId, FineTuneJobRepository.Served::getCaseId));
        Set<Long> existing = before.isEmpty() ? Set.of() : Set.copyOf(jobs.findIdsIn(before));
        for (long id : before) {
            boolean withdrawn = succeeded.containsKey(id) && !live(succeeded.get(id));
            if (!existing.contains(id) || withdrawn) {
                unload(id);
                log.info("Client model of fine-tuning job {} dropped: deleted, or its case withdrawn", id);
            }
        }
        unservable.retainAll(succeeded.keySet());
        succeeded.forEach((id, caseId) -> {
            if (!before.contains(id) && !served.contains(id) && !unservable.contains(id) && live(caseId)) {
                jobs.findById(id).ifPresent(this::load);
                if (served.contains(id)) {
                    log.info("Client model of fine-tuning job {} served (tuned on another replica)", id);
                }
            }
        });
    }

    private boolean live(String caseId) {
        return plugins.find(caseId).isPresent();
    }

    private static boolean isAdministrator(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }
}
