package com.lepton.caselibrary.plugins.finance.reviews;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words to ids, shared by training and the demo so both read a review the same way: lower case,
 * HTML line breaks dropped, words of letters (with an inner apostrophe), numbers and {@code !}.
 * Id 0 pads, id 1 stands for a word not in the vocabulary; the rest are the training part's most
 * frequent words, most frequent first.
 */
final class ReviewVocabulary {

    static final int PAD_ID = 0;
    static final int UNKNOWN_ID = 1;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?|\\p{N}+|!");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final List<String> words;
    private final Map<String, Integer> ids;

    private ReviewVocabulary(List<String> words) {
        this.words = List.copyOf(words);
        this.ids = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
    }

    /** The words of a text, in order. */
    static List<String> tokenize(String text) {
        Matcher matcher = WORD.matcher(BREAK.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The {@code size - 2} most frequent words of {@code texts} seen at least twice (ties by word). */
    static ReviewVocabulary build(List<List<String>> texts, int size) {
        Map<String, Integer> counts = new HashMap<>();
        texts.forEach(tokens -> tokens.forEach(token -> counts.merge(token, 1, Integer::sum)));
        List<String> words = new ArrayList<>(List.of("<pad>", "<unk>"));
        counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(size - 2L)
                .forEach(e -> words.add(e.getKey()));
        return new ReviewVocabulary(words);
    }

    int size() {
        return words.size();
    }

    /** Whether {@code token} has an id of its own. */
    boolean contains(String token) {
        return ids.containsKey(token) && ids.get(token) > UNKNOWN_ID;
    }

    /** The first {@code length} tokens as ids, padded with {@link #PAD_ID} at the end. */
    int[] encode(List<String> tokens, int length) {
        int[] encoded = new int[length];
        for (int i = 0; i < Math.min(length, tokens.size()); i++) {
            encoded[i] = ids.getOrDefault(tokens.get(i), UNKNOWN_ID);
        }
        return encoded;
    }

    /** One word per line, line number = id. */
    void write(Path file) throws IOException {
        Files.write(file, words, StandardCharsets.UTF_8);
    }

    static ReviewVocabulary read(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                words.add(line);
            }
        }
        if (words.size() < 3
                || !words.get(PAD_ID).equals("<pad>")
                || !words.get(UNKNOWN_ID).equals("<unk>")) {
            throw new IOException("not a review vocabulary: it must start with <pad> and <unk>");
        }
        return new ReviewVocabulary(words);
    }
}
