package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.rest.ApiBodies.RunResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's answer straight to the response: choosing a return-value handler and negotiating the content type
 * for a body that is always JSON took a fifth of a request thread's time in the run's CPU profile. Refusals are
 * thrown and answered by {@link ApiErrors}.
 */
@Component
class RunResponseWriter {

    /**
     * Prepared once for its type rather than looked up by the JSON converter at every run; the portal's mapper, with
     * numbers that are floats written as floats ({@link FloatDigits}).
     */
    private final ObjectWriter runResponses;

    RunResponseWriter(JsonMapper json) {
        this.runResponses = json.rebuild().addModule(new FloatDigits()).build().writerFor(RunResponse.class);
    }

    void write(RunResponse body, HttpServletResponse answer) throws IOException {
        byte[] json = runResponses.writeValueAsBytes(body);
        answer.setContentType(MediaType.APPLICATION_JSON_VALUE);
        answer.setContentLength(json.length);
        answer.getOutputStream().write(json);
    }
}
