package com.lepton.caselibrary.pluginhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.PluginApi;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginArchiveCheckTest {

    @TempDir
    Path folder;

    @Test
    void acceptsACompatiblePlugin() throws IOException {
        PluginArchiveCheck.Result result =
                PluginArchiveCheck.check(jar("good.jar", "good-plugin", "1.2.0", ">=1.0.0 & <2.0.0"));
        assertThat(result.ok()).isTrue();
        assertThat(result.pluginId()).isEqualTo("good-plugin");
    }

    @Test
    void refusesAFileThatIsNotAnArchive() throws IOException {
        Path file = Files.writeString(folder.resolve("broken.jar"), "this is not a zip");
        assertThat(PluginArchiveCheck.check(file).problem()).contains("not a valid jar");
    }

    @Test
    void refusesAnArchiveWithoutManifest() throws IOException {
        Path file = folder.resolve("bare.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hi".getBytes());
        }
        assertThat(PluginArchiveCheck.check(file).problem()).contains("no META-INF/MANIFEST.MF");
    }

    @Test
    void refusesAPluginThatNeedsANewerApi() throws IOException {
        PluginArchiveCheck.Result result = PluginArchiveCheck.check(jar("future.jar", "future", "1.0.0", ">=2.0.0"));
        assertThat(result.ok()).isFalse();
        assertThat(result.problem()).contains("requires plugin-api >=2.0.0").contains("provides " + PluginApi.VERSION);
    }

    @Test
    void refusesMissingIdOrVersionAndBadIds() throws IOException {
        assertThat(PluginArchiveCheck.check(jar("a.jar", null, "1.0.0", ">=1.0.0"))
                        .problem())
                .contains("Plugin-Id");
        assertThat(PluginArchiveCheck.check(jar("b.jar", "../evil", "1.0.0", ">=1.0.0"))
                        .problem())
                .contains("lower-case");
        assertThat(PluginArchiveCheck.check(jar("c.jar", "ok", "1.0.0", null)).problem())
                .contains("Plugin-Requires");
        assertThat(PluginArchiveCheck.check(jar("d.jar", "ok", "1.0.0", "not a range!"))
                        .problem())
                .contains("not a valid version range");
    }

    private Path jar(String name, String id, String version, String requires) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (id != null) {
            attributes.putValue("Plugin-Id", id);
        }
        attributes.putValue("Plugin-Version", version);
        if (requires != null) {
            attributes.putValue("Plugin-Requires", requires);
        }
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new ZipEntry("x.txt"));
        }
        return file;
    }
}
