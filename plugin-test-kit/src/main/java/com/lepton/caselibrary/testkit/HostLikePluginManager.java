package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.PluginApi;
import java.nio.file.Path;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;

/**
 * PF4J as the portal runs it ({@code JarPluginManager}, system version = plugin-api's version),
 * except that the plugin's class loader has a {@link HostClassLoader} as its parent instead of the
 * test's class path, so the jar must hold everything the plugin brings.
 */
final class HostLikePluginManager extends JarPluginManager {

    HostLikePluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(PluginApi.VERSION);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        // Called from PF4J's constructor, before this class's fields exist: keep it free of them.
        return new JarPluginLoader(this) {
            @Override
            public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                PluginClassLoader loader = new PluginClassLoader(
                        pluginManager,
                        descriptor,
                        new HostClassLoader(HostLikePluginManager.class.getClassLoader(), Path.of("target")));
                loader.addFile(pluginPath.toFile());
                return loader;
            }
        };
    }
}
