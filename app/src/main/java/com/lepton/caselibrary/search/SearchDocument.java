package com.lepton.caselibrary.search;

import java.util.Collection;
import java.util.function.Function;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;

/**
 * One thing a visitor can find: a case, a solution, a guide page. Every feature that has pages to
 * find builds these from its own content (a {@link SearchDocumentSource}); the index holds them
 * and nothing else. Text comes in both languages; the facet fields are enum names or {@code null}
 * where they do not apply (a guide page has no algorithm).
 */
@SearchEntity(name = "Document")
@Indexed(index = "documents")
public final class SearchDocument {

    @DocumentId
    private final String key;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    private final String kind;

    @KeywordField(projectable = Projectable.YES, sortable = Sortable.YES)
    private final String path;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private final String industry;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private final String algorithm;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private final String dataType;

    @KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES, sortable = Sortable.YES)
    private final String demo;

    @FullTextField(analyzer = SearchAnalyzers.CHINESE, projectable = Projectable.YES)
    private final String titleZh;

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH, projectable = Projectable.YES)
    private final String titleEn;

    @FullTextField(
            analyzer = SearchAnalyzers.CHINESE,
            projectable = Projectable.YES,
            // Offsets stored with the text, so snippets need no second pass of the (slow) smartcn segmenter.
            termVector = TermVector.WITH_POSITIONS_OFFSETS,
            highlightable = Highlightable.UNIFIED)
    private final String textZh;

    @FullTextField(
            analyzer = SearchAnalyzers.ENGLISH,
            projectable = Projectable.YES,
            // Offsets stored with the text as for the Chinese one, so snippets need no second pass of the analyzer.
            termVector = TermVector.WITH_POSITIONS_OFFSETS,
            highlightable = Highlightable.UNIFIED)
    private final String textEn;

    /**
     * The start of each text, all that a snippet without the words found shows ({@link Snippets#LEAD_LENGTH}): a hit
     * reads this short stored value rather than its whole write-up a second time.
     */
    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private final String leadZh;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    private final String leadEn;

    /**
     * Keywords (a case's tags, its id) in both analyzers: a query finds them, but no snippet shows them, so a write-up
     * whose summary does not hold the word still shows its summary rather than its list of tags.
     */
    @FullTextField(analyzer = SearchAnalyzers.CHINESE)
    private final String keywordsZh;

    @FullTextField(analyzer = SearchAnalyzers.ENGLISH)
    private final String keywordsEn;

    private SearchDocument(Builder builder) {
        this.key = builder.kind + ":" + builder.id;
        this.kind = builder.kind.name();
        this.path = builder.path;
        this.industry = builder.industry;
        this.algorithm = builder.algorithm;
        this.dataType = builder.dataType;
        this.demo = builder.demo;
        this.titleZh = builder.titleZh;
        this.titleEn = builder.titleEn;
        this.textZh = builder.textZh;
        this.textEn = builder.textEn;
        this.leadZh = Snippets.lead(builder.textZh);
        this.leadEn = Snippets.lead(builder.textEn);
        this.keywordsZh = builder.keywords;
        this.keywordsEn = builder.keywords;
    }

    /** A document of this kind and id (unique within the kind), opened at {@code path} in the portal. */
    public static Builder of(SearchKind kind, String id, String path) {
        return new Builder(kind, id, path);
    }

    public String key() {
        return key;
    }

    /** Fills a document; text is plain (no markup), as visitors read it. */
    public static final class Builder {
        private final SearchKind kind;
        private final String id;
        private final String path;
        private String industry;
        private String algorithm;
        private String dataType;
        private String demo;
        private String titleZh = "";
        private String titleEn = "";
        private String textZh = "";
        private String textEn = "";
        private String keywords = "";

        private Builder(SearchKind kind, String id, String path) {
            this.kind = kind;
            this.id = id;
            this.path = path;
        }

        public Builder title(String zh, String en) {
            this.titleZh = zh;
            this.titleEn = en;
            return this;
        }

        /** The body in both languages, as snippets show it: summary and the full text, without markup. */
        public Builder text(String zh, String en) {
            this.textZh = zh;
            this.textEn = en;
            return this;
        }

        /**
         * Title and body from one piece of content kept in both languages, its Chinese and its English version (the
         * English one again where there is no translation).
         */
        public <T> Builder bilingual(T zh, T en, Function<T, String> title, Function<T, String> text) {
            return title(title.apply(zh), title.apply(en)).text(text.apply(zh), text.apply(en));
        }

        /** Words that find the document but are no passage to show (tags, ids), in either language. */
        public Builder keywords(Collection<String> words) {
            this.keywords = String.join(" ", words);
            return this;
        }

        public Builder industry(Enum<?> value) {
            this.industry = name(value);
            return this;
        }

        public Builder algorithm(Enum<?> value) {
            this.algorithm = name(value);
            return this;
        }

        public Builder dataType(Enum<?> value) {
            this.dataType = name(value);
            return this;
        }

        /** For cases: whether it runs live or is a write-up only. */
        public Builder demo(SearchFacet.Demo value) {
            this.demo = name(value);
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(this);
        }

        private static String name(Enum<?> value) {
            return value == null ? null : value.name();
        }
    }
}
