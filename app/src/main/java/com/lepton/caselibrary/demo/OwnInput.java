package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * The visitor's own input, by the case's input kind: an image upload (and a drawing canvas where the case takes
 * one), a pasted series or a typed message, with the consent to keep it. Fires {@link Entered} with what was
 * entered, or {@link Rejected} with the message for input the browser already refused.
 */
class OwnInput extends Div {

    /** What the visitor entered, as the browser sent it. */
    sealed interface Entry {
        record Text(String text) implements Entry {}

        record Series(String csv) implements Entry {}

        record Drawing(String dataUrl) implements Entry {}

        record Upload(byte[] bytes) implements Entry {}
    }

    static final class Entered extends ValueEvent<OwnInput, Entry> {
        Entered(OwnInput source, Entry entry) {
            super(source, entry);
        }
    }

    /** Input the browser refused (too large, not an image, an empty drawing); the value is the message. */
    static final class Rejected extends ValueEvent<OwnInput, String> {
        Rejected(OwnInput source, String message) {
            super(source, message);
        }
    }

    private final int maxUploadBytes;
    /** Whether the visitor agreed to let Lepton keep their own input; read off the UI thread, so volatile. */
    private volatile boolean keepAgreed;

    OwnInput(LoadedCase loaded, int maxUploadBytes, int maxUploadMegabytes) {
        this.maxUploadBytes = maxUploadBytes;
        switch (loaded.plugin().demo().inputKind()) {
            case IMAGE -> {
                if (loaded.plugin().demo().drawable()) {
                    add(new DrawingCanvas(this::drawn));
                }
                add(configureUpload(maxUploadMegabytes));
            }
            case SERIES ->
                add(configureTextInput(
                        CaseKeys.of("demo.series", loaded.caseId()),
                        CaseKeys.of("demo.series.placeholder", loaded.caseId()),
                        Entry.Series::new));
            case TEXT ->
                add(configureTextInput(
                        CaseKeys.of("demo.text", loaded.caseId()),
                        CaseKeys.of("demo.text.placeholder", loaded.caseId()),
                        Entry.Text::new));
        }
        add(configureKeepConsent());
    }

    Registration addEnteredListener(ComponentEventListener<Entered> listener) {
        return addListener(Entered.class, listener);
    }

    Registration addRejectedListener(ComponentEventListener<Rejected> listener) {
        return addListener(Rejected.class, listener);
    }

    /** Whether the visitor agreed, now, to let Lepton keep their own input. */
    boolean keepAgreed() {
        return keepAgreed;
    }

    /** The visitor's consent to keep their own input: unchecked by default, asked afresh on every page. */
    private Checkbox configureKeepConsent() {
        Checkbox keep = new Checkbox(getTranslation("demo.keep"), false);
        keep.setId("demo-keep");
        keep.addClassName("demo-keep");
        keep.setHelperText(getTranslation("demo.keep.help"));
        keep.addValueChangeListener(change -> keepAgreed = Boolean.TRUE.equals(change.getValue()));
        return keep;
    }

    private Div configureUpload(int maxUploadMegabytes) {
        Upload upload = new Upload(new BoundedUpload());
        upload.setId("demo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxUploadBytes);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("demo.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("demo.upload.button")));
        String tooLarge = getTranslation("demo.error.toolarge", maxUploadMegabytes);
        String notImage = getTranslation("demo.error.notimage");
        String oneFile = getTranslation("demo.error.onefile");
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(tooLarge)
                        .setIncorrectFileType(notImage)
                        .setTooManyFiles(oneFile)));
        // The browser reports which of the three checks refused the file, as the text set above; only those
        // known texts are shown (never what a client sends).
        upload.addFileRejectedListener(rejected -> fireEvent(new Rejected(
                this,
                List.of(notImage, oneFile).contains(rejected.getErrorMessage())
                        ? rejected.getErrorMessage()
                        : tooLarge)));
        return new DemoSection(new H3(getTranslation("demo.upload", maxUploadMegabytes)), upload);
    }

    private Div configureTextInput(String labelKey, String placeholderKey, Function<String, Entry> entry) {
        TextArea input = new TextArea(getTranslation(labelKey));
        input.setId("demo-input");
        input.setPlaceholder(getTranslation(placeholderKey));
        Button submit = new Button(
                getTranslation("demo.run"), click -> fireEvent(new Entered(this, entry.apply(input.getValue()))));
        submit.setId("demo-run");
        return DemoSection.typed(input, "8rem", submit);
    }

    private void drawn(String dataUrl) {
        if (dataUrl == null || dataUrl.isEmpty()) {
            fireEvent(new Rejected(this, getTranslation("demo.draw.empty")));
        } else {
            fireEvent(new Entered(this, new Entry.Drawing(dataUrl)));
        }
    }

    /** Reads the upload with a hard byte limit, then hands it on in the UI's context. */
    private final class BoundedUpload implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(maxUploadBytes + 1);
            }
            ui.access(() -> fireEvent(new Entered(OwnInput.this, new Entry.Upload(bytes))));
        }

        @Override
        public long getFileSizeMax() {
            return maxUploadBytes;
        }
    }
}
