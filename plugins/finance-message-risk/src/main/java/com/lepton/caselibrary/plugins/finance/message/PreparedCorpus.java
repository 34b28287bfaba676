package com.lepton.caselibrary.plugins.finance.message;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The corpus made ready for training, in plain Java: each mail reduced to subject and body,
 * tokenised, exact duplicates and mails without any token removed, split by group, and encoded
 * with a vocabulary built from the training part only (so nothing about validation or test mails
 * leaks into it).
 *
 * @param groups     corpus group per kept mail
 * @param labels     class index per kept mail ({@link MessageClass} order)
 * @param tokenCount tokens per kept mail before truncation
 * @param encoded    the first {@link TextCnn#MAX_TOKENS} token ids per kept mail, padded
 * @param parts      the split part per kept mail
 * @param vocabulary built from the training part
 * @param mails      mails in the corpus
 * @param duplicates mails dropped because an earlier mail has the same tokens
 * @param empty      mails dropped because no token was left (e.g. only an attachment)
 */
public record PreparedCorpus(
        List<String> groups,
        int[] labels,
        int[] tokenCount,
        int[][] encoded,
        StratifiedSplit.Part[] parts,
        Vocabulary vocabulary,
        int mails,
        int duplicates,
        int empty) {

    static final double VALIDATION_SHARE = 0.1;
    static final double TEST_SHARE = 0.2;
    static final int MIN_TOKEN_COUNT = 2;

    /** Loads the installed corpus and prepares it with the given split seed. */
    public static PreparedCorpus load(Path dataDirectory, long seed) throws IOException {
        return prepare(SpamAssassinCorpus.load(dataDirectory), seed, TextCnn.VOCABULARY_SIZE, TextCnn.MAX_TOKENS);
    }

    static PreparedCorpus prepare(List<Message> messages, long seed, int vocabularySize, int maxTokens) {
        List<String> groups = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        int duplicates = 0;
        int empty = 0;
        for (Message message : messages) {
            List<String> messageTokens = Tokenizer.tokenize(message.text());
            if (messageTokens.isEmpty()) {
                empty++;
            } else if (!seen.add(messageTokens)) {
                duplicates++;
            } else {
                groups.add(message.group());
                labels.add(message.label().ordinal());
                tokens.add(messageTokens);
            }
        }
        StratifiedSplit.Part[] parts = StratifiedSplit.split(groups, VALIDATION_SHARE, TEST_SHARE, seed);
        List<List<String>> training = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (parts[i] == StratifiedSplit.Part.TRAIN) {
                training.add(tokens.get(i));
            }
        }
        Vocabulary vocabulary = Vocabulary.build(training, vocabularySize, MIN_TOKEN_COUNT);
        int[][] encoded = new int[tokens.size()][];
        int[] tokenCount = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            encoded[i] = vocabulary.encode(tokens.get(i), maxTokens);
            tokenCount[i] = tokens.get(i).size();
        }
        return new PreparedCorpus(
                List.copyOf(groups),
                labels.stream().mapToInt(Integer::intValue).toArray(),
                tokenCount,
                encoded,
                parts,
                vocabulary,
                messages.size(),
                duplicates,
                empty);
    }

    /** Indices of the mails in a part, in corpus order. */
    public int[] indices(StratifiedSplit.Part part) {
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == part) {
                indices.add(i);
            }
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Number of mails kept. */
    public int size() {
        return labels.length;
    }
}
