package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.demo.AnswerView;
import com.lepton.caselibrary.demo.DemoOutcome;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.demo.ModelChoice;
import com.lepton.caselibrary.inference.Requester;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.BiFunction;

/**
 * A finished job's client model on the fine-tunes page: the owner runs one input (a shipped sample, an uploaded
 * image, or typed text or series) through the shipped and the client model and reads both answers side by side,
 * and downloads the client model as a SavedModel zip.
 */
class ClientModelPanel extends Div {

    private final DemoService demos;
    private final LoadedCase loaded;
    private final ModelChoice client;
    private final Requester owner;
    private final Div answers = new Div();

    ClientModelPanel(FineTuneJob job, LoadedCase loaded, ModelChoice client, DemoService demos, ClientModelZip zip) {
        this.demos = demos;
        this.loaded = loaded;
        this.client = client;
        this.owner = Requester.of("consultant:" + job.getOwner());
        setId("client-model");
        addClassName("client-model-panel");
        answers.setId("client-model-answers");
        answers.addClassName("client-model-answers");
        DownloadHandler download = event -> {
            event.setFileName(ClientModelZip.fileName(job));
            event.setContentType("application/zip");
            zip.write(job, event.getOutputStream());
        };
        Anchor export = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("finetune.model.export"));
        export.setId("client-model-export");
        add(
                new H3(getTranslation("finetune.model.title", job.getClient())),
                new Paragraph(getTranslation(
                        "finetune.model.lead",
                        job.getId(),
                        loaded.descriptor().title().in(getLocale()))),
                export,
                sampleChooser());
        switch (loaded.plugin().demo().inputKind()) {
            case IMAGE -> add(imageUpload());
            case TEXT -> add(typed((model, text) -> demos.runText(loaded, model, owner, text)));
            case SERIES -> add(typed((model, csv) -> demos.runSeries(loaded, model, owner, csv)));
        }
        add(answers);
    }

    private Div sampleChooser() {
        Select<DemoSample> samples = new Select<>();
        samples.setId("client-model-sample");
        samples.setLabel(getTranslation("finetune.model.sample"));
        samples.setItems(loaded.plugin().demo().samples());
        samples.setItemLabelGenerator(sample -> sample.label().in(getLocale()));
        loaded.plugin().demo().samples().stream().findFirst().ifPresent(samples::setValue);
        Button compare = new Button(getTranslation("finetune.model.compare"));
        compare.setId("client-model-compare");
        compare.addClickListener(click -> {
            if (samples.getValue() != null) {
                String id = samples.getValue().id();
                compare((model, ignored) -> demos.runSample(loaded, model, owner, id), null);
            }
        });
        Div row = new Div(samples, compare);
        row.addClassName("client-model-row");
        return row;
    }

    private Upload imageUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setId("client-model-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("finetune.model.upload")));
        upload.setDropLabel(new Span(getTranslation("finetune.model.drop")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            upload.clearFileList();
            compare((model, image) -> demos.runUpload(loaded, model, owner, image), bytes);
        })));
        return upload;
    }

    private Div typed(BiFunction<ModelChoice, String, DemoOutcome> run) {
        TextArea input = new TextArea(getTranslation("finetune.model.input"));
        input.setId("client-model-input");
        input.setWidthFull();
        Button compare = new Button(getTranslation("finetune.model.compare"));
        compare.setId("client-model-compare-input");
        compare.addClickListener(click -> compare(run, input.getValue()));
        return new Div(input, compare);
    }

    private <T> void compare(BiFunction<ModelChoice, T, DemoOutcome> run, T input) {
        show(run.apply(ModelChoice.shipped(loaded), input), run.apply(client, input));
    }

    private void show(DemoOutcome shipped, DemoOutcome tuned) {
        answers.removeAll();
        answers.add(
                new AnswerView("client-model-shipped", getTranslation("finetune.card.shipped"), shipped),
                new AnswerView("client-model-tuned", getTranslation("finetune.card.tuned"), tuned));
    }
}
