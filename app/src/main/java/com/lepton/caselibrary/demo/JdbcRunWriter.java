package com.lepton.caselibrary.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The history's writer on plain JDBC: one batched insert per batch of runs. Through JPA every run was its own
 * insert (identity ids rule out Hibernate's batching) with the entity bookkeeping around it, which took about a
 * sixth of the portal's CPU under load. The time is bound as Hibernate binds an {@code Instant} (a UTC offset date
 * time), so JPA reads back the same time.
 */
@Component
@RequiredArgsConstructor
class JdbcRunWriter implements RunWriter {

    private static final String INSERT = "insert into demo_run (case_id, model_version, input_kind, sample_id,"
            + " queue_ms, compute_ms, outcome, top_class, message, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    @Override
    public void insert(List<DemoRun> runs) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] {"id"}), rows(runs), keys);
            if (keys.getKeyList().size() != runs.size()) {
                // Rolls the batch back: the history would not know which run got which id.
                throw new IncorrectUpdateSemanticsDataAccessException(
                        keys.getKeyList().size() + " ids for " + runs.size() + " runs");
            }
        });
        List<Map<String, Object>> ids = keys.getKeyList();
        for (int i = 0; i < runs.size(); i++) {
            runs.get(i).written(((Number) ids.get(i).get("id")).longValue());
        }
    }

    private static BatchPreparedStatementSetter rows(List<DemoRun> runs) {
        return new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement row, int i) throws SQLException {
                DemoRun run = runs.get(i);
                row.setString(1, run.getCaseId());
                row.setString(2, run.getModelVersion());
                row.setString(3, run.getInputKind());
                row.setString(4, run.getSampleId());
                row.setLong(5, run.getQueueMs());
                row.setLong(6, run.getComputeMs());
                row.setString(7, run.getOutcome().name());
                row.setString(8, run.getTopClass());
                row.setString(9, run.getMessage());
                row.setObject(10, run.getCreatedAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            }

            @Override
            public int getBatchSize() {
                return runs.size();
            }
        };
    }
}
