package com.lepton.caselibrary.cli;

import java.util.List;

/**
 * What one command of the jar expects: its name, a one-line summary, its options (each {@code --name VALUE}), which
 * of them are required, and whether it also passes portal settings ({@code --spring.x=y}) on to the portal it starts.
 */
public record CommandSpec(
        String name, String summary, List<Option> options, boolean acceptsPortalSettings, List<String> notes) {

    /** One {@code --name VALUE} option; {@code fallback} is null when the option is required. */
    public record Option(String name, String value, String description, String fallback) {

        public boolean required() {
            return fallback == null;
        }
    }

    public static Option required(String name, String value, String description) {
        return new Option(name, value, description, null);
    }

    public static Option optional(String name, String value, String description, String fallback) {
        return new Option(name, value, description, fallback);
    }

    /** The usage text that {@code COMMAND --help} prints and an argument error ends with. */
    public String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar lepton-case-library.jar ").append(name);
        for (Option option : options) {
            String part = "--" + option.name() + " " + option.value();
            text.append(' ').append(option.required() ? part : "[" + part + "]");
        }
        if (acceptsPortalSettings) {
            text.append(" [--portal.setting=value ...]");
        }
        text.append(System.lineSeparator()).append("  ").append(summary).append(System.lineSeparator());
        for (Option option : options) {
            text.append(String.format(
                    "  --%-14s %s%s%n",
                    option.name() + " " + option.value(),
                    option.description(),
                    option.required()
                            ? " (required)"
                            : option.fallback().isEmpty() ? "" : " (default " + option.fallback() + ")"));
        }
        notes.forEach(note -> text.append("  ").append(note).append(System.lineSeparator()));
        return text.toString();
    }
}
