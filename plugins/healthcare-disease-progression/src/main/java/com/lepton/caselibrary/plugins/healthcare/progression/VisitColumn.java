package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of one visit, in the order the model reads them and a visitor writes them, named as
 * in pbcseq. Lab values may be missing (the visit before is carried forward); the visit day and
 * the age may not. The accepted ranges are wide (a few times what pbcseq holds): they catch typing
 * errors and wrong units, not unusual patients.
 */
enum VisitColumn {
    DAY("day", "随访日（距首次随访的天数）", "visit day (days since the first visit)", 0, 20_000, false, false),
    AGE("age", "首次随访时年龄（岁）", "age at the first visit (years)", 18, 100, false, false),
    BILI("bili", "血清胆红素（mg/dL）", "serum bilirubin (mg/dL)", 0.05, 100, true, true),
    ALBUMIN("albumin", "白蛋白（g/dL）", "albumin (g/dL)", 0.5, 10, true, false),
    ALK_PHOS("alk.phos", "碱性磷酸酶（U/L）", "alkaline phosphatase (U/L)", 10, 50_000, true, true),
    AST("ast", "天冬氨酸转氨酶（U/mL）", "aspartate aminotransferase (U/mL)", 1, 5_000, true, true),
    PLATELET("platelet", "血小板计数（×10⁹/L）", "platelet count (10⁹/L)", 5, 2_000, true, true),
    PROTIME("protime", "凝血酶原时间（秒）", "prothrombin time (s)", 5, 100, true, true),
    ASCITES("ascites", "腹水（0 无，1 有）", "ascites (0 no, 1 yes)", 0, 1, true, false),
    HEPATO("hepato", "肝肿大（0 无，1 有）", "enlarged liver (0 no, 1 yes)", 0, 1, true, false),
    SPIDERS("spiders", "蜘蛛痣（0 无，1 有）", "spider angiomas (0 no, 1 yes)", 0, 1, true, false),
    EDEMA(
            "edema",
            "水肿（0 无，0.5 未治疗或已消退，1 利尿剂无效）",
            "edema (0 none, 0.5 untreated or resolved, 1 despite diuretics)",
            0,
            1,
            true,
            false);

    static final int COUNT = values().length;

    /** The header line a visitor's CSV may start with: the column names joined by commas. */
    static final String HEADER = String.join(",", names());

    private final String header;
    private final LocalizedText label;
    private final double lowest;
    private final double highest;
    private final boolean mayBeMissing;
    private final boolean logScale;

    VisitColumn(
            String header,
            String zh,
            String en,
            double lowest,
            double highest,
            boolean mayBeMissing,
            boolean logScale) {
        this.header = header;
        this.label = LocalizedText.of(zh, en);
        this.lowest = lowest;
        this.highest = highest;
        this.mayBeMissing = mayBeMissing;
        this.logScale = logScale;
    }

    String header() {
        return header;
    }

    LocalizedText label() {
        return label;
    }

    double lowest() {
        return lowest;
    }

    double highest() {
        return highest;
    }

    boolean mayBeMissing() {
        return mayBeMissing;
    }

    /** Skewed lab values enter the network as logarithms. */
    boolean logScale() {
        return logScale;
    }

    /** Yes/no findings take 0 or 1; edema also 0.5. */
    boolean allows(double value) {
        return switch (this) {
            case ASCITES, HEPATO, SPIDERS -> value == 0 || value == 1;
            case EDEMA -> value == 0 || value == 0.5 || value == 1;
            default -> value >= lowest && value <= highest;
        };
    }

    static List<String> names() {
        return Arrays.stream(values()).map(VisitColumn::header).toList();
    }
}
