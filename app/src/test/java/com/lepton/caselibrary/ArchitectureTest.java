package com.lepton.caselibrary;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features (top-level packages) form no cycles and reach each other only through their
 * public top-level types; Spring Modulith fails this test otherwise.
 */
class ArchitectureTest {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(LeptonApplication.class).verify();
    }
}
