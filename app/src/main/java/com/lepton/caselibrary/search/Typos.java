package com.lepton.caselibrary.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The second try for a query that found nothing: each English word within one edit (two from eight letters
 * on) of an indexed word (title, text or keywords). Built on Lucene directly so that a word stands for at most {@link #MAX_EXPANSIONS}
 * index terms, the closest ones (Hibernate Search's fuzzy match takes 50 for each field, and a broad typo
 * then scores and counts facets over most of the index).
 */
final class Typos {

    static final int MAX_EXPANSIONS = 8;
    private static final List<String> FIELDS = List.of("titleEn", "textEn", "keywordsEn");
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Typos() {}

    /**
     * The words worth a fuzzy match: none for Chinese text (a one-character edit there is another
     * word), and no words of three letters or fewer (stop words, and too short to guess at).
     */
    static List<String> words(String text, boolean han) {
        if (han) {
            return List.of();
        }
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() > 3)
                .limit(8)
                .toList();
    }

    /**
     * All words must be found, each as any of its closest index terms in the English title or text. The fuzzy
     * queries are expanded here, once, into those terms: given the fuzzy queries themselves, the highlighter
     * would build their edit-distance automata again for every hit and field (most of a typo's time).
     */
    static Query query(List<String> words, IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            int edits = word.length() < 8 ? 1 : 2;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String term : analyzed(word)) {
                for (String field : FIELDS) {
                    FuzzyQuery fuzzy = new FuzzyQuery(new Term(field, term), edits, 1, MAX_EXPANSIONS, true);
                    any.add(searcher.rewrite(fuzzy), Occur.SHOULD);
                }
            }
            BooleanQuery alternatives = any.build();
            if (!alternatives.clauses().isEmpty()) {
                all.add(alternatives, Occur.MUST);
            }
        }
        return all.build();
    }

    /** The word as the English field indexes it (lower case, stemmed); nothing for a stop word. */
    private static List<String> analyzed(String word) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = ENGLISH.tokenStream("textEn", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
