package com.lepton.caselibrary;

import java.nio.file.Path;
import java.sql.SQLException;
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

    private static ScratchDatabase database;
    private static final Path DATA = dataFolderWithBrokenPlugins();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws SQLException {
        database = ScratchDatabase.create("lepton_it");
        registry.add("lepton.data-directory", DATA::toString);
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.drop();
    }
}
