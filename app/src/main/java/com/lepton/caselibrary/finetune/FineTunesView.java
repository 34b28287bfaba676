package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.demo.ClassNames;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Consultants retrain a case on a client's labelled data or series while the client watches: pick a case that
 * offers it, upload the zip or CSV, follow the loss and validation curve live (server push after each epoch), cancel, and read
 * the before/after card of the shipped and the tuned model on the client's held-out examples.
 */
@Route(value = "fine-tunes", layout = MainLayout.class)
@RolesAllowed({"CONSULTANT", "ADMIN"})
public class FineTunesView extends Div implements HasDynamicTitle {

    private final FineTuneService service;
    private final String user;
    private final Select<LoadedCase> cases = new Select<>();
    private final TextField client = new TextField();
    private final IntegerField epochs = new IntegerField();
    private final FormStatus status = new FormStatus("fine-tune-status");
    private final Paragraph dataForm = new Paragraph();
    private final UnorderedList refused = new UnorderedList();
    private final Paragraph progress = new Paragraph();
    private final FineTuneCurve curve = new FineTuneCurve();
    private final Button cancel = new Button();
    private final Div card = new Div();
    private final Div clientModel = new Div();
    private final DemoService demos;
    private final ClientModels clientModels;
    private final ClientModelZip zip;
    private final ClassNames classNames;
    /** The job whose client model panel shows: it is rebuilt only when another job is chosen or finishes. */
    private Long panelFor;

    private final FineTuneJobGrid jobs;
    private Long selected;
    private Runnable unsubscribe;

    public FineTunesView(
            FineTuneService service,
            AuthenticationContext authentication,
            DemoService demos,
            ClientModels clientModels,
            ClientModelZip zip,
            ClassNames classNames) {
        this.service = service;
        this.classNames = classNames;
        this.demos = demos;
        this.clientModels = clientModels;
        this.zip = zip;
        this.user = authentication.getPrincipalName().orElseThrow();
        this.jobs = new FineTuneJobGrid(service, id -> {
            selected = id;
            refresh();
        });
        addClassName("fine-tunes-view");
        cases.setId("fine-tune-case");
        cases.setWidth("min(28rem, 100%)"); // the longest title, "Reading handwritten digits on cheques and forms"
        cases.setLabel(getTranslation("finetune.case"));
        cases.setItemLabelGenerator(loaded -> loaded.descriptor().title().in(getLocale()));
        cases.setItems(service.tunableCases());
        cases.addValueChangeListener(change -> describeDataForm());
        service.tunableCases().stream().findFirst().ifPresent(cases::setValue);
        dataForm.setId("fine-tune-data-form");
        describeDataForm();
        client.setId("fine-tune-client");
        client.setLabel(getTranslation("finetune.client"));
        client.setMaxLength(200);
        epochs.setId("fine-tune-epochs");
        epochs.setLabel(getTranslation("finetune.epochs"));
        epochs.setMin(1);
        epochs.setMax(30);
        epochs.setValue(10);
        epochs.setStepButtonsVisible(true);
        refused.setId("fine-tune-refused");
        progress.setId("fine-tune-progress");
        cancel.setText(getTranslation("finetune.cancel"));
        cancel.setId("fine-tune-cancel");
        cancel.addClickListener(click -> remove());
        Div form = new Div(cases, client, epochs);
        form.addClassName("fine-tune-form");
        add(
                new H1(getTranslation("finetune.title")),
                new Paragraph(getTranslation("finetune.lead")),
                form,
                dataForm,
                configureUpload(),
                status,
                refused,
                progress,
                curve,
                cancel,
                card,
                clientModel,
                new H2(getTranslation("finetune.jobs")),
                jobs);
        if (service.tunableCases().isEmpty()) {
            status.setText(getTranslation("finetune.none"));
        }
        refresh();
    }

    private Upload configureUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("fine-tune-upload");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            upload.clearFileList();
            start(bytes);
        })));
        upload.setAcceptedFileTypes(".zip", "application/zip", ".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("finetune.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("finetune.upload.button")));
        return upload;
    }

    private void start(byte[] bytes) {
        refused.removeAll();
        status.removeClassName("form-status-error");
        if (cases.getValue() == null) {
            status.setText(getTranslation("finetune.none"));
            return;
        }
        try {
            int requested = epochs.getValue() == null ? 0 : epochs.getValue();
            FineTuneJob job = service.start(user, cases.getValue().caseId(), bytes, requested, client.getValue());
            selected = job.getId();
            status.setText(getTranslation("finetune.started", job.getId(), job.getTrainCount(), job.getHeldOutCount()));
        } catch (ClientSetException e) {
            status.setText(getTranslation(e.messageKey(), e.arguments(getLocale())));
            status.addClassName("form-status-error");
            e.refused().forEach(r -> refused.add(new ListItem(refusal(r))));
        }
        refresh();
    }

    /** What the chosen case takes: a zip of class folders or a CSV of texts with its class keys, or a series. */
    private void describeDataForm() {
        LoadedCase chosen = cases.getValue();
        if (chosen == null) {
            dataForm.setText("");
            return;
        }
        DataForm form = DataForm.of(chosen);
        String detail = form == DataForm.SERIES
                ? chosen.plugin().seriesFineTuning().orElseThrow().series().in(getLocale())
                : String.join(", ", chosen.plugin().fineTuning().orElseThrow().classes());
        dataForm.setText(getTranslation("finetune.form." + form, detail));
        // The case's own default (a forecaster needs more epochs than a classifier), within the field's limits.
        int defaultEpochs = form == DataForm.SERIES
                ? chosen.plugin().seriesFineTuning().orElseThrow().defaultEpochs()
                : chosen.plugin().fineTuning().map(FineTuning::defaultEpochs).orElse(10);
        epochs.setValue(Math.clamp(defaultEpochs, epochs.getMin(), epochs.getMax()));
    }

    /** A refused file or CSV row and why; a row's reason names the row itself. */
    private String refusal(ClientSetException.Refusal r) {
        String reason = getTranslation(r.reasonKey(), r.reasonArguments());
        return r.entry().chars().allMatch(Character::isDigit) ? reason : r.entry() + ": " + reason;
    }

    /** Cancels the selected job while it runs; deletes it with its model once it ended. */
    private void remove() {
        if (selected == null) {
            return;
        }
        if (service.cancelOrDelete(selected, user) == FineTuneService.Removal.DELETED) {
            status.setText(getTranslation("finetune.deleted", selected));
            selected = null;
        }
        refresh();
    }

    private void refresh() {
        jobs.show(service.jobsOf(user));
        var job = selected == null ? Optional.<FineTuneJob>empty() : service.find(selected, user);
        card.removeAll();
        showClientModel(job.orElse(null));
        curve.setVisible(job.isPresent());
        cancel.setVisible(job.isPresent());
        progress.setVisible(job.isPresent());
        if (job.isEmpty()) {
            return;
        }
        FineTuneJob shown = job.get();
        curve.show(shown, service.isSeries(shown), getLocale());
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(4);
        var losses = shown.losses();
        var validation = shown.curve();
        progress.setText(getTranslation(
                service.isSeries(shown) ? "finetune.progress.series" : "finetune.progress",
                getTranslation("finetune.state." + shown.getState().name()),
                shown.getEpoch(),
                shown.getEpochs(),
                losses.isEmpty() ? "–" : decimal.format(losses.getLast()),
                validation.isEmpty() ? "–" : decimal.format(validation.getLast())));
        cancel.setText(getTranslation(shown.getState().active() ? "finetune.cancel" : "finetune.delete"));
        if (shown.getMessage() != null) {
            card.add(new Paragraph(getTranslation("finetune.failed", shown.getMessage())));
        }
        service.outcome(shown)
                .ifPresent(outcome -> card.add(new BeforeAfterCard(
                        shown,
                        outcome,
                        service.tunableCases().stream()
                                .filter(loaded -> loaded.caseId().equals(shown.getCaseId()))
                                .findFirst()
                                .map(loaded -> classNames.of(loaded, outcome.classes()))
                                .orElse(Map.of()),
                        getLocale())));
        service.seriesOutcome(shown).ifPresent(outcome -> card.add(new SeriesCard(shown, outcome, getLocale())));
    }

    private void showClientModel(FineTuneJob job) {
        Long shown = job == null ? null : job.getId();
        if (shown != null && shown.equals(panelFor)) {
            return;
        }
        clientModel.removeAll();
        panelFor = null;
        if (job == null) {
            return;
        }
        var choice = clientModels.ofOwner(job.getId(), user);
        var loaded = demos.liveCase(job.getCaseId());
        if (choice.isPresent() && loaded.isPresent()) {
            clientModel.add(new ClientModelPanel(job, loaded.get(), choice.get(), demos, zip));
            panelFor = shown;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        // Each finished epoch is pushed to the page: the curve grows while the client watches.
        unsubscribe = service.onChange(id -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("finetune.title"));
    }
}
