package com.lepton.caselibrary.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fresh PostgreSQL database for one portal run, created and dropped through the maintenance database. */
public final class PortalDatabase implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;
    private boolean dropped;

    private PortalDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    /** Creates {@code lepton_e2e_<label>_<random>} with the settings from {@link E2eSettings}. */
    public static PortalDatabase create(String label) {
        String suffix = HexFormat.of()
                .toHexDigits(ThreadLocalRandom.current().nextInt())
                .substring(0, 6);
        String cleanLabel = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        if (cleanLabel.length() > 30) {
            cleanLabel = cleanLabel.substring(0, 30);
        }
        String name = "lepton_e2e_" + cleanLabel + "_" + suffix;
        PortalDatabase db = new PortalDatabase(
                E2eSettings.postgresAdminUrl(), E2eSettings.postgresUser(), E2eSettings.postgresPassword(), name);
        db.execute("CREATE DATABASE \"" + name + "\"");
        return db;
    }

    public String name() {
        return name;
    }

    /** The maintenance URL with the database part swapped for this database. */
    public String jdbcUrl() {
        return withDatabase(adminUrl, name);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Whether a database of this name exists (the harness's own check, used by its self-test). */
    public boolean exists() {
        return exists(name);
    }

    static boolean exists(String databaseName) {
        try (Connection c = DriverManager.getConnection(
                        E2eSettings.postgresAdminUrl(), E2eSettings.postgresUser(), E2eSettings.postgresPassword());
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, databaseName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot query pg_database on " + E2eSettings.postgresAdminUrl(), e);
        }
    }

    static String withDatabase(String url, String database) {
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a jdbc:postgresql://host:port/database URL: " + url);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    /** Drops the database (WITH (FORCE): a portal killed hard may leave connections behind). */
    @Override
    public void close() {
        if (dropped) {
            return;
        }
        dropped = true;
        if (E2eSettings.keepDatabase()) {
            System.out.println("[e2e] keeping database " + name + " (e2e.keep.database=true)");
            return;
        }
        execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + adminUrl + " (user " + user + ") refused: " + sql
                            + " -- is PostgreSQL running on 127.0.0.1:5432 with trust auth? Override with E2E_PG_URL,"
                            + " E2E_PG_USER, E2E_PG_PASSWORD.",
                    e);
        }
    }
}
