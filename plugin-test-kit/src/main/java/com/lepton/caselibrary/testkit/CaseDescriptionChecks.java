package com.lepton.caselibrary.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.ModelDefinition;
import java.util.List;

/**
 * Checks on what a case plugin declares, in the layout every bundled plugin follows: its model under
 * {@code model/<name>} with the card beside it, its samples under {@code samples/<id>.<extension>}
 * with a label in both languages. The plugins' case tests each had a copy; the names, versions,
 * shapes and sample ids stay in the plugin's test.
 */
public final class CaseDescriptionChecks {

    private CaseDescriptionChecks() {}

    /** The model is {@code name} at {@code version}, in {@code model/<name>} with its card, and reads {@code inputShape}. */
    public static void assertModel(ModelDefinition model, String name, String version, long... inputShape) {
        assertEquals(name, model.name(), "model name");
        assertEquals(version, model.version(), "model version");
        assertEquals("model/" + name, model.savedModelPath(), "SavedModel path");
        assertEquals("model/" + name + "/model-card.json", model.modelCardPath(), "model card path");
        assertArrayEquals(inputShape, model.inputShape(), "input shape");
    }

    /** Every sample lies at {@code samples/<id>.<extension>} and has a label in Chinese and in English. */
    public static void assertSampleFiles(List<DemoSample> samples, String extension) {
        for (DemoSample sample : samples) {
            assertEquals("samples/" + sample.id() + "." + extension, sample.resourcePath(), sample.id());
            assertFalse(sample.label().zh().isBlank(), sample.id() + ": Chinese label");
            assertFalse(sample.label().en().isBlank(), sample.id() + ": English label");
        }
    }
}
