package com.lepton.caselibrary.plugins.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import com.lepton.caselibrary.testkit.CaseDescriptionChecks;
import com.lepton.caselibrary.testkit.CaseResources;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class EnergyForecastCaseTest {

    private final EnergyForecastCase plugin = new EnergyForecastCase();

    /** A sample's values, read as the host's series parser reads them: one number per line. */
    static double[] sampleValues(DemoSample sample) throws IOException {
        return CaseResources.seriesValues(EnergyForecastCase.class, sample);
    }

    /** The installed data set, from the repository root or the module folder, or null. */
    static Path installedData() {
        return CaseResources.installedData(SeattleWeatherCsv.FILE_NAME, VegaDatasets.PROJECT_DATA);
    }

    @Test
    void isAPf4jExtension() {
        assertThat(EnergyForecastCase.class.isAnnotationPresent(Extension.class))
                .isTrue();
    }

    @Test
    void describesTheTechnologyCase() {
        CaseDescriptor descriptor = plugin.descriptor();

        assertThat(descriptor.id()).isEqualTo("technology-energy-forecast");
        assertThat(descriptor.industry()).isEqualTo(Industry.TECHNOLOGY);
        assertThat(descriptor.algorithm()).isEqualTo(AlgorithmFamily.LSTM);
        assertThat(descriptor.dataType()).isEqualTo(DataType.TIME_SERIES);
        assertThat(descriptor.title().zh()).isEqualTo("面向数据中心的气象驱动能耗预测");
        assertThat(descriptor.title().en()).isEqualTo("Weather-driven energy forecasting for a data centre");
        assertThat(descriptor.summary().zh()).contains("最高气温");
        assertThat(descriptor.summary().en()).contains("maximum temperature");
        assertThat(descriptor.tags()).contains("LSTM", "data centre", "数据中心");
        assertThat(descriptor.dataSource().origin())
                .contains("vega-datasets 3.2.1")
                .contains("seattle-weather.csv");
        assertThat(descriptor.dataSource().licence())
                .contains("U.S. Government work")
                .contains("BSD-3-Clause");
        assertThat(descriptor.dataSource().url()).isEqualTo("https://github.com/vega/vega-datasets");
    }

    @Test
    void pointsAtTheShippedModel() {
        ModelDefinition model = plugin.model();

        CaseDescriptionChecks.assertModel(model, "seattle-tmax-lstm", "1.0.0", 14, 1);
    }

    @Test
    void offersTemperatureSamplesFromTheTestYear() {
        List<DemoSample> samples = plugin.demo().samples();

        assertThat(plugin.demo().inputKind()).isEqualTo(InputKind.SERIES);
        assertThat(plugin.demo().outputKind()).isEqualTo(OutputKind.FORECAST);
        assertThat(samples)
                .extracting(DemoSample::id)
                .containsExactly("january-2015", "spring-warm-up-2015", "heat-wave-2015", "cold-snap-2015");
        assertThat(EnergyForecastCase.SAMPLES).allSatisfy(sample -> {
            assertThat(SeattleWeatherTrainer.TEST.contains(
                            sample.lastDay().minusDays(EnergyForecastCase.SAMPLE_LENGTH - 1)))
                    .isTrue();
            assertThat(SeattleWeatherTrainer.TEST.contains(sample.lastDay().plusDays(1)))
                    .isTrue();
        });
        CaseDescriptionChecks.assertSampleFiles(samples, "csv");
        assertThat(samples).allSatisfy(sample -> {
            assertThat(sample.expected()).startsWith("observed maximum on 2015-");
        });
    }

    @Test
    void everySampleExistsParsesAndIsAcceptedByTheAdapter() throws IOException, InvalidInputException {
        Preprocessing scaling = new Preprocessing(14, 15.5, 7.1);
        for (DemoSample sample : plugin.demo().samples()) {
            double[] values = sampleValues(sample);

            assertThat(values).as(sample.id()).hasSize(EnergyForecastCase.SAMPLE_LENGTH);
            assertThat(Arrays.stream(values).allMatch(v -> v > -10 && v < 40))
                    .as(sample.id())
                    .isTrue();
            assertThat(TemperatureAdapter.standardisedWindow(values, scaling)).hasSize(14);
        }
    }

    @Test
    void samplesAreTheInstalledDataAndTheirExpectedTextIsWhatFollowed() throws IOException {
        Path data = installedData();
        assumeTrue(data != null, "Seattle weather data not installed");
        WeatherSeries series = SeattleWeatherCsv.load(data);
        for (EnergyForecastCase.Sample sample : EnergyForecastCase.SAMPLES) {
            int last = series.indexOf(sample.lastDay());
            double[] expected =
                    Arrays.copyOfRange(series.tempMax(), last - EnergyForecastCase.SAMPLE_LENGTH + 1, last + 1);
            DemoSample demoSample = plugin.demo().samples().stream()
                    .filter(s -> s.id().equals(sample.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(sampleValues(demoSample)).as(sample.id()).containsExactly(expected);
            assertThat(sample.expected()).isEqualTo(ExportSamples.expected(series, last));
        }
    }

    @Test
    void offersItsTrainerForTheInstalledDataSet() {
        assertThat(plugin.trainer())
                .get()
                .satisfies(trainer -> assertThat(trainer.dataDirectories())
                        .containsExactly(
                                Path.of("data/datasets/node_modules/vega-datasets/data")
                                        .toAbsolutePath(),
                                Path.of("/usr/lib/node_modules/vega-datasets/data")));
    }

    @Test
    void splitsTheYearsInOrderWithoutOverlap() {
        assertThat(SeattleWeatherTrainer.TRAIN.to()).isBefore(SeattleWeatherTrainer.VALIDATION.from());
        assertThat(SeattleWeatherTrainer.VALIDATION.to()).isBefore(SeattleWeatherTrainer.TEST.from());
        assertThat(SeattleWeatherTrainer.TEST.from().getYear()).isEqualTo(2015);
    }

    @Test
    void sharesOneStatelessAdapter() {
        assertThat(plugin.adapter()).isInstanceOf(TemperatureAdapter.class).isSameAs(plugin.adapter());
    }

    @Test
    void bundlesItsWriteUpInBothLanguages() throws IOException {
        CaseResources.assertLiveWriteUpsInBothLanguages(EnergyForecastCase.class, "technology-energy-forecast");
    }
}
