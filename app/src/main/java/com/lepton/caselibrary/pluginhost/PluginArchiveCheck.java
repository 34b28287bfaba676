package com.lepton.caselibrary.pluginhost;

import com.lepton.caselibrary.api.PluginApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Checks a plugin archive's structure ({@link ArchiveStructure}) and reads its manifest before PF4J
 * sees it, so a broken, hostile or incompatible jar is reported with a reason an operator can act on
 * instead of failing somewhere inside loading.
 */
final class PluginArchiveCheck {

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private PluginArchiveCheck() {}

    /** What the manifest says, or why the archive is refused. */
    record Result(String pluginId, String version, String requires, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Result check(Path archive) {
        Optional<String> structure = ArchiveStructure.DEFAULT.problem(archive);
        if (structure.isPresent()) {
            return refused(structure.get());
        }
        Manifest manifest;
        try (JarFile jar = new JarFile(archive.toFile())) {
            manifest = jar.getManifest();
        } catch (ZipException e) {
            return refused("not a valid jar/zip archive");
        } catch (IOException e) {
            return refused("cannot be read: " + e.getMessage());
        }
        if (manifest == null) {
            return refused("has no META-INF/MANIFEST.MF");
        }
        Attributes attributes = manifest.getMainAttributes();
        String id = attributes.getValue("Plugin-Id");
        String version = attributes.getValue("Plugin-Version");
        String requires = attributes.getValue("Plugin-Requires");
        if (isBlank(id) || isBlank(version)) {
            return refused("manifest lacks Plugin-Id or Plugin-Version");
        }
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 64) {
            return new Result(id, version, requires, "Plugin-Id must be lower-case words joined by dashes: " + id);
        }
        if (isBlank(requires)) {
            return new Result(
                    id, version, requires, "manifest lacks Plugin-Requires (the plugin-api versions it works with)");
        }
        try {
            if (!VERSIONS.checkVersionConstraint(PluginApi.VERSION, requires)) {
                return new Result(
                        id,
                        version,
                        requires,
                        "requires plugin-api " + requires + " but this portal provides " + PluginApi.VERSION);
            }
        } catch (RuntimeException e) {
            return new Result(id, version, requires, "Plugin-Requires is not a valid version range: " + requires);
        }
        return new Result(id, version, requires, null);
    }

    static boolean isArchive(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(path) && (name.endsWith(".jar") || name.endsWith(".zip"));
    }

    private static Result refused(String problem) {
        return new Result(null, null, null, problem);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
