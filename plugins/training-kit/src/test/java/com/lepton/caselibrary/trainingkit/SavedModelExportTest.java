package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedModelExportTest {

    @TempDir
    Path directory;

    @Test
    void clearsAnEarlierExportButKeepsTheModelCard() throws Exception {
        Files.writeString(directory.resolve("saved_model.pb"), "old");
        Files.createDirectories(directory.resolve("variables"));
        Files.writeString(directory.resolve("variables/variables.index"), "old");
        Files.writeString(directory.resolve("variables/variables.data-00000-of-00001"), "old");
        Files.writeString(directory.resolve("model-card.json"), "{}");

        SavedModelExport.clear(directory);

        assertThat(directory.resolve("saved_model.pb")).doesNotExist();
        assertThat(directory.resolve("variables")).isEmptyDirectory();
        assertThat(directory.resolve("model-card.json")).hasContent("{}");
    }

    @Test
    void createsAMissingDirectory() throws Exception {
        Path model = directory.resolve("model/new");
        SavedModelExport.clear(model);
        assertThat(model).isEmptyDirectory();
    }
}
