package com.lepton.caselibrary.plugins.finance.message;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dev runner: prepares the corpus as the trainer does, without TensorFlow, and prints the split,
 * the vocabulary's head, token-length percentiles and the text the model reads for a few mails.
 *
 * <pre>
 * java -cp ... com.lepton.caselibrary.plugins.finance.message.InspectCorpus [DATA_DIR] [MAIL_INDEX...]
 * </pre>
 */
public final class InspectCorpus {

    private InspectCorpus() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : MessageRiskTrainer.NPM_DATA.toString());
        long start = System.nanoTime();
        List<Message> messages = SpamAssassinCorpus.load(data);
        PreparedCorpus corpus = PreparedCorpus.prepare(messages, 42, TextCnn.VOCABULARY_SIZE, TextCnn.MAX_TOKENS);
        System.out.printf(
                Locale.ROOT,
                "%d mails, %d duplicates, %d empty, %d kept; vocabulary %d; %.1f s%n",
                corpus.mails(),
                corpus.duplicates(),
                corpus.empty(),
                corpus.size(),
                corpus.vocabulary().size(),
                (System.nanoTime() - start) / 1e9);
        for (StratifiedSplit.Part part : StratifiedSplit.Part.values()) {
            int[] indices = corpus.indices(part);
            int spam = 0;
            for (int i : indices) {
                spam += corpus.labels()[i];
            }
            System.out.printf("%-10s %5d mails, %4d spam%n", part, indices.length, spam);
        }
        int[] lengths = corpus.tokenCount().clone();
        Arrays.sort(lengths);
        System.out.printf(
                "tokens per mail: p10 %d, median %d, p90 %d, max %d%n",
                lengths[lengths.length / 10],
                lengths[lengths.length / 2],
                lengths[lengths.length * 9 / 10],
                lengths[lengths.length - 1]);
        StringBuilder head = new StringBuilder();
        for (int id = 0; id < 60; id++) {
            head.append(corpus.vocabulary().token(id)).append(' ');
        }
        System.out.println("vocabulary head: " + head);
        // What is left of mailing-list traces after MailText removed tags and footers.
        Map<String, int[]> traces = new TreeMap<>();
        for (Message message : messages) {
            String text = message.text().toLowerCase(Locale.ROOT);
            int[] c = traces.computeIfAbsent(message.group(), g -> new int[3]);
            c[0] += text.contains("mailing list") || text.contains("listinfo") ? 1 : 0;
            c[1] += text.contains("sf.net email is sponsored") || text.contains("yahoo! groups") ? 1 : 0;
            c[2]++;
        }
        traces.forEach((group, c) -> System.out.printf(
                "%-10s %4d mails: %3d still mention a mailing list, %3d a list host's sponsor%n",
                group, c[2], c[0], c[1]));
        for (int a = 1; a < args.length; a++) {
            Message message = messages.get(Integer.parseInt(args[a]));
            System.out.println("=== " + message.group() + "/" + message.id() + "\n"
                    + message.text().substring(0, Math.min(1200, message.text().length())));
            System.out.println("--- tokens: "
                    + Tokenizer.tokenize(message.text()).stream().limit(60).toList());
        }
    }
}
