package com.lepton.caselibrary.testkit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The parent of the plugin's class loader in the kit, standing in for the portal's: it offers
 * the test's libraries (plugin-api, PF4J, DJL, TensorFlow, the training kit, ...) but hides what
 * the plugin's own build put under {@code target/} ({@code classes}, {@code test-classes}), so a
 * class or resource that did not make it into the jar is missing here as it would be in the portal.
 */
final class HostClassLoader extends ClassLoader {

    private final ClassLoader libraries;
    private final Path hidden;

    /**
     * @param libraries the test's class loader
     * @param hidden    the plugin build's output folder, e.g. {@code target}
     */
    HostClassLoader(ClassLoader libraries, Path hidden) {
        super("lepton-host-like", null);
        this.libraries = libraries;
        this.hidden = hidden.toAbsolutePath().normalize();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Class<?> type = libraries.loadClass(name);
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null && isHidden(source.getLocation())) {
            throw new ClassNotFoundException(
                    name + " is only in the build folder (" + source.getLocation() + "), not in the plugin jar");
        }
        return type;
    }

    @Override
    public URL getResource(String name) {
        URL url = libraries.getResource(name);
        return url == null || isHidden(url) ? null : url;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> found = Collections.list(libraries.getResources(name)).stream()
                .filter(url -> !isHidden(url))
                .toList();
        return Collections.enumeration(found);
    }

    /** A class folder of the plugin's build, or a file in one; libraries come as {@code jar:} URLs or {@code .jar} files. */
    private boolean isHidden(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return false;
        }
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize().startsWith(hidden);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }
}
