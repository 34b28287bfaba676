package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.testkit.toy.ToyCase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/** Builds the toy plugin's jar as the plugins' parent POM would package it; tests then break one thing at a time. */
final class ToyPluginJar {

    final Map<String, String> manifest = new LinkedHashMap<>();
    final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** A jar that conforms: manifest, classes, extension index, write-ups, samples, model card and the SavedModel in {@code savedModel}. */
    static ToyPluginJar conforming(Path savedModel) throws IOException {
        ToyPluginJar jar = new ToyPluginJar();
        jar.manifest.put("Plugin-Id", "toy-trend-plugin");
        jar.manifest.put("Plugin-Version", "1.0.0");
        jar.manifest.put("Plugin-Requires", ">=1.0.0 & <2.0.0");
        jar.manifest.put("Plugin-Provider", "Lepton tests");
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes.resolve("com/lepton/caselibrary/testkit/toy"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.entries.put(classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        jar.text("META-INF/extensions.idx", ToyCase.class.getName() + "\n");
        jar.text(
                "case-studies/toy-trend.zh.md",
                writeUp("zh", "三点趋势判断", "## 背景\n\n读数上升还是下降？公式 $p = \\mathrm{softmax}(xW + b)$。\n"));
        jar.text(
                "case-studies/toy-trend.en.md",
                writeUp(
                        "en",
                        "Three-point trend",
                        "## Background\n\nDo readings rise or fall? "
                                + "The model computes $p = \\mathrm{softmax}(xW + b)$.\n\n| class | meaning |\n|---|---|\n| up | rising |\n"));
        jar.text("samples/rising.csv", "reading\n1.0\n2.0\n3.5\n");
        jar.text("samples/falling.csv", "3,2.5,1\n");
        jar.entries.put(
                ToyCase.MODEL_PATH + "/model-card.json",
                JsonMapper.builder().build().writeValueAsBytes(card("1.0.0")));
        try (Stream<Path> files = Files.walk(savedModel)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.entries.put(
                        ToyCase.MODEL_PATH + "/"
                                + savedModel.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        }
        return jar;
    }

    static ModelCard card(String version) {
        return new ModelCard(
                        "toy-trend",
                        version,
                        "three readings written by hand: 4 train / 2 test",
                        4,
                        2,
                        Map.of("accuracy", 1.0),
                        Map.of("majority", 0.5),
                        List.of("up", "down"),
                        List.of(List.of(1, 0), List.of(0, 1)),
                        List.of(1.0),
                        1,
                        42,
                        8,
                        0.1,
                        "the kit's tests",
                        "2026-11-29T00:00:00Z")
                .withTranslation(ModelCard.CHINESE, new ModelCard.Texts("手写的三组读数：训练 4 / 测试 2", "本工具包的测试"));
    }

    static String writeUp(String language, String title, String body) {
        return """
                ---
                id: toy-trend
                lang: %s
                industry: technology
                title: %s
                summary: %s
                algorithm: mlp
                dataType: time_series
                pipeline:
                  - collect
                  - clean
                  - features
                  - model
                  - train
                  - evaluate
                  - apply
                ---
                %s""".formatted(language, title, title, body);
    }

    ToyPluginJar text(String name, String content) {
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a class file of a library the portal provides, read from the test's class path. */
    ToyPluginJar bundle(Class<?> type) throws IOException {
        String name = type.getName().replace('.', '/') + ".class";
        try (var in = type.getClassLoader().getResourceAsStream(name)) {
            entries.put(name, in.readAllBytes());
        }
        return this;
    }

    Path write(Path folder) throws IOException {
        Manifest jarManifest = new Manifest();
        jarManifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.forEach((key, value) -> jarManifest.getMainAttributes().put(new Attributes.Name(key), value));
        Path jar = folder.resolve("toy-trend-plugin-1.0.0.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, jarManifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path testClasses() {
        try {
            return Path.of(ToyCase.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
