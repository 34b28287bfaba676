package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * The features (top-level packages) form no cycles and reach each other only through their
 * public top-level types; Spring Modulith fails this test otherwise. The module diagram in
 * docs/modules is written by the same run, so it cannot drift from the code.
 */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(LeptonApplication.class);

    @Test
    void featuresRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        // Surefire runs in app/; the committed copy lives at the repository root.
        Path docs = Path.of("..", "docs", "modules").toAbsolutePath().normalize();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeModuleCanvases();
        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Demo", "Inference", "Pluginhost");
    }
}
