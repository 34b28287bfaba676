package com.lepton.caselibrary.plugins.finance.message;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A client's inbox whose legitimate mail differs in style from the corpus the model learnt from, built from two
 * real corpora: the client is a food retailer whose customers write product reviews and feedback (the ham: Amazon
 * fine-food reviews, the 1,000 test reviews of R modeldata's {@code small_fine_foods}, MIT, committed gzipped by
 * the review-risk plugin), and whose spam is the SpamAssassin spam the shipped model never trained on (the
 * spam mails of the TEST part of the trainer's own split, seed 42). The transformation: each review becomes a
 * message labelled {@code ham}, each test-part spam mail (subject and body) one labelled {@code spam}; nothing
 * else is changed.
 */
final class ClientMessages {

    /** The review-risk plugin's committed test reviews, from this module's folder (where Maven runs the tests). */
    static final Path REVIEWS = Path.of("../finance-review-risk/src/test/resources/heldout/fine-foods-test.csv.gz");

    /** The corpus takes a minute to read on the shared machine: read once per test run. */
    private static List<String> spam;

    private ClientMessages() {}

    static boolean available() {
        return Files.isRegularFile(REVIEWS)
                && Files.isDirectory(Path.of("../..").resolve(MessageRiskTrainer.NPM_DATA));
    }

    /** The first {@code perClass} reviews as ham, then the first {@code perClass} test-part spam mails. */
    static List<LabelledExample> of(int perClass) throws Exception {
        List<LabelledExample> examples = new ArrayList<>();
        for (String review : reviews().subList(0, perClass)) {
            examples.add(new LabelledExample(new DemoInput.Text(review), MessageClass.HAM.key()));
        }
        for (String mail : testSpam().subList(0, perClass)) {
            examples.add(new LabelledExample(new DemoInput.Text(mail), MessageClass.SPAM.key()));
        }
        return examples;
    }

    private static List<String> reviews() throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(REVIEWS));
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return CsvTables.read(reader, REVIEWS.toString(), "review", "score").stream()
                    .map(row -> row.get("review"))
                    .toList();
        }
    }

    /** The spam mails of the trainer's TEST part: the same filtering and split as {@link PreparedCorpus}. */
    private static synchronized List<String> testSpam() throws Exception {
        if (spam == null) {
            spam = readTestSpam();
        }
        return spam;
    }

    private static List<String> readTestSpam() throws Exception {
        List<Message> kept = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (Message message : SpamAssassinCorpus.load(Path.of("../..").resolve(MessageRiskTrainer.NPM_DATA))) {
            List<String> tokens = Tokenizer.tokenize(message.text());
            if (!tokens.isEmpty() && seen.add(tokens)) {
                kept.add(message);
            }
        }
        StratifiedSplit.Part[] parts = StratifiedSplit.split(
                kept.stream().map(Message::group).toList(),
                PreparedCorpus.VALIDATION_SHARE,
                PreparedCorpus.TEST_SHARE,
                42);
        List<String> testSpam = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (parts[i] == StratifiedSplit.Part.TEST && kept.get(i).label() == MessageClass.SPAM) {
                testSpam.add(kept.get(i).text());
            }
        }
        return testSpam;
    }
}
