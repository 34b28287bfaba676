package com.lepton.caselibrary.pluginhost;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Copies the plugins packaged inside the portal jar into the plugins folder, so that a fresh
 * install has its cases and an upgraded portal brings its upgraded bundled plugins; not those an
 * administrator uninstalled (the folder is shared by every replica, and each copies at start).
 */
final class BundledPlugins {

    private static final Logger log = LoggerFactory.getLogger(BundledPlugins.class);

    private BundledPlugins() {}

    static void installInto(Path pluginsDirectory, Predicate<String> uninstalled) throws IOException {
        Resource[] bundled = new PathMatchingResourcePatternResolver().getResources("classpath*:bundled-plugins/*.jar");
        for (Resource resource : bundled) {
            String name = resource.getFilename();
            if (name == null) {
                continue;
            }
            Path target = pluginsDirectory.resolve(name).normalize();
            if (!target.startsWith(pluginsDirectory)) {
                continue;
            }
            byte[] content;
            try (InputStream in = resource.getInputStream()) {
                content = in.readAllBytes();
            }
            if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), content)) {
                continue;
            }
            String pluginId = pluginId(content);
            if (pluginId != null && uninstalled.test(pluginId)) {
                log.info("Not installing bundled plugin {} ({}): an administrator uninstalled it", pluginId, name);
                continue;
            }
            Path temporary = Files.createTempFile(pluginsDirectory, name, ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Installed bundled plugin {} into {}", name, pluginsDirectory);
        }
    }

    /** The manifest's {@code Plugin-Id}, or null when the bytes are not a jar with one (the load then says why). */
    private static String pluginId(byte[] archive) throws IOException {
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(archive))) {
            Manifest manifest = jar.getManifest();
            return manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
        }
    }
}
