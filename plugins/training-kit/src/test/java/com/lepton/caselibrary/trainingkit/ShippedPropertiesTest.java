package com.lepton.caselibrary.trainingkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ShippedPropertiesTest {

    @Test
    void readsNumbersWithoutTheirSurroundingSpace() throws IOException {
        ShippedProperties properties =
                ShippedProperties.parse("scaling.properties", "# written by the trainer\nwindow = 14 \nmean=15.25\n");

        assertThat(properties.integer("window")).isEqualTo(14);
        assertThat(properties.number("mean")).isEqualTo(15.25);
        assertThat(properties.text("mean")).isEqualTo("15.25");
    }

    @Test
    void namesTheFileAndTheKeyThatIsMissingOrMalformed() throws IOException {
        ShippedProperties properties = ShippedProperties.parse("scaling.properties", "window=fourteen\nmean=\n");

        assertThatThrownBy(() -> properties.number("std"))
                .isInstanceOf(IOException.class)
                .hasMessage("scaling.properties lacks std");
        assertThatThrownBy(() -> properties.integer("window"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("scaling.properties")
                .hasMessageContaining("window is not a whole number: fourteen");
        assertThatThrownBy(() -> properties.number("mean"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("mean is not a number");
    }

    @Test
    void saysToTrainWhenTheJarLacksTheFile() {
        assertThatThrownBy(
                        () -> ShippedProperties.fromJar(ShippedPropertiesTest.class, "model/none/scaling.properties"))
                .isInstanceOf(IOException.class)
                .hasMessage("model/none/scaling.properties is missing from the plugin; train the model first");
    }
}
