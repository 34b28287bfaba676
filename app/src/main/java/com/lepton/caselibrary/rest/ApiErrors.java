package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.i18n.Messages;
import com.lepton.caselibrary.search.SearchQueryException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests the REST API cannot even read get a message in the caller's language, like refused demo
 * input. Not tied to the controller: an oversized upload fails before any handler is chosen.
 */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiBodies.Problem> unreadable(Locale locale) {
        return ResponseEntity.badRequest().body(new ApiBodies.Problem(Messages.format("api.error.unreadable", locale)));
    }

    /** A search refused (too long, malformed, an unknown filter value) or not answerable yet. */
    @ExceptionHandler(SearchQueryException.class)
    ResponseEntity<ApiBodies.Problem> badSearch(SearchQueryException refused, Locale locale) {
        HttpStatus status = refused.messageKey().equals("search.error.unavailable")
                ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status)
                .body(new ApiBodies.Problem(Messages.format(refused.messageKey(), locale, refused.arguments())));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiBodies.Problem> uploadTooLarge(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(new ApiBodies.Problem(Messages.format("api.error.uploadtoolarge", locale)));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiBodies.Problem> badUpload(Locale locale) {
        return ResponseEntity.badRequest().body(new ApiBodies.Problem(Messages.format("api.error.unreadable", locale)));
    }
}
