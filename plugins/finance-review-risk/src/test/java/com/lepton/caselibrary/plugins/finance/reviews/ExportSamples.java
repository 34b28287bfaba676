package com.lepton.caselibrary.plugins.finance.reviews;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Dev runner: writes the demo's samples from the 1,000 held-out test reviews (rows counted from 0, whitespace folded
 * to single spaces, one review per line), so that where each comes from can be checked and redone.
 *
 * <ul>
 *   <li>single reviews: rows 250 and 7 (great), 310 and 3 (complaints), picked by hand for their clear wording;
 *   <li>batch-calm: the first 30 reviews from row 500 of at most {@value #LONGEST} characters, in file order;
 *   <li>batch-souring: the first 15 great reviews of at most {@value #LONGEST} characters from row 600, then 15 rows
 *       of 600-649 picked by hand, 12 of them complaints, so that the share of complaints rises.
 * </ul>
 *
 * <pre>
 * ./mvnw -B -f plugins/finance-review-risk/pom.xml test-compile exec:exec@export-samples
 * </pre>
 */
public final class ExportSamples {

    /** Longer reviews make a batch hard to read on a projector. */
    static final int LONGEST = 800;

    static final int[] SOURING_TAIL = {606, 623, 625, 637, 649, 612, 624, 639, 638, 601, 600, 644, 619, 605, 614};

    private ExportSamples() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "src/main/resources/samples");
        List<FineFoodReviews.Review> reviews = HeldOutReviews.read();
        Files.createDirectories(output);
        write(output, "delighted-snack", List.of(reviews.get(250)));
        write(output, "delighted-coffee", List.of(reviews.get(7)));
        write(output, "stale-product", List.of(reviews.get(310)));
        write(output, "too-pricey", List.of(reviews.get(3)));
        write(output, "batch-calm", calm(reviews));
        write(output, "batch-souring", souring(reviews));
    }

    static List<FineFoodReviews.Review> calm(List<FineFoodReviews.Review> reviews) {
        return IntStream.range(500, reviews.size())
                .mapToObj(reviews::get)
                .filter(review -> review.text().length() <= LONGEST)
                .limit(30)
                .toList();
    }

    static List<FineFoodReviews.Review> souring(List<FineFoodReviews.Review> reviews) {
        List<FineFoodReviews.Review> batch = new ArrayList<>(IntStream.range(600, reviews.size())
                .mapToObj(reviews::get)
                .filter(review ->
                        review.label() == ReviewClass.GREAT && review.text().length() <= LONGEST)
                .limit(15)
                .toList());
        for (int row : SOURING_TAIL) {
            batch.add(reviews.get(row));
        }
        return batch;
    }

    private static void write(Path output, String id, List<FineFoodReviews.Review> reviews) throws Exception {
        StringBuilder text = new StringBuilder();
        for (FineFoodReviews.Review review : reviews) {
            text.append(oneLine(review.text())).append('\n');
        }
        Files.writeString(output.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        System.out.println(output.resolve(id + ".txt") + ": " + reviews.size() + " review(s)");
    }

    static String oneLine(String review) {
        return review.strip().replaceAll("\\s+", " ");
    }
}
