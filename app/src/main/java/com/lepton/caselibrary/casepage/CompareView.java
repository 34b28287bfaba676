package com.lepton.caselibrary.casepage;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.catalog.CaseEntry;
import com.lepton.caselibrary.catalog.CaseQuery;
import com.lepton.caselibrary.catalog.CatalogService;
import com.lepton.caselibrary.content.CaseStudyContent;
import com.lepton.caselibrary.content.CaseStudyLibrary;
import com.lepton.caselibrary.demo.ClassNames;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.demo.DemoStats;
import com.lepton.caselibrary.i18n.Languages;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.RoutedPage;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.web.util.HtmlUtils;

/**
 * Cases side by side ({@code /compare?cases=a,b}): data, algorithm, model, held-out metrics
 * against baselines, training, and how the live demo runs. The choice lives in the URL, so a
 * comparison can be shared.
 */
@AnonymousAllowed
@Route(value = "compare", layout = MainLayout.class)
@RequiredArgsConstructor
public class CompareView extends RoutedPage {

    static final int MAX_CASES = 4;

    private final CatalogService catalog;
    private final DemoService demos;
    private final CaseStudyLibrary library;
    private final ModelCardReader modelCards;
    private final ClassNames classNames;
    private final DecimalFormat decimal = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));

    @Override
    protected void build(BeforeEnterEvent event) {
        List<CaseEntry> live = catalog.search(new CaseQuery("", null, null, null)).stream()
                .filter(CaseEntry::isLiveDemo)
                .toList();
        Set<String> wanted =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("cases", List.of()).stream()
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::strip)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        List<CaseEntry> chosen = live.stream()
                .filter(entry -> wanted.contains(entry.getId()))
                .limit(MAX_CASES)
                .toList();
        if (chosen.isEmpty()) {
            chosen = live.stream().limit(2).toList();
        }

        setPageName(getTranslation("compare.title"));
        add(new H1(pageName()), new Paragraph(getTranslation("compare.intro", MAX_CASES)));
        add(picker(live, chosen));
        Div table = new Div(new Html(table(chosen)));
        table.addClassName("compare-wrapper");
        add(table);
    }

    private CheckboxGroup<CaseEntry> picker(List<CaseEntry> live, List<CaseEntry> chosen) {
        CheckboxGroup<CaseEntry> picker = new CheckboxGroup<>(getTranslation("compare.pick"));
        picker.setId("compare-picker");
        picker.setItems(live);
        picker.setItemLabelGenerator(entry -> Languages.pick(entry.getTitle()));
        picker.setValue(new LinkedHashSet<>(chosen));
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                String cases = live.stream()
                        .filter(change.getValue()::contains)
                        .limit(MAX_CASES)
                        .map(CaseEntry::getId)
                        .collect(Collectors.joining(","));
                getUI().ifPresent(ui -> ui.navigate("compare", QueryParameters.of("cases", cases)));
            }
        });
        return picker;
    }

    /** The comparison as one accessible table: a column per case, a row per fact. */
    private String table(List<CaseEntry> chosen) {
        List<Column> columns = chosen.stream().map(this::column).toList();
        StringBuilder html = new StringBuilder("<table id=\"compare-table\" class=\"compare\"><thead><tr><td></td>");
        columns.forEach(c -> html.append("<th scope=\"col\"><a href=\"cases/")
                .append(escape(c.entry.getId()))
                .append("\">")
                .append(escape(Languages.pick(c.entry.getTitle())))
                .append("</a></th>"));
        html.append("</tr></thead><tbody>");
        row(
                html,
                "compare.industry",
                columns,
                c -> getTranslation("industry." + c.entry.getIndustry().name()));
        row(
                html,
                "compare.algorithm",
                columns,
                c -> getTranslation("algorithm." + c.entry.getAlgorithm().name()));
        row(
                html,
                "compare.data",
                columns,
                c -> c.content
                        .map(content -> content.dataName() + " (" + content.dataLicence() + ")")
                        .orElse("–"));
        row(
                html,
                "compare.split",
                columns,
                c -> c.card.map(card ->
                                getTranslation("compare.split.value", card.trainExamples(), card.testExamples()))
                        .orElse("–"));
        row(
                html,
                "compare.model",
                columns,
                c -> c.card.map(card -> card.modelName() + " " + card.modelVersion())
                        .orElse("–"));
        row(
                html,
                "compare.params",
                columns,
                c -> c.card.map(card -> String.format(Locale.ROOT, "%,d", card.parameterCount()))
                        .orElse("–"));
        row(
                html,
                "compare.metrics",
                columns,
                c -> c.card.map(card -> list(
                                HeadlineMetrics.of(card.metrics(), card.baselines()),
                                name -> MetricNames.metric(name, c.classNames, getLocale())))
                        .orElse("–"));
        row(
                html,
                "compare.baselines",
                columns,
                c -> c.card.map(card -> HeadlineMetrics.baselines(
                                card.baselines(), HeadlineMetrics.of(card.metrics(), card.baselines())))
                        .filter(baselines -> !baselines.isEmpty())
                        .map(baselines ->
                                list(baselines, name -> MetricNames.baselineMetric(name, c.classNames, getLocale())))
                        .orElse("–"));
        row(
                html,
                "compare.training",
                columns,
                c -> c.card.map(card -> getTranslation(
                                "compare.training.value", card.epochs(), decimal.format(card.trainingSeconds())))
                        .orElse("–"));
        row(html, "compare.runs", columns, c -> String.valueOf(c.stats.runs()));
        row(
                html,
                "compare.latency",
                columns,
                c -> c.stats.runs() == 0 ? "–" : getTranslation("compare.latency.value", c.stats.medianComputeMs()));
        return html.append("</tbody></table>").toString();
    }

    private void row(StringBuilder html, String key, List<Column> columns, Function<Column, String> value) {
        html.append("<tr><th scope=\"row\">")
                .append(escape(getTranslation(key)))
                .append("</th>");
        columns.forEach(c -> html.append("<td>")
                .append(escape(value.apply(c)).replace("\n", "<br>"))
                .append("</td>"));
        html.append("</tr>");
    }

    private String list(Map<String, Double> values, Function<String, String> names) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> names.apply(e.getKey()) + " " + decimal.format(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private Column column(CaseEntry entry) {
        Optional<LoadedCase> loaded = demos.liveCase(entry.getId());
        Optional<ModelCard> card = loaded.flatMap(modelCards::read);
        return new Column(
                entry,
                library.find(entry.getId(), Languages.code(getLocale())),
                card,
                // The card's classes by the names the case page's card gives them.
                card.map(read -> classNames.of(loaded.get(), read.classLabels()))
                        .orElse(Map.of()),
                demos.stats(entry.getId()));
    }

    private record Column(
            CaseEntry entry,
            Optional<CaseStudyContent> content,
            Optional<ModelCard> card,
            Map<String, LocalizedText> classNames,
            DemoStats stats) {}

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
