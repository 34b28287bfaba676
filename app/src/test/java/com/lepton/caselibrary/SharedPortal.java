package com.lepton.caselibrary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One portal on H2 for the integration tests that change nothing others see (or put back what they change):
 * every subclass has this same configuration, so Spring's test context cache starts the portal once for all of
 * them instead of once per class. A test that needs settings of its own must not extend this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SharedPortal {

    /** The portal's data folder; tests that look for what was stored should look for their own markers. */
    protected static final Path DATA = temporaryFolder();

    @DynamicPropertySource
    static void sharedPortalProperties(DynamicPropertyRegistry registry) {
        registry.add("lepton.data-directory", DATA::toString);
        // Tests send many runs from one address; the per-address quota has tests of its own.
        registry.add("lepton.demo.runs-per-minute", () -> "1000");
        // Small enough that PortalApiIT can send a body just over it.
        registry.add("lepton.serving.max-request-bytes", () -> "1000000");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("lepton-shared-portal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
