package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar's commands: --help says what each expects, and a wrong command line says what is wrong, exit status 2. */
class CommandLineTest {

    private record Outcome(Integer status, String out, String err) {}

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Integer status = LeptonApplication.runCommand(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() {
        Outcome outcome = run("--help");
        assertThat(outcome.status()).isZero();
        assertThat(outcome.out())
                .contains(
                        "train",
                        "bench",
                        "load",
                        "flood",
                        "search-bench",
                        "unlock-account",
                        "export-triton",
                        "serve the portal");
    }

    @ParameterizedTest
    @CsvSource({
        "train, --case ID, --epochs N, --seed S, (required)",
        "bench, --case ID, --seconds N, --concurrency C1,C2, (default 8)",
        "load, --url URL, --clients N, --sessions N, (default 64)",
        "export-triton, --out DIR, --portal.setting=value, --out DIR, (required)",
        "flood, --url URL, --flooders N, --flood-mb N, (default 24)",
        "search-bench, --entries N, --queries N, --seed N, (default 10000)",
        "unlock-account, --portal.setting=value, unlock-account NAME, --reset-password, one-time password"
    })
    void eachCommandHasHelpAndRunsNothing(String command, String first, String second, String third, String note) {
        // bench --help once ran the benchmark and failed; now it only prints what the command expects.
        for (String help : new String[] {"--help", "-h"}) {
            Outcome outcome = run(command, help);
            assertThat(outcome.status()).isZero();
            assertThat(outcome.out())
                    .startsWith("usage: java -jar lepton-case-library.jar " + command)
                    .contains(first, second, third, note);
            assertThat(outcome.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bench --seconds abc | --seconds expects a whole number, not 'abc'",
                "bench --seconds 0 | --seconds must be above 0, not 0",
                "bench --concurrency 1,x | --concurrency expects whole numbers above 0 separated by commas",
                "bench --flops -3 | --flops must be a number above 0",
                "bench --bogus 1 | unknown option --bogus",
                "bench stray | unexpected argument 'stray'",
                "load --clients | --clients needs a value",
                "load --clients --seconds 3 | --clients needs a value",
                "load --pid me | --pid expects a whole number, not 'me'",
                "load --sessions -1 | --sessions must be 0 or more, not -1",
                "load --cases Sorting | --cases expects case ids separated by commas",
                "load --cases sorting,,ecg | --cases expects case ids separated by commas",
                "train | --case is required",
                "train --case manufacturing-sorting --epochs many | --epochs expects a whole number, not 'many'",
                "export-triton | --out is required",
                "export-triton --out | --out needs a value",
                "flood --seconds 0 | --seconds must be above 0, not 0",
                "search-bench --entries many | --entries expects a whole number, not 'many'",
                "unlock-account | the account's NAME is required"
            })
    void argumentErrorsSayWhatIsExpected(String commandLine, String message) {
        String[] args = commandLine.trim().split(" ");
        Outcome outcome = run(args);
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err())
                .startsWith("error: " + args[0] + ": ")
                .contains(message)
                .contains("usage: java -jar lepton-case-library.jar " + args[0]);
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        Outcome outcome = run("bnch");
        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.err()).startsWith("error: unknown command 'bnch'").contains("export-triton");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--server.port=8081", "--spring.profiles.active=postgres"})
    void portalSettingsServeThePortal(String setting) {
        assertThat(run(setting).status()).isNull();
        assertThat(run().status()).isNull();
    }
}
