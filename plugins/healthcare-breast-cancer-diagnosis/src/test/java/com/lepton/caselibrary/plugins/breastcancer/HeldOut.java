package com.lepton.caselibrary.plugins.breastcancer;

import java.nio.file.Path;
import java.util.Objects;

/** The committed held-out sample: the whole test split (written by {@link TrainWdbcMlp}; CC BY 4.0). */
final class HeldOut {

    private HeldOut() {}

    static WdbcTable testSplit() throws Exception {
        return WdbcTable.read(
                Path.of(Objects.requireNonNull(HeldOut.class.getClassLoader().getResource("wdbc-test-split.csv"))
                        .toURI()));
    }
}
