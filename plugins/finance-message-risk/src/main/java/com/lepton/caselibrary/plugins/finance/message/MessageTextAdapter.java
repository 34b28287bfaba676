package com.lepton.caselibrary.plugins.finance.message;

import ai.djl.ndarray.NDArray;
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
 * Turns a visitor's message into the token ids the text CNN reads, and its two probabilities into
 * an answer, with exactly the training's text pipeline ({@link MailText}, {@link Tokenizer},
 * {@link Vocabulary}).
 *
 * <p>The vocabulary ships beside the SavedModel ({@code model/spam-text-cnn/vocab.txt}) and is
 * read once, on first use, from the plugin's own class loader. Stateless apart from that
 * immutable vocabulary, and thread-safe, as the host requires.
 */
public final class MessageTextAdapter implements DataAdapter {

    /** Tokens per example: the model's fixed input length. */
    public static final int MAX_TOKENS = TextCnn.MAX_TOKENS;

    private final Supplier<Vocabulary> vocabulary;

    /** The adapter over the vocabulary shipped in the plugin jar. */
    public MessageTextAdapter() {
        this(ShippedVocabulary::get);
    }

    /** An adapter over a given vocabulary (for tests). */
    MessageTextAdapter(Vocabulary vocabulary) {
        this(() -> vocabulary);
    }

    private MessageTextAdapter(Supplier<Vocabulary> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public NDList toTensors(NDManager manager, DemoInput input) throws InvalidInputException {
        int[] ids = encode(input);
        // One example without the batch dimension: the host stacks examples into a batch.
        NDArray tokens = manager.create(ids, new Shape(MAX_TOKENS));
        return new NDList(tokens);
    }

    @Override
    public DemoResult toResult(NDList output) {
        return classify(output.get(0).toFloatArray());
    }

    /** The {@value #MAX_TOKENS} token ids for a visitor's message. */
    int[] encode(DemoInput input) throws InvalidInputException {
        if (!(input instanceof DemoInput.Text(String text))) {
            throw new InvalidInputException(LocalizedText.of(
                    "此演示需要一段文字消息，例如一封邮件的主题和正文。",
                    "This demo needs a text message, such as the subject and body of an e-mail."));
        }
        if (isBlank(text)) {
            throw new InvalidInputException(LocalizedText.of(
                    "消息是空的，请输入或粘贴要检查的消息内容。", "The message is empty. Type or paste the message you want to check."));
        }
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            throw new InvalidInputException(
                    LocalizedText.of(
                            "消息中没有可读的文字（只有标点或符号），请输入要检查的消息内容。",
                            "The message has no words to read, only punctuation or symbols. Type or paste the message you want to check."));
        }
        if (mostlyNonLatin(tokens)) {
            // Every Chinese-character mail in the corpus is spam: the model would call any Chinese message spam.
            throw new InvalidInputException(LocalizedText.of(
                    "该模型只用英文邮件训练过，无法判断中文或其他文字的消息。请输入英文消息，或选择一个示例。",
                    "The model was trained on English e-mail only and cannot judge messages in Chinese or other scripts. "
                            + "Type an English message or pick a sample."));
        }
        return vocabulary.get().encode(tokens, MAX_TOKENS);
    }

    /** A message's tokens, read exactly as for a demo run: as a mail when it starts with headers, else as text. */
    static List<String> tokens(String text) {
        return Tokenizer.tokenize(MailText.forVisitorText(text));
    }

    /** The vocabulary shipped beside the model, read once. */
    static Vocabulary shippedVocabulary() {
        return ShippedVocabulary.get();
    }

    /** Whether fewer than half of the words (placeholders and {@code !} aside) are written in Latin letters. */
    static boolean mostlyNonLatin(List<String> tokens) {
        int words = 0;
        int latin = 0;
        for (String token : tokens) {
            if (token.startsWith("<") || token.equals("!")) {
                continue;
            }
            words++;
            if (token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
                latin++;
            }
        }
        return words > 0 && latin * 2 < words;
    }

    /** Whitespace only, including no-break and ideographic spaces. */
    static boolean isBlank(String text) {
        return text.codePoints()
                .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff');
    }

    /** The model's two probabilities as scores in class order. */
    static DemoResult.Classification classify(float[] probabilities) {
        if (probabilities.length != MessageClass.COUNT) {
            throw new IllegalArgumentException(
                    "expected " + MessageClass.COUNT + " probabilities, got " + probabilities.length);
        }
        List<ClassScore> scores = new ArrayList<>(MessageClass.COUNT);
        for (MessageClass messageClass : MessageClass.values()) {
            float p = probabilities[messageClass.ordinal()];
            // float rounding can leave a softmax output a hair outside [0, 1]; ClassScore refuses that.
            double probability = Float.isNaN(p) ? 0 : Math.clamp(p, 0.0, 1.0);
            scores.add(new ClassScore(messageClass.key(), messageClass.label(), probability));
        }
        return new DemoResult.Classification(scores);
    }

    /** The vocabulary in the plugin jar, read once (holder idiom: lazy and thread-safe). */
    private static final class ShippedVocabulary {

        private static final Vocabulary INSTANCE = read();

        static Vocabulary get() {
            return INSTANCE;
        }

        private static Vocabulary read() {
            String path = MessageRiskCase.MODEL_PATH + "/" + MessageRiskCase.VOCABULARY_FILE;
            try (InputStream in = MessageTextAdapter.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is missing from the plugin; train the model first");
                }
                return Vocabulary.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
