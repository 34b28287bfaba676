package com.lepton.caselibrary.plugins.finance;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Dev runner: writes the committed test-period sample that {@link ShippedModelHeldOutTest}
 * re-evaluates the shipped LSTM on: every forecast origin of the model card's test period
 * (2017-01-03 to 2020-04-09, 823 windows), one line each: the origin's date, the realised
 * next-5-day volatility (the target, annualised %) and the 20 daily log returns of the input window
 * standardised with the shipped {@code preprocessing.properties}, exactly the floats the model is fed.
 *
 * <p>The S&P 500 series' source states no licence, so only these DERIVED numbers are committed,
 * never the raw closes (the standardised returns do not give back price levels).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:~/.m2/repository/com/lepton/caselibrary/plugin-api/0.1.0-SNAPSHOT/plugin-api-0.1.0-SNAPSHOT.jar \
 *     com.lepton.caselibrary.plugins.finance.ExportTestWindows \
 *     ../../data/datasets/node_modules/vega-datasets/data src/test/resources/heldout/sp500-test-windows.csv
 * </pre>
 */
public final class ExportTestWindows {

    private ExportTestWindows() {}

    public static void main(String[] args) throws Exception {
        VolatilityDataset dataset = new VolatilityDataset(Sp500Csv.load(Path.of(args[0])));
        int[] test = dataset.origins(Sp500VolatilityTrainer.TEST, VolatilityLstm.WINDOW);
        Preprocessing scaling = Preprocessing.shipped();
        float[] inputs = dataset.inputs(test, scaling);
        double[] targets = dataset.targets(test);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("# S&P 500 test-period windows (" + dataset.span(test) + "), derived numbers only: no prices.");
            out.println(
                    "# date,target (realised next-5-day volatility, annualised %),z1..z20 (standardised log returns, oldest first)");
            for (int i = 0; i < test.length; i++) {
                StringBuilder line = new StringBuilder();
                line.append(dataset.returnDate(test[i]))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.6f", targets[i]));
                for (int k = 0; k < VolatilityLstm.WINDOW; k++) {
                    line.append(',').append(inputs[i * VolatilityLstm.WINDOW + k]);
                }
                out.println(line);
            }
        }
        System.out.println(test.length + " windows written to " + file);
    }
}
