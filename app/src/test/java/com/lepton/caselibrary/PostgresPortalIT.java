package com.lepton.caselibrary;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on the real PostgreSQL server (127.0.0.1:5432 by default; override with
 * {@code LEPTON_IT_PG_URL}, {@code LEPTON_IT_PG_USER}, {@code LEPTON_IT_PG_PASSWORD}), in a
 * database of its own that is dropped afterwards.
 */
@ActiveProfiles("postgres")
class PostgresPortalIT extends PortalIntegrationTest {

    private static final String SERVER = env("LEPTON_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("LEPTON_IT_PG_USER", "postgres");
    private static final String PASSWORD = env("LEPTON_IT_PG_PASSWORD", "");
    private static final String DATABASE =
            "lepton_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final Path DATA = dataFolderWithBrokenPlugins();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        execute("create database " + DATABASE);
        registry.add("lepton.data-directory", DATA::toString);
        registry.add("spring.datasource.url", () -> SERVER + DATABASE);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        execute("drop database if exists " + DATABASE + " with (force)");
    }

    private static void execute(String sql) throws SQLException {
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
