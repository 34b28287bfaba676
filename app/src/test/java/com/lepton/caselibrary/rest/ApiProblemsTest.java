package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.demo.Refusal;
import com.lepton.caselibrary.demo.Refusal.Reason;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class ApiProblemsTest {

    @Test
    void everyReasonHasItsStatus() {
        Map<Reason, HttpStatus> expected = new EnumMap<>(Reason.class);
        expected.put(Reason.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS);
        expected.put(Reason.BUSY, HttpStatus.SERVICE_UNAVAILABLE);
        expected.put(Reason.UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
        expected.put(Reason.WITHDRAWN, HttpStatus.SERVICE_UNAVAILABLE);
        expected.put(Reason.TIMEOUT, HttpStatus.GATEWAY_TIMEOUT);
        expected.put(Reason.FAILED, HttpStatus.INTERNAL_SERVER_ERROR);
        expected.put(Reason.TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE);
        expected.put(Reason.BAD_INPUT, HttpStatus.BAD_REQUEST);
        expected.put(Reason.REFUSED_BY_PLUGIN, HttpStatus.BAD_REQUEST);
        expected.put(Reason.UNSUPPORTED, HttpStatus.BAD_REQUEST);
        assertThat(expected).hasSize(Reason.values().length);
        expected.forEach((reason, status) ->
                assertThat(ApiProblems.status(reason)).as(reason.name()).isEqualTo(status));
    }

    @Test
    void aRefusedRunIsAProblemBodyKeepingTheFieldsCallersRead() {
        for (Reason reason : Reason.values()) {
            ResponseEntity<ProblemDetail> answer =
                    ApiProblems.refusedRun("some-case", Refusal.of(reason, "demo.error.timeout"), Locale.ENGLISH);
            assertThat(answer.getStatusCode()).isEqualTo(ApiProblems.status(reason));
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            ProblemDetail body = answer.getBody();
            assertThat(body.getStatus()).isEqualTo(ApiProblems.status(reason).value());
            assertThat(body.getDetail()).isNotBlank();
            assertThat(body.getProperties())
                    .containsEntry("caseId", "some-case")
                    .containsEntry("succeeded", false)
                    .containsEntry("reason", reason.name())
                    .containsEntry("messageKey", "demo.error.timeout")
                    .containsEntry("message", body.getDetail());
        }
    }

    @Test
    void onlyBusyAndRateLimitedSayWhenToRetry() {
        for (Reason reason : Reason.values()) {
            ResponseEntity<ProblemDetail> answer =
                    ApiProblems.refusedRun("c", Refusal.of(reason, "demo.error.busy", 7), Locale.ENGLISH);
            boolean retry = reason == Reason.BUSY || reason == Reason.RATE_LIMITED;
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                    .as(reason.name())
                    .isEqualTo(retry ? "7" : null);
        }
    }

    @Test
    void messagesAreInTheCallersLanguageAndAPluginsOwnWordsWin() {
        ProblemDetail english = ApiProblems.refusedRun(
                        "c", Refusal.of(Reason.BUSY, "demo.error.busy", 3), Locale.ENGLISH)
                .getBody();
        ProblemDetail chinese = ApiProblems.refusedRun(
                        "c", Refusal.of(Reason.BUSY, "demo.error.busy", 3), Locale.SIMPLIFIED_CHINESE)
                .getBody();
        assertThat(english.getDetail()).contains("3");
        assertThat(chinese.getDetail()).containsPattern("\\p{IsHan}");
        Refusal byPlugin = new Refusal(
                Reason.REFUSED_BY_PLUGIN, "demo.error.failed", new Object[0], new LocalizedText("不行", "No."));
        assertThat(ApiProblems.refusedRun("c", byPlugin, Locale.ENGLISH)
                        .getBody()
                        .getDetail())
                .isEqualTo("No.");
    }

    @Test
    void otherRefusalsKeepTheirErrorField() {
        ResponseEntity<ProblemDetail> answer = ApiProblems.problem(HttpStatus.NOT_FOUND, "no case x");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().getDetail()).isEqualTo("no case x");
        assertThat(answer.getBody().getProperties()).containsEntry("error", "no case x");
    }
}
