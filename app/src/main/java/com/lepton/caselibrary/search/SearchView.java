package com.lepton.caselibrary.search;

import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search over cases, solutions and guide pages: ranked hits with the passage that matched, and
 * facet counts to narrow them. The words and filters live in the URL ({@code /search?q=...&industry=...}),
 * so a search can be bookmarked and shared; every change navigates to the new URL.
 */
@AnonymousAllowed
@Route(value = "search", layout = MainLayout.class)
public class SearchView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final SearchService search;
    private final SearchWordsField words = new SearchWordsField(
            "search-text",
            getTranslation("search.field"),
            getTranslation("search.placeholder"),
            SearchRequest.MAX_TEXT,
            this::searchFor);
    private final Div facets = new Div();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private Map<SearchFacet, String> filters = Map.of();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");
        words.addClassName("search-text");
        facets.addClassName("search-facets");
        facets.setId("search-facets");
        results.addClassName("search-results");
        results.setId("search-results");
        count.setId("search-count");
        count.addClassName("case-count");
        Div body = new Div(facets, new Div(count, results));
        body.addClassName("search-body");
        add(new H1(getTranslation("search.title")), words, body);
    }

    /** The visitor typed words: a new history entry with them and the chosen filters in the URL. */
    private void searchFor(String typed) {
        UI.getCurrent().navigate(SearchView.class, parameters(typed, filters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String text = first(parameters, "q");
        if (!words.getValue().equals(text)) {
            words.setValue(text);
        }
        results.removeAll();
        facets.removeAll();
        try {
            Map<SearchFacet, String> raw = new EnumMap<>(SearchFacet.class);
            for (SearchFacet facet : SearchFacet.values()) {
                raw.put(facet, first(parameters, facet.parameter()));
            }
            filters = SearchRequest.filters(raw);
            SearchRequest request = SearchRequest.of(text, filters, Languages.isChinese(getLocale()));
            show(search.search(request), request);
        } catch (SearchQueryException refused) {
            filters = Map.of();
            count.setText("");
            Paragraph problem = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            problem.setId("search-error");
            problem.addClassName("demo-error");
            results.add(problem);
        }
    }

    private void show(SearchResults found, SearchRequest request) {
        count.setText(getTranslation("search.count", found.total()));
        found.hits().forEach(hit -> results.add(card(hit)));
        more(request, found.total(), found.hits().size());
        if (found.hits().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("search.none"));
            none.setId("no-results");
            results.add(none);
        }
        // "Refine" heads the facets only when there is something to refine by (no hits: no facet values).
        if (found.total() > 0 || !filters.isEmpty()) {
            facets.add(new H2(getTranslation("search.facets")));
        }
        for (SearchFacet facet : SearchFacet.values()) {
            Div group = new Div(new H3(getTranslation("search.facet." + facet.name())));
            group.addClassName("facet-group");
            group.setId("facet-" + facet.parameter());
            for (String value : facet.options()) {
                long hits = found.count(facet, value);
                boolean chosen = value.equals(filters.get(facet));
                if (hits > 0 || chosen) {
                    group.add(facetLink(facet, value, hits, chosen));
                }
            }
            if (group.getComponentCount() > 1) {
                facets.add(group);
            }
        }
        if (!filters.isEmpty()) {
            RouterLink clear = new RouterLink(getTranslation("search.clear"), SearchView.class);
            clear.setQueryParameters(parameters(words.getValue(), Map.of()));
            clear.setId("search-clear");
            facets.add(clear);
        }
    }

    /**
     * A button for the next page of hits while some are not shown: the count said "28 results" and only the first
     * 20 were listed, with no way to the rest.
     */
    private void more(SearchRequest first, long total, int shown) {
        if (shown >= total) {
            return;
        }
        Button more = new Button(getTranslation("search.more", Math.min(first.limit(), total - shown)));
        more.setId("search-more");
        more.addClickListener(click -> {
            results.remove(more);
            SearchResults next = search.search(
                    new SearchRequest(first.text(), first.filters(), first.chinese(), shown, first.limit()));
            next.hits().forEach(hit -> results.add(card(hit)));
            if (!next.hits().isEmpty()) {
                more(first, next.total(), shown + next.hits().size());
            }
        });
        results.add(more);
    }

    /** A facet value with its count; choosing it adds the filter, choosing it again takes it off. */
    private RouterLink facetLink(SearchFacet facet, String value, long hits, boolean chosen) {
        Map<SearchFacet, String> next = new EnumMap<>(SearchFacet.class);
        next.putAll(filters);
        if (chosen) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        RouterLink link = new RouterLink("", SearchView.class);
        link.add(new Span(getTranslation(facet.labelKey(value))), badge(hits));
        link.setQueryParameters(parameters(words.getValue(), next));
        link.addClassName("facet-value");
        link.getElement().setAttribute("data-facet", facet.parameter() + "=" + value);
        if (chosen) {
            link.addClassName("chosen");
            link.getElement().setAttribute("aria-current", "true");
        }
        return link;
    }

    private static Span badge(long hits) {
        Span badge = new Span(Long.toString(hits));
        badge.addClassName("facet-count");
        return badge;
    }

    private Div card(SearchHit hit) {
        Span kind = new Span(getTranslation(SearchFacet.KIND.labelKey(hit.kind().name())));
        kind.addClassName("badge");
        Anchor title = new Anchor(hit.path(), hit.title());
        title.addClassName("search-hit-title");
        // The snippet is the document's text HTML-escaped by the highlighter, with only <mark> added.
        Html snippet = new Html("<p class=\"search-snippet\">" + hit.snippetHtml() + "</p>");
        snippet.getElement().setAttribute("aria-label", getTranslation("search.snippet.aria"));
        Div tags = new Div(kind);
        tags.addClassName("search-hit-tags");
        if (hit.industry() != null) {
            tags.add(tag(SearchFacet.INDUSTRY, hit.industry()));
        }
        if (hit.demo() != null) {
            tags.add(tag(SearchFacet.DEMO, hit.demo()));
        }
        Div card = new Div(tags, new H3(title), snippet);
        card.addClassName("search-hit");
        return card;
    }

    private Span tag(SearchFacet facet, String value) {
        Span tag = new Span(getTranslation(facet.labelKey(value)));
        tag.addClassName("badge");
        tag.addClassName("badge-soft");
        return tag;
    }

    private static QueryParameters parameters(String text, Map<SearchFacet, String> filters) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            values.put("q", text);
        }
        filters.forEach((facet, value) -> values.put(facet.parameter(), value));
        return QueryParameters.simple(values);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("search.title"));
    }
}
