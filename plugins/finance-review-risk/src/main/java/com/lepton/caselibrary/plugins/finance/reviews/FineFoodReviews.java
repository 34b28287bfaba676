package com.lepton.caselibrary.plugins.finance.reviews;

import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Amazon fine-food reviews of R's {@code modeldata} package ({@code small_fine_foods}: 4,000
 * training and 1,000 test reviews, each labelled {@code great} for five stars or {@code other}),
 * as exported by {@code export-fine-foods.R} into {@code train.csv} and {@code test.csv}.
 */
record FineFoodReviews(List<Review> train, List<Review> test) {

    /** The export command, for messages. */
    static final String EXPORT_COMMAND = "Rscript plugins/finance-review-risk/export-fine-foods.R data/fine-foods";

    /** One review with its label. */
    record Review(String text, ReviewClass label) {}

    static FineFoodReviews read(Path directory) throws IOException {
        if (!Files.isRegularFile(directory.resolve("train.csv"))) {
            throw new IOException("no train.csv in " + directory + "; export the reviews first: " + EXPORT_COMMAND
                    + " (needs Debian's r-base-core and r-cran-modeldata)");
        }
        return new FineFoodReviews(readFile(directory.resolve("train.csv")), readFile(directory.resolve("test.csv")));
    }

    /** The reviews of one exported file. */
    static List<Review> readFile(Path file) throws IOException {
        return fromRows(CsvTables.read(file, "review", "score"));
    }

    static List<Review> fromRows(List<Map<String, String>> rows) {
        return rows.stream()
                .map(row -> new Review(row.get("review"), ReviewClass.ofKey(row.get("score"))))
                .toList();
    }
}
