package com.lepton.caselibrary.demo;

import java.util.List;

/** Writes a batch of run records to the history in one transaction and gives each run its id. */
@FunctionalInterface
interface RunWriter {

    /**
     * Inserts the runs, oldest first; on success each carries its id ({@link DemoRun#written}), on a failure
     * (a {@code DataAccessException} or {@code TransactionException}) none is written.
     */
    void insert(List<DemoRun> runs);
}
