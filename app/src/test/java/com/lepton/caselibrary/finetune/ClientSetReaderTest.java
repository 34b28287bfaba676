package com.lepton.caselibrary.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.LabelledExample;
import com.lepton.caselibrary.demo.DemoProperties;
import com.lepton.caselibrary.demo.ImageDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class ClientSetReaderTest {

    private static final FineTuneProperties LIMITS = new FineTuneProperties(
            Path.of("target/fine-tunes"), 1, 1, 2 * 1024 * 1024, 500, 1024 * 1024, 5, 20, 30, 42, "", null, null);
    private final ClientSetReader reader =
            new ClientSetReader(new ImageDecoder(new DemoProperties(256 * 1024, 4_000_000, 5000, 5000, 60)), LIMITS);

    @Test
    void holdsOutAFifthOfEveryClassWithAFixedSeed() throws Exception {
        byte[] archive = ClientSets.images(ClientSets.FASHION, 10);
        ClientSet set = reader.read(archive, ClientSets.FASHION, 5);
        ClientSet again = reader.read(archive, ClientSets.FASHION, 5);

        assertThat(set.train()).hasSize(80);
        assertThat(set.heldOut()).hasSize(20);
        assertThat(set.heldOut().stream().map(LabelledExample::label).distinct())
                .hasSize(10);
        assertThat(set.perClass()).containsEntry("bag", 10);
        assertThat(again.heldOut().stream().map(ClientSetReaderTest::fingerprint))
                .as("the same examples held out each time")
                .containsExactlyElementsOf(set.heldOut().stream()
                        .map(ClientSetReaderTest::fingerprint)
                        .toList());
    }

    @Test
    void acceptsOneTopFolderAndIgnoresArchiverMetadata() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Random random = new Random(2);
        for (int c = 0; c < 10; c++) {
            for (int i = 0; i < 5; i++) {
                entries.put("client/" + ClientSets.FASHION.get(c) + "/" + i + ".png", ClientSets.png(c, random));
            }
        }
        entries.put("__MACOSX/client/._bag", new byte[] {1});
        entries.put("client/bag/.DS_Store", new byte[] {1});
        assertThat(reader.read(ClientSets.zip(entries), ClientSets.FASHION, 5).train())
                .hasSize(40);
    }

    @Test
    void refusesZipSlipEntries() {
        Map<String, byte[]> entries =
                new LinkedHashMap<>(Map.of("../../bag/evil.png", ClientSets.png(0, new Random())));
        assertRefused(ClientSets.zip(entries), "finetune.error.unsafe-entry");
        assertRefused(ClientSets.zip(Map.of("/etc/bag/evil.png", new byte[1])), "finetune.error.unsafe-entry");
        assertRefused(ClientSets.zip(Map.of("bag\\..\\..\\evil.png", new byte[1])), "finetune.error.unsafe-entry");
    }

    @Test
    void refusesAZipBombWhileInflating() {
        // Six 200 KB entries of zeros (a few KB compressed): each under the per-file limit, together over 1 MB.
        Map<String, byte[]> zeros = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            zeros.put("bag/" + i + ".png", new byte[200 * 1024]);
        }
        assertRefused(ClientSets.zip(zeros), "finetune.error.bomb");
        assertRefused(ClientSets.zip(Map.of("bag/a.png", new byte[300 * 1024])), "finetune.error.entry-too-large");
    }

    @Test
    void refusesDuplicateEntries() {
        Random random = new Random(3);
        byte[] archive = ClientSets.zip(
                Map.of("bag/x1.png", ClientSets.png(8, random), "bag/x2.png", ClientSets.png(8, random)));
        // ZipOutputStream refuses to write a duplicate: rename the second entry in place (same length).
        String text = new String(archive, StandardCharsets.ISO_8859_1).replace("bag/x2.png", "bag/x1.png");
        assertRefused(text.getBytes(StandardCharsets.ISO_8859_1), "finetune.error.duplicate");
    }

    @Test
    void refusesOneClassOnlyAndNamesTheClassesWithTooFew() {
        ClientSetException refused = assertRefused(ClientSets.images(List.of("bag"), 20), "finetune.error.too-few");
        assertThat(refused.arguments()[0]).isEqualTo(5);
        assertThat((String) refused.arguments()[1]).contains("tshirt-top (0)").doesNotContain("bag");
    }

    @Test
    void refusesUnknownLabelsAndFilesOutsideClassFoldersWithAReport() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("shoes/1.png", ClientSets.png(1, new Random()));
        entries.put("loose.png", ClientSets.png(1, new Random()));
        ClientSetException refused = assertRefused(ClientSets.zip(entries), "finetune.error.refused-entries");
        assertThat(refused.refused())
                .extracting(ClientSetException.Refusal::entry, ClientSetException.Refusal::reasonKey)
                .containsExactly(
                        Tuple.tuple("shoes/1.png", "finetune.refused.unknown-label"),
                        Tuple.tuple("loose.png", "finetune.refused.not-in-class-folder"));
    }

    @Test
    void refusesFilesThatAreNotImagesTheDemoWouldAccept() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("bag/1.png", "not a picture".getBytes(StandardCharsets.UTF_8));
        ClientSetException refused = assertRefused(ClientSets.zip(entries), "finetune.error.refused-entries");
        assertThat(refused.refused().getFirst().reasonKey()).startsWith("demo.error.");
    }

    @Test
    void refusesEmptySetsArchivesOverTheLimitsAndWhatIsNoZip() {
        assertRefused(new byte[0], "finetune.error.empty");
        assertRefused(ClientSets.zip(Map.of()), "finetune.error.empty");
        assertRefused(new byte[3 * 1024 * 1024], "finetune.error.too-large");
        assertRefused("not a zip at all".getBytes(StandardCharsets.UTF_8), "finetune.error.not-zip");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 501; i++) {
            many.put("bag/" + i + ".txt", new byte[0]);
        }
        assertRefused(ClientSets.zip(many), "finetune.error.too-many");
    }

    private static String fingerprint(LabelledExample example) {
        var image = ((DemoInput.Image) example.input()).image();
        return example.label() + ":" + Arrays.hashCode(image.getRaster().getPixels(0, 0, 28, 28, (int[]) null));
    }

    private ClientSetException assertRefused(byte[] archive, String key) {
        try {
            reader.read(archive, ClientSets.FASHION, 5);
        } catch (ClientSetException e) {
            assertThat(e.messageKey()).isEqualTo(key);
            return e;
        }
        throw new AssertionError("not refused, expected " + key);
    }

    @Test
    void nothingWithoutClasses() {
        assertThatThrownBy(() -> reader.read(ClientSets.images(ClientSets.FASHION, 1), ClientSets.FASHION, 5))
                .isInstanceOf(ClientSetException.class);
    }
}
