package com.lepton.caselibrary.search;

import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.springframework.web.util.HtmlUtils;

/**
 * The passage a hit shows. The unified highlighter gives a sentence around the words found, but where a field has
 * no match it returns the field's whole text (it cannot cut that passage), so that fallback is shortened here; and a
 * sentence can run on for many lines (a table, a list, Chinese without full stops), so a long one is cut around the
 * first word found. Its {@code fragmentSize} would not do this: Hibernate Search 8.2's Lucene backend ignores it for
 * the unified highlighter (see {@link SearchIndex}).
 */
final class Snippets {

    /** About two lines of a result card. */
    static final int LONGEST_WITHOUT_MATCH = 160;

    /** About three lines of a result card: a longer passage with the words found is cut around the first of them. */
    static final int LONGEST_WITH_MATCH = 200;

    /** At most this many characters of a cut passage come before its first word found. */
    static final int BEFORE_MATCH = 60;

    /** How much of a text's start is kept for a snippet without the words found: room for its last whole sentence. */
    static final int LEAD_LENGTH = 2 * LONGEST_WITHOUT_MATCH;

    private Snippets() {}

    /**
     * The unified highlighter reads offsets from the term vectors and matches typos and prefixes by automaton, without
     * expanding them over the index for each hit. On the Lucene backend it ignores fragmentSize (Hibernate Search 8.2
     * reference, "Fragment size and number of fragments": only the plain and fast vector highlighters honour it
     * there), so a passage is a whole sentence and {@link #around} cuts a long one. The plain highlighter would cut, but it
     * analyses every hit's text again, and its passage of a field without a match is the text's first characters as
     * they are: not HTML-encoded, cut inside a word.
     */
    static HighlighterFinalStep highlighter(SearchHighlighterFactory h) {
        return h.unified()
                .tag("<mark>", "</mark>")
                .encoder(HighlighterEncoder.HTML)
                .numberOfFragments(1)
                // Where a field has no match it returns the text's first sentence (the snippet is then the stored lead
                // instead); a smaller size is ignored with a warning on every query.
                .noMatchSize(Integer.MAX_VALUE);
    }

    /**
     * The passage of the first field with any text, marked where it holds the words found. The fields come in the
     * page's language first, so a reader sees a passage in the page's language even where the words were found only in
     * the other language's text; that text stands in only for a document with none in the page's language. Where the
     * page language's passage has no words found, the snippet is the start of {@code text} (the start of the document's
     * text in the page's language, or empty): the highlighter's passage without a match is the first sentence only, which
     * can be as short as a label ("Write-up only.").
     */
    static String pick(String text, List<?> highlights) {
        List<String> passages = highlights.stream()
                .map(fragments -> (List<?>) fragments)
                .map(fragments -> fragments.isEmpty() ? "" : String.valueOf(fragments.getFirst()))
                .toList();
        if (!passages.isEmpty() && passages.getFirst().contains("<mark>")) {
            return around(passages.getFirst());
        }
        if (text != null && !text.isBlank()) {
            return start(HtmlUtils.htmlEscape(lead(text), "UTF-8"));
        }
        return passages.stream()
                .filter(passage -> !passage.isBlank())
                .findFirst()
                .map(passage -> passage.contains("<mark>") ? around(passage) : start(passage))
                .orElse("");
    }

    /** The first {@link #LEAD_LENGTH} characters of a plain text, less its leading and trailing space; "" for none. */
    static String lead(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.strip();
        return plain.substring(0, Math.min(plain.length(), LEAD_LENGTH));
    }

    /**
     * The start of an HTML-escaped text, cut before {@link #LONGEST_WITHOUT_MATCH} characters at a space where there
     * is one (Chinese has none) and never inside an entity such as {@code &amp;}, with an ellipsis.
     */
    static String start(String escaped) {
        if (escaped.length() <= LONGEST_WITHOUT_MATCH) {
            return escaped;
        }
        int sentence = lastSentenceEnd(escaped);
        if (sentence > 0) {
            return escaped.substring(0, sentence).strip();
        }
        int end = LONGEST_WITHOUT_MATCH;
        int ampersand = escaped.lastIndexOf('&', end);
        if (ampersand >= 0 && escaped.indexOf(';', ampersand) >= end) {
            end = ampersand;
        }
        int space = escaped.lastIndexOf(' ', end);
        if (space > LONGEST_WITHOUT_MATCH / 2) {
            end = space;
        }
        return escaped.substring(0, end).strip() + "…";
    }

    /**
     * A highlighted passage of at most about {@link #LONGEST_WITH_MATCH} characters, starting up to
     * {@link #BEFORE_MATCH} characters before its first {@code <mark>} (at a space where there is one), cut never
     * inside a tag or an entity, with an ellipsis at each cut end; a mark cut in two is closed.
     */
    static String around(String marked) {
        if (marked.length() <= LONGEST_WITH_MATCH) {
            return marked;
        }
        int mark = marked.indexOf("<mark>");
        int begin = 0;
        if (mark > BEFORE_MATCH) {
            begin = mark - BEFORE_MATCH;
            int space = marked.indexOf(' ', begin);
            if (space >= 0 && space < mark) {
                begin = space + 1;
            }
            begin = outsideEntity(marked, begin);
        }
        int end = Math.min(marked.length(), begin + LONGEST_WITH_MATCH);
        if (end < marked.length()) {
            int tag = marked.lastIndexOf('<', end - 1);
            if (tag >= 0 && marked.indexOf('>', tag) >= end) {
                end = tag;
            }
            end = outsideEntity(marked, end);
            int space = marked.lastIndexOf(' ', end);
            if (space > begin + LONGEST_WITH_MATCH / 2) {
                end = space;
            }
        }
        String cut = marked.substring(begin, end).strip();
        if (cut.split("<mark>", -1).length > cut.split("</mark>", -1).length) {
            cut += "</mark>";
        }
        return (begin > 0 ? "…" : "") + cut + (end < marked.length() ? "…" : "");
    }

    /**
     * Where the last whole sentence within {@link #LONGEST_WITHOUT_MATCH} characters ends, if it ends past a third of
     * them (a summary, not a label such as "Write-up only."); else 0. A text's start runs on into the write-up's
     * pipeline steps and headings, which read as a list of fragments; its first sentences read as a summary.
     */
    private static int lastSentenceEnd(String escaped) {
        for (int end = LONGEST_WITHOUT_MATCH; end > LONGEST_WITHOUT_MATCH / 3; end--) {
            char last = escaped.charAt(end - 1);
            boolean chinese = last == '。' || last == '！' || last == '？';
            boolean latin = (last == '.' || last == '!' || last == '?') && Character.isWhitespace(escaped.charAt(end));
            if (chinese || latin) {
                return end;
            }
        }
        return 0;
    }

    /** {@code index}, or the start of the entity (such as {@code &amp;}) that it falls inside. */
    private static int outsideEntity(String escaped, int index) {
        int ampersand = escaped.lastIndexOf('&', index - 1);
        boolean inside = ampersand >= 0 && index - ampersand < 10 && escaped.indexOf(';', ampersand) >= index;
        return inside ? ampersand : index;
    }
}
