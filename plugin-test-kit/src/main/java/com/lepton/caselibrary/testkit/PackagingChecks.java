package com.lepton.caselibrary.testkit;

import com.github.zafarkhaja.semver.Version;
import com.lepton.caselibrary.api.PluginApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import org.pf4j.DefaultVersionManager;

/** The archive, its PF4J manifest and its extension index: what the portal reads before loading a plugin. */
final class PackagingChecks {

    /** The rule for case ids ({@code CaseDescriptor}) and plugin ids (the portal's upload check). */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static final String EXTENSIONS_INDEX = "META-INF/extensions.idx";

    private PackagingChecks() {}

    static Check archive(PluginJar jar) {
        Check.Builder check = new Check.Builder("archive");
        Set<String> seen = new HashSet<>();
        Set<String> bundled = new TreeSet<>();
        for (String name : jar.entryNames()) {
            check.problemIf(!seen.add(name), "entry appears twice: " + name);
            check.problemIf(
                    name.startsWith("/") || List.of(name.split("/")).contains(".."),
                    "entry name leaves the plugin folder: " + name);
            HostPackages.providedBy(name)
                    .ifPresent(library ->
                            bundled.add(library + " (" + name.substring(0, name.lastIndexOf('/') + 1) + ")"));
        }
        for (String library : bundled) {
            check.problem(
                    "bundles classes the portal provides: " + library
                            + "; declare plugin-api, training-kit, PF4J, DJL, TensorFlow, Vaadin and Spring as <scope>provided</scope>");
        }
        return check.build();
    }

    static Check manifest(PluginJar jar) throws IOException {
        Check.Builder check = new Check.Builder("manifest");
        Optional<Manifest> manifest = jar.manifest();
        if (manifest.isEmpty()) {
            return check.problem(
                            "the jar has no META-INF/MANIFEST.MF; PF4J reads Plugin-Id, Plugin-Version and Plugin-Requires from it")
                    .build();
        }
        Attributes attributes = manifest.get().getMainAttributes();
        String id = attributes.getValue("Plugin-Id");
        String version = attributes.getValue("Plugin-Version");
        String requires = attributes.getValue("Plugin-Requires");
        if (blank(id)) {
            check.problem("Plugin-Id is missing");
        } else if (id.length() > 64 || !ID.matcher(id).matches()) {
            check.problem("Plugin-Id must be lower-case letters and digits joined by dashes, at most 64 characters: '"
                    + id + "'");
        }
        if (blank(version)) {
            check.problem("Plugin-Version is missing");
        } else if (!Version.isValid(version.strip())) {
            check.problem(
                    "Plugin-Version is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0): '" + version + "'");
        }
        if (blank(requires)) {
            check.problem(
                    "Plugin-Requires is missing: state the plugin-api versions the plugin works with, e.g. '>=1.0.0 & <2.0.0'"
                            + " (this plugin-api is " + PluginApi.VERSION + ")");
        } else {
            try {
                if (!new DefaultVersionManager().checkVersionConstraint(PluginApi.VERSION, requires)) {
                    check.problem("Plugin-Requires '" + requires + "' is not satisfied by this plugin-api, "
                            + PluginApi.VERSION + ": the portal would refuse the plugin");
                }
            } catch (RuntimeException e) {
                check.problem("Plugin-Requires '" + requires
                        + "' is not a version range PF4J understands (e.g. '>=1.0.0 & <2.0.0'): " + e.getMessage());
            }
        }
        return check.build();
    }

    /** The class names in the extension index PF4J's annotation processor writes for {@code @Extension} classes. */
    static List<String> indexedExtensions(PluginJar jar) throws IOException {
        return jar.read(EXTENSIONS_INDEX)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .toList())
                .orElse(List.of());
    }

    static Check extensionIndex(PluginJar jar) throws IOException {
        Check.Builder check = new Check.Builder("extension index");
        if (!jar.has(EXTENSIONS_INDEX)) {
            return check.problem(
                            EXTENSIONS_INDEX
                                    + " is missing: annotate the CaseStudyPlugin class with @org.pf4j.Extension and"
                                    + " run PF4J's annotation processor (maven-compiler-plugin annotationProcessorPaths, as plugins/pom.xml does)")
                    .build();
        }
        List<String> classes = indexedExtensions(jar);
        check.problemIf(classes.isEmpty(), EXTENSIONS_INDEX + " names no extension class");
        for (String name : classes) {
            check.problemIf(
                    !jar.has(name.replace('.', '/') + ".class"),
                    EXTENSIONS_INDEX + " names " + name + ", which is not in the jar");
        }
        return check.build();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
