package com.lepton.caselibrary.pluginhost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this replica's plugins in the registry's state on a shared PostgreSQL database: it {@code LISTEN}s on a
 * dedicated connection (reconnecting when it drops) and re-reads the registry when told of a change, and at least
 * every {@code lepton.plugins.registry-check} in case a notification was lost. A notification is only a hint: what
 * it says is never acted on, so a forged or replayed one costs one more read of the registry. On H2 it stays off.
 */
@Component
class RegistryFollower implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RegistryFollower.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final PluginHost host;
    private final String url;
    private final String username;
    private final String password;
    private final Duration interval;
    private volatile boolean running;
    private Thread thread;

    RegistryFollower(
            PluginHost host,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password,
            @Value("${lepton.plugins.registry-check:2s}") Duration interval) {
        this.host = host;
        this.url = url;
        this.username = username;
        this.password = password;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!url.startsWith("jdbc:postgresql:") || thread != null) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("plugin-registry-follower").start(this::follow);
    }

    /** Whatever the notifications say (forged or replayed ones included), only the registry is believed. */
    void heard(PGNotification[] notifications) {
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                log.debug("Registry change announced for {}", notification.getParameter());
            }
        }
        host.reconcile();
    }

    private void follow() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + RegistryNotifier.CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                host.reconcile(); // catches up with what changed while this replica was not listening
                while (running) {
                    heard(notifications.getNotifications((int) interval.toMillis()));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Plugin registry listener lost its connection, reconnecting: {}", e.toString());
                    pause();
                    checkQuietly();
                }
            }
        }
    }

    private void checkQuietly() {
        try {
            host.reconcile();
        } catch (RuntimeException e) {
            log.debug("Registry check failed while the database is away", e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void destroy() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
