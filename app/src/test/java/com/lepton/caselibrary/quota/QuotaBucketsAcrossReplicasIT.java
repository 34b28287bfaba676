package com.lepton.caselibrary.quota;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.ScratchDatabase;
import com.lepton.caselibrary.quota.QuotaBuckets.Allowance;
import com.lepton.caselibrary.quota.internal.DatabaseQuotaBuckets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two replicas on one PostgreSQL database (each with its own connection source, as two portals would have)
 * draw on one allowance per visitor; a replica whose database is unreachable still limits in memory.
 */
class QuotaBucketsAcrossReplicasIT {

    private static ScratchDatabase database;

    @BeforeAll
    static void createDatabase() throws SQLException, IOException {
        database = ScratchDatabase.create("lepton_quota");
        try (InputStream migration =
                QuotaBuckets.class.getResourceAsStream("/db/migration/V8_2__rate_limit_buckets.sql")) {
            database.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.drop();
    }

    @Test
    void aVisitorSpreadOverTwoReplicasGetsOneAllowance() throws Exception {
        QuotaBuckets first = new DatabaseQuotaBuckets(dataSource(database.url()), Clock.systemUTC());
        QuotaBuckets second = new DatabaseQuotaBuckets(dataSource(database.url()), Clock.systemUTC());
        Allowance tenPerHour = Allowance.perHour(10);

        // 40 runs at once, half through each replica, four threads each: exactly the allowance is granted.
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            QuotaBuckets replica = i % 2 == 0 ? first : second;
            runs.add(() -> replica.tryTake(tenPerHour, "demo:session:alice", 1).isEmpty());
        }
        int granted = 0;
        for (Future<Boolean> run : threads.invokeAll(runs)) {
            granted += run.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(granted).isEqualTo(10);

        Duration wait = second.tryTake(tenPerHour, "demo:session:alice", 1).orElseThrow();
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(6));
        assertThat(first.tryTake(tenPerHour, "demo:session:bob", 1))
                .as("another visitor has an allowance of his own")
                .isEmpty();
        assertThat(rows()).as("keys are stored hashed").allMatch(id -> id.matches("[0-9a-f]{64}"));
    }

    @Test
    void aReplicaWhoseDatabaseIsUnreachableStillLimitsInMemory() {
        QuotaBuckets cut = new DatabaseQuotaBuckets(dataSource("jdbc:postgresql://127.0.0.1:1/"), Clock.systemUTC());
        Allowance twoPerMinute = Allowance.perMinute(2);

        assertThat(cut.tryTake(twoPerMinute, "demo:address:10.0.0.7", 1)).isEmpty();
        assertThat(cut.tryTake(twoPerMinute, "demo:address:10.0.0.7", 1)).isEmpty();
        assertThat(cut.tryTake(twoPerMinute, "demo:address:10.0.0.7", 1)).isPresent();
    }

    private static List<String> rows() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                var result = statement.executeQuery("select id from rate_limit_bucket")) {
            while (result.next()) {
                ids.add(result.getString(1));
            }
        }
        return ids;
    }

    private static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(database.user());
        source.setPassword(database.password());
        source.setConnectTimeout(2);
        return source;
    }
}
