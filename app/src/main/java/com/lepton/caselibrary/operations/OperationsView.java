package com.lepton.caselibrary.operations;

import com.lepton.caselibrary.account.SignInThrottle;
import com.lepton.caselibrary.demo.DemoRun;
import com.lepton.caselibrary.demo.DemoRunRepository;
import com.lepton.caselibrary.demo.RunHistory;
import com.lepton.caselibrary.i18n.Times;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.InferenceProperties.BatchSettings;
import com.lepton.caselibrary.layout.GridColumns;
import com.lepton.caselibrary.layout.MainLayout;
import com.lepton.caselibrary.layout.PageTitles;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.TransactionException;

/**
 * For administrators: the inference pool per model, the plugins' states with their failure
 * reasons, and the latest demo runs that failed or were turned away. Metrics for dashboards are at
 * {@code /actuator/prometheus}, health at {@code /actuator/health}.
 */
@Route(value = "admin/operations", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OperationsView extends Div implements HasDynamicTitle {

    /** A served model as the page shows it. */
    record ModelRow(
            String model,
            String version,
            BatchSettings settings,
            int busyWorkers,
            int queueLength,
            long estimatedWaitMs) {}

    public OperationsView(
            InferencePool pool,
            PluginHost plugins,
            DemoRunRepository runs,
            RunHistory history,
            SignInThrottle signIns) {
        addClassName("operations-view");
        add(
                new H1(getTranslation("operations.title")),
                new Paragraph(getTranslation("operations.lead")),
                links(),
                new H2(getTranslation("operations.models")),
                models(pool),
                new H2(getTranslation("operations.plugins")),
                plugins(plugins.installed()),
                new H2(getTranslation("operations.errors")));
        if (history.backlog() > 0 || history.lost() > 0) {
            Paragraph backlog =
                    new Paragraph(getTranslation("operations.history.backlog", history.backlog(), history.lost()));
            backlog.setId("operations-history-backlog");
            add(backlog);
        }
        try {
            add(errors(runs));
            add(new H2(getTranslation("operations.signin")), slowedSignIns(signIns));
        } catch (DataAccessException | TransactionException e) {
            add(new Paragraph(getTranslation("operations.history.unavailable")));
        }
    }

    /** Accounts and addresses slowed down after wrong passwords: someone guessing, or someone who forgot. */
    private Grid<SignInThrottle.Failures> slowedSignIns(SignInThrottle signIns) {
        Grid<SignInThrottle.Failures> grid = new Grid<>(SignInThrottle.Failures.class, false);
        grid.setId("operations-sign-ins");
        GridColumns.fitted(grid, f -> Times.format(f.lastFailureAt(), getLocale()), getTranslation("operations.time"));
        GridColumns.fitted(grid, SignInThrottle.Failures::username, getTranslation("operations.signin.account"));
        GridColumns.fitted(grid, SignInThrottle.Failures::address, getTranslation("operations.signin.address"));
        GridColumns.fitted(grid, SignInThrottle.Failures::failures, getTranslation("operations.signin.failures"));
        grid.addColumn(f -> f.blockedUntil() == null ? "" : Times.format(f.blockedUntil(), getLocale()))
                .setHeader(getTranslation("operations.signin.until"))
                .setFlexGrow(1);
        grid.setItems(signIns.recentlySlowed(20));
        GridColumns.showAllRows(grid, getTranslation("operations.signin.none"));
        return grid;
    }

    private Div links() {
        Anchor health = new Anchor("actuator/health", "/actuator/health");
        Anchor metrics = new Anchor("actuator/prometheus", "/actuator/prometheus");
        health.setRouterIgnore(true);
        metrics.setRouterIgnore(true);
        RouterLink keptInputs = new RouterLink(getTranslation("kept.title"), KeptInputsView.class);
        keptInputs.setId("operations-kept-inputs");
        Div links = new Div(health, metrics, keptInputs);
        links.addClassName("operations-links");
        return links;
    }

    private Grid<ModelRow> models(InferencePool pool) {
        List<ModelRow> rows = pool.loadedModels().stream()
                .sorted()
                .map(key -> new ModelRow(
                        key,
                        pool.version(key).orElse(""),
                        pool.settings(key).orElse(null),
                        pool.busyWorkers(key),
                        pool.queueLength(key),
                        pool.estimatedWait(key).toMillis()))
                .toList();
        Grid<ModelRow> grid = new Grid<>(ModelRow.class, false);
        grid.setId("operations-models");
        GridColumns.fitted(grid, ModelRow::model, getTranslation("operations.model"));
        GridColumns.fitted(grid, ModelRow::version, getTranslation("operations.version"));
        poolColumn(
                grid,
                (r, settings) -> "%d / %d".formatted(r.busyWorkers(), settings.predictors()),
                "operations.workers");
        poolColumn(
                grid,
                (r, settings) -> "%d / %d".formatted(r.queueLength(), settings.queueCapacity()),
                "operations.queue");
        poolColumn(
                grid,
                (r, settings) -> "%d · %d ms"
                        .formatted(
                                settings.maxBatchSize(),
                                settings.maxQueueDelay().toMillis()),
                "operations.batching");
        GridColumns.fitted(grid, r -> r.estimatedWaitMs() + " ms", getTranslation("operations.wait"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A column drawn from a model's pool settings; blank where the pool has none for it. */
    private void poolColumn(Grid<ModelRow> grid, BiFunction<ModelRow, BatchSettings, String> text, String headerKey) {
        GridColumns.fitted(
                grid, r -> r.settings() == null ? "" : text.apply(r, r.settings()), getTranslation(headerKey));
    }

    private Grid<InstalledPlugin> plugins(List<InstalledPlugin> installed) {
        Grid<InstalledPlugin> grid = new Grid<>(InstalledPlugin.class, false);
        grid.setId("operations-plugins");
        GridColumns.fitted(grid, InstalledPlugin::getPluginId, getTranslation("operations.plugin"));
        GridColumns.fitted(grid, InstalledPlugin::getVersion, getTranslation("operations.version"));
        GridColumns.fitted(
                grid, p -> getTranslation("plugins.state." + p.getState().name()), getTranslation("operations.state"));
        grid.addColumn(p -> Objects.toString(p.getFailureReason(), ""))
                .setHeader(getTranslation("operations.reason"))
                .setFlexGrow(1);
        grid.setItems(installed);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<DemoRun> errors(DemoRunRepository runs) {
        Grid<DemoRun> grid = new Grid<>(DemoRun.class, false);
        grid.setId("operations-errors");
        GridColumns.fitted(grid, r -> Times.format(r.getCreatedAt(), getLocale()), getTranslation("operations.time"));
        GridColumns.fitted(grid, DemoRun::getCaseId, getTranslation("operations.case"));
        GridColumns.fitted(grid, r -> r.getOutcome().name(), getTranslation("operations.outcome"));
        grid.addColumn(r -> Objects.toString(r.getMessage(), ""))
                .setHeader(getTranslation("operations.message"))
                .setFlexGrow(1);
        grid.setItems(runs.findByOutcomeInOrderByCreatedAtDesc(
                List.of(DemoRun.Outcome.FAILED.name(), DemoRun.Outcome.BUSY.name()), Limit.of(20)));
        GridColumns.showAllRows(grid, getTranslation("operations.errors.none"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("operations.title"));
    }
}
