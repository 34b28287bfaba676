package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.search.SearchQueryException;
import com.lepton.caselibrary.search.SearchWordsField;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All cases, with text search and filters by industry, algorithm and data type. The search and filters live in
 * the URL ({@code /cases?q=...&industry=FINANCE&algorithm=CNN&data=IMAGE}), so a filtered list can be bookmarked
 * and shared and the back button returns to the previous one; an unknown value in the URL is ignored.
 */
@AnonymousAllowed
@Route(value = "cases", layout = MainLayout.class)
public class CaseListView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final CatalogService catalog;
    private final SearchWordsField search = new SearchWordsField(
            "case-search",
            getTranslation("cases.search"),
            getTranslation("cases.search.placeholder"),
            200,
            words -> navigateToCurrent());
    private final ComboBox<Industry> industry = new ComboBox<>();
    private final ComboBox<AlgorithmFamily> algorithm = new ComboBox<>();
    private final ComboBox<DataType> dataType = new ComboBox<>();
    private final Paragraph count = new Paragraph();
    private final Div results = new Div();

    public CaseListView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("case-list-view");
        results.addClassName("case-grid");
        results.setId("case-results");
        count.setId("case-count");
        count.addClassName("case-count");
        add(new H1(getTranslation("cases.title")), configureFilters(), count, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        search.setValue(first(parameters, "q").orElse(""));
        industry.setValue(first(parameters, "industry")
                .flatMap(v -> enumValue(Industry.class, v))
                .orElse(null));
        algorithm.setValue(first(parameters, "algorithm")
                .flatMap(v -> enumValue(AlgorithmFamily.class, v))
                .orElse(null));
        dataType.setValue(first(parameters, "data")
                .flatMap(v -> enumValue(DataType.class, v))
                .orElse(null));
        refresh();
    }

    /** A change the visitor made: a new history entry with the search and filters in the URL. */
    private void navigateToCurrent() {
        Map<String, String> values = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            values.put("q", search.getValue().strip());
        }
        if (industry.getValue() != null) {
            values.put("industry", industry.getValue().name());
        }
        if (algorithm.getValue() != null) {
            values.put("algorithm", algorithm.getValue().name());
        }
        if (dataType.getValue() != null) {
            values.put("data", dataType.getValue().name());
        }
        getUI().ifPresent(ui -> ui.navigate(CaseListView.class, QueryParameters.simple(values)));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst();
    }

    private Div configureFilters() {
        configureFilter(
                industry,
                "filter-industry",
                "cases.filter.industry",
                Industry.values(),
                value -> getTranslation("industry." + value.name()));
        configureFilter(algorithm, "filter-algorithm", "cases.filter.algorithm", AlgorithmFamily.values(), Enum::name);
        configureFilter(
                dataType,
                "filter-datatype",
                "cases.filter.datatype",
                DataType.values(),
                value -> getTranslation("datatype." + value.name()));

        Button clear = new Button(
                getTranslation("cases.clear"), click -> getUI().ifPresent(ui -> ui.navigate(CaseListView.class)));
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div filters = new Div(search, industry, algorithm, dataType, clear);
        filters.addClassName("filters");
        return filters;
    }

    private <T> void configureFilter(
            ComboBox<T> box, String id, String labelKey, T[] values, ItemLabelGenerator<T> labels) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("cases.filter.any"));
        box.setItems(List.of(values));
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                navigateToCurrent();
            }
        });
    }

    private void refresh() {
        results.removeAll();
        List<CaseEntry> found;
        try {
            found = catalog.search(
                    new CaseQuery(search.getValue(), industry.getValue(), algorithm.getValue(), dataType.getValue()));
        } catch (SearchQueryException refused) {
            count.setText("");
            Paragraph problem = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            problem.setId("no-results");
            problem.addClassName("demo-error");
            results.add(problem);
            return;
        }
        found.forEach(entry -> results.add(new CaseCard(entry)));
        count.setText(getTranslation("cases.count", found.size(), catalog.count()));
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("cases.none"));
            none.setId("no-results");
            results.add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("cases.title"));
    }
}
