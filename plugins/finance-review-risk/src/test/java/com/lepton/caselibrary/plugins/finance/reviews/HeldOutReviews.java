package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/** The data's 1,000 test reviews, committed gzipped (MIT, R modeldata): the card's held-out set. */
final class HeldOutReviews {

    static final String RESOURCE = "heldout/fine-foods-test.csv.gz";

    private HeldOutReviews() {}

    static List<FineFoodReviews.Review> read() throws Exception {
        try (InputStream in = new GZIPInputStream(Objects.requireNonNull(
                        HeldOutReviews.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return FineFoodReviews.fromRows(CsvTables.read(reader, RESOURCE, "review", "score"));
        }
    }
}
