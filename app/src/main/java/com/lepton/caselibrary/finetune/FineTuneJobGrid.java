package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.grid.Grid;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A consultant's fine-tuning jobs: client, the case by its title in the page's language (its id on hover, and in
 * place of the title once its plugin is gone), state, and the shipped and tuned model's held-out figures.
 */
class FineTuneJobGrid extends Grid<FineTuneJob> {

    private final transient FineTuneService service;

    /** The cases that can be tuned, looked up once each time the jobs are shown rather than once a row. */
    private transient List<LoadedCase> tunable = List.of();

    FineTuneJobGrid(FineTuneService service, Consumer<Long> chosen) {
        super(FineTuneJob.class, false);
        this.service = service;
        setId("fine-tune-jobs");
        GridColumns.fitted(this, FineTuneJob::getClient, getTranslation("finetune.client"));
        GridColumns.fitted(
                        this, job -> caseTitle(tunable, job.getCaseId(), getLocale()), getTranslation("finetune.case"))
                .setTooltipGenerator(FineTuneJob::getCaseId);
        GridColumns.fitted(
                this,
                job -> getTranslation("finetune.state." + job.getState().name()),
                getTranslation("finetune.column.state"));
        // Sized to its header too: a fixed share cut "Held-out accuracy or RMSE (shipped → tuned)" short at 1280 px.
        addColumn(this::accuracies)
                .setHeader(getTranslation("finetune.column.accuracy"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        GridColumns.showAllRows(this, getTranslation("finetune.jobs.none"));
        addItemClickListener(click -> chosen.accept(click.getItem().getId()));
    }

    /** Shows {@code list}, with the case titles of the cases that can be tuned now. */
    void show(List<FineTuneJob> list) {
        tunable = service.tunableCases();
        setItems(list);
    }

    /** The case's title in {@code locale} among the cases that can be tuned now, else its id. */
    static String caseTitle(List<LoadedCase> cases, String caseId, Locale locale) {
        return LoadedCase.titleOr(
                cases.stream().filter(loaded -> loaded.caseId().equals(caseId)).findFirst(), caseId, locale);
    }

    private String accuracies(FineTuneJob job) {
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(3);
        return service.outcome(job)
                .map(o -> decimal.format(o.before().get("accuracy")) + " → "
                        + decimal.format(o.after().get("accuracy")))
                .or(() -> service.seriesOutcome(job)
                        .map(o -> getTranslation(
                                "finetune.column.rmse",
                                decimal.format(o.before().get("rmse")),
                                decimal.format(o.after().get("rmse")),
                                o.unit())))
                .orElse("");
    }
}
