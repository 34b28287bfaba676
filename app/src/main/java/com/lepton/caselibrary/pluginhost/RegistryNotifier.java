package com.lepton.caselibrary.pluginhost;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the other replicas on this PostgreSQL database that the plugin registry changed, with {@code NOTIFY}. The
 * payload is a hint for the logs; listeners re-read the registry whatever it says. On H2 (one portal) it does
 * nothing.
 */
@Component
class RegistryNotifier {

    static final String CHANNEL = "lepton_plugins";

    private static final Logger log = LoggerFactory.getLogger(RegistryNotifier.class);

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    RegistryNotifier(JdbcTemplate jdbc, @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    @EventListener
    void registryChanged(PluginRegistryChanged change) {
        if (!postgres) {
            return;
        }
        try {
            jdbc.queryForList("SELECT pg_notify(?, ?)", CHANNEL, String.valueOf(change.pluginId()));
        } catch (DataAccessException e) {
            // The other replicas still catch up through their periodic check.
            log.warn("Cannot notify the other replicas of plugin {}: {}", change.pluginId(), e.getMessage());
        }
    }
}
