package com.lepton.caselibrary.plugins.finance;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudy;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import java.time.LocalDate;
import java.util.List;
import org.pf4j.Extension;

/**
 * Finance case: an LSTM reads the last 20 daily returns of the S&amp;P 500 and forecasts the
 * realised volatility of the next five trading days; when the forecast exceeds the training years'
 * 80th percentile the risk desk gets an "elevated risk" warning.
 *
 * <p>Only plain data and the stateless adapter are created here; TensorFlow is touched only when
 * the host asks the trainer to train.
 */
@Extension
public final class MarketRiskCase extends CaseStudy {

    public static final String CASE_ID = "finance-market-risk";
    public static final String MODEL_NAME = "sp500-lstm";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/sp500-lstm";

    /** Closing prices in each sample. */
    public static final int SAMPLE_LENGTH = 60;

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.FINANCE,
            LocalizedText.of("基于指数波动率的市场风险预警", "Market-risk warning from index volatility"),
            LocalizedText.of(
                    "长短期记忆网络（LSTM）读取标普 500 指数最近 20 个交易日的收益率，预测未来 5 个交易日的波动率，超过历史 80% 分位时发出风险预警；与持续性和 EWMA 基准如实比较。",
                    "A long short-term memory network (LSTM) reads the last 20 daily returns of the S&P 500, forecasts volatility "
                            + "over the next five trading days and warns when it exceeds the historical 80th percentile; "
                            + "compared honestly with persistence and EWMA baselines."),
            List.of(
                    "finance",
                    "market risk",
                    "volatility",
                    "early warning",
                    "time series",
                    "LSTM",
                    "S&P 500",
                    "金融业",
                    "市场风险",
                    "波动率",
                    "风险预警",
                    "时间序列",
                    "长短期记忆网络"),
            AlgorithmFamily.LSTM,
            DataType.TIME_SERIES,
            new DataSource(
                    "S&P 500 daily prices 2000–2020 (sp500-2000.csv)",
                    "npm package vega-datasets 3.2.1, data/sp500-2000.csv; prices from Yahoo Finance",
                    "BSD-3-Clause (vega-datasets package); no separate licence stated for the prices",
                    "https://github.com/vega/vega-datasets"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, VolatilityLstm.WINDOW, 1);

    /**
     * A shipped sample: the {@value #SAMPLE_LENGTH} closes up to and including {@code lastDay}, from
     * the test years; {@code expected} states what the following five trading days brought.
     */
    record Sample(String id, LocalDate lastDay, LocalizedText label, String expected) {

        String resourcePath() {
            return "samples/" + id + ".csv";
        }
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "calm-2017",
                    LocalDate.of(2017, 10, 31),
                    LocalizedText.of(
                            "2017 年平静行情：截至 2017-10-31 的 60 个交易日收盘价", "Calm market, 2017: 60 closes to 31 Oct 2017"),
                    "realised next-5-day volatility 2.6% (normal)"),
            new Sample(
                    "before-feb-2018",
                    LocalDate.of(2018, 2, 1),
                    LocalizedText.of(
                            "2018 年 2 月波动率骤升之前：截至 2018-02-01 的 60 个交易日收盘价",
                            "Before the February 2018 volatility spike: 60 closes to 1 Feb 2018"),
                    "realised next-5-day volatility 44.9% (elevated)"),
            new Sample(
                    "december-2018",
                    LocalDate.of(2018, 12, 14),
                    LocalizedText.of(
                            "2018 年四季度下跌中：截至 2018-12-14 的 60 个交易日收盘价",
                            "During the Q4 2018 sell-off: 60 closes to 14 Dec 2018"),
                    "realised next-5-day volatility 26.2% (elevated)"),
            new Sample(
                    "february-2020",
                    LocalDate.of(2020, 2, 28),
                    LocalizedText.of(
                            "2020 年 3 月暴跌前夕：截至 2020-02-28 的 60 个交易日收盘价",
                            "On the eve of March 2020: 60 closes to 28 Feb 2020"),
                    "realised next-5-day volatility 55.1% (elevated)"));

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.SERIES,
            OutputKind.FORECAST,
            SAMPLES.stream()
                    .map(s -> new DemoSample(s.id(), s.label(), s.resourcePath(), s.expected()))
                    .toList());

    public MarketRiskCase() {
        super(DESCRIPTOR, MODEL, DEMO, new VolatilityAdapter(), Sp500VolatilityTrainer::new);
    }
}
