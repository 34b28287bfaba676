package com.lepton.caselibrary.pluginadmin;

import com.lepton.caselibrary.layout.FormStatus;
import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginOutcome;
import com.lepton.caselibrary.pluginhost.PluginRepositories;
import com.lepton.caselibrary.pluginhost.PluginState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Plugins at run time. Partners upload an archive, follow its review and manage their own plugins
 * (withdraw, disable, enable, uninstall); administrators see every plugin, approve or reject uploads
 * (an approved one is live at once, no restart), disable and enable, and uninstall what is not running.
 * A newer version of an installed plugin waits for review as its upgrade while the old one stays
 * live; approving swaps them without a restart and keeps the old one for a rollback.
 */
@Route(value = "plugins", layout = MainLayout.class)
@RolesAllowed({"PARTNER", "ADMIN"})
public class PluginsView extends Div implements HasDynamicTitle {

    /** Far above a case plugin with its model; the archive check applies its own limits after. */
    static final int MAX_UPLOAD_BYTES = 256 << 20;

    private final PluginHost plugins;
    private final String user;
    private final boolean admin;
    private final Grid<InstalledPlugin> grid = new Grid<>(InstalledPlugin.class, false);
    private final FormStatus status = new FormStatus("plugins-status");
    private final PluginRepositories repositories;
    private final Div repositoryOffers = new Div();

    public PluginsView(PluginHost plugins, PluginRepositories repositories, AuthenticationContext authentication) {
        this.plugins = plugins;
        this.repositories = repositories;
        this.user = authentication.getPrincipalName().orElseThrow();
        this.admin = authentication.hasRole("ADMIN");
        addClassName("plugins-view");
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            PluginHost.Submission submission = plugins.submit(bytes, user, admin);
            ui.access(() -> {
                // Ready for the next archive: the list holds one file at a time.
                upload.clearFileList();
                status.show(submissionMessage(submission), submission.accepted());
                refresh();
            });
        }));
        upload.setId("plugin-upload");
        upload.setAcceptedFileTypes(".jar", ".zip");
        upload.setDropLabel(new Span(getTranslation("plugins.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("plugins.upload.button")));
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        add(
                new H1(getTranslation("plugins.title")),
                new Paragraph(getTranslation(admin ? "plugins.lead.admin" : "plugins.lead.partner")),
                apiHint(),
                upload,
                status,
                configureGrid());
        if (admin && repositories.configured()) {
            repositoryOffers.setId("repository-offers");
            add(
                    new H2(getTranslation("plugins.repositories")),
                    new Paragraph(getTranslation("plugins.repositories.lead")),
                    repositoryOffers);
        }
        refresh();
    }

    /** Build pipelines publish through the REST API, signed in with a personal API token. */
    private Paragraph apiHint() {
        Anchor tokens = new Anchor("account/tokens", getTranslation("tokens.link"));
        tokens.addClassName("text-link");
        Paragraph hint = new Paragraph(getTranslation("plugins.api.hint") + " ");
        hint.add(tokens);
        hint.setId("plugins-api-hint");
        return hint;
    }

    /** What the configured repositories offer this portal: new plugins and upgrades, each fetched into review. */
    private void refreshRepositoryOffers() {
        repositoryOffers.removeAll();
        PluginRepositories.Catalog catalog = repositories.catalog();
        catalog.problems().forEach(problem -> {
            Paragraph unreadable = new Paragraph(getTranslation("plugins.repositories.unreadable", problem));
            unreadable.addClassName("form-status-error");
            repositoryOffers.add(unreadable);
        });
        Grid<PluginRepositories.Listing> offers = new Grid<>(PluginRepositories.Listing.class, false);
        offers.setId("repository-grid");
        GridColumns.fitted(offers, PluginRepositories.Listing::pluginId, getTranslation("operations.plugin"));
        GridColumns.fitted(
                offers,
                listing -> listing.upgrade()
                        ? getTranslation("plugins.repositories.upgrade", listing.installedVersion(), listing.version())
                        : listing.version(),
                getTranslation("operations.version"));
        offers.addColumn(listing -> Objects.toString(listing.description(), ""))
                .setHeader(getTranslation("plugins.repositories.description"))
                .setFlexGrow(1);
        GridColumns.fitted(
                offers, PluginRepositories.Listing::repository, getTranslation("plugins.repositories.source"));
        offers.addComponentColumn(listing -> {
                    Button fetch = new Button(
                            getTranslation(
                                    listing.upgrade()
                                            ? "plugins.repositories.fetch-upgrade"
                                            : "plugins.repositories.fetch"),
                            click -> {
                                PluginHost.Submission submission = repositories.fetch(listing, user);
                                status.show(submissionMessage(submission), submission.accepted());
                                refresh();
                            });
                    fetch.setId("fetch-" + listing.pluginId());
                    fetch.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return fetch;
                })
                .setHeader(getTranslation("accounts.actions"))
                .setAutoWidth(true);
        offers.setItems(catalog.listings());
        GridColumns.showAllRows(offers, getTranslation("plugins.repositories.none"));
        repositoryOffers.add(offers);
    }

    private Grid<InstalledPlugin> configureGrid() {
        grid.setId("plugins-grid");
        GridColumns.fitted(grid, InstalledPlugin::getPluginId, getTranslation("operations.plugin"));
        GridColumns.fitted(grid, this::versions, getTranslation("operations.version"));
        GridColumns.fitted(
                grid, p -> getTranslation("plugins.state." + p.getState().name()), getTranslation("operations.state"));
        GridColumns.fitted(grid, p -> Objects.toString(p.getSubmittedBy(), ""), getTranslation("plugins.submitter"));
        grid.addColumn(p -> Objects.toString(p.getFailureReason(), ""))
                .setHeader(getTranslation("operations.reason"))
                .setFlexGrow(1);
        GridColumns.fittedComponents(grid, this::actions, getTranslation("accounts.actions"));
        GridColumns.showAllRows(grid, getTranslation("plugins.none"));
        return grid;
    }

    /** The buttons {@link PluginAction} allows this user on this plugin now. */
    private Div actions(InstalledPlugin plugin) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        PluginAction.available(plugin, user, admin).forEach(action -> actions.add(button(action, plugin)));
        return actions;
    }

    /** The installed version, with an upgrade waiting for review and the version a rollback would restore. */
    private String versions(InstalledPlugin plugin) {
        StringBuilder text = new StringBuilder(plugin.getVersion());
        if (plugin.getPendingVersion() != null) {
            text.append(" · ").append(getTranslation("plugins.version.pending", plugin.getPendingVersion()));
        }
        if (plugin.getPreviousVersion() != null) {
            text.append(" · ").append(getTranslation("plugins.version.previous", plugin.getPreviousVersion()));
        }
        return text.toString();
    }

    private String submissionMessage(PluginHost.Submission submission) {
        if (!submission.accepted()) {
            return submission.notStored()
                    ? getTranslation("plugins.notstored")
                    : getTranslation("plugins.refused", submission.problem());
        }
        return submission.upgradeOf() == null
                ? getTranslation("plugins.submitted", submission.pluginId(), submission.version())
                : getTranslation(
                        "plugins.submitted.upgrade",
                        submission.pluginId(),
                        submission.version(),
                        submission.upgradeOf());
    }

    private Button button(PluginAction action, InstalledPlugin plugin) {
        String name = getTranslation("plugins." + action.slug());
        String pluginId = plugin.getPluginId();
        Button button = new Button(name, click -> {
            PluginOutcome outcome = action.applyTo(plugin, plugins);
            status.show(
                    outcome.done()
                            ? getTranslation("plugins.done", name, pluginId)
                            : getTranslation(
                                    "plugins.failed", name, pluginId, PluginOutcomes.describe(outcome, getLocale())),
                    outcome.done());
            refresh();
        });
        button.setId(action.slug() + "-" + pluginId);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void refresh() {
        List<InstalledPlugin> visible = plugins.installed().stream()
                .filter(p -> PluginAction.mayManage(p, user, admin))
                .sorted(Comparator.comparing((InstalledPlugin p) -> p.getState() != PluginState.IN_REVIEW)
                        .thenComparing(InstalledPlugin::getPluginId))
                .toList();
        grid.setItems(visible);
        if (admin && repositories.configured()) {
            refreshRepositoryOffers();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("plugins.title"));
    }
}
