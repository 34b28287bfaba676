package com.lepton.caselibrary.pluginadmin;

import com.lepton.caselibrary.pluginhost.InstalledPlugin;
import com.lepton.caselibrary.pluginhost.PluginHost;
import com.lepton.caselibrary.pluginhost.PluginOutcome;
import com.lepton.caselibrary.pluginhost.PluginState;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What may be done to a plugin, by whom and in which state: the one rule the plugins page and the
 * administrators' REST API both follow. Administrators act on every plugin; a partner on their own uploads,
 * except approving them.
 */
public enum PluginAction {
    APPROVE(Who.ADMINISTRATOR, (id, host) -> host.approve(id)),
    REJECT(Who.ADMINISTRATOR, (id, host) -> host.uninstall(id)),
    /** A partner taking back their own upload: an administrator's reject, in the partner's words. */
    WITHDRAW(Who.SUBMITTER, (id, host) -> host.uninstall(id)),
    DISABLE(Who.EITHER, (id, host) -> host.disable(id)),
    ENABLE(Who.EITHER, (id, host) -> host.enable(id)),
    UNINSTALL(Who.EITHER, (id, host) -> host.uninstall(id)),
    APPROVE_UPGRADE(Who.ADMINISTRATOR, (id, host) -> host.approveUpgrade(id)),
    REJECT_UPGRADE(Who.ADMINISTRATOR, (id, host) -> host.rejectUpgrade(id)),
    WITHDRAW_UPGRADE(Who.SUBMITTER, (id, host) -> host.rejectUpgrade(id)),
    ROLLBACK(Who.EITHER, (id, host) -> host.rollback(id));

    private enum Who {
        ADMINISTRATOR,
        SUBMITTER,
        EITHER
    }

    private final Who who;
    private final BiFunction<String, PluginHost, PluginOutcome> apply;

    PluginAction(Who who, BiFunction<String, PluginHost, PluginOutcome> apply) {
        this.who = who;
        this.apply = apply;
    }

    /** The name in URLs and translation keys, e.g. {@code approve-upgrade}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<PluginAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** Whether this user may act on this plugin at all: administrators always, partners on their own uploads. */
    public static boolean mayManage(InstalledPlugin plugin, String user, boolean administrator) {
        return administrator || user.equals(plugin.getSubmittedBy());
    }

    /** The actions this user may take on the plugin in its present state, in the order the page shows them. */
    public static List<PluginAction> available(InstalledPlugin plugin, String user, boolean administrator) {
        if (!mayManage(plugin, user, administrator)) {
            return List.of();
        }
        return Arrays.stream(values())
                .filter(action -> action.fits(plugin) && action.isFor(administrator))
                .toList();
    }

    /** Whether the plugin's state lets this action apply (who asks is checked by {@link #available}). */
    public boolean fits(InstalledPlugin plugin) {
        PluginState state = plugin.getState();
        boolean upgradeWaiting = plugin.getPendingVersion() != null;
        return switch (this) {
            case APPROVE, REJECT, WITHDRAW -> state == PluginState.IN_REVIEW;
            case DISABLE -> state == PluginState.STARTED;
            case ENABLE -> state == PluginState.DISABLED;
            case UNINSTALL -> state == PluginState.DISABLED || state == PluginState.FAILED;
            case APPROVE_UPGRADE, REJECT_UPGRADE, WITHDRAW_UPGRADE -> upgradeWaiting;
            case ROLLBACK -> plugin.getPreviousVersion() != null && state != PluginState.IN_REVIEW;
        };
    }

    /** Does it: done, or why the host could not. */
    public PluginOutcome applyTo(InstalledPlugin plugin, PluginHost host) {
        return apply.apply(plugin.getPluginId(), host);
    }

    public boolean isForAdministratorsOnly() {
        return who == Who.ADMINISTRATOR;
    }

    private boolean isFor(boolean administrator) {
        return who == Who.EITHER || who == (administrator ? Who.ADMINISTRATOR : Who.SUBMITTER);
    }
}
