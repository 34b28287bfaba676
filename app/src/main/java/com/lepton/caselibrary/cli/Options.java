package com.lepton.caselibrary.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;

/**
 * The {@code --name VALUE} options after a command's name, checked against its {@link CommandSpec}: an unknown
 * option, a missing value, a missing required option or a value that is not a number is a {@link UsageException}
 * that names what is wrong; everything else about the command line is the command's business.
 */
@RequiredArgsConstructor
public final class Options {

    private final CommandSpec spec;
    private final Map<String, String> values;
    private final List<String> portalSettings;

    /** True when the arguments ask for help ({@code --help}, {@code -h} or {@code help} after the command). */
    public static boolean wantsHelp(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (List.of("--help", "-h", "help").contains(args[i])) {
                return true;
            }
        }
        return false;
    }

    /** Parses {@code args} (the command's name first) against the command's spec. */
    public static Options parse(CommandSpec spec, String[] args) {
        Map<String, String> values = new HashMap<>();
        List<String> portalSettings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (spec.acceptsPortalSettings() && arg.startsWith("--") && arg.contains("=")) {
                portalSettings.add(arg);
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            if (spec.options().stream().noneMatch(option -> option.name().equals(name))) {
                throw new UsageException("unknown option --" + name);
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new UsageException("--" + name + " needs a value");
            }
            values.put(name, args[++i]);
        }
        for (CommandSpec.Option option : spec.options()) {
            if (option.required() && !values.containsKey(option.name())) {
                throw new UsageException("--" + option.name() + " is required");
            }
        }
        return new Options(spec, values, List.copyOf(portalSettings));
    }

    /** The option's value, or its default from the spec (null for a required option never given). */
    public String get(String name) {
        return values.getOrDefault(name, option(name).fallback());
    }

    /** The value only when it was given on the command line. */
    public Optional<String> given(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public int positiveInt(String name) {
        int value = number(name, Integer::parseInt, "a whole number");
        if (value <= 0) {
            throw new UsageException("--" + name + " must be above 0, not " + value);
        }
        return value;
    }

    public int nonNegativeInt(String name) {
        int value = number(name, Integer::parseInt, "a whole number");
        if (value < 0) {
            throw new UsageException("--" + name + " must be 0 or more, not " + value);
        }
        return value;
    }

    public long longValue(String name) {
        return number(name, Long::parseLong, "a whole number");
    }

    public double positiveDouble(String name) {
        double value = number(name, Double::parseDouble, "a number");
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new UsageException("--" + name + " must be a number above 0, not " + get(name));
        }
        return value;
    }

    /** A comma-separated list of positive whole numbers, such as {@code 1,8,64}. */
    public int[] positiveInts(String name) {
        String text = get(name);
        try {
            int[] numbers = Arrays.stream(text.split(","))
                    .map(String::trim)
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (numbers.length == 0 || Arrays.stream(numbers).anyMatch(n -> n <= 0)) {
                throw new NumberFormatException();
            }
            return numbers;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name
                    + " expects whole numbers above 0 separated by commas (e.g. 1,8,64), not '" + text + "'");
        }
    }

    /** The {@code --portal.setting=value} arguments, for commands that start the portal. */
    public List<String> portalSettings() {
        return portalSettings;
    }

    private <T> T number(String name, Function<String, T> parse, String what) {
        String text = get(name);
        try {
            return parse.apply(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new UsageException("--" + name + " expects " + what + ", not '" + text + "'");
        }
    }

    private CommandSpec.Option option(String name) {
        return spec.options().stream()
                .filter(option -> option.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option --" + name + " in " + spec.name()));
    }
}
