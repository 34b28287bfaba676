package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void everyFeatureSaysWhatItOwnsInItsPackageInfo() {
        // javac writes no class for a package-info without annotations, so read the sources. Surefire runs in
        // app/; plugin-api, case-markdown and training-kit are modules too, from their own Maven modules.
        var sourceRoots = List.of("src", "../plugin-api/src", "../case-markdown/src", "../plugins/training-kit/src");
        var undocumented = MODULES.stream()
                .map(module -> module.getBasePackage().getName())
                .filter(name -> sourceRoots.stream()
                        .noneMatch(root -> Files.isRegularFile(
                                Path.of(root, "main", "java", name.replace('.', '/'), "package-info.java"))))
                .toList();
        assertThat(undocumented).as("features without a package-info.java").isEmpty();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        // Surefire runs in app/; the committed copy lives at the repository root.
        Path docs = Path.of("..", "docs", "modules").toAbsolutePath().normalize();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeModuleCanvases();
        sortRelationships(docs.resolve("components.puml"));
        assertThat(docs.resolve("components.puml")).isNotEmptyFile();
        assertThat(Files.readString(docs.resolve("components.puml"))).contains("Demo", "Inference", "Pluginhost");
    }

    /** Documenter lists the arrows in hash order; sorted, the committed diagram changes only when the modules do. */
    private static void sortRelationships(Path puml) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(puml));
        int first = 0;
        while (first < lines.size() && !lines.get(first).contains(" --> ")) {
            first++;
        }
        List<String> arrows =
                lines.stream().filter(line -> line.contains(" --> ")).sorted().toList();
        lines.removeIf(line -> line.contains(" --> "));
        lines.addAll(first, arrows);
        Files.write(puml, lines);
    }
}
