package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyParser;
import com.lepton.caselibrary.content.MarkdownRenderer;
import com.lepton.caselibrary.content.PackagedMarkdown;
import com.lepton.caselibrary.search.PlainText;
import com.lepton.caselibrary.search.SearchDocument;
import com.lepton.caselibrary.search.SearchFacet;
import com.lepton.caselibrary.search.SearchIndex;
import com.lepton.caselibrary.search.SearchKind;
import com.lepton.caselibrary.search.SearchRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * {@code java -jar lepton-case-library.jar search-bench [--entries 10000] [--queries 2000] [--seed 42]}:
 * builds a catalog of generated entries in both languages from the sentences of the real write-ups
 * (each entry a random title and 24 random sentences per language, random facets), indexes it on the
 * embedded Lucene backend as the portal does, then runs English, Chinese, misspelt and filtered
 * queries one after another and prints the indexing time and the query latency percentiles.
 */
public final class SearchBenchCommand {

    public static final String NAME = "search-bench";
    private static final int SENTENCES = 24;

    /** What {@code search-bench} expects; {@code search-bench --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Indexes a generated zh/en catalogue in an embedded Lucene index and prints indexing time and query p50/p99.",
            List.of(
                    CommandSpec.optional("entries", "N", "generated catalogue entries", "10000"),
                    CommandSpec.optional("queries", "N", "timed queries after 500 warm-up ones", "2000"),
                    CommandSpec.optional("seed", "N", "seed of the generator", "42")),
            false,
            List.of());

    private SearchBenchCommand() {}

    public static int run(String[] args) {
        Options options = Options.parse(SPEC, args);
        int entries = options.positiveInt("entries");
        int queries = options.positiveInt("queries");
        Random random = new Random(options.longValue("seed"));
        try {
            Corpus corpus = Corpus.load();
            List<SearchDocument> documents = new ArrayList<>(entries);
            for (int i = 0; i < entries; i++) {
                documents.add(corpus.entry(i, random));
            }
            System.out.printf(
                    "corpus: %d sentences (zh), %d sentences (en) from %d write-ups; %d entries generated%n",
                    corpus.zh.size(), corpus.en.size(), corpus.writeUps, entries);
            long start = System.nanoTime();
            try (SearchIndex index = new SearchIndex(Map.of())) {
                long mapped = System.nanoTime();
                index.replaceAll(documents);
                long indexed = System.nanoTime();
                System.out.printf(
                        "start-up of the mapping: %.0f ms; indexing %d entries: %.0f ms (%.0f entries/s)%n",
                        (mapped - start) / 1e6,
                        entries,
                        (indexed - mapped) / 1e6,
                        entries / ((indexed - mapped) / 1e9));
                List<Query> mix = new ArrayList<>();
                for (int i = 0; i < queries + 500; i++) {
                    mix.add(corpus.query(random));
                }
                for (Query warmUp : mix.subList(0, 500)) {
                    index.search(warmUp.request());
                }
                long[] nanos = new long[queries];
                Map<String, List<Long>> byKind = new TreeMap<>();
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    Query query = mix.get(500 + i);
                    long t = System.nanoTime();
                    hits += index.search(query.request()).total();
                    nanos[i] = System.nanoTime() - t;
                    byKind.computeIfAbsent(query.kind(), kind -> new ArrayList<>())
                            .add(nanos[i]);
                }
                System.out.printf(
                        "queries: %d after 500 warm-up (English, prefix, Chinese, misspelt, filtered; facets and"
                                + " snippets on), mean hits %.0f%n",
                        queries, hits / (double) queries);
                print("all", nanos);
                byKind.forEach((kind, times) ->
                        print(kind, times.stream().mapToLong(Long::longValue).toArray()));
            }
            return 0;
        } catch (Exception e) {
            System.err.println("search-bench failed: " + e);
            return 1;
        }
    }

    private static void print(String kind, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(
                "latency ms %-9s (%4d): p50 %7.2f  p90 %7.2f  p99 %7.2f  max %7.2f%n",
                kind,
                nanos.length,
                pct(nanos, 0.50),
                pct(nanos, 0.90),
                pct(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
    }

    /** A timed query and what kind it is, for the per-kind percentiles. */
    private record Query(String kind, SearchRequest request) {}

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Sentences, titles and query words taken from the packaged write-ups. */
    private record Corpus(
            List<String> zh,
            List<String> en,
            List<String> titlesZh,
            List<String> titlesEn,
            List<String> wordsZh,
            List<String> wordsEn,
            int writeUps) {

        static Corpus load() throws Exception {
            CaseStudyParser parser = new CaseStudyParser(new MarkdownRenderer());
            Corpus corpus = new Corpus(
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    new ArrayList<>(),
                    0);
            PackagedMarkdown.forEach(
                    "case-studies",
                    fileName -> fileName.matches(".*\\.(zh|en)\\.md"),
                    (fileName, markdown) -> corpus.add(parser.parse(markdown)));
            // Every write-up added one title, so the titles count the write-ups.
            return new Corpus(
                    corpus.zh,
                    corpus.en,
                    corpus.titlesZh,
                    corpus.titlesEn,
                    corpus.wordsZh,
                    corpus.wordsEn,
                    corpus.titlesZh.size() + corpus.titlesEn.size());
        }

        void add(CaseStudyContent content) {
            boolean chinese = content.language().equals("zh");
            String text = PlainText.ofHtml(content.html());
            for (String sentence : text.split("(?<=[.。!?！？])\\s*")) {
                if (sentence.length() > 8) {
                    (chinese ? zh : en).add(sentence);
                }
            }
            (chinese ? titlesZh : titlesEn).add(content.title());
            if (chinese) {
                wordsZh.addAll(content.tags());
            } else {
                Arrays.stream(text.split("[^A-Za-z]+"))
                        .filter(word -> word.length() > 5)
                        .map(String::toLowerCase)
                        .forEach(wordsEn::add);
            }
        }

        SearchDocument entry(int i, Random random) {
            StringBuilder textZh = new StringBuilder();
            StringBuilder textEn = new StringBuilder();
            for (int s = 0; s < SENTENCES; s++) {
                textZh.append(pick(zh, random));
                textEn.append(pick(en, random)).append(' ');
            }
            boolean live = random.nextInt(3) == 0;
            return SearchDocument.of(SearchKind.CASE, "generated-" + i, "cases/generated-" + i)
                    .title(pick(titlesZh, random) + " " + i, pick(titlesEn, random) + " " + i)
                    .text(textZh.toString(), textEn.toString())
                    .industry(pick(Industry.values(), random))
                    .algorithm(pick(AlgorithmFamily.values(), random))
                    .dataType(pick(DataType.values(), random))
                    .demo(live ? SearchFacet.Demo.LIVE : SearchFacet.Demo.WRITE_UP)
                    .build();
        }

        /**
         * 32 % one or two English words, 8 % an English prefix ({@code detect*}), 30 % a Chinese tag, 15 % a
         * misspelt word, 15 % a word and a filter.
         */
        Query query(Random random) {
            int kind = random.nextInt(100);
            boolean chinese = random.nextBoolean();
            if (kind < 32) {
                String words = pick(wordsEn, random) + (random.nextBoolean() ? " " + pick(wordsEn, random) : "");
                return new Query("exact", SearchRequest.of(words, Map.of(), chinese));
            }
            if (kind < 40) {
                String word = pick(wordsEn, random);
                return new Query("prefix", SearchRequest.of(word.substring(0, 4) + "*", Map.of(), chinese));
            }
            if (kind < 70) {
                return new Query("chinese", SearchRequest.of(pick(wordsZh, random), Map.of(), chinese));
            }
            if (kind < 85) {
                String word = pick(wordsEn, random);
                int at = 1 + random.nextInt(word.length() - 2);
                return new Query(
                        "misspelt",
                        SearchRequest.of(word.substring(0, at) + word.substring(at + 1), Map.of(), chinese));
            }
            Map<SearchFacet, String> filter = new EnumMap<>(SearchFacet.class);
            filter.put(SearchFacet.INDUSTRY, pick(Industry.values(), random).name());
            return new Query("filtered", SearchRequest.of(pick(wordsEn, random), filter, chinese));
        }

        private static <T> T pick(List<T> values, Random random) {
            return values.get(random.nextInt(values.size()));
        }

        private static <T> T pick(T[] values, Random random) {
            return values[random.nextInt(values.length)];
        }
    }
}
