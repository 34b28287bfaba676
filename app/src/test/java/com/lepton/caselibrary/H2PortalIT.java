package com.lepton.caselibrary;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The portal on its embedded default: an H2 file database. */
class H2PortalIT extends PortalIntegrationTest {

    private static final Path DATA = dataFolderWithBrokenPlugins();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("lepton.data-directory", DATA::toString);
    }
}
