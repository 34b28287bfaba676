package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A client's data set, or a request to fine-tune on it, was refused; the message key and arguments name a
 * translation, {@code refused} lists the entries that were refused and why (also translation keys with the
 * entry's name as argument {0}).
 */
public class ClientSetException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;
    private final List<Refusal> refused;

    /**
     * One refused entry: its name in the archive (or its row in a CSV) and the translation key of the reason, whose
     * argument {0} is the entry and {1}, {2}, ... the arguments.
     */
    public record Refusal(String entry, String reasonKey, List<Object> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }

        public Refusal(String entry, String reasonKey, Object... arguments) {
            this(entry, reasonKey, List.of(arguments));
        }

        /** The arguments of the reason's translation: the entry, then the others. */
        public Object[] reasonArguments() {
            List<Object> all = new ArrayList<>(List.of(entry));
            all.addAll(arguments);
            return all.toArray();
        }
    }

    public ClientSetException(String messageKey, Object... arguments) {
        this(List.of(), messageKey, arguments);
    }

    public ClientSetException(List<Refusal> refused, String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.refused = List.copyOf(refused);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The arguments for a translation in {@code locale}: a plugin's own message in that language. */
    public Object[] arguments(Locale locale) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof LocalizedText text ? text.in(locale) : argument)
                .toArray();
    }

    public List<Refusal> refused() {
        return refused;
    }
}
