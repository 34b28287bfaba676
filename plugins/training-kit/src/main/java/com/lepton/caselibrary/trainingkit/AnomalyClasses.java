package com.lepton.caselibrary.trainingkit;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;
import java.util.Map;

/**
 * The two classes an anomaly detector's model card counts, normal first, and their names in both languages: its
 * result is a series or a warning, not one score per class, so the portal cannot learn the names from it.
 */
public final class AnomalyClasses {

    public static final String NORMAL = "normal";
    public static final String ANOMALY = "anomaly";

    /** The card's {@code classLabels}: the rows and columns of its confusion matrix. */
    public static final List<String> KEYS = List.of(NORMAL, ANOMALY);

    /** What {@code CaseStudyPlugin.classNames()} answers for these keys. */
    public static final Map<String, LocalizedText> NAMES =
            Map.of(NORMAL, LocalizedText.of("正常", "Normal"), ANOMALY, LocalizedText.of("异常", "Anomaly"));

    private AnomalyClasses() {}
}
