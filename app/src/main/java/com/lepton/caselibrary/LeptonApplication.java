package com.lepton.caselibrary;

import com.lepton.caselibrary.benchmark.BenchCommand;
import com.lepton.caselibrary.training.TrainCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Lepton Case Library portal. {@code java -jar app.jar} serves the portal;
 * {@code java -jar app.jar train --case ID} retrains a case's model instead, and
 * {@code java -jar app.jar bench} benchmarks the inference pool.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LeptonApplication {

    public static void main(String[] args) {
        // Models ship inside plugins; DJL must never try to download anything.
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        if (args.length > 0 && TrainCommand.NAME.equals(args[0])) {
            System.exit(TrainCommand.run(args));
        }
        if (args.length > 0 && BenchCommand.NAME.equals(args[0])) {
            System.exit(BenchCommand.run(args));
        }
        SpringApplication.run(LeptonApplication.class, args);
    }
}
