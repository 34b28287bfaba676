package com.lepton.caselibrary.inference;

import java.util.OptionalInt;

/**
 * The visitors' run allowance, shared by every way in to the pool (the demo panel, the REST API,
 * the Open Inference Protocol), so no door has more compute than another.
 */
public interface RunQuota {

    /**
     * Takes {@code runs} runs from the requester's allowances at once, or none.
     *
     * @return empty when allowed, else the seconds to wait
     */
    OptionalInt tryTake(Requester requester, int runs);
}
