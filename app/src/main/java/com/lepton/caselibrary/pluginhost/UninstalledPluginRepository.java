package com.lepton.caselibrary.pluginhost;

import org.springframework.data.jpa.repository.JpaRepository;

/** The plugins an administrator uninstalled (see {@link UninstalledPlugin}). */
public interface UninstalledPluginRepository extends JpaRepository<UninstalledPlugin, String> {}
