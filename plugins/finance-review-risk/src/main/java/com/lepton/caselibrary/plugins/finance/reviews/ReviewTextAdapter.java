package com.lepton.caselibrary.plugins.finance.reviews;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DataAdapter;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Turns one review or post into the 120 word ids the LSTM reads, with the training's own
 * tokenizer and vocabulary (shipped beside the SavedModel, read once on first use), and the two
 * probabilities back into an answer. Stateless apart from that vocabulary, and thread-safe.
 */
public final class ReviewTextAdapter implements DataAdapter {

    /** At least this many words of the text must be in the vocabulary for the model to judge it. */
    static final int MIN_KNOWN_WORDS = 2;

    private final Supplier<ReviewVocabulary> vocabulary;

    public ReviewTextAdapter() {
        this(ShippedVocabulary::get);
    }

    ReviewTextAdapter(ReviewVocabulary vocabulary) {
        this(() -> vocabulary);
    }

    private ReviewTextAdapter(Supplier<ReviewVocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        return new NDList(manager.create(encode(input), new Shape(ReviewLstm.MAX_TOKENS)));
    }

    @Override
    public DemoResult toResult(NDList output) {
        return classify(output.get(0).toFloatArray());
    }

    /** The word ids of a visitor's review or post. */
    int[] encode(DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Text(String text))) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一段文字：一条客户评论或社交媒体帖子。", "This demo needs a text: a customer review or social-media post."));
        }
        if (text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            throw new InvalidInputException(
                    LocalizedText.of("内容是空的，请输入或粘贴一条评论或帖子。", "The text is empty. Type or paste a review or post."));
        }
        if (text.chars().filter(c -> c == '\uFFFD').count() * 50 > text.length()) {
            // More than 2 % unreadable characters: bytes that were not UTF-8 (the reviews themselves hold at most 0.6
            // %).
            throw new InvalidInputException(
                    LocalizedText.of(
                            "文字中有无法读取的字符（文件可能不是 UTF-8 编码）。请以 UTF-8 保存后重试。",
                            "The text holds characters that could not be read (the file may not be UTF-8). Save it as UTF-8 and try again."));
        }
        List<String> tokens = ReviewVocabulary.tokenize(text);
        ReviewVocabulary words = vocabulary.get();
        long known = tokens.stream().filter(words::contains).count();
        if (known < MIN_KNOWN_WORDS) {
            throw new InvalidInputException(LocalizedText.of(
                    "模型只读过英文食品评论，这段文字里它认识的英文单词不到 %d 个，无法判断。请输入一条英文评论或帖子，或选择一个示例。".formatted(MIN_KNOWN_WORDS),
                    ("The model has read English food reviews only and knows fewer than %d words of this text, "
                                    + "so it cannot judge it. Type an English review or post, or pick a sample.")
                            .formatted(MIN_KNOWN_WORDS)));
        }
        return words.encode(tokens, ReviewLstm.MAX_TOKENS);
    }

    static DemoResult.Classification classify(float[] probabilities) {
        if (probabilities.length != ReviewClass.COUNT) {
            throw new IllegalArgumentException(
                    "expected " + ReviewClass.COUNT + " probabilities, got " + probabilities.length);
        }
        List<ClassScore> scores = new ArrayList<>(ReviewClass.COUNT);
        for (ReviewClass reviewClass : ReviewClass.values()) {
            float p = probabilities[reviewClass.ordinal()];
            scores.add(new ClassScore(
                    reviewClass.key(), reviewClass.label(), Float.isNaN(p) ? 0 : Math.clamp(p, 0.0, 1.0)));
        }
        return new DemoResult.Classification(scores);
    }

    /** The vocabulary in the plugin jar, read once (holder idiom: lazy and thread-safe). */
    private static final class ShippedVocabulary {

        private static final ReviewVocabulary INSTANCE = read();

        static ReviewVocabulary get() {
            return INSTANCE;
        }

        private static ReviewVocabulary read() {
            String path = ReviewRiskCase.MODEL_PATH + "/" + ReviewRiskCase.VOCABULARY_FILE;
            try (InputStream in = ReviewTextAdapter.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the plugin; train the model first");
                }
                return ReviewVocabulary.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
