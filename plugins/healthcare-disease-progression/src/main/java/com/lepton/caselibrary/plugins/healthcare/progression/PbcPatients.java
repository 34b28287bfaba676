package com.lepton.caselibrary.plugins.healthcare.progression;

import com.lepton.caselibrary.trainingkit.BinaryScores;
import com.lepton.caselibrary.trainingkit.CsvTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The pbcseq patients (Mayo Clinic trial of D-penicillamine in primary biliary cirrhosis, 1974-1984,
 * with follow-up visits), read from the committed export {@value #FILE}: one row per visit, the
 * follow-up repeated on every row.
 *
 * @param patients in the file's order (by id)
 */
record PbcPatients(List<Patient> patients) {

    static final String FILE = "pbcseq.csv";

    /** The horizon: death within this many days after the visit the prediction is made at (3 years). */
    static final double HORIZON_DAYS = 3 * 365.25;

    /** pbcseq's status codes. */
    static final int CENSORED = 0;

    static final int TRANSPLANT = 1;
    static final int DEAD = 2;

    /**
     * One patient.
     *
     * @param id         pbcseq's id
     * @param futimeDays days from the first visit to death, transplant or the end of follow-up
     * @param status     {@link #CENSORED}, {@link #TRANSPLANT} or {@link #DEAD}
     * @param visits     the visits, oldest first, {@link VisitColumn} order, missing lab values carried forward
     */
    record Patient(int id, int futimeDays, int status, List<float[]> visits) {

        /**
         * The outcome of a prediction made at visit {@code v}: 1 when the patient died within the
         * horizon after it, 0 when followed beyond the horizon (alive, no transplant before), -1 when
         * not known (transplant or end of follow-up within the horizon): such visits are left out.
         */
        int outcomeAt(int v) {
            double left = futimeDays - visits.get(v)[VisitColumn.DAY.ordinal()];
            if (left <= 0) {
                return -1;
            }
            if (left <= HORIZON_DAYS) {
                return status == DEAD ? 1 : -1;
            }
            return 0;
        }

        boolean died() {
            return status == DEAD;
        }
    }

    /**
     * A prediction point: a patient's visits up to and including visit {@code visit}.
     *
     * @param death whether the patient died within the horizon after that visit
     */
    record Example(Patient patient, int visit, boolean death) {

        float[] tensor() {
            return VisitSeries.tensor(patient.visits(), visit);
        }

        float[] lastVisit() {
            return patient.visits().get(visit);
        }
    }

    static PbcPatients read(Path file) throws IOException {
        List<String> required = new ArrayList<>(List.of("id", "futime", "status"));
        required.addAll(VisitColumn.names());
        List<Map<String, String>> rows = CsvTables.read(file, required.toArray(String[]::new));
        Map<Integer, List<Map<String, String>>> byPatient = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            byPatient
                    .computeIfAbsent(Integer.parseInt(row.get("id")), id -> new ArrayList<>())
                    .add(row);
        }
        List<Patient> patients = new ArrayList<>();
        for (Map.Entry<Integer, List<Map<String, String>>> entry : byPatient.entrySet()) {
            List<Map<String, String>> visits = entry.getValue();
            List<float[]> values = new ArrayList<>();
            for (Map<String, String> visit : visits) {
                float[] v = new float[VisitColumn.COUNT];
                for (VisitColumn column : VisitColumn.values()) {
                    String field = visit.get(column.header());
                    v[column.ordinal()] = field.isEmpty() || field.equals("NA") ? Float.NaN : Float.parseFloat(field);
                }
                values.add(v);
            }
            values.sort((a, b) -> Float.compare(a[VisitColumn.DAY.ordinal()], b[VisitColumn.DAY.ordinal()]));
            Map<String, String> first = visits.getFirst();
            patients.add(new Patient(
                    entry.getKey(),
                    Integer.parseInt(first.get("futime")),
                    Integer.parseInt(first.get("status")),
                    List.copyOf(VisitSeries.carryForward(values))));
        }
        return new PbcPatients(List.copyOf(patients));
    }

    /** Every visit whose outcome is known, as a prediction point. */
    List<Example> examples() {
        List<Example> examples = new ArrayList<>();
        for (Patient patient : patients) {
            for (int v = 0; v < patient.visits().size(); v++) {
                int outcome = patient.outcomeAt(v);
                if (outcome >= 0) {
                    examples.add(new Example(patient, v, outcome == 1));
                }
            }
        }
        return examples;
    }

    PbcPatients select(List<Integer> indices) {
        return new PbcPatients(indices.stream().map(patients::get).toList());
    }

    /**
     * Patients (never visits) split at random with a fixed seed, stratified by whether they died in
     * follow-up: {@code testShare} to test, {@code validationShare} to validation, the rest to training.
     *
     * @return {train, validation, test}
     */
    List<PbcPatients> split(double validationShare, double testShare, long seed) {
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        Random random = new Random(seed);
        for (boolean died : new boolean[] {true, false}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < patients.size(); i++) {
                if (patients.get(i).died() == died) {
                    members.add(i);
                }
            }
            Collections.shuffle(members, random);
            int testCount = (int) Math.round(members.size() * testShare);
            int validationCount = (int) Math.round(members.size() * validationShare);
            test.addAll(members.subList(0, testCount));
            validation.addAll(members.subList(testCount, testCount + validationCount));
            train.addAll(members.subList(testCount + validationCount, members.size()));
        }
        Collections.sort(train);
        Collections.sort(validation);
        Collections.sort(test);
        return List.of(select(train), select(validation), select(test));
    }

    /**
     * The scaling the network and the baseline use, from these patients' visits: the median of each
     * column (what a missing value is read as), and mean and spread after the log of skewed labs.
     */
    ProgressionLstm.Scaling scaling() {
        float[] median = new float[VisitColumn.COUNT];
        float[] mean = new float[VisitColumn.COUNT];
        float[] std = new float[VisitColumn.COUNT];
        for (VisitColumn column : VisitColumn.values()) {
            int c = column.ordinal();
            double[] values = patients.stream()
                    .flatMap(p -> p.visits().stream())
                    .mapToDouble(v -> v[c])
                    .filter(value -> !Double.isNaN(value))
                    .sorted()
                    .toArray();
            median[c] = (float) BinaryScores.quantile(values, 0.5);
            double sum = 0;
            double squares = 0;
            for (double value : values) {
                double x = column.logScale() ? Math.log(Math.max(value, ProgressionLstm.LOG_FLOOR)) : value;
                sum += x;
                squares += x * x;
            }
            double m = sum / values.length;
            mean[c] = (float) m;
            std[c] = (float) Math.max(Math.sqrt(Math.max(squares / values.length - m * m, 0)), 1e-6);
        }
        return new ProgressionLstm.Scaling(median, mean, std);
    }
}
