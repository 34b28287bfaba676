package com.lepton.caselibrary.finetune;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Limits and resources of fine-tuning.
 *
 * @param directory            where client models lie, one folder per job
 * @param maxConcurrentJobs    jobs running at once across the portal; more are refused
 * @param threads              CPU threads a job may use (the budget that keeps visitors' demos fast)
 * @param maxArchiveBytes      largest accepted zip
 * @param maxEntries           most files in the zip
 * @param maxUncompressedBytes most bytes all entries may inflate to together (zip bombs)
 * @param minExamplesPerClass  fewest examples per class, at least the case's own minimum
 * @param heldOutPercent       share of each class held out for the before/after comparison
 * @param maxEpochs            most epochs a caller may ask for (at most {@link #MOST_EPOCHS})
 * @param seed                 the seed of the split and of training
 * @param replicaName          this replica's name among several on one database, kept across its restarts (its
 *                             old jobs are then failed at once when it restarts); empty: a name per process
 * @param heartbeat            how often a replica beats for its jobs, looks for jobs of replicas that died, and
 *                             loads the client models other replicas tuned
 * @param holderTimeout        how long a replica may miss its beats before its jobs count as interrupted
 */
@ConfigurationProperties("lepton.fine-tune")
public record FineTuneProperties(
        Path directory,
        int maxConcurrentJobs,
        int threads,
        int maxArchiveBytes,
        int maxEntries,
        long maxUncompressedBytes,
        int minExamplesPerClass,
        int heldOutPercent,
        int maxEpochs,
        long seed,
        String replicaName,
        Duration heartbeat,
        Duration holderTimeout) {

    /** The most epochs a deployment may allow (the curve columns of {@code fine_tune_job} hold this many). */
    public static final int MOST_EPOCHS = 1000;

    @ConstructorBinding
    public FineTuneProperties {
        maxConcurrentJobs = Math.max(1, maxConcurrentJobs);
        threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        heldOutPercent = heldOutPercent > 0 ? heldOutPercent : 20;
        maxEpochs = maxEpochs > 0 ? maxEpochs : 30;
        if (maxEpochs > MOST_EPOCHS) {
            // Each epoch's loss and validation figure are kept for the curve, in columns sized for this many.
            throw new IllegalArgumentException("lepton.fine-tune.max-epochs: at most " + MOST_EPOCHS);
        }
        replicaName = replicaName == null ? "" : replicaName.strip();
        if (replicaName.length() > 64) {
            throw new IllegalArgumentException("lepton.fine-tune.replica-name: at most 64 characters");
        }
        heartbeat = heartbeat != null && heartbeat.isPositive() ? heartbeat : Duration.ofSeconds(5);
        holderTimeout = holderTimeout != null && holderTimeout.isPositive() ? holderTimeout : Duration.ofMinutes(2);
    }
}
