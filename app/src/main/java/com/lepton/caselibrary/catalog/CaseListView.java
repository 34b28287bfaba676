package com.lepton.caselibrary.catalog;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.search.SearchQueryException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** All cases, with text search and filters by industry, algorithm and data type. */
@AnonymousAllowed
@Route(value = "cases", layout = MainLayout.class)
public class CaseListView extends Div implements HasDynamicTitle {

    private final CatalogService catalog;
    private final TextField search = new TextField();
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
        refresh();
    }

    private Div configureFilters() {
        search.setId("case-search");
        search.setLabel(getTranslation("cases.search"));
        search.setPlaceholder(getTranslation("cases.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

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

        Button clear = new Button(getTranslation("cases.clear"), click -> {
            search.clear();
            industry.clear();
            algorithm.clear();
            dataType.clear();
        });
        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div filters = new Div(search, industry, algorithm, dataType, clear);
        filters.addClassName("filters");
        return filters;
    }

    private <T> void configureFilter(
            ComboBox<T> box,
            String id,
            String labelKey,
            T[] values,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        box.setId(id);
        box.setLabel(getTranslation(labelKey));
        box.setPlaceholder(getTranslation("cases.filter.any"));
        box.setItems(List.of(values));
        box.setItemLabelGenerator(labels);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> refresh());
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
        return getTranslation("cases.title") + " · " + getTranslation("app.name");
    }
}
