package com.lepton.caselibrary.plugins.breastcancer;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.SeriesField;
import java.util.Arrays;
import java.util.List;

/**
 * The 30 features of the Wisconsin Diagnostic Breast Cancer data, in the file's order: ten
 * measurements of the cell nuclei in a digitized image of a fine-needle aspirate, each as the
 * mean over the nuclei, its standard error, and the "worst" (mean of the three largest).
 */
enum Feature {
    MEAN_RADIUS("半径均值", "mean radius", 28.11, 13.37),
    MEAN_TEXTURE("纹理均值", "mean texture", 39.28, 18.84),
    MEAN_PERIMETER("周长均值", "mean perimeter", 188.5, 86.24),
    MEAN_AREA("面积均值", "mean area", 2501, 551.1),
    MEAN_SMOOTHNESS("光滑度均值", "mean smoothness", 0.1634, 0.09587),
    MEAN_COMPACTNESS("紧密度均值", "mean compactness", 0.3454, 0.09263),
    MEAN_CONCAVITY("凹度均值", "mean concavity", 0.4268, 0.06154),
    MEAN_CONCAVE_POINTS("凹点均值", "mean concave points", 0.2012, 0.0335),
    MEAN_SYMMETRY("对称性均值", "mean symmetry", 0.304, 0.1792),
    MEAN_FRACTAL_DIMENSION("分形维数均值", "mean fractal dimension", 0.09744, 0.06154),
    RADIUS_SE("半径标准误", "radius SE", 2.873, 0.3242),
    TEXTURE_SE("纹理标准误", "texture SE", 4.885, 1.108),
    PERIMETER_SE("周长标准误", "perimeter SE", 21.98, 2.287),
    AREA_SE("面积标准误", "area SE", 542.2, 24.53),
    SMOOTHNESS_SE("光滑度标准误", "smoothness SE", 0.03113, 0.00638),
    COMPACTNESS_SE("紧密度标准误", "compactness SE", 0.1354, 0.02045),
    CONCAVITY_SE("凹度标准误", "concavity SE", 0.396, 0.02589),
    CONCAVE_POINTS_SE("凹点标准误", "concave points SE", 0.05279, 0.01093),
    SYMMETRY_SE("对称性标准误", "symmetry SE", 0.07895, 0.01873),
    FRACTAL_DIMENSION_SE("分形维数标准误", "fractal dimension SE", 0.02984, 0.003187),
    WORST_RADIUS("半径最差值", "worst radius", 36.04, 14.97),
    WORST_TEXTURE("纹理最差值", "worst texture", 49.54, 25.41),
    WORST_PERIMETER("周长最差值", "worst perimeter", 251.2, 97.66),
    WORST_AREA("面积最差值", "worst area", 4254, 686.5),
    WORST_SMOOTHNESS("光滑度最差值", "worst smoothness", 0.2226, 0.1313),
    WORST_COMPACTNESS("紧密度最差值", "worst compactness", 1.058, 0.2119),
    WORST_CONCAVITY("凹度最差值", "worst concavity", 1.252, 0.2267),
    WORST_CONCAVE_POINTS("凹点最差值", "worst concave points", 0.291, 0.09993),
    WORST_SYMMETRY("对称性最差值", "worst symmetry", 0.6638, 0.2822),
    WORST_FRACTAL_DIMENSION("分形维数最差值", "worst fractal dimension", 0.2075, 0.08004);

    static final int COUNT = values().length;

    /**
     * Values above this many times the largest in the data set are refused as typing errors (a
     * missing decimal point), not diagnosed: the network has never seen anything like them.
     */
    static final double PLAUSIBLE_FACTOR = 3;

    private final LocalizedText label;
    private final double largestInData;
    private final double medianInData;

    /** The two figures are the largest and the median of the 569 cases in scikit-learn's breast_cancer.csv. */
    Feature(String zh, String en, double largestInData, double medianInData) {
        this.label = LocalizedText.of(zh, en);
        this.largestInData = largestInData;
        this.medianInData = medianInData;
    }

    LocalizedText label() {
        return label;
    }

    /** The value's name and, as "nothing unusual here" for explanations, the data set's median. */
    static List<SeriesField> seriesFields() {
        return Arrays.stream(values())
                .map(feature -> new SeriesField(feature.label, feature.medianInData))
                .toList();
    }

    double largestPlausible() {
        return largestInData * PLAUSIBLE_FACTOR;
    }
}
