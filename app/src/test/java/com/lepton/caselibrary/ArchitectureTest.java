package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
        Path puml = docs.resolve("components.puml");
        String before = Files.exists(puml) ? Files.readString(puml) : "";
        // Without clean: the folder also holds the rendered components.png, which Documenter does not write.
        new Documenter(
                        MODULES,
                        Documenter.Options.defaults()
                                .withOutputFolder(docs.toString())
                                .withoutClean())
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeModuleCanvases();
        sortLines(puml, line -> line.contains(" --> "));
        sortLines(puml, line -> line.strip().startsWith("component "));
        assertThat(puml).isNotEmptyFile();
        assertThat(Files.readString(puml)).contains("Demo", "Inference", "Pluginhost");
        if (!Files.readString(puml).equals(before) || !Files.exists(docs.resolve("components.png"))) {
            renderWhereTheToolIs(puml);
        }
    }

    /**
     * Documenter lists modules and arrows in hash order; sorted, the committed diagram changes only when the
     * modules do.
     */
    private static void sortLines(Path puml, Predicate<String> which) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(puml));
        int first = 0;
        while (first < lines.size() && !which.test(lines.get(first))) {
            first++;
        }
        List<String> sorted = lines.stream().filter(which).sorted().toList();
        lines.removeIf(which);
        lines.addAll(first, sorted);
        Files.write(puml, lines);
    }

    /** The picture ARCHITECTURE.md shows, from PlantUML when it is installed (Debian's plantuml package). */
    private static void renderWhereTheToolIs(Path puml) throws Exception {
        try {
            Process plantuml = new ProcessBuilder("plantuml", "-tpng", puml.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(plantuml.waitFor(2, TimeUnit.MINUTES))
                    .as("plantuml finished")
                    .isTrue();
        } catch (IOException notInstalled) {
            System.out.println("plantuml not installed: docs/modules/components.png not rendered again");
        }
    }
}
