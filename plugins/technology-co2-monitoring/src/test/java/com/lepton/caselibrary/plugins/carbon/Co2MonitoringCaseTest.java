package com.lepton.caselibrary.plugins.carbon;

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
import com.lepton.caselibrary.testkit.CaseResources;
import com.lepton.caselibrary.trainingkit.VegaDatasets;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class Co2MonitoringCaseTest {

    private final Co2MonitoringCase plugin = new Co2MonitoringCase();

    /** A sample's values, read as the host's series parser reads them: one number per line. */
    static double[] sampleValues(DemoSample sample) throws IOException {
        return CaseResources.seriesValues(Co2MonitoringCase.class, sample);
    }

    /** The installed data set: -Dco2.dir (set by the pom), the repository root or the module folder; or null. */
    static Path installedData() {
        return CaseResources.installedData(
                Co2Csv.FILE_NAME, VegaDatasets.PROJECT_DATA, Path.of(System.getProperty("co2.dir", "none")));
    }

    @Test
    void isAPf4jExtension() {
        assertThat(Co2MonitoringCase.class.isAnnotationPresent(Extension.class)).isTrue();
    }

    @Test
    void describesTheTechnologyRnnCase() {
        CaseDescriptor descriptor = plugin.descriptor();

        assertThat(descriptor.id()).isEqualTo("technology-co2-monitoring");
        assertThat(descriptor.industry()).isEqualTo(Industry.TECHNOLOGY);
        assertThat(descriptor.algorithm()).isEqualTo(AlgorithmFamily.RNN);
        assertThat(descriptor.dataType()).isEqualTo(DataType.TIME_SERIES);
        assertThat(descriptor.title().zh()).contains("CO₂");
        assertThat(descriptor.summary().en()).contains("Elman RNN").contains("persistence");
        assertThat(descriptor.tags()).contains("RNN", "CO2", "循环神经网络");
        assertThat(descriptor.dataSource().origin())
                .contains("vega-datasets 3.2.1")
                .contains("co2-concentration.csv");
        assertThat(descriptor.dataSource().licence()).contains("Scripps").contains("BSD-3-Clause");
    }

    @Test
    void pointsAtTheShippedModelAndItsCard() throws IOException {
        ModelDefinition model = plugin.model();

        assertThat(model.name()).isEqualTo("mauna-loa-co2-rnn");
        assertThat(model.savedModelPath()).isEqualTo("model/mauna-loa-co2-rnn");
        assertThat(model.inputShape()).containsExactly(24, 1);
        for (String file : List.of("saved_model.pb", "model-card.json", "variables/variables.index")) {
            assertThat(getClass().getClassLoader().getResource(model.savedModelPath() + "/" + file))
                    .as(file)
                    .isNotNull();
        }
    }

    @Test
    void offersFourSamplesFromTheTestPeriodThatTheAdapterAccepts() throws IOException, InvalidInputException {
        List<DemoSample> samples = plugin.demo().samples();

        assertThat(plugin.demo().inputKind()).isEqualTo(InputKind.SERIES);
        assertThat(plugin.demo().outputKind()).isEqualTo(OutputKind.FORECAST);
        assertThat(samples)
                .extracting(DemoSample::id)
                .containsExactly("spring-peak-2012", "autumn-low-2015", "year-end-2019", "latest-2020");
        for (DemoSample sample : samples) {
            double[] values = sampleValues(sample);
            assertThat(values).as(sample.id()).hasSize(24);
            assertThat(Co2Adapter.window(values, 24)).hasSize(24);
            assertThat(sample.label().zh()).isNotBlank();
            assertThat(sample.label().en()).isNotBlank();
            // The expected text quotes the sample's own last reading.
            assertThat(sample.expected()).contains(String.format(Locale.ROOT, "this month %.2f ppm", values[23]));
        }
    }

    @Test
    void samplesAreTheInstalledDataAndTheirExpectedTextIsWhatFollowed() throws IOException {
        Path data = installedData();
        assumeTrue(data != null, "CO2 data not installed");
        MonthlyCo2 series = Co2Csv.load(data);
        for (DemoSample sample : plugin.demo().samples()) {
            double[] values = sampleValues(sample);
            String observedMonth = sample.expected().substring("observed in ".length(), "observed in ".length() + 7);
            int next = Arrays.asList(series.months()).indexOf(YearMonth.parse(observedMonth));
            assertThat(next).as(sample.id()).isGreaterThanOrEqualTo(24);
            assertThat(series.readings(next - 24, next - 1)).as(sample.id()).containsExactly(values);
            assertThat(sample.expected())
                    .startsWith(String.format(
                            Locale.ROOT, "observed in %s: %.2f ppm", observedMonth, series.reading(next)));
            assertThat(Co2RnnTrainer.TEST.contains(series.month(next - 24)))
                    .as("whole window in the test period")
                    .isTrue();
        }
    }

    @Test
    void splitsTheMonthsInOrderWithoutOverlap() {
        assertThat(Co2RnnTrainer.TRAIN.to()).isBefore(Co2RnnTrainer.VALIDATION.from());
        assertThat(Co2RnnTrainer.VALIDATION.to()).isBefore(Co2RnnTrainer.TEST.from());
        assertThat(Co2RnnTrainer.TEST.from()).isEqualTo(YearMonth.of(2010, 1));
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
    void bundlesItsWriteUpInBothLanguages() throws IOException {
        CaseResources.assertLiveWriteUpsInBothLanguages(Co2MonitoringCase.class, "technology-co2-monitoring");
    }
}
