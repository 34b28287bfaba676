package com.lepton.caselibrary.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.inference.ModelSignature;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming reader of /v2 bodies, against a signature of one [-1, 2, 2] input and one output. */
class InferRequestReaderTest {

    private static final ModelSignature SIGNATURE = new ModelSignature(
            List.of(new ModelSignature.Tensor("x", "FP32", new long[] {-1, 2, 2})),
            List.of(new ModelSignature.Tensor("y", "FP32", new long[] {-1, 3})));

    private final InferRequestReader reader = new InferRequestReader(SIGNATURE, 4, 1 << 20);

    private InferRequestReader.Parsed read(String json) throws InferRequestReader.Malformed {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsNestedDataIntoPrimitiveValuesWithTheRequestedOutputs() throws Exception {
        InferRequestReader.Parsed parsed = read("{\"id\":\"7\",\"inputs\":[{\"name\":\"x\",\"shape\":[2,2,2],"
                + "\"datatype\":\"FP32\",\"parameters\":{\"a\":[1]},\"data\":[[[1,2],[3,4]],[[5,6],[7,8.5]]]}],"
                + "\"outputs\":[{\"name\":\"y\"}]}");
        assertThat(parsed.id()).isEqualTo("7");
        assertThat(parsed.batch()).isEqualTo(2);
        assertThat(parsed.inputs().getFirst().data()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8.5);
        assertThat(parsed.outputs()).containsExactly("y");
    }

    @Test
    void refusesAGiantShapeBeforeReadingItsData() {
        // The data never ends: the reader must stop at the shape, or this test would never finish.
        InputStream endless = new SequenceInputStream(
                new ByteArrayInputStream("{\"inputs\":[{\"name\":\"x\",\"shape\":[1000000000,2,2],\"data\":["
                        .getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() {
                        return '0';
                    }
                });
        assertThatThrownBy(() -> reader.read(endless))
                .isInstanceOf(InferRequestReader.Malformed.class)
                .hasMessageContaining("declares more values than the model takes");
    }

    @Test
    void stopsAtTheFirstValueBeyondTheDeclaredShape() {
        assertThatThrownBy(() -> read("{\"inputs\":[{\"name\":\"x\",\"shape\":[1,2,2],\"datatype\":\"FP32\","
                        + "\"data\":[1,2,3,4,5]}]}"))
                .hasMessageContaining("more values than its shape declares (4)");
    }

    @Test
    void refusesEveryMalformedPartWithAMessage() {
        String ok = "{\"name\":\"x\",\"shape\":[1,2,2],\"datatype\":\"FP32\",\"data\":[1,2,3,4]}";
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok.replace("[1,2,3,4]", "[1e400,2,3,4]") + "]}"))
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok.replace("[1,2,2]", "[-1,2,2]") + "]}"))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> read(
                        "{\"inputs\":[" + ok.replace("[1,2,2]", "[9223372036854775807,9223372036854775807]") + "]}"))
                .hasMessageContaining("declares more values");
        assertThatThrownBy(() -> read("{\"inputs\":[null]}")).hasMessageContaining("must be an object");
        assertThatThrownBy(() -> read("{\"inputs\":[]}")).hasMessageContaining("no inputs");
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok + "],\"outputs\":[{}]}"))
                .hasMessageContaining("unknown output null");
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok.replace("\"x\"", "\"z\"") + "]}"))
                .hasMessageContaining("unknown input z");
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok.replace("[1,2,2]", "[5,2,2]") + "]}"))
                .hasMessageContaining("declares more values");
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok.replace("[1,2,3,4]", "[1,2,3]") + "]}"))
                .hasMessageContaining("but 3 values");
        assertThatThrownBy(() -> read("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> read("{\"inputs\":[" + ok.replace("[1,2,3,4]", "[1,null,3,4]") + "]}"))
                .hasMessageContaining("data must hold numbers");
    }

    @Test
    void theBodyLimitFollowsTheSignature() {
        // 4 examples x 4 values x 32 characters, plus 64 KB of room.
        assertThat(InferRequestReader.maxBytes(SIGNATURE, 4)).isEqualTo(4 * 4 * 32 + 64 * 1024);
    }
}
