package com.lepton.caselibrary.plugins.carbon;

import ai.djl.engine.Engine;
import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.SeriesFineTuneOutcome;
import com.lepton.caselibrary.api.SeriesFineTuneRequest;
import com.lepton.caselibrary.api.SeriesFineTuning;
import com.lepton.caselibrary.trainingkit.EpochLoop;
import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.RegressionBatch;
import com.lepton.caselibrary.trainingkit.Rows;
import com.lepton.caselibrary.trainingkit.SavedModelExport;
import com.lepton.caselibrary.trainingkit.ShippedProperties;
import com.lepton.caselibrary.trainingkit.Shuffle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Fine-tuning of the CO₂ Elman RNN on a client's own monthly series (another station, another sensor). The
 * forecasts of the last fifth are held out; of the rest, the latest {@link #VALIDATION_SHARE} choose the epoch
 * (chronologically, so no later month leaks into training), and the network trains on the earlier ones from
 * the shipped weights with Adam. The shipped change scaling stays: it is part of what the weights mean, and the
 * tuned graph reads readings exactly as the shipped one, so the case's adapter serves it unchanged.
 */
final class Co2FineTuning implements SeriesFineTuning {

    /** Beside the SavedModel: the change scaling baked into its graph, which fine-tuning must reuse. */
    static final String PREPROCESSING = "preprocessing.properties";

    /** Six years: the 24-month window, at least a year of training forecasts after it and the held-out fifth. */
    static final int MINIMUM_LENGTH = 72;
    /** A century of months; the Mauna Loa record itself has about 750. */
    static final int MAXIMUM_LENGTH = 1200;

    static final double VALIDATION_SHARE = 0.15;
    /**
     * The from-scratch rate: on the test's amplified-season site (30 epochs) 1e-3 left held-out RMSE at 1.31 ppm
     * (from 3.95) and still falling; 3e-3 reached 1.00 ppm, the validation curve flattening by epoch 25.
     */
    static final float LEARNING_RATE = 3e-3f;

    static final int BATCH_SIZE = 16;

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final ElmanRnn rnn = ElmanRnn.SHIPPED;
    private final ElmanRnn.Scaling scaling;

    Co2FineTuning(ElmanRnn.Scaling scaling) {
        this.scaling = scaling;
    }

    /** The fine-tuning of the shipped model, with the scaling in the plugin jar. */
    static Co2FineTuning create() {
        try {
            ShippedProperties properties =
                    ShippedProperties.fromJar(Co2FineTuning.class, Co2MonitoringCase.MODEL_PATH + "/" + PREPROCESSING);
            return new Co2FineTuning(
                    new ElmanRnn.Scaling(properties.number("changeMean"), properties.number("changeStd")));
        } catch (IOException e) {
            throw new IllegalStateException("the CO2 plugin lacks its shipped scaling", e);
        }
    }

    ElmanRnn.Scaling scaling() {
        return scaling;
    }

    /** Writes {@link #PREPROCESSING} for {@code scaling} into a SavedModel directory. */
    static void writeScaling(Path directory, ElmanRnn.Scaling scaling) throws IOException {
        Files.writeString(
                directory.resolve(PREPROCESSING),
                "# month-on-month change in the training months, ppm (baked into the graph)\n" + "changeMean="
                        + scaling.mean() + "\nchangeStd=" + scaling.std() + "\n",
                StandardCharsets.UTF_8);
    }

    @Override
    public LocalizedText series() {
        return LocalizedText.of(
                "逐月 CO₂ 浓度（ppm，250–1000），每个自然月一行、不得缺月，至少 " + MINIMUM_LENGTH + " 个月；最后 20% 的月份仅用于评估。",
                "Monthly CO₂ readings (ppm, 250–1000), one row per calendar month with none missing, at least "
                        + MINIMUM_LENGTH + " months; the last 20 % of the months are used only for evaluation.");
    }

    @Override
    public String unit() {
        return "ppm";
    }

    @Override
    public int minimumLength() {
        return MINIMUM_LENGTH;
    }

    @Override
    public int maximumLength() {
        return MAXIMUM_LENGTH;
    }

    @Override
    public SeriesFineTuneOutcome fineTune(
            SeriesFineTuneRequest request, Consumer<FineTuneProgress> progress, BooleanSupplier cancelled)
            throws IOException {
        long start = System.nanoTime();
        Co2Dataset data = new Co2Dataset(monthly(request), rnn.window());
        int length = request.values().size();
        int firstHeldOut = length - SeriesFineTuning.heldOutCount(length);
        // Origin o forecasts value o + 1; every window here is complete because the months are consecutive.
        int[] trainable = range(rnn.window() - 1, firstHeldOut - 1);
        int[] heldOut = range(firstHeldOut - 1, length - 1);
        int validationCount = Math.max(1, (int) Math.round(trainable.length * VALIDATION_SHARE));
        int[] fit = Arrays.copyOfRange(trainable, 0, trainable.length - validationCount);
        int[] validation = Arrays.copyOfRange(trainable, fit.length, trainable.length);
        int epochs = request.epochs() > 0 ? request.epochs() : defaultEpochs();
        int threads = request.threads();
        // DJL loads libtensorflow's JNI library; TF Java classes fail to link without it.
        Engine.getEngine("TensorFlow");

        List<float[]> shipped = rnn.parameterSet().read(request.shippedModel());
        double[] actual = data.targets(heldOut);
        double[] before = forecast(shipped, data, heldOut, threads);
        EpochLoop.Outcome outcome;
        try (ElmanRnn.Training network = rnn.new Training(shipped, scaling, LEARNING_RATE, threads)) {
            outcome = EpochLoop.run(
                    new Loop(network, data, fit, validation, epochs, progress, cancelled),
                    Shuffle.identity(fit.length),
                    epochs,
                    BATCH_SIZE,
                    new Random(request.seed()),
                    "-RMSE ppm",
                    QUIET);
        }
        double[] after;
        try (ElmanRnn.Serving serving = rnn.new Serving(outcome.bestWeights(), scaling, threads)) {
            after = Rows.doubles(serving.predict(data.windows(heldOut), heldOut.length));
            SavedModelExport.clear(request.outputDirectory());
            serving.export(request.outputDirectory());
        }
        writeScaling(request.outputDirectory(), scaling);
        return new SeriesFineTuneOutcome(
                unit(),
                errors(before, actual),
                errors(after, actual),
                outcome.losses(),
                outcome.curve().stream()
                        .map(score -> ForecastMetrics.round(-score))
                        .toList(),
                outcome.bestEpoch(),
                (System.nanoTime() - start) / 1e9,
                Arrays.stream(heldOut).mapToObj(o -> request.dates().get(o + 1)).toList(),
                boxed(actual),
                rounded(before),
                rounded(after));
    }

    @Override
    public void check(List<LocalDate> dates, List<Double> values) throws InvalidInputException {
        ClientCo2Series.check(dates, values, MINIMUM_LENGTH, MAXIMUM_LENGTH);
    }

    /** The request as consecutive months in ppm, or a refusal that says what is wrong. */
    private MonthlyCo2 monthly(SeriesFineTuneRequest request) {
        try {
            check(request.dates(), request.values());
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.userMessage().in(Locale.ENGLISH), e);
        }
        int length = request.values().size();
        YearMonth[] months = new YearMonth[length];
        double[] ppm = new double[length];
        for (int i = 0; i < length; i++) {
            months[i] = YearMonth.from(request.dates().get(i));
            ppm[i] = request.values().get(i);
        }
        return new MonthlyCo2(months, ppm);
    }

    private double[] forecast(List<float[]> parameters, Co2Dataset data, int[] origins, int threads) {
        try (ElmanRnn.Serving serving = rnn.new Serving(parameters, scaling, threads)) {
            return Rows.doubles(serving.predict(data.windows(origins), origins.length));
        }
    }

    private static Map<String, Double> errors(double[] forecast, double[] actual) {
        ForecastMetrics metrics = ForecastMetrics.of(forecast, actual);
        Map<String, Double> errors = new LinkedHashMap<>();
        errors.put("rmse", ForecastMetrics.round(metrics.rmse()));
        errors.put("mae", ForecastMetrics.round(metrics.mae()));
        return errors;
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, Math.max(from, to)).toArray();
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** Forecasts to 4 decimals: float32 says no more, and the host stores them with the job. */
    private static List<Double> rounded(double[] values) {
        return Arrays.stream(values).map(ForecastMetrics::round).boxed().toList();
    }

    /** What {@link EpochLoop} drives: checks for cancellation before each batch, reports each epoch's RMSE. */
    private final class Loop implements EpochLoop.Network {

        private final ElmanRnn.Training network;
        private final RegressionBatch batches;
        private final float[] validationWindows;
        private final double[] validationLast;
        private final double[] validationTargets;
        private final int epochs;
        private final Consumer<FineTuneProgress> progress;
        private final BooleanSupplier cancelled;

        Loop(
                ElmanRnn.Training network,
                Co2Dataset data,
                int[] fit,
                int[] validation,
                int epochs,
                Consumer<FineTuneProgress> progress,
                BooleanSupplier cancelled) {
            this.network = network;
            this.batches = new RegressionBatch(
                    data.windows(fit), scaling.standardise(data.targetChanges(fit)), rnn.window(), BATCH_SIZE);
            this.validationWindows = data.windows(validation);
            this.validationLast = data.persistence(validation);
            this.validationTargets = data.targets(validation);
            this.epochs = epochs;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public double step(int[] batch) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("fine-tuning cancelled");
            }
            return network.step(batches.inputs(), batches.targets(), batches.fill(batch));
        }

        @Override
        public double validate() {
            float[] changes = network.predict(validationWindows, validationTargets.length);
            double[] forecast = new double[changes.length];
            for (int i = 0; i < changes.length; i++) {
                forecast[i] = validationLast[i] + scaling.original(changes[i]);
            }
            return -ForecastMetrics.of(forecast, validationTargets).rmse();
        }

        @Override
        public List<float[]> snapshot() {
            return network.snapshot();
        }

        @Override
        public void epochEnded(int epoch, double loss, double score) {
            progress.accept(new FineTuneProgress(epoch, epochs, loss, ForecastMetrics.round(-score)));
        }
    }
}
