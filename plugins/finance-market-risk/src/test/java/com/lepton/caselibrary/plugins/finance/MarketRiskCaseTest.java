package com.lepton.caselibrary.plugins.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class MarketRiskCaseTest {

    private final MarketRiskCase plugin = new MarketRiskCase();

    /** A sample's prices, read as the host's series parser reads them: one number per line. */
    static double[] samplePrices(DemoSample sample) throws IOException {
        return CaseResources.seriesValues(MarketRiskCase.class, sample);
    }

    @Test
    void isAPf4jExtension() {
        assertThat(MarketRiskCase.class.isAnnotationPresent(Extension.class)).isTrue();
    }

    @Test
    void describesTheFinanceCase() {
        CaseDescriptor descriptor = plugin.descriptor();

        assertThat(descriptor.id()).isEqualTo("finance-market-risk");
        assertThat(descriptor.industry()).isEqualTo(Industry.FINANCE);
        assertThat(descriptor.algorithm()).isEqualTo(AlgorithmFamily.LSTM);
        assertThat(descriptor.dataType()).isEqualTo(DataType.TIME_SERIES);
        assertThat(descriptor.title().zh()).isEqualTo("基于指数波动率的市场风险预警");
        assertThat(descriptor.title().en()).isEqualTo("Market-risk warning from index volatility");
        assertThat(descriptor.summary().zh()).isNotBlank();
        assertThat(descriptor.summary().en()).isNotBlank();
        assertThat(descriptor.tags()).contains("LSTM", "S&P 500", "市场风险");
        assertThat(descriptor.dataSource().origin())
                .contains("vega-datasets 3.2.1")
                .contains("sp500-2000.csv");
        assertThat(descriptor.dataSource().licence()).contains("BSD-3-Clause");
        assertThat(descriptor.dataSource().url()).isEqualTo("https://github.com/vega/vega-datasets");
    }

    @Test
    void pointsAtTheShippedModel() {
        ModelDefinition model = plugin.model();

        CaseDescriptionChecks.assertModel(model, "sp500-lstm", "1.0.0", 20, 1);
    }

    @Test
    void offersPriceSeriesSamplesWithForecasts() {
        List<DemoSample> samples = plugin.demo().samples();

        assertThat(plugin.demo().inputKind()).isEqualTo(InputKind.SERIES);
        assertThat(plugin.demo().outputKind()).isEqualTo(OutputKind.FORECAST);
        assertThat(samples)
                .extracting(DemoSample::id)
                .containsExactly("calm-2017", "before-feb-2018", "december-2018", "february-2020");
        CaseDescriptionChecks.assertSampleFiles(samples, "csv");
        assertThat(samples).allSatisfy(sample -> {
            assertThat(sample.expected()).startsWith("realised next-5-day volatility");
        });
    }

    @Test
    void everySampleIsSixtyPositivePricesTheAdapterAccepts() throws IOException, InvalidInputException {
        Preprocessing scaling = new Preprocessing(20, 0.0001, 0.0128, 22.4);
        for (DemoSample sample : plugin.demo().samples()) {
            double[] prices = samplePrices(sample);

            assertThat(prices).as(sample.id()).hasSize(MarketRiskCase.SAMPLE_LENGTH);
            assertThat(Arrays.stream(prices).allMatch(p -> p > 500 && p < 5000))
                    .as(sample.id())
                    .isTrue();
            assertThat(VolatilityAdapter.standardisedWindow(prices, scaling)).hasSize(20);
        }
    }

    @Test
    void samplesAreTheInstalledDataAndTheirExpectedTextIsWhatFollowed() throws IOException {
        Path data = CaseResources.installedData(Sp500Csv.FILE_NAME, VegaDatasets.PROJECT_DATA);
        assumeTrue(data != null, "S&P 500 data not installed");
        PriceSeries prices = Sp500Csv.load(data);
        double[] returns = prices.logReturns();
        for (MarketRiskCase.Sample sample : MarketRiskCase.SAMPLES) {
            int last = prices.indexOnOrBefore(sample.lastDay());
            assertThat(prices.date(last)).isEqualTo(sample.lastDay());
            double[] expected = Arrays.copyOfRange(prices.closes(), last - MarketRiskCase.SAMPLE_LENGTH + 1, last + 1);
            DemoSample demoSample = plugin.demo().samples().stream()
                    .filter(s -> s.id().equals(sample.id()))
                    .findFirst()
                    .orElseThrow();
            assertThat(samplePrices(demoSample)).containsExactly(expected, within(0.006));
            // The move into the sample's last day is return last - 1; the five after it follow.
            String realised = String.format(Locale.ROOT, "%.1f%%", Volatility.forward(returns, last - 1));
            assertThat(sample.expected()).contains(realised);
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
    void sharesOneStatelessAdapter() {
        assertThat(plugin.adapter()).isInstanceOf(VolatilityAdapter.class).isSameAs(plugin.adapter());
    }

    @Test
    void bundlesItsWriteUpInBothLanguages() throws IOException {
        CaseResources.assertLiveWriteUpsInBothLanguages(MarketRiskCase.class, "finance-market-risk");
    }
}
