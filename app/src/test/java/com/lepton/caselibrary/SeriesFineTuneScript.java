package com.lepton.caselibrary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lepton.caselibrary.inference.InferencePool;
import com.lepton.caselibrary.inference.PrivateModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A consultant fine-tunes the CO₂ forecaster on a client's monthly series over REST, as {@link
 * PortalIntegrationTest} runs it: the series is the real Mauna Loa record from 2008 made to look like a
 * high-latitude station (seasonal swing tripled, 5 ppm higher), as the plugin's own test does.
 */
final class SeriesFineTuneScript {

    static final String CASE = "technology-co2-monitoring";
    /** The vega-datasets file, from the app module where the ITs run. */
    private static final Path CO2 = Path.of("../data/datasets/node_modules/vega-datasets/data/co2-concentration.csv");

    private SeriesFineTuneScript() {}

    static void run(FineTuneApi owner, Path directory, JdbcTemplate jdbc, InferencePool pool) throws Exception {
        assumeTrue(Files.isRegularFile(CO2), "vega-datasets not installed under data/datasets");
        List<String> series = clientSite();
        String csv = "date,value\n" + String.join("\n", series) + "\n";
        long before = jdbc.queryForObject("select count(*) from fine_tune_job", Long.class);

        FineTuneApi.Answer unsorted =
                owner.startCsv(CASE, (csv + "2010-01-01,390.1\n").getBytes(StandardCharsets.UTF_8), 1, "x");
        assertThat(unsorted.status()).isEqualTo(422);
        assertThat(unsorted.body().path("refused").get(0).path("reason").asString())
                .startsWith("row " + (series.size() + 2) + ": the date 2010-01-01 appears more than once");
        String tooShort = "date,value\n" + String.join("\n", series.subList(0, 40)) + "\n";
        FineTuneApi.Answer refused = owner.startCsv(CASE, tooShort.getBytes(StandardCharsets.UTF_8), 1, "x");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("detail").asString()).contains("has 40 rows; this case needs at least 72");
        List<String> gap = new ArrayList<>(series);
        gap.remove(40);
        FineTuneApi.Answer missingMonth = owner.startCsv(
                CASE, ("date,value\n" + String.join("\n", gap) + "\n").getBytes(StandardCharsets.UTF_8), 1, "x");
        assertThat(missingMonth.status()).isEqualTo(422);
        assertThat(missingMonth.body().path("detail").asString())
                .as("the plugin's own check, before any job")
                .contains("The readings must be for consecutive months");
        assertThat(jdbc.queryForObject("select count(*) from fine_tune_job", Long.class))
                .as("nothing stored for a refused series")
                .isEqualTo(before);

        FineTuneApi.Answer started = owner.startCsv(CASE, csv.getBytes(StandardCharsets.UTF_8), 30, "Arctic");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        int heldOut = (int) Math.ceil(series.size() * 0.2);
        assertThat(started.body().path("heldOutExamples").asInt()).isEqualTo(heldOut);
        assertThat(started.body().path("trainExamples").asInt()).isEqualTo(series.size() - heldOut);
        long id = started.body().path("id").asLong();
        FineTuneApi.Answer done = owner.awaitEnd(id, 120);
        assertThat(done.body().path("state").asString())
                .as(done.body().toString())
                .isEqualTo("SUCCEEDED");
        assertThat(done.body().path("validation").size()).isEqualTo(30);
        var outcome = done.body().path("seriesOutcome");
        assertThat(done.body().path("outcome").isObject()).isFalse();
        assertThat(outcome.path("unit").asString()).isEqualTo("ppm");
        assertThat(outcome.path("actual").size())
                .as("errors on the held-out fifth only")
                .isEqualTo(heldOut);
        assertThat(outcome.path("tuned").size()).isEqualTo(heldOut);
        assertThat(outcome.path("heldOutDates").get(0).asString())
                .isEqualTo(series.get(series.size() - heldOut).substring(0, 10));
        double rmseBefore = outcome.path("before").path("rmse").asDouble();
        double rmseAfter = outcome.path("after").path("rmse").asDouble();
        assertThat(rmseAfter).as("tuned beats shipped on the held-out months").isLessThan(rmseBefore);
        assertThat(outcome.path("after").path("mae").asDouble())
                .isLessThan(outcome.path("before").path("mae").asDouble());

        Path model = directory.resolve(Long.toString(id));
        assertThat(model.resolve("saved_model.pb")).isRegularFile();
        String poolKey = PrivateModels.key("client-model-" + id);
        assertThat(pool.isLoaded(poolKey))
                .as("the client model is served by the pool")
                .isTrue();
        FineTuneApi.Answer run = owner.runSample(CASE, "latest-2020", id);
        assertThat(run.status()).as(run.body().toString()).isEqualTo(200);
        assertThat(owner.export(id).statusCode()).isEqualTo(200);

        assertThat(owner.remove(id).status()).isEqualTo(204);
        assertThat(owner.job(id).status()).isEqualTo(404);
        assertThat(model).doesNotExist();
        assertThat(pool.isLoaded(poolKey)).as("the client model left the pool").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from fine_tune_job where id = ?", Long.class, id))
                .isZero();
    }

    /** {@code date,value} rows: the readings from 2008, seasonal deviation from the centred yearly mean tripled, +5. */
    private static List<String> clientSite() throws Exception {
        List<String[]> rows = Files.readAllLines(CO2, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> line.compareTo("2008") >= 0)
                .map(line -> line.split(","))
                .toList();
        double[] ppm = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        List<String> series = new ArrayList<>();
        for (int i = 6; i + 6 < ppm.length; i++) {
            double trend = 0;
            for (int k = -6; k <= 6; k++) {
                trend += ppm[i + k] * (Math.abs(k) == 6 ? 0.5 : 1);
            }
            trend /= 12;
            series.add(String.format(Locale.ROOT, "%s,%.2f", rows.get(i)[0], trend + 3 * (ppm[i] - trend) + 5));
        }
        return series;
    }
}
