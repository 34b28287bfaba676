package com.lepton.caselibrary.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the run history from growing without end: runs older than {@code lepton.demo.run-retention}
 * are added to daily totals per case and outcome ({@code demo_run_daily}), then deleted, so the
 * counts a case page shows survive while the rows go.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class DemoRunRetention {

    private static final Logger log = LoggerFactory.getLogger(DemoRunRetention.class);

    /** One day's runs of a case with one outcome. */
    public record DailyTotal(String caseId, Date day, String outcome, long runs) {}

    private final JdbcClient jdbc;
    private final Duration retention;
    private final Clock clock;

    DemoRunRetention(JdbcClient jdbc, @Value("${lepton.demo.run-retention:90d}") Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void scheduled() {
        try {
            foldOlderThan(clock.instant().minus(retention));
        } catch (RuntimeException e) {
            // The database may be down; the next hour tries again and nothing is lost meanwhile.
            log.warn("demo run retention skipped: {}", e.getMessage());
        }
    }

    /**
     * Adds the runs created before {@code cutoff} to the daily totals and deletes them.
     *
     * @return the number of runs folded
     */
    @Transactional
    public int foldOlderThan(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        List<DailyTotal> totals = jdbc.sql(
                        "select case_id, cast(created_at as date) as run_day, outcome, count(*) as runs"
                                + " from demo_run where created_at < ? group by case_id, cast(created_at as date), outcome")
                .param(before)
                .query((rs, row) -> new DailyTotal(
                        rs.getString("case_id"), rs.getDate("run_day"), rs.getString("outcome"), rs.getLong("runs")))
                .list();
        for (DailyTotal total : totals) {
            int updated = jdbc.sql(
                            "update demo_run_daily set runs = runs + ? where case_id = ? and run_day = ? and outcome = ?")
                    .params(total.runs(), total.caseId(), total.day(), total.outcome())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into demo_run_daily (case_id, run_day, outcome, runs) values (?, ?, ?, ?)")
                        .params(total.caseId(), total.day(), total.outcome(), total.runs())
                        .update();
            }
        }
        int deleted = jdbc.sql("delete from demo_run where created_at < ?")
                .param(before)
                .update();
        if (deleted > 0) {
            log.info("folded {} demo runs older than {} into daily totals", deleted, cutoff);
        }
        return deleted;
    }

    /** Successful runs of a case that were folded into the daily totals. */
    public long foldedSuccesses(String caseId) {
        return jdbc.sql("select coalesce(sum(runs), 0) from demo_run_daily where case_id = ? and outcome = 'SUCCESS'")
                .param(caseId)
                .query(Long.class)
                .single();
    }
}
