package com.lepton.caselibrary.trainingkit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.tensorflow.TensorFlow;

/** What a model card says about where and when its model was trained. */
public final class TrainingMachine {

    private TrainingMachine() {}

    /** The cores, architecture and TensorFlow version of this machine, e.g. "2 CPU cores (amd64), TensorFlow 2.x". */
    public static String describe() {
        return "%d CPU cores (%s), TensorFlow %s through TF Java"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        System.getProperty("os.arch"),
                        TensorFlow.version());
    }

    /** Now, in UTC to the second, as a card's training date. */
    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}
