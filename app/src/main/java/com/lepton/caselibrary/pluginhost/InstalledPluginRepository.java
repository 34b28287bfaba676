package com.lepton.caselibrary.pluginhost;

import org.springframework.data.jpa.repository.JpaRepository;

/** The plugin registry table. */
public interface InstalledPluginRepository extends JpaRepository<InstalledPlugin, String> {}
