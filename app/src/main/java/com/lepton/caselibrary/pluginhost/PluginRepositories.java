package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pf4j.DefaultVersionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The plugin repositories the portal is configured with ({@code lepton.plugins.repositories}):
 * what they offer that this portal can run, which of it would be an upgrade of an installed
 * plugin, and fetching a release. A fetched release is checked against its published SHA-512
 * and then goes through the same checks and review as an upload: nothing from a repository is
 * live before an administrator approves it.
 */
@Service
public class PluginRepositories {

    private static final Logger log = LoggerFactory.getLogger(PluginRepositories.class);
    private static final DefaultVersionManager VERSIONS = new DefaultVersionManager();

    private final PluginHost plugins;
    private final List<PluginRepository> repositories;

    public PluginRepositories(PluginHost plugins, PluginHostProperties properties) {
        this.plugins = plugins;
        this.repositories =
                properties.repositories().stream().map(PluginRepository::at).toList();
    }

    /** A release that could be installed, or that would upgrade the installed version. */
    public record Listing(
            String repository,
            String pluginId,
            String description,
            String version,
            String installedVersion,
            PluginRepository.Offer offer) {
        public boolean upgrade() {
            return installedVersion != null;
        }
    }

    /** What the repositories offer, and the repositories that could not be read, with why. */
    public record Catalog(List<Listing> listings, List<String> problems) {}

    public boolean configured() {
        return !repositories.isEmpty();
    }

    /** New plugins and upgrades, newest compatible release each; installed plugins at that version or newer are left out. */
    public Catalog catalog() {
        Map<String, InstalledPlugin> installed = plugins.installed().stream()
                .collect(Collectors.toMap(InstalledPlugin::getPluginId, Function.identity()));
        List<Listing> listings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PluginRepository repository : repositories) {
            try {
                for (PluginRepository.Offer offer : repository.compatibleOffers()) {
                    String id = offer.plugin().id();
                    Optional<InstalledPlugin> current =
                            Optional.ofNullable(installed.get(id)).filter(p -> p.getState() != PluginState.FAILED);
                    if (current.isPresent()
                            && VERSIONS.compareVersions(
                                            offer.release().version(),
                                            current.get().getVersion())
                                    <= 0) {
                        continue;
                    }
                    listings.add(new Listing(
                            repository.location(),
                            id,
                            offer.plugin().description(),
                            offer.release().version(),
                            current.map(InstalledPlugin::getVersion).orElse(null),
                            offer));
                }
            } catch (IOException | RuntimeException e) {
                log.warn("Plugin repository {} cannot be read: {}", repository.location(), e.getMessage());
                problems.add(repository.location() + ": " + e.getMessage());
            }
        }
        return new Catalog(listings, problems);
    }

    /** Downloads a listed release, checks its SHA-512 and submits it for review (as a new plugin or an upgrade). */
    public PluginHost.Submission fetch(Listing listing, String administrator) {
        PluginRepository.Offer offer = listing.offer();
        try {
            byte[] archive = offer.repository().download(offer.release());
            return plugins.submit(
                    archive,
                    administrator,
                    true,
                    offer.plugin().id(),
                    offer.release().version());
        } catch (IOException e) {
            log.warn(
                    "Fetching {} {} from {} refused: {}",
                    listing.pluginId(),
                    listing.version(),
                    listing.repository(),
                    e.getMessage());
            return new PluginHost.Submission(listing.pluginId(), listing.version(), e.getMessage());
        }
    }
}
