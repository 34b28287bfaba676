package com.lepton.caselibrary.operations;

import com.lepton.caselibrary.demo.KeptInputs;
import com.lepton.caselibrary.demo.KeptInputs.Summary;
import com.lepton.caselibrary.i18n.Times;
import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * For administrators: the visitors' own demo inputs they agreed to let Lepton keep, by case, to
 * look at, download or delete.
 */
@Route(value = "admin/kept-inputs", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class KeptInputsView extends Div implements HasDynamicTitle {

    /** Characters of a kept message or series shown in the list. */
    private static final int PREVIEW_CHARS = 80;

    private final KeptInputs kept;
    private final Grid<Summary> grid = new Grid<>(Summary.class, false);
    private final FormStatus status = new FormStatus("kept-status");

    public KeptInputsView(KeptInputs kept) {
        this.kept = kept;
        addClassName("kept-inputs-view");
        grid.setId("kept-inputs");
        GridColumns.fitted(grid, Summary::caseId, getTranslation("kept.case"));
        GridColumns.fitted(grid, Summary::inputKind, getTranslation("kept.kind"));
        GridColumns.fitted(grid, s -> Times.format(s.createdAt(), getLocale()), getTranslation("operations.time"));
        GridColumns.fitted(grid, s -> s.runId() == null ? "" : s.runId().toString(), getTranslation("kept.run"));
        GridColumns.fitted(grid, s -> getTranslation("kept.bytes", s.sizeBytes()), getTranslation("kept.size"));
        grid.addComponentColumn(this::preview)
                .setHeader(getTranslation("kept.preview"))
                .setFlexGrow(1);
        GridColumns.fittedComponents(grid, this::actions, getTranslation("kept.actions"));
        GridColumns.showAllRows(grid, getTranslation("kept.none"));
        add(new H1(getTranslation("kept.title")), new Paragraph(getTranslation("kept.lead")), status, grid);
        refresh();
    }

    private void refresh() {
        List<Summary> all = kept.list();
        grid.setItems(all);
        status.setText(getTranslation(
                "kept.count",
                all.size(),
                all.stream().map(Summary::caseId).distinct().count()));
    }

    /** A small picture, or the beginning of the text, so an administrator sees what was kept without downloading it. */
    private Div preview(Summary summary) {
        Div preview = new Div();
        preview.addClassName("kept-preview");
        kept.download(summary.id()).ifPresent(download -> {
            if (download.contentType().startsWith("image/")) {
                Image picture = new Image(
                        "data:" + download.contentType() + ";base64,"
                                + Base64.getEncoder().encodeToString(download.bytes()),
                        getTranslation("kept.picture", summary.caseId()));
                picture.addClassName("kept-thumbnail");
                preview.add(picture);
            } else {
                String text = new String(download.bytes(), StandardCharsets.UTF_8)
                        .replaceAll("\\s+", " ")
                        .strip();
                preview.add(new Span(text.length() <= PREVIEW_CHARS ? text : text.substring(0, PREVIEW_CHARS) + "…"));
            }
        });
        return preview;
    }

    private Div actions(Summary summary) {
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> kept.download(summary.id())
                        .map(file -> new DownloadResponse(
                                new ByteArrayInputStream(file.bytes()),
                                file.fileName(),
                                file.contentType(),
                                file.bytes().length))
                        .orElseGet(() -> DownloadResponse.error(404))),
                AttachmentType.DOWNLOAD,
                getTranslation("kept.download"));
        download.setId("kept-download-" + summary.id());
        download.getElement()
                .setAttribute("aria-label", getTranslation("kept.download.aria", summary.caseId(), summary.id()));
        Button delete = new Button(getTranslation("kept.delete"), click -> {
            kept.delete(summary.id());
            refresh();
            status.setText(getTranslation("kept.deleted", summary.caseId(), summary.id()) + " " + status.getText());
        });
        delete.setId("kept-delete-" + summary.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        delete.getElement()
                .setAttribute("aria-label", getTranslation("kept.delete.aria", summary.caseId(), summary.id()));
        Div actions = new Div(download, delete);
        actions.addClassName("kept-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("kept.title"));
    }
}
