package com.lepton.caselibrary.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every check run on one plugin jar.
 *
 * @param jar    the archive checked
 * @param checks the checks in the order they ran
 */
public record ConformanceReport(Path jar, List<Check> checks) {

    public ConformanceReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().allMatch(Check::passed);
    }

    /** All problems, each prefixed with its check's name. */
    public List<String> problems() {
        return checks.stream()
                .flatMap(check -> check.problems().stream().map(problem -> check.name() + ": " + problem))
                .toList();
    }

    @Override
    public String toString() {
        return jar.getFileName()
                + (passed()
                        ? " conforms"
                        : " does not conform:\n  " + problems().stream().collect(Collectors.joining("\n  ")));
    }
}
