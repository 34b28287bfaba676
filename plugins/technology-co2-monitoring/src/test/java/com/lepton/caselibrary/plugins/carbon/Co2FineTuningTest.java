package com.lepton.caselibrary.plugins.carbon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.lepton.caselibrary.api.FineTuneProgress;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.SeriesFineTuneOutcome;
import com.lepton.caselibrary.api.SeriesFineTuneRequest;
import com.lepton.caselibrary.api.SeriesFineTuning;
import com.lepton.caselibrary.api.testing.TensorFlowNative;
import com.lepton.caselibrary.trainingkit.ForecastMetrics;
import com.lepton.caselibrary.trainingkit.Rows;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tunes the shipped RNN on {@link #clientSite()}: the committed Mauna Loa readings 2008–2020 turned into a
 * high-latitude station's, whose seasonal cycle is about three times Mauna Loa's (as at Utqiaġvik) and whose
 * level sits 5 ppm higher. The shipped model has only seen Mauna Loa's swing.
 */
class Co2FineTuningTest {

    private static Path shippedModel;

    @TempDir
    Path output;

    @BeforeAll
    static void loadTensorFlow() throws Exception {
        TensorFlowNative.load();
        shippedModel = Path.of(Co2FineTuningTest.class
                        .getClassLoader()
                        .getResource(Co2MonitoringCase.MODEL_PATH + "/saved_model.pb")
                        .toURI())
                .getParent();
    }

    @Test
    void theCaseOffersSeriesFineTuningInPpm() {
        SeriesFineTuning tuning = new Co2MonitoringCase().seriesFineTuning().orElseThrow();
        assertThat(tuning.unit()).isEqualTo("ppm");
        assertThat(tuning.minimumLength()).isEqualTo(Co2FineTuning.MINIMUM_LENGTH);
        assertThat(new Co2MonitoringCase().fineTuning()).isEmpty();
    }

    /** The shipped scaling file holds what the shipped graph was built with: the card's test RMSE comes back. */
    @Test
    void theShippedScalingRebuildsTheShippedModel() throws Exception {
        MonthlyCo2 series = heldOutFile();
        Co2Dataset data = new Co2Dataset(series, ElmanRnn.SHIPPED.window());
        int[] test = data.origins(Co2RnnTrainer.TEST);
        ElmanRnn.Scaling scaling = Co2FineTuning.create().scaling();
        try (ElmanRnn.Serving serving =
                ElmanRnn.SHIPPED.new Serving(ElmanRnn.SHIPPED.parameterSet().read(shippedModel), scaling)) {
            double[] forecast = Rows.doubles(serving.predict(data.windows(test), test.length));
            assertThat(ForecastMetrics.of(forecast, data.targets(test)).rmse()).isCloseTo(0.4457, within(0.005));
        }
    }

    @Test
    void learnsTheClientsSeasonAndBeatsTheShippedModelOnTheHeldOutFifth() throws Exception {
        SeriesFineTuneRequest request = clientSite(30);
        List<FineTuneProgress> progress = new ArrayList<>();

        SeriesFineTuneOutcome outcome = Co2FineTuning.create().fineTune(request, progress::add, () -> false);

        System.out.printf(
                "fine-tuning the CO2 RNN on %d months of an amplified-season site: held-out RMSE %.4f -> %.4f ppm,"
                        + " MAE %.4f -> %.4f ppm, validation %s, epoch %d kept, in %.1f s%n",
                request.values().size(),
                outcome.before().get("rmse"),
                outcome.after().get("rmse"),
                outcome.before().get("mae"),
                outcome.after().get("mae"),
                outcome.curve(),
                outcome.bestEpoch(),
                outcome.seconds());
        int heldOut = SeriesFineTuning.heldOutCount(request.values().size());
        assertThat(outcome.actual()).hasSize(heldOut);
        assertThat(outcome.actual())
                .isEqualTo(request.values()
                        .subList(
                                request.values().size() - heldOut,
                                request.values().size()));
        assertThat(outcome.heldOutDates().getFirst())
                .isEqualTo(request.dates().get(request.values().size() - heldOut));
        assertThat(outcome.after().get("rmse")).isLessThan(outcome.before().get("rmse") * 0.8);
        assertThat(outcome.after().get("mae")).isLessThan(outcome.before().get("mae"));
        assertThat(progress).hasSize(30);
        assertThat(progress.getFirst().validation()).isPositive();
        assertThat(outcome.curve().get(outcome.bestEpoch() - 1))
                .isEqualTo(outcome.curve().stream().min(Double::compare).orElseThrow());
        assertThat(output.resolve("saved_model.pb")).isRegularFile();
        assertThat(output.resolve(Co2FineTuning.PREPROCESSING)).isRegularFile();

        // The exported model is the tuned one: read back, it forecasts what the outcome says.
        Co2Dataset data = new Co2Dataset(monthly(request), ElmanRnn.SHIPPED.window());
        int[] last = {request.values().size() - 2};
        try (ElmanRnn.Serving serving = ElmanRnn.SHIPPED
        .new Serving(
                ElmanRnn.SHIPPED.parameterSet().read(output),
                Co2FineTuning.create().scaling())) {
            assertThat((double) serving.predict(data.windows(last), 1)[0])
                    .isCloseTo(outcome.tuned().getLast(), within(1e-3));
        }
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        SeriesFineTuneRequest request = clientSite(5);
        assertThatThrownBy(() -> Co2FineTuning.create().fineTune(request, p -> {}, () -> true))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.exists(output.resolve("saved_model.pb"))).isFalse();
    }

    @Test
    void refusesTooShortASeriesOrAMissingMonth() throws Exception {
        SeriesFineTuneRequest full = clientSite(1);
        SeriesFineTuneRequest shortOne = new SeriesFineTuneRequest(
                full.dates().subList(0, 60), full.values().subList(0, 60), 1, 1, 1, shippedModel, output);
        assertThatThrownBy(() -> Co2FineTuning.create().fineTune(shortOne, p -> {}, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("60 monthly readings")
                .hasMessageContaining("72");
        List<LocalDate> dates = new ArrayList<>(full.dates());
        List<Double> values = new ArrayList<>(full.values());
        dates.remove(40);
        values.remove(40);
        SeriesFineTuneRequest gap = new SeriesFineTuneRequest(dates, values, 1, 1, 1, shippedModel, output);
        assertThatThrownBy(() -> Co2FineTuning.create().fineTune(gap, p -> {}, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consecutive months");
        // The host asks before it starts a job, and shows the reason in the consultant's language.
        assertThatThrownBy(() -> Co2FineTuning.create().check(dates, values))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.userMessage().in(Locale.ENGLISH)).contains("consecutive months");
                    assertThat(e.userMessage().in(Locale.SIMPLIFIED_CHINESE)).contains("连续的月份");
                });
        List<Double> tooHigh = new ArrayList<>(full.values());
        tooHigh.set(3, 4000.0);
        assertThatThrownBy(() -> Co2FineTuning.create().check(full.dates(), tooHigh))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.userMessage().in(Locale.SIMPLIFIED_CHINESE))
                                .contains("4000.0"));
    }

    private static MonthlyCo2 heldOutFile() throws Exception {
        try (InputStream in =
                Co2FineTuningTest.class.getClassLoader().getResourceAsStream("heldout/co2-2008-2020.csv")) {
            return Co2Csv.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /**
     * The committed readings as a high-latitude site's: the deviation from the centred twelve-month mean (the
     * seasonal cycle and noise) tripled, plus 5 ppm; the six months at each end, which lack a centred mean, dropped.
     */
    static SeriesFineTuneRequest clientSite(int epochs, Path shippedModel, Path output) throws Exception {
        MonthlyCo2 series = heldOutFile();
        List<LocalDate> dates = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 6; i + 6 < series.count(); i++) {
            double trend = 0;
            for (int k = -6; k <= 6; k++) {
                trend += series.reading(i + k) * (Math.abs(k) == 6 ? 0.5 : 1);
            }
            trend /= 12;
            dates.add(series.month(i).atDay(1));
            values.add(Math.round((trend + 3 * (series.reading(i) - trend) + 5) * 100) / 100.0);
        }
        return new SeriesFineTuneRequest(dates, values, epochs, 42, 2, shippedModel, output);
    }

    private SeriesFineTuneRequest clientSite(int epochs) throws Exception {
        return clientSite(epochs, shippedModel, output);
    }

    private static MonthlyCo2 monthly(SeriesFineTuneRequest request) {
        return new MonthlyCo2(
                request.dates().stream().map(YearMonth::from).toArray(YearMonth[]::new),
                request.values().stream().mapToDouble(Double::doubleValue).toArray());
    }
}
