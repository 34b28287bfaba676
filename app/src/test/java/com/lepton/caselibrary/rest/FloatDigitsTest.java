package com.lepton.caselibrary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.api.ClassScore;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FloatDigitsTest {

    private final JsonMapper plain = JsonMapper.builder().build();
    private final JsonMapper floats =
            JsonMapper.builder().addModule(new FloatDigits()).build();

    record Numbers(double single, Double boxed, double[] values) {}

    @Test
    void aFloatWidenedToADoubleIsWrittenWithTheFloatsDigits() {
        double reading = 27.77f;

        String json = floats.writeValueAsString(new Numbers(reading, reading, new double[] {reading, 0.25}));

        assertThat(plain.writeValueAsString(reading)).isEqualTo("27.770000457763672");
        assertThat(json).isEqualTo("{\"single\":27.77,\"boxed\":27.77,\"values\":[27.77,0.25]}");
    }

    @Test
    void whatIsReadBackAsAFloatIsTheValueTheModelComputed() {
        float probability = 0.99990213f;
        double[] errors = {3.2827229e-4f, 1.574770760986869E-5f, 0.033969920060370355f};

        JsonNode read = floats.readTree(floats.writeValueAsString(new Numbers(probability, null, errors)));

        assertThat(read.get("single").floatValue()).isEqualTo(probability);
        for (int i = 0; i < errors.length; i++) {
            assertThat((double) read.get("values").get(i).floatValue()).isEqualTo(errors[i]);
        }
    }

    @Test
    void aNumberComputedInDoubleKeepsEveryDigit() {
        double band = 27.77 + 0.1 / 3;

        String json = floats.writeValueAsString(new Numbers(band, band, new double[] {band, Double.NaN}));

        assertThat(floats.readTree(json).get("single").doubleValue()).isEqualTo(band);
        assertThat(floats.readTree(json).get("values").get(0).doubleValue()).isEqualTo(band);
        assertThat(json).contains(Double.toString(band)).contains("\"NaN\"");
    }

    @Test
    void aRunAnswerWritesTheModelsScoresShort() {
        var result = new DemoResult.Classification(
                List.of(new ClassScore("bag", LocalizedText.of("包", "Bag"), 0.9999021291732788)), null);

        String json = floats.writeValueAsString(result);

        assertThat(json).contains("\"probability\":0.9999021").doesNotContain("0.9999021291732788");
    }
}
