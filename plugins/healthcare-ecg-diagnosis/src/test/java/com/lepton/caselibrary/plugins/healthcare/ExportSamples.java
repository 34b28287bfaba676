package com.lepton.caselibrary.plugins.healthcare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Dev runner: writes the demo samples, the first beat of each class generated from the held-out
 * seed {@link BeatDataset#SAMPLE_SEED}, as 250 values in mV, one per line (four decimals).
 *
 * <pre>
 * ./mvnw -B -f plugins/healthcare-ecg-diagnosis/pom.xml test-compile exec:exec@export-samples
 * </pre>
 */
public final class ExportSamples {

    private ExportSamples() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "src/main/resources/samples");
        Files.createDirectories(output);
        for (BeatGenerator.SyntheticBeat beat : SampleBeats.first()) {
            Path file = output.resolve(beat.label().key() + ".csv");
            Files.writeString(file, SampleBeats.csv(beat.window()), StandardCharsets.UTF_8);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s HR %5.1f bpm  RR before %.3f s after %.3f s  noise %.3f mV%n",
                    file,
                    beat.heartRate(),
                    beat.rrBefore(),
                    beat.rrAfter(),
                    beat.noiseMv());
        }
    }
}
