package com.lepton.caselibrary;

import com.lepton.caselibrary.account.UnlockAccountCommand;
import com.lepton.caselibrary.benchmark.BenchCommand;
import com.lepton.caselibrary.benchmark.FloodCommand;
import com.lepton.caselibrary.benchmark.LoadCommand;
import com.lepton.caselibrary.benchmark.SearchBenchCommand;
import com.lepton.caselibrary.serving.ExportTritonCommand;
import com.lepton.caselibrary.training.TrainCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Lepton Case Library portal. {@code java -jar app.jar} serves the portal;
 * {@code java -jar app.jar train --case ID} retrains a case's model instead, and
 * {@code java -jar app.jar bench} benchmarks the inference pool, {@code java -jar app.jar load --url URL}
 * drives a running portal through its REST API, {@code java -jar app.jar flood --url URL} measures visitors'
 * latency during a flood of large inference bodies, {@code java -jar app.jar search-bench} measures the search
 * index, {@code java -jar app.jar export-triton --out DIR} writes the models as a Triton model repository, and
 * {@code java -jar app.jar unlock-account NAME [--reset-password]} is the break-glass unlock.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LeptonApplication {

    public static void main(String[] args) {
        // Models ship inside plugins; DJL must never try to download anything.
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        TensorFlowThreads.configure();
        if (args.length > 0 && TrainCommand.NAME.equals(args[0])) {
            System.exit(TrainCommand.run(args));
        }
        if (args.length > 0 && BenchCommand.NAME.equals(args[0])) {
            System.exit(BenchCommand.run(args));
        }
        if (args.length > 0 && SearchBenchCommand.NAME.equals(args[0])) {
            System.exit(SearchBenchCommand.run(args));
        }
        if (args.length > 0 && LoadCommand.NAME.equals(args[0])) {
            System.exit(LoadCommand.run(args));
        }
        if (args.length > 0 && FloodCommand.NAME.equals(args[0])) {
            System.exit(FloodCommand.run(args));
        }
        if (args.length > 0 && UnlockAccountCommand.NAME.equals(args[0])) {
            System.exit(UnlockAccountCommand.run(args));
        }
        if (args.length > 0 && ExportTritonCommand.NAME.equals(args[0])) {
            System.exit(ExportTritonCommand.run(LeptonApplication.class, args));
        }
        SpringApplication.run(LeptonApplication.class, args);
    }
}
