package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a pf4j-update style plugins.json from a folder: compatibility, checksums, confinement. */
class PluginRepositoryTest {

    @TempDir
    Path folder;

    private final byte[] archive = "PK-not-really-a-plugin".getBytes();

    @Test
    void offersTheNewestReleaseThisPluginApiAccepts() throws IOException {
        write("""
                [{"id": "demo-case", "description": "A demo", "provider": "Lab", "releases": [
                  {"version": "1.0.0", "requires": ">=1.0.0 & <2.0.0", "url": "demo-1.0.0.jar", "sha512": "%1$s"},
                  {"version": "1.2.0", "requires": ">=1.0.0 & <2.0.0", "url": "demo-1.2.0.jar", "sha512": "%1$s"},
                  {"version": "3.0.0", "requires": ">=3.0.0", "url": "demo-3.0.0.jar", "sha512": "%1$s"}]},
                 {"id": "future-case", "releases": [{"version": "1.0.0", "requires": ">=9.0.0", "url": "f.jar", "sha512": "%1$s"}]}]
                """.formatted(PluginRepository.sha512(archive)));
        var offers = PluginRepository.at(folder.toString()).compatibleOffers();
        assertThat(offers).hasSize(1);
        assertThat(offers.getFirst().plugin().id()).isEqualTo("demo-case");
        assertThat(offers.getFirst().release().version())
                .as("3.0.0 needs a newer plugin-api")
                .isEqualTo("1.2.0");
    }

    @Test
    void downloadsAReleaseThatMatchesItsPublishedChecksum() throws IOException {
        Files.write(folder.resolve("demo-1.0.0.jar"), archive);
        var release = new PluginRepository.Release(
                "1.0.0", null, ">=1.0.0", "demo-1.0.0.jar", PluginRepository.sha512(archive));
        assertThat(PluginRepository.at(folder.resolve("plugins.json").toString())
                        .download(release))
                .isEqualTo(archive);
    }

    @Test
    void refusesAReleaseWithoutOrAgainstItsChecksum() throws IOException {
        Files.write(folder.resolve("demo-1.0.0.jar"), archive);
        PluginRepository repository = PluginRepository.at(folder.toString());
        assertThatThrownBy(() ->
                        repository.download(new PluginRepository.Release("1.0.0", null, null, "demo-1.0.0.jar", null)))
                .hasMessageContaining("no SHA-512");
        String other = PluginRepository.sha512("something else".getBytes());
        assertThatThrownBy(() ->
                        repository.download(new PluginRepository.Release("1.0.0", null, null, "demo-1.0.0.jar", other)))
                .hasMessageContaining("does not match the SHA-512");
    }

    @Test
    void aReleaseUrlCannotLeaveTheRepositoryFolder() throws IOException {
        Path repository = Files.createDirectories(folder.resolve("repo"));
        Files.write(folder.resolve("secret.jar"), archive);
        var release =
                new PluginRepository.Release("1.0.0", null, null, "../secret.jar", PluginRepository.sha512(archive));
        assertThatThrownBy(() -> PluginRepository.at(repository.toString()).download(release))
                .hasMessageContaining("outside the repository");
    }

    @Test
    void aBrokenOrMissingIndexIsReportedNotThrownAsAnythingElse() throws IOException {
        write("{ this is not json");
        assertThatThrownBy(() -> PluginRepository.at(folder.toString()).plugins())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a valid plugin list");
        assertThatThrownBy(() -> PluginRepository.at(folder.resolve("nowhere").toString())
                        .plugins())
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> PluginRepository.at("ftp://example.org/repo").plugins())
                .hasMessageContaining("unsupported");
    }

    @Test
    void readsARepositoryOverHttp() throws IOException {
        Files.write(folder.resolve("demo-1.0.0.jar"), archive);
        write("""
                [{"id": "demo-case", "releases": [
                  {"version": "1.0.0", "requires": ">=1.0.0", "url": "demo-1.0.0.jar", "sha512": "%s"}]}]
                """.formatted(PluginRepository.sha512(archive)));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring("/repo/".length()));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/plugins.json";
            PluginRepository repository = PluginRepository.at(url);
            var offer = repository.compatibleOffers().getFirst();
            assertThat(repository.download(offer.release())).isEqualTo(archive);
            var missing =
                    new PluginRepository.Release("1.0.1", null, null, "gone.jar", PluginRepository.sha512(archive));
            assertThatThrownBy(() -> repository.download(missing)).hasMessageContaining("answered 404");
        } finally {
            server.stop(0);
        }
    }

    private void write(String json) throws IOException {
        Files.writeString(folder.resolve("plugins.json"), json);
    }
}
