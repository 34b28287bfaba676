package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.PluginApi;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One plugin repository in pf4j-update's format: a {@code plugins.json} listing plugins and their
 * releases (version, {@code requires}, url relative to the repository, {@code sha512}), in a
 * folder or behind an http(s) URL. It is read, never trusted: every release must carry a SHA-512
 * and the downloaded archive must match it; a release url may not leave a folder repository.
 */
@RequiredArgsConstructor
public final class PluginRepository {

    static final int MAX_INDEX_BYTES = 1 << 20;
    static final int MAX_ARCHIVE_BYTES = 256 << 20;
    private static final VersionManager VERSIONS = new DefaultVersionManager();
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /** A plugin as the repository lists it. */
    public record PluginInfo(
            String id, String description, String provider, String projectUrl, List<Release> releases) {
        public PluginInfo {
            releases = releases == null ? List.of() : List.copyOf(releases);
        }
    }

    /** One release of a plugin. */
    public record Release(String version, String date, String requires, String url, String sha512) {}

    /** The newest release of a plugin that this portal's plugin-api accepts. */
    public record Offer(PluginRepository repository, PluginInfo plugin, Release release) {}

    private final String location;
    private final URI base;

    /** A repository at a folder path, a {@code file:} URL or an http(s) URL (of the folder or of its plugins.json). */
    public static PluginRepository at(String location) {
        String trimmed = location.strip();
        URI uri;
        if (trimmed.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !trimmed.matches("^[A-Za-z]:[\\\\/].*")) {
            uri = URI.create(trimmed);
        } else {
            uri = Path.of(trimmed).toAbsolutePath().normalize().toUri();
        }
        String text = uri.toString();
        if (text.endsWith("plugins.json")) {
            uri = URI.create(text.substring(0, text.length() - "plugins.json".length()));
        } else if (!text.endsWith("/")) {
            uri = URI.create(text + "/");
        }
        return new PluginRepository(trimmed, uri);
    }

    public String location() {
        return location;
    }

    /** Every plugin the repository lists. */
    public List<PluginInfo> plugins() throws IOException {
        byte[] index = read(base.resolve("plugins.json"), MAX_INDEX_BYTES);
        try {
            return List.of(JSON.readValue(index, PluginInfo[].class));
        } catch (JacksonException e) {
            throw new IOException(
                    "plugins.json of " + location + " is not a valid plugin list: " + e.getOriginalMessage(), e);
        }
    }

    /** Per plugin, the newest release whose {@code requires} this portal's plugin-api satisfies. */
    public List<Offer> compatibleOffers() throws IOException {
        return plugins().stream()
                .filter(plugin -> plugin.id() != null)
                .flatMap(plugin -> newestCompatible(plugin).map(release -> new Offer(this, plugin, release)).stream())
                .toList();
    }

    static Optional<Release> newestCompatible(PluginInfo plugin) {
        return plugin.releases().stream()
                .filter(release -> release.version() != null && release.url() != null)
                .filter(release -> release.requires() == null
                        || release.requires().isBlank()
                        || VERSIONS.checkVersionConstraint(PluginApi.VERSION, release.requires()))
                .max(Comparator.comparing(Release::version, VERSIONS::compareVersions));
    }

    /**
     * Downloads a release and checks it against the SHA-512 the repository publishes.
     *
     * @throws IOException when it cannot be read, is too large, has no checksum or does not match it
     */
    public byte[] download(Release release) throws IOException {
        if (release.sha512() == null || !release.sha512().strip().matches("(?i)[0-9a-f]{128}")) {
            throw new IOException(
                    "release " + release.version() + " has no SHA-512 in plugins.json; it is not installed");
        }
        URI url = base.resolve(release.url());
        if ("file".equals(base.getScheme()) && !Path.of(url).normalize().startsWith(Path.of(base))) {
            throw new IOException("release url " + release.url() + " points outside the repository folder");
        }
        byte[] archive = read(url, MAX_ARCHIVE_BYTES);
        String actual = sha512(archive);
        if (!actual.equals(release.sha512().strip().toLowerCase(Locale.ROOT))) {
            throw new IOException("the downloaded archive does not match the SHA-512 in plugins.json (got "
                    + actual.substring(0, 16) + "…)");
        }
        return archive;
    }

    private static byte[] read(URI uri, int limit) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        switch (scheme) {
            case "file" -> {
                Path file = Path.of(uri);
                if (!Files.isRegularFile(file)) {
                    throw new IOException("there is no " + file.getFileName() + " at " + file.getParent());
                }
                if (Files.size(file) > limit) {
                    throw new IOException(file.getFileName() + " is larger than " + (limit >> 20) + " MB");
                }
                return Files.readAllBytes(file);
            }
            case "http", "https" -> {
                try {
                    HttpResponse<InputStream> response = HTTP.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    try (InputStream body = response.body()) {
                        if (response.statusCode() != 200) {
                            throw new IOException(uri + " answered " + response.statusCode());
                        }
                        byte[] bytes = body.readNBytes(limit + 1);
                        if (bytes.length > limit) {
                            throw new IOException(uri + " is larger than " + (limit >> 20) + " MB");
                        }
                        return bytes;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading " + uri, e);
                }
            }
            default ->
                throw new IOException("unsupported repository address " + uri + " (use a folder, file: or http(s):)");
        }
    }

    static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
