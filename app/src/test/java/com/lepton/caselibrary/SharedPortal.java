package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.search.SearchService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    private SearchService search;

    /**
     * The search index is built after the portal has started, and a search waits at most 20 s for it. Failsafe
     * runs the classes in file-system order, so whichever class comes first meets a fresh portal: on a loaded
     * machine {@code PoolSaturationIT}'s {@code /api/cases} got 503 "Search is still starting up" that way. Each
     * test starts once the index is built (at once after the first), and fails if it is not within two minutes.
     */
    @BeforeEach
    protected void searchIndexBuilt() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!search.isReady() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertThat(search.isReady())
                .as("the search index built within two minutes")
                .isTrue();
    }

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
