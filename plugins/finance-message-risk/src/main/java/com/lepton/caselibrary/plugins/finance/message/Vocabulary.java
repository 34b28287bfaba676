package com.lepton.caselibrary.plugins.finance.message;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps tokens to the ids the embedding is indexed with. Id 0 is padding, id 1 stands for every
 * token outside the vocabulary; then come the most frequent training tokens, most frequent first
 * (ties in alphabetical order, so a rebuild gives the same file).
 *
 * <p>Stored as UTF-8 text, one token per line, the line number (from 0) being the id. Immutable.
 */
public final class Vocabulary {

    /** Id of the padding after the end of a short message. */
    public static final int PAD_ID = 0;
    /** Id of any token that is not in the vocabulary. */
    public static final int UNKNOWN_ID = 1;

    static final String PAD = "<pad>";
    static final String UNKNOWN = "<unk>";

    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private Vocabulary(List<String> tokens) {
        if (tokens.size() < 2
                || !tokens.get(PAD_ID).equals(PAD)
                || !tokens.get(UNKNOWN_ID).equals(UNKNOWN)) {
            throw new IllegalArgumentException("a vocabulary starts with " + PAD + " and " + UNKNOWN);
        }
        this.tokens = List.copyOf(tokens);
        this.ids = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            if (ids.putIfAbsent(tokens.get(i), i) != null) {
                throw new IllegalArgumentException("token listed twice: " + tokens.get(i));
            }
        }
    }

    /**
     * Builds a vocabulary from tokenised training messages.
     *
     * @param messages  the training messages' tokens
     * @param maxSize   the most ids, padding and unknown included
     * @param minCount  how often a token must occur to get its own id
     */
    public static Vocabulary build(Collection<List<String>> messages, int maxSize, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> message : messages) {
            for (String token : message) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        List<String> tokens = new ArrayList<>(List.of(PAD, UNKNOWN));
        counts.entrySet().stream()
                .filter(entry -> entry.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(0, maxSize - 2))
                .forEach(entry -> tokens.add(entry.getKey()));
        return new Vocabulary(tokens);
    }

    /** Reads a vocabulary written by {@link #write}. */
    public static Vocabulary read(InputStream in) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    tokens.add(line);
                }
            }
        }
        return new Vocabulary(tokens);
    }

    /** Writes one token per line. */
    public void write(Path file) throws IOException {
        Files.writeString(file, String.join("\n", tokens) + "\n", StandardCharsets.UTF_8);
    }

    /** Number of ids, padding and unknown included: the embedding's row count. */
    public int size() {
        return tokens.size();
    }

    /** The id of a token, {@link #UNKNOWN_ID} when it is not in the vocabulary. */
    public int id(String token) {
        return ids.getOrDefault(token, UNKNOWN_ID);
    }

    /** The token of an id. */
    public String token(int id) {
        return tokens.get(id);
    }

    /**
     * The first {@code length} tokens as ids, padded with {@link #PAD_ID} at the end when the
     * message is shorter; a longer message is cut after {@code length} tokens.
     */
    public int[] encode(List<String> messageTokens, int length) {
        int[] encoded = new int[length];
        int count = Math.min(length, messageTokens.size());
        for (int i = 0; i < count; i++) {
            encoded[i] = id(messageTokens.get(i));
        }
        return encoded;
    }
}
