package com.lepton.caselibrary;

import com.lepton.caselibrary.account.UnlockAccountCommand;
import com.lepton.caselibrary.benchmark.BenchCommand;
import com.lepton.caselibrary.benchmark.FloodCommand;
import com.lepton.caselibrary.benchmark.LoadCommand;
import com.lepton.caselibrary.benchmark.SearchBenchCommand;
import com.lepton.caselibrary.cli.CommandLogging;
import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import com.lepton.caselibrary.cli.UsageException;
import com.lepton.caselibrary.inference.EnginePreload;
import com.lepton.caselibrary.serving.ExportTritonCommand;
import com.lepton.caselibrary.training.TrainCommand;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Lepton Case Library portal. {@code java -jar app.jar} serves the portal; the first argument can instead name
 * one of the {@link #COMMANDS} ({@code train}, {@code bench}, {@code load}, {@code flood}, {@code search-bench}, {@code unlock-account},
 * {@code export-triton}), and
 * {@code --help} lists them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LeptonApplication {

    /** A command of the jar: what it expects, and what runs it (returning the exit status). */
    record Command(CommandSpec spec, ToIntFunction<String[]> run) {}

    static final List<Command> COMMANDS = List.of(
            new Command(TrainCommand.SPEC, TrainCommand::run),
            new Command(BenchCommand.SPEC, BenchCommand::run),
            new Command(LoadCommand.SPEC, LoadCommand::run),
            new Command(FloodCommand.SPEC, FloodCommand::run),
            new Command(SearchBenchCommand.SPEC, SearchBenchCommand::run),
            new Command(UnlockAccountCommand.SPEC, UnlockAccountCommand::run),
            new Command(ExportTritonCommand.SPEC, args -> ExportTritonCommand.run(LeptonApplication.class, args)));

    /** The time every service reads, so that tests can hand one a fixed clock instead. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        // Models ship inside plugins; DJL must never try to download anything.
        System.setProperty("ai.djl.offline", System.getProperty("ai.djl.offline", "true"));
        TensorFlowThreads.configure();
        Integer status = runCommand(args, System.out, System.err);
        if (status != null) {
            System.exit(status);
        }
        SpringApplication portal = new SpringApplication(LeptonApplication.class);
        portal.addListeners(new EnginePreload());
        portal.run(args);
    }

    /**
     * Runs the command the arguments name, or prints help or an argument error; null when the arguments are for
     * the portal itself (none, or only {@code --setting=value} ones).
     */
    static Integer runCommand(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return null;
        }
        String first = args[0];
        if (List.of("--help", "-h", "help").contains(first)) {
            out.print(overview());
            return 0;
        }
        Command command = COMMANDS.stream()
                .filter(c -> c.spec().name().equals(first))
                .findFirst()
                .orElse(null);
        if (command == null) {
            if (first.startsWith("--")) {
                return null;
            }
            err.printf("error: unknown command '%s'%n%n%s", first, overview());
            return 2;
        }
        if (Options.wantsHelp(args)) {
            out.print(command.spec().usage());
            return 0;
        }
        try {
            CommandLogging.likeThePortal();
            return command.run().applyAsInt(args);
        } catch (UsageException e) {
            err.printf(
                    "error: %s: %s%n%n%s", first, e.getMessage(), command.spec().usage());
            return 2;
        }
    }

    static String overview() {
        StringBuilder text = new StringBuilder();
        text.append("usage: java -jar lepton-case-library.jar [--setting=value ...]      serve the portal (port 8080)")
                .append(System.lineSeparator())
                .append("       java -jar lepton-case-library.jar COMMAND [--option VALUE ...]")
                .append(System.lineSeparator())
                .append(System.lineSeparator())
                .append("commands (COMMAND --help says what each expects):")
                .append(System.lineSeparator());
        for (Command command : COMMANDS) {
            text.append(String.format(
                    "  %-14s %s%n", command.spec().name(), command.spec().summary()));
        }
        text.append(System.lineSeparator())
                .append("Portal settings: e.g. --server.port=8081, --lepton.data-directory=DIR, "
                        + "--spring.profiles.active=postgres (see README).")
                .append(System.lineSeparator());
        return text.toString();
    }
}
