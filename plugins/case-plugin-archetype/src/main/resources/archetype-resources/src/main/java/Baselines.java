package ${package};

/** The simple answers the network has to beat, on the same test split. */
final class Baselines {

    private Baselines() {
    }

    /** Accuracy of always answering the species most frequent in training. */
    static double majority(PenguinTable train, PenguinTable test) {
        int[] counts = new int[SpeciesMlp.CLASSES];
        for (int label : train.labels()) {
            counts[label]++;
        }
        int majority = 0;
        for (int c = 1; c < counts.length; c++) {
            majority = counts[c] > counts[majority] ? c : majority;
        }
        int correct = 0;
        for (int label : test.labels()) {
            correct += label == majority ? 1 : 0;
        }
        return round((double) correct / test.count());
    }

    /** Accuracy of answering the species whose mean standardised measurements lie nearest. */
    static double nearestCentroid(PenguinTable train, PenguinTable test, float[][] scaling) {
        int features = PenguinTable.FEATURES;
        double[][] centroids = new double[SpeciesMlp.CLASSES][features];
        int[] counts = new int[SpeciesMlp.CLASSES];
        for (int i = 0; i < train.count(); i++) {
            counts[train.labels()[i]]++;
            for (int f = 0; f < features; f++) {
                centroids[train.labels()[i]][f] += standardised(train, i, f, scaling);
            }
        }
        int correct = 0;
        for (int i = 0; i < test.count(); i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < centroids.length; c++) {
                double distance = 0;
                for (int f = 0; f < features; f++) {
                    double d = standardised(test, i, f, scaling) - centroids[c][f] / counts[c];
                    distance += d * d;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = c;
                }
            }
            correct += best == test.labels()[i] ? 1 : 0;
        }
        return round((double) correct / test.count());
    }

    private static double standardised(PenguinTable table, int row, int feature, float[][] scaling) {
        return (table.features()[row * PenguinTable.FEATURES + feature] - scaling[0][feature]) / scaling[1][feature];
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
