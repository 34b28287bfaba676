package com.lepton.caselibrary.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.PluginApi;
import com.lepton.caselibrary.testkit.toy.ToyCase;
import com.lepton.caselibrary.testkit.toy.UntranslatedCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kit on a conforming jar and on jars broken one way at a time: each broken jar fails, and the
 * problem it reports names what is wrong.
 */
class PluginConformanceTest {

    @TempDir
    static Path savedModel;

    @TempDir
    Path folder;

    @BeforeAll
    static void exportTheToyModel() throws IOException {
        TensorFlowEngine.start();
        ToyModel.export(savedModel);
    }

    private ConformanceReport check(ToyPluginJar jar) throws IOException {
        ConformanceReport report = PluginConformance.check(jar.write(folder));
        System.out.println(report);
        return report;
    }

    private static ToyPluginJar conforming() throws IOException {
        return ToyPluginJar.conforming(savedModel);
    }

    @Test
    void aConformingJarPassesEveryCheckIncludingTheModelOnEverySample() throws IOException {
        ConformanceReport report = check(conforming());
        assertThat(report.problems()).isEmpty();
        assertThat(report.checks())
                .extracting(Check::name)
                .contains(
                        "archive",
                        "manifest",
                        "extension index",
                        "loads in PF4J as in the portal",
                        "case toy-trend: write-ups in zh and en",
                        "case toy-trend: model card",
                        "case toy-trend: SavedModel runs every sample through the adapter");
    }

    @Test
    void aMissingPluginVersionIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.manifest.remove("Plugin-Version");
        assertThat(check(jar).problems()).contains("manifest: Plugin-Version is missing");
    }

    @Test
    void aPluginVersionThatIsNotSemVerIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.manifest.put("Plugin-Version", "1.0");
        assertThat(check(jar).problems())
                .anyMatch(p -> p.startsWith("manifest: Plugin-Version is not a semantic version"));
    }

    @Test
    void aPluginIdOutsideTheIdRulesIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.manifest.put("Plugin-Id", "Toy_Plugin");
        assertThat(check(jar).problems())
                .anyMatch(p -> p.startsWith("manifest: Plugin-Id must be lower-case") && p.contains("Toy_Plugin"));
    }

    @Test
    void aMissingPluginRequiresIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.manifest.remove("Plugin-Requires");
        assertThat(check(jar).problems()).anyMatch(p -> p.startsWith("manifest: Plugin-Requires is missing"));
    }

    @Test
    void aTooNewPluginRequiresFailsAndThePortalWouldNotStartIt() throws IOException {
        ToyPluginJar jar = conforming();
        jar.manifest.put("Plugin-Requires", ">=9.0.0");
        ConformanceReport report = check(jar);
        assertThat(report.problems())
                .contains("manifest: Plugin-Requires '>=9.0.0' is not satisfied by this plugin-api, "
                        + PluginApi.VERSION + ": the portal would refuse the plugin");
        assertThat(report.problems())
                .anyMatch(p -> p.startsWith("loads in PF4J as in the portal: PF4J leaves the plugin DISABLED"));
    }

    @Test
    void bundledPluginApiClassesAreNamedAndBreakTheExtension() throws IOException {
        ToyPluginJar jar = conforming().bundle(CaseStudyPlugin.class).bundle(PluginApi.class);
        ConformanceReport report = check(jar);
        assertThat(report.problems())
                .anyMatch(p -> p.startsWith(
                        "archive: bundles classes the portal provides: plugin-api (com/lepton/caselibrary/api/)"));
        assertThat(report.problems())
                .anyMatch(p -> p.startsWith("loads in PF4J as in the portal: PF4J finds no CaseStudyPlugin extension"));
    }

    @Test
    void aMissingChineseWriteUpIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.entries.remove("case-studies/toy-trend.zh.md");
        assertThat(check(jar).problems())
                .contains(
                        "case toy-trend: write-ups in zh and en: case-studies/toy-trend.zh.md is missing from the jar (the write-up in Chinese)");
    }

    @Test
    void contentTheSanitizerWouldDropAndRawHtmlAreNamed() throws IOException {
        ToyPluginJar jar = conforming()
                .text(
                        "case-studies/toy-trend.en.md",
                        ToyPluginJar.writeUp(
                                "en",
                                "Three-point trend",
                                "![chart](https://example.org/chart.png)\n\n<div class=\"note\">Note</div>\n"));
        assertThat(check(jar).problems())
                .anyMatch(p -> p.contains("toy-trend.en.md: the portal's sanitizer removes <img>"))
                .anyMatch(p -> p.contains(
                        "toy-trend.en.md: raw HTML is shown as text, never rendered: <div class=\"note\">Note</div>"));
    }

    @Test
    void aWriteUpWithoutTheSevenStepPipelineIsNamed() throws IOException {
        ToyPluginJar jar = conforming()
                .text(
                        "case-studies/toy-trend.en.md",
                        ToyPluginJar.writeUp("en", "Three-point trend", "Body.\n")
                                .replace("  - apply\n", ""));
        assertThat(check(jar).problems())
                .anyMatch(p -> p.contains("toy-trend.en.md: front matter 'pipeline' must list exactly 7 steps")
                        && p.endsWith("found 6"));
    }

    @Test
    void aBlankChineseTitleIsNamed() throws IOException {
        ToyPluginJar jar = conforming().text("META-INF/extensions.idx", UntranslatedCase.class.getName() + "\n");
        assertThat(check(jar).problems())
                .contains("case toy-trend: descriptor, demo and model definition: title is blank in Chinese (zh)");
    }

    @Test
    void aMissingExtensionIndexIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.entries.remove("META-INF/extensions.idx");
        ConformanceReport report = check(jar);
        assertThat(report.problems())
                .anyMatch(p -> p.startsWith("extension index: META-INF/extensions.idx is missing"));
        assertThat(report.problems())
                .anyMatch(p -> p.startsWith("loads in PF4J as in the portal: PF4J finds no CaseStudyPlugin extension"));
    }

    @Test
    void aClassLeftOutOfTheJarIsMissingAsInThePortal() throws IOException {
        ToyPluginJar jar = conforming();
        jar.entries.remove("com/lepton/caselibrary/testkit/toy/ToyAdapter.class");
        assertThat(check(jar).problems())
                .anyMatch(p -> p.startsWith("case toy-trend: SavedModel runs every sample through the adapter:")
                        && p.contains("ToyAdapter"));
    }

    @Test
    void aMissingSampleFileIsNamed() throws IOException {
        ToyPluginJar jar = conforming();
        jar.entries.remove("samples/falling.csv");
        assertThat(check(jar).problems())
                .contains(
                        "case toy-trend: descriptor, demo and model definition: sample 'falling': its file samples/falling.csv is not in the jar");
    }

    @Test
    void aSampleTheAdapterRefusesIsNamed() throws IOException {
        ToyPluginJar jar = conforming().text("samples/falling.csv", "3\n2\n");
        assertThat(check(jar).problems())
                .contains(
                        "case toy-trend: SavedModel runs every sample through the adapter: "
                                + "sample 'falling': the adapter refuses the shipped sample: At least three readings are needed.");
    }

    @Test
    void aModelCardForAnotherVersionOrNotJsonIsNamed() throws IOException {
        ToyPluginJar other = conforming();
        other.entries.put(
                ToyCase.MODEL_PATH + "/model-card.json",
                JsonMapper.builder().build().writeValueAsBytes(ToyPluginJar.card("2.0.0")));
        assertThat(check(other).problems())
                .contains(
                        "case toy-trend: model card: the card is for version 2.0.0 but the ModelDefinition ships 1.0.0");

        ToyPluginJar broken = conforming().text(ToyCase.MODEL_PATH + "/model-card.json", "{\"modelName\": ");
        assertThat(check(broken).problems())
                .anyMatch(p -> p.startsWith(
                        "case toy-trend: model card: model/toy-trend/model-card.json does not read as a ModelCard"));
    }

    @Test
    void aModelCardWithoutChineseTextIsNamed() throws IOException {
        ToyPluginJar english = conforming();
        ModelCard card = ToyPluginJar.card("1.0.0");
        // As a plugin built against the plugin-api before translations writes it.
        ModelCard untranslated = new ModelCard(
                card.modelName(),
                card.modelVersion(),
                card.dataset(),
                card.trainExamples(),
                card.testExamples(),
                card.metrics(),
                card.baselines(),
                card.classLabels(),
                card.confusionMatrix(),
                card.trainingCurve(),
                card.epochs(),
                card.seed(),
                card.parameterCount(),
                card.trainingSeconds(),
                card.trainedOn(),
                card.trainedAt());
        english.entries.put(
                ToyCase.MODEL_PATH + "/model-card.json",
                JsonMapper.builder().build().writeValueAsBytes(untranslated));

        assertThat(check(english).problems())
                .anyMatch(p -> p.startsWith("case toy-trend: model card: the card has no Chinese dataset text"));
        assertThat(check(conforming()).problems()).noneMatch(p -> p.contains("Chinese"));
    }

    @Test
    void aMissingOrBrokenSavedModelIsNamed() throws IOException {
        ToyPluginJar missing = conforming();
        missing.entries.remove(ToyCase.MODEL_PATH + "/saved_model.pb");
        assertThat(check(missing).problems())
                .anyMatch(p -> p.contains("model/toy-trend/saved_model.pb is missing from the jar"));

        ToyPluginJar broken = conforming();
        broken.entries.put(ToyCase.MODEL_PATH + "/saved_model.pb", "not a graph".getBytes(StandardCharsets.UTF_8));
        assertThat(check(broken).problems())
                .anyMatch(
                        p -> p.startsWith(
                                "case toy-trend: SavedModel runs every sample through the adapter: DJL's TensorFlow engine cannot load the SavedModel"));
    }

    @Test
    void aFileThatIsNotAJarIsNamed() throws IOException {
        Path notAJar = Files.writeString(folder.resolve("plugin.jar"), "plain text");
        ConformanceReport report = PluginConformance.check(notAJar);
        assertThat(report.passed()).isFalse();
        assertThat(report.problems())
                .singleElement()
                .asString()
                .startsWith("archive: ")
                .contains("cannot be read as a jar");
    }
}
