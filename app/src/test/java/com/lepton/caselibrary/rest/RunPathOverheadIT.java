package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import com.lepton.caselibrary.SharedPortal;
import com.lepton.caselibrary.rest.PathFirstHandlerMappings.PathFirstHandlerMapping;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the portal leaves off a run's request path because it showed in the run's CPU profile; PortalApiIT checks
 * that the runs, 405s and 415s are answered as before.
 */
class RunPathOverheadIT extends SharedPortal {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void thePortalMapsItsControllersPathFirst() {
        assertThat(mappings).isInstanceOf(PathFirstHandlerMapping.class);
        assertThat(mappings.getHandlerMethods().keySet())
                .anySatisfy(info -> assertThat(info.getPatternValues()).contains("/api/cases/{caseId}/run"));
    }

    @Test
    void noTurboFilterStandsInFrontOfEveryLogger() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(logging.getTurboFilterList()).isEmpty();
    }
}
