package com.lepton.caselibrary.demo;

/**
 * Makes the record of one demo run. What is fixed for the run (case, model version, input kind, sample) is given
 * once, so each way the run can end names only its own figures; where {@code kept} is false (the start-up
 * warm-up, a client's private model) the record is made but not handed to the history.
 */
record RunRecorder(RunHistory history, boolean kept, String caseId, String version, String inputKind, String sampleId) {

    /** A run that ended before the model answered: no timings, no top class. */
    DemoRun refused(DemoRun.Outcome outcome, String message) {
        return record(0, 0, outcome, null, message);
    }

    /** A run the model answered. */
    DemoRun succeeded(long queueMs, long computeMs, String topClass) {
        return record(queueMs, computeMs, DemoRun.Outcome.SUCCESS, topClass, null);
    }

    private DemoRun record(long queueMs, long computeMs, DemoRun.Outcome outcome, String topClass, String message) {
        DemoRun run = new DemoRun(caseId, version, inputKind, sampleId, queueMs, computeMs, outcome, topClass, message);
        if (kept) {
            history.record(run);
        }
        return run;
    }
}
