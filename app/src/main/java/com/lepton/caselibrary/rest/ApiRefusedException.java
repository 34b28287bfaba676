package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.demo.Refusal;
import com.lepton.caselibrary.i18n.Messages;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A request the REST API refuses: a demo run refused for a {@link Refusal}, or an unknown case or sample. It
 * carries its answer, worded by {@link ApiErrors} in the caller's language.
 */
final class ApiRefusedException extends RuntimeException {

    private final transient Function<Locale, ResponseEntity<ProblemDetail>> answer;

    private ApiRefusedException(String what, Function<Locale, ResponseEntity<ProblemDetail>> answer) {
        super(what, null, false, false);
        this.answer = answer;
    }

    static ApiRefusedException run(String caseId, Refusal refusal) {
        return new ApiRefusedException(
                refusal.reason().name(), locale -> ApiProblems.refusedRun(caseId, refusal, locale));
    }

    static ApiRefusedException notFound(String messageKey, Object... arguments) {
        return new ApiRefusedException(
                messageKey,
                locale -> ApiProblems.problem(HttpStatus.NOT_FOUND, Messages.format(messageKey, locale, arguments)));
    }

    ResponseEntity<ProblemDetail> answer(Locale locale) {
        return answer.apply(locale);
    }
}
