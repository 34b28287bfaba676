package com.lepton.caselibrary.pluginadmin;

import com.lepton.caselibrary.i18n.Messages;
import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Plugins over REST, for administrators and for partners' build pipelines: the same rules as the plugins page
 * ({@link PluginAction}). Callers sign in with HTTP Basic or a personal API token; a partner sees and acts on
 * their own uploads only (another's plugin is "not found", as an unknown one).
 */
@Tag(name = "plugin administration", description = "Upload, review and manage case plugins (administrators, partners)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
@RestController
@RequestMapping(
        path = "/api/admin/plugins",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@RequiredArgsConstructor
class PluginAdminApiController {

    private final PluginHost plugins;

    /** A plugin as the caller sees it, with the actions the caller may take on it now. */
    record PluginStatus(
            String id,
            String version,
            String state,
            String reason,
            String submittedBy,
            String pendingVersion,
            String previousVersion,
            String liveVersion,
            List<String> actions) {

        /** The registry's entry; the live version and, where it differs, the reason are this replica's own. */
        static PluginStatus of(InstalledPlugin plugin, PluginHost host, String user, boolean administrator) {
            return new PluginStatus(
                    plugin.getPluginId(),
                    plugin.getVersion(),
                    plugin.getState().name(),
                    Optional.ofNullable(host.localProblems().get(plugin.getPluginId()))
                            .orElse(plugin.getFailureReason()),
                    plugin.getSubmittedBy(),
                    plugin.getPendingVersion(),
                    plugin.getPreviousVersion(),
                    host.liveVersion(plugin.getPluginId()).orElse(null),
                    PluginAction.available(plugin, user, administrator).stream()
                            .map(PluginAction::slug)
                            .toList());
        }
    }

    /** An upload taken into review: a new plugin, or an upgrade of the live version {@code upgradeOf}. */
    record Submitted(String id, String version, String upgradeOf) {}

    @Operation(summary = "The plugins the caller may manage, with state, reason and the actions possible now")
    @GetMapping
    List<PluginStatus> list(Authentication caller) {
        return plugins.installed().stream()
                .filter(plugin -> PluginAction.mayManage(plugin, caller.getName(), isAdministrator(caller)))
                .map(plugin -> PluginStatus.of(plugin, plugins, caller.getName(), isAdministrator(caller)))
                .toList();
    }

    @Operation(summary = "One plugin the caller may manage")
    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id, Authentication caller, Locale locale) {
        return manageable(id, caller)
                .<ResponseEntity<?>>map(plugin ->
                        ResponseEntity.ok(PluginStatus.of(plugin, plugins, caller.getName(), isAdministrator(caller))))
                .orElseGet(() -> Messages.problem(HttpStatus.NOT_FOUND, locale, "plugins.api.unknown", id));
    }

    @Operation(
            summary = "Upload a plugin archive (multipart field \"archive\") into review",
            description = "Checked at once like an upload on the plugins page; 202 with the plugin id when it"
                    + " waits for review, 422 with the reason when refused. A higher Plugin-Version of an"
                    + " installed plugin waits as its upgrade.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(
            @RequestPart(name = "archive", required = false) MultipartFile archive,
            Authentication caller,
            Locale locale)
            throws IOException {
        if (archive == null || archive.isEmpty()) {
            return Messages.problem(HttpStatus.BAD_REQUEST, locale, "plugins.api.no-archive");
        }
        return submit(archive.getBytes(), caller, locale);
    }

    @Operation(
            summary = "Upload a plugin archive as the request body, for archives over the multipart limit",
            description = "The same as the multipart upload, up to 256 MB.")
    @PostMapping(consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/java-archive"})
    ResponseEntity<?> uploadBody(InputStream body, Authentication caller, Locale locale) throws IOException {
        byte[] bytes = body.readNBytes(PluginsView.MAX_UPLOAD_BYTES + 1);
        if (bytes.length > PluginsView.MAX_UPLOAD_BYTES) {
            return Messages.problem(
                    HttpStatus.CONTENT_TOO_LARGE, locale, "plugins.api.too-large", PluginsView.MAX_UPLOAD_BYTES >> 20);
        }
        if (bytes.length == 0) {
            return Messages.problem(HttpStatus.BAD_REQUEST, locale, "plugins.api.no-archive");
        }
        return submit(bytes, caller, locale);
    }

    @Operation(
            summary = "Act on a plugin: approve, reject, withdraw, disable, enable, uninstall, approve-upgrade,"
                    + " reject-upgrade, withdraw-upgrade or rollback",
            description = "Done at once on this portal, without a restart. 409 when the action does not apply to the"
                    + " plugin's present state or did not succeed (the body says why); 403 when only administrators"
                    + " may.")
    @PostMapping("/{id}/{action}")
    ResponseEntity<?> act(@PathVariable String id, @PathVariable String action, Authentication caller, Locale locale) {
        boolean administrator = isAdministrator(caller);
        Optional<InstalledPlugin> found = manageable(id, caller);
        if (found.isEmpty()) {
            return Messages.problem(HttpStatus.NOT_FOUND, locale, "plugins.api.unknown", id);
        }
        InstalledPlugin plugin = found.get();
        Optional<PluginAction> requested = PluginAction.ofSlug(action);
        if (requested.isEmpty()) {
            return Messages.problem(HttpStatus.BAD_REQUEST, locale, "plugins.api.action-unknown", action, allSlugs());
        }
        List<PluginAction> possible = PluginAction.available(plugin, caller.getName(), administrator);
        if (!administrator && requested.get().isForAdministratorsOnly()) {
            return Messages.problem(HttpStatus.FORBIDDEN, locale, "plugins.api.action-forbidden", action);
        }
        if (!possible.contains(requested.get())) {
            return Messages.problem(
                    HttpStatus.CONFLICT,
                    locale,
                    "plugins.api.action-not-now",
                    action,
                    id,
                    plugin.getState().name(),
                    possible.stream().map(PluginAction::slug).collect(Collectors.joining(", ")));
        }
        PluginOutcome outcome = requested.get().applyTo(plugin, plugins);
        if (!outcome.done()) {
            return Messages.problem(
                    HttpStatus.CONFLICT,
                    locale,
                    "plugins.api.action-failed",
                    action,
                    id,
                    PluginOutcomes.describe(outcome, locale));
        }
        return manageable(id, caller)
                .<ResponseEntity<?>>map(
                        now -> ResponseEntity.ok(PluginStatus.of(now, plugins, caller.getName(), administrator)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private ResponseEntity<?> submit(byte[] bytes, Authentication caller, Locale locale) {
        PluginHost.Submission submission = plugins.submit(bytes, caller.getName(), isAdministrator(caller));
        if (submission.notStored()) {
            return Messages.problem(HttpStatus.SERVICE_UNAVAILABLE, locale, "plugins.notstored");
        }
        if (!submission.accepted()) {
            return Messages.problem(HttpStatus.UNPROCESSABLE_CONTENT, locale, "plugins.refused", submission.problem());
        }
        return ResponseEntity.accepted()
                .body(new Submitted(submission.pluginId(), submission.version(), submission.upgradeOf()));
    }

    private Optional<InstalledPlugin> manageable(String id, Authentication caller) {
        return plugins.installed().stream()
                .filter(plugin -> plugin.getPluginId().equals(id))
                .filter(plugin -> PluginAction.mayManage(plugin, caller.getName(), isAdministrator(caller)))
                .findFirst();
    }

    private static boolean isAdministrator(Authentication caller) {
        return caller.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMIN"));
    }

    private static String allSlugs() {
        return Arrays.stream(PluginAction.values()).map(PluginAction::slug).collect(Collectors.joining(", "));
    }
}
