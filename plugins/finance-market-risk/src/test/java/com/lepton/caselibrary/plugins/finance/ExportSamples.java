package com.lepton.caselibrary.plugins.finance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Dev runner: writes the demo samples, {@value MarketRiskCase#SAMPLE_LENGTH} closing prices each,
 * one per line, from the installed data set, and prints what the following week brought (the
 * samples' {@code expected} text).
 *
 * <pre>
 * ./mvnw -B -f plugins/finance-market-risk/pom.xml test-compile exec:exec@export-samples
 * </pre>
 */
public final class ExportSamples {

    private ExportSamples() {}

    public static void main(String[] args) throws Exception {
        PriceSeries prices = Sp500Csv.load(Path.of(args[0]));
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        // The threshold of the shipped model, when one has been trained.
        double threshold;
        try {
            threshold = Preprocessing.shipped().elevatedThreshold();
        } catch (RuntimeException e) {
            threshold = Double.NaN;
        }
        double[] returns = prices.logReturns();
        for (MarketRiskCase.Sample sample : MarketRiskCase.SAMPLES) {
            int last = prices.indexOnOrBefore(sample.lastDay());
            if (last < 0 || !prices.date(last).equals(sample.lastDay())) {
                throw new IllegalStateException(sample.lastDay() + " is not a trading day in the data");
            }
            StringBuilder csv = new StringBuilder();
            for (int i = last - MarketRiskCase.SAMPLE_LENGTH + 1; i <= last; i++) {
                csv.append(String.format(Locale.ROOT, "%.2f%n", prices.close(i)));
            }
            Files.writeString(output.resolve(sample.id() + ".csv"), csv.toString(), StandardCharsets.UTF_8);
            // Return t is the move into day t + 1, so the origin for the last day is last - 1.
            int origin = last - 1;
            double realised = Volatility.forward(returns, origin);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %s .. %s  persistence %.1f%%  realised next 5 days %.1f%% (%s)%n",
                    sample.id(),
                    prices.date(last - MarketRiskCase.SAMPLE_LENGTH + 1),
                    prices.date(last),
                    Volatility.persistence(returns, origin),
                    realised,
                    Double.isNaN(threshold) ? "?" : realised > threshold ? "elevated" : "normal");
        }
    }
}
