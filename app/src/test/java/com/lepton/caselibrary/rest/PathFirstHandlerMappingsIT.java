package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.SharedPortal;
import com.lepton.caselibrary.rest.PathFirstHandlerMappings.PathFirstHandlerMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The portal's controllers are mapped by the path-first mapping; PortalApiIT checks its 405, 415 and runs. */
class PathFirstHandlerMappingsIT extends SharedPortal {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void thePortalMapsItsControllersPathFirst() {
        assertThat(mappings).isInstanceOf(PathFirstHandlerMapping.class);
        assertThat(mappings.getHandlerMethods().keySet())
                .anySatisfy(info -> assertThat(info.getPatternValues()).contains("/api/cases/{caseId}/run"));
    }
}
