package com.lepton.caselibrary.demorequest;

import com.lepton.caselibrary.i18n.TranslatedException;
import java.util.List;

/**
 * A demo request refused, for one or more {@link #problems()}: a form is checked whole, so a visitor sees every
 * field to mend at once. {@link #messageKey()}, {@link #arguments()} and {@link #field()} are the first problem's.
 */
public class DemoRequestException extends TranslatedException {

    /**
     * What is wrong with one field ({@code field} null: with the whole request, e.g. too many requests): the message
     * for the visitor and the values it fills in.
     */
    public record Problem(String field, String messageKey, Object... arguments) {}

    private final transient List<Problem> problems;

    DemoRequestException(String field, String messageKey, Object... arguments) {
        this(List.of(new Problem(field, messageKey, arguments)));
    }

    DemoRequestException(List<Problem> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public String field() {
        return problems.getFirst().field();
    }

    /** Every problem found, in the order of the form's fields. */
    public List<Problem> problems() {
        return problems;
    }
}
