package com.lepton.caselibrary.plugins.finance.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped samples are exactly what {@link ExportSamples} selects from the held-out reviews. */
class SampleProvenanceTest {

    @Test
    void theShippedSamplesAreTheExportedOnes(@TempDir Path exported) throws Exception {
        ExportSamples.main(new String[] {exported.toString()});

        Path shipped = Path.of("src/main/resources/samples");
        for (String id : List.of(
                "delighted-snack", "delighted-coffee", "stale-product", "too-pricey", "batch-calm", "batch-souring")) {
            assertThat(Files.readString(shipped.resolve(id + ".txt"), StandardCharsets.UTF_8))
                    .as(id)
                    .isEqualTo(Files.readString(exported.resolve(id + ".txt"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSouringBatchEndsWithMoreComplaintsThanItStarts() throws Exception {
        List<FineFoodReviews.Review> batch = ExportSamples.souring(HeldOutReviews.read());

        assertThat(complaints(batch.subList(0, 15))).isZero();
        assertThat(complaints(batch.subList(15, 30))).isEqualTo(12);
        assertThat(complaints(ExportSamples.calm(HeldOutReviews.read()))).isLessThan(12);
    }

    private static long complaints(List<FineFoodReviews.Review> reviews) {
        return reviews.stream().filter(r -> r.label() == ReviewClass.OTHER).count();
    }
}
