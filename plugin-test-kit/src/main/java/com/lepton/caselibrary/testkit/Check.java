package com.lepton.caselibrary.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * One conformance check and the problems it found; none means it passed.
 *
 * @param name     what was checked, e.g. {@code manifest}
 * @param problems each problem in a sentence a plugin author can act on
 */
public record Check(String name, List<String> problems) {

    public Check {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** Collects the problems of one check while it runs. */
    static final class Builder {
        private final String name;
        private final List<String> problems = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        Builder problem(String problem) {
            problems.add(problem);
            return this;
        }

        Builder problemIf(boolean condition, String problem) {
            if (condition) {
                problems.add(problem);
            }
            return this;
        }

        boolean clean() {
            return problems.isEmpty();
        }

        Check build() {
            return new Check(name, problems);
        }
    }
}
