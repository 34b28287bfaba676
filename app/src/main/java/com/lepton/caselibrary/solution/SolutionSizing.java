package com.lepton.caselibrary.solution;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.demo.DemoInputException;
import com.lepton.caselibrary.demo.DemoInputs;
import com.lepton.caselibrary.demo.DemoService;
import com.lepton.caselibrary.inference.InferenceException;
import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.Requester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Sizes a solution's deployment from the pool's own measurements of its live cases' models. */
@Service
public class SolutionSizing {

    /** Requests one measuring run sends through a model: enough for a steady figure, a few ms of compute. */
    static final int MEASURING_RUN = 256;

    private final InferencePool pool;
    private final DemoService demos;
    private final DemoInputs inputs;
    private final double utilisation;
    private final int coresPerReplica;

    SolutionSizing(
            InferencePool pool,
            DemoService demos,
            DemoInputs inputs,
            @Value("${lepton.solutions.target-utilisation:0.6}") double utilisation,
            @Value("${lepton.solutions.cores-per-replica:4}") int coresPerReplica) {
        this.pool = pool;
        this.demos = demos;
        this.inputs = inputs;
        this.utilisation = utilisation;
        this.coresPerReplica = coresPerReplica;
    }

    /** The estimate for a peak load over the solution's installed live cases. */
    public Sizing estimate(Solution solution, int peakLoad) {
        List<Sizing.Measured> measured = solution.cases().stream()
                .filter(caseId -> demos.liveCase(caseId).isPresent())
                .map(caseId ->
                        new Sizing.Measured(caseId, pool.throughput(caseId).orElse(null)))
                .toList();
        return Sizing.estimate(peakLoad, utilisation, coresPerReplica, measured);
    }

    /**
     * Sends {@link #MEASURING_RUN} copies of each live case's first shipped sample through the pool,
     * in batches as concurrent visitors would, so that the figures exist; for consultants.
     */
    public void measure(Solution solution, String consultant) throws InferenceException, DemoInputException {
        for (String caseId : solution.cases()) {
            var live = demos.liveCase(caseId);
            if (live.isEmpty()) {
                continue;
            }
            DemoInput sample = inputs.sampleInput(
                    live.get(), live.get().plugin().demo().samples().getFirst());
            List<DemoInput> batch = new ArrayList<>(Collections.nCopies(32, sample));
            for (int i = 0; i < MEASURING_RUN / batch.size(); i++) {
                pool.predictAll(caseId, Requester.of("sizing:" + consultant), batch);
            }
        }
    }
}
