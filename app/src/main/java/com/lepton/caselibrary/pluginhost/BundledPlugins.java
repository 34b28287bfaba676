package com.lepton.caselibrary.pluginhost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Copies the plugins packaged inside the portal jar into the plugins folder, so that a fresh
 * install has its cases and an upgraded portal brings its upgraded bundled plugins.
 */
final class BundledPlugins {

    private static final Logger log = LoggerFactory.getLogger(BundledPlugins.class);

    private BundledPlugins() {}

    static void installInto(Path pluginsDirectory) throws IOException {
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
            Path temporary = Files.createTempFile(pluginsDirectory, name, ".part");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Installed bundled plugin {} into {}", name, pluginsDirectory);
        }
    }
}
