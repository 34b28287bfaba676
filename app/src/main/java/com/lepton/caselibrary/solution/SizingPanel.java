package com.lepton.caselibrary.solution;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deployment options and the sizing estimate: the visitor sets the peak load; the capacity per core
 * is what the inference pool measured for each live model. Consultants can have the pool measure
 * a model that has not served enough requests yet.
 */
class SizingPanel extends Div {

    private final Solution solution;
    private final SolutionSizing sizing;
    private final Function<String, String> caseTitle;
    private final IntegerField peak = new IntegerField();
    private final Div estimate = new Div();

    /** @param caseTitle a case's title in the page's language, shown for its model instead of the case id */
    SizingPanel(
            Solution solution, SolutionSizing sizing, Function<String, String> caseTitle, Optional<String> consultant) {
        this.solution = solution;
        this.sizing = sizing;
        this.caseTitle = caseTitle;
        setId("solution-sizing");
        addClassName("solution-section");
        UnorderedList options = new UnorderedList(
                new ListItem(getTranslation("solution.deploy.cpu")),
                new ListItem(getTranslation("solution.deploy.gpu")),
                new ListItem(getTranslation("solution.deploy.replicas")),
                new ListItem(getTranslation("solution.deploy.triton")));
        peak.setId("sizing-peak");
        peak.setLabel(getTranslation("solution.sizing.peak"));
        peak.setMin(1);
        peak.setMax(1_000_000);
        peak.setStepButtonsVisible(true);
        peak.setValue(solution.peakLoad());
        peak.addValueChangeListener(change -> refresh());
        add(new H2(getTranslation("solution.deploy")), options, peak, estimate);
        consultant.ifPresent(name -> {
            Button measure = new Button(getTranslation("solution.sizing.measure"), click -> {
                try {
                    sizing.measure(solution, name);
                } catch (Exception e) {
                    estimate.add(new Paragraph(getTranslation("solution.sizing.failed")));
                }
                refresh();
            });
            measure.setId("sizing-measure");
            add(measure);
        });
        refresh();
    }

    private void refresh() {
        estimate.removeAll();
        Integer value = peak.getValue();
        if (value == null || value < 1 || value > 1_000_000) {
            estimate.add(new Paragraph(getTranslation("solution.sizing.invalid")));
            return;
        }
        Sizing result = sizing.estimate(solution, value);
        if (result.models().isEmpty()) {
            estimate.add(new Paragraph(getTranslation("solution.sizing.nolive")));
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("sizing-table");
        table.addClassName("sizing-table");
        NativeTableRow head = new NativeTableRow();
        for (String key : new String[] {"case", "measured", "percore", "cores"}) {
            head.add(new NativeTableHeaderCell(getTranslation("solution.sizing.col." + key)));
        }
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (Sizing.ModelSizing model : result.models()) {
            long requests = model.throughput() == null ? 0 : model.throughput().requests();
            NativeTableRow row = new NativeTableRow(
                    new NativeTableCell(caseTitle.apply(model.caseId())),
                    new NativeTableCell(getTranslation("solution.sizing.requests", requests)),
                    new NativeTableCell(
                            model.measured()
                                    ? String.format(
                                            Locale.ROOT, "%.0f", model.perCore().getAsDouble())
                                    : getTranslation("solution.sizing.notyet")),
                    new NativeTableCell(model.measured() ? Integer.toString(model.cores()) : "–"));
            row.getElement().setAttribute("data-case", model.caseId());
            body.add(row);
        }
        table.add(body);
        estimate.add(table);
        Paragraph total = new Paragraph(
                result.totalCores() == 0
                        ? getTranslation("solution.sizing.unmeasured")
                        : getTranslation(
                                "solution.sizing.total",
                                result.totalCores(),
                                result.replicas(),
                                Math.round(result.utilisation() * 100),
                                result.coresPerReplica()));
        total.setId("sizing-total");
        total.addClassName("sizing-total");
        estimate.add(total, new Paragraph(getTranslation("solution.sizing.how")));
    }
}
