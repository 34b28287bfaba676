package com.lepton.caselibrary.benchmark;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs after the command name. */
public final class Options {

    private Options() {}

    public static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
