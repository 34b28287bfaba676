package com.lepton.caselibrary.finetune;

import java.nio.file.Path;
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
 * @param maxEpochs            most epochs a caller may ask for
 * @param seed                 the seed of the split and of training
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
        long seed) {

    @ConstructorBinding
    public FineTuneProperties {
        maxConcurrentJobs = Math.max(1, maxConcurrentJobs);
        threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        heldOutPercent = heldOutPercent > 0 ? heldOutPercent : 20;
        maxEpochs = maxEpochs > 0 ? maxEpochs : 30;
    }
}
