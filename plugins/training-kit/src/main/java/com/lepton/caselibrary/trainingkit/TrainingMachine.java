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
        return describe("%d CPU cores (%s), TensorFlow %s through TF Java");
    }

    /**
     * {@link #describe()} in Chinese, for a card's {@code zh-CN} translation, e.g.
     * "2 个 CPU 核心（amd64），TensorFlow 2.x（经 TF Java）".
     */
    public static String describeInChinese() {
        return describe("%d 个 CPU 核心（%s），TensorFlow %s（经 TF Java）");
    }

    /** The machine's figures (cores, architecture, TensorFlow version) in one language's wording. */
    private static String describe(String wording) {
        return wording.formatted(
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), TensorFlow.version());
    }

    /** A date span such as "2000-02-01 to 2014-12-23" in Chinese: "2000-02-01 至 2014-12-23". */
    public static String spanInChinese(String span) {
        return span.replace(" to ", " 至 ");
    }

    /** Now, in UTC to the second, as a card's training date. */
    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}
