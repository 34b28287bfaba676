package com.lepton.caselibrary;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A PostgreSQL database of a test class's own on the server the ITs use (127.0.0.1:5432 by default; override with
 * {@code LEPTON_IT_PG_URL}, {@code LEPTON_IT_PG_USER}, {@code LEPTON_IT_PG_PASSWORD}), dropped by {@link #drop()}.
 */
public final class ScratchDatabase {

    private static final String SERVER = env("LEPTON_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("LEPTON_IT_PG_USER", "postgres");
    private static final String PASSWORD = env("LEPTON_IT_PG_PASSWORD", "");

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    /** A new, empty database named {@code prefix} and a random suffix. */
    public static ScratchDatabase create(String prefix) throws SQLException {
        ScratchDatabase database = new ScratchDatabase(
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        onServer("create database " + database.name);
        return database;
    }

    public String name() {
        return name;
    }

    public String url() {
        return SERVER + name;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    /** The portal's arguments that point it at this database. */
    public List<String> portalArguments() {
        return List.of(
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    /** Runs SQL in this database. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Drops the database, even with portals still connected. */
    public void drop() throws SQLException {
        onServer("drop database if exists " + name + " with (force)");
    }

    private static void onServer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
