package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lepton.caselibrary.api.DemoSample;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a plugin bundles, read from its class path as its unit tests read it: a series sample, its
 * write-ups, the installed data set. Every plugin's case test needs these, so they live here once.
 * A missing resource fails the test.
 */
public final class CaseResources {

    private CaseResources() {}

    /** The bytes of {@code path} on {@code caseClass}'s class path; fails when it is missing. */
    public static byte[] bytes(Class<?> caseClass, String path) throws IOException {
        try (InputStream in = caseClass.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }

    /** The UTF-8 text of {@code path} on {@code caseClass}'s class path; fails when it is missing. */
    public static String text(Class<?> caseClass, String path) throws IOException {
        return new String(bytes(caseClass, path), StandardCharsets.UTF_8);
    }

    /** A series sample's values, read as the host's series parser reads them: one number per line. */
    public static double[] seriesValues(Class<?> caseClass, DemoSample sample) throws IOException {
        return Arrays.stream(text(caseClass, sample.resourcePath()).strip().split("\\R"))
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    /**
     * The case's write-up in English and Chinese, {@code case-studies/<id>.<lang>.md}, each opening
     * with its id and language in the front matter and marked as a live demo.
     */
    public static void assertLiveWriteUpsInBothLanguages(Class<?> caseClass, String caseId) throws IOException {
        for (String lang : List.of("en", "zh")) {
            String path = "case-studies/" + caseId + "." + lang + ".md";
            String text = text(caseClass, path);
            assertTrue(text.startsWith("---\nid: " + caseId + "\nlang: " + lang + "\n"), path + ": front matter");
            assertTrue(text.contains("\ndemo: live\n"), path + ": demo: live");
        }
    }

    /**
     * Where the data set {@code fileName} is installed, or null when it is not (a test reading it then
     * skips): the first of {@code firstTried} that holds it, else the project's data folder as seen
     * from the repository root, else as seen from the plugin's module folder, where Maven runs tests.
     */
    public static Path installedData(String fileName, Path projectData, Path... firstTried) {
        return Stream.concat(
                        Stream.of(firstTried),
                        Stream.of(projectData, Path.of("../..").resolve(projectData)))
                .filter(d -> Files.isRegularFile(d.resolve(fileName)))
                .findFirst()
                .orElse(null);
    }
}
