package com.lepton.caselibrary.plugins.carbon;

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
import com.lepton.caselibrary.api.SeriesFineTuning;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Technology case: environmental monitoring for a technology company's carbon reporting. A plain
 * recurrent network (the seed's RNN) reads the last 24 monthly mean CO₂ readings of Mauna Loa and
 * forecasts next month's; it is tested on 2010–2020 against persistence, seasonal naive and a
 * linear autoregression.
 *
 * <p>Only plain data and the stateless adapter are created here; TensorFlow is touched only when
 * the host asks the trainer to train.
 */
@Extension
public final class Co2MonitoringCase extends CaseStudy {

    public static final String CASE_ID = "technology-co2-monitoring";
    public static final String MODEL_NAME = "mauna-loa-co2-rnn";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/mauna-loa-co2-rnn";

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.TECHNOLOGY,
            LocalizedText.of(
                    "碳排放监测：大气 CO₂ 浓度的循环神经网络预测",
                    "Carbon monitoring: forecasting atmospheric CO₂ with a recurrent network"),
            LocalizedText.of(
                    "经典循环神经网络（Elman RNN）读取莫纳罗亚观测站最近 24 个月的月均 CO₂ 浓度，预测下个月的读数，"
                            + "服务于科技企业的环境监测与碳信息披露；在 2010–2020 年数据上与持续性、季节朴素和线性自回归基准如实比较。",
                    "A plain recurrent neural network (Elman RNN) reads the last 24 monthly mean CO₂ readings from Mauna Loa and "
                            + "forecasts next month's, for a technology company's environmental monitoring and carbon reporting; compared "
                            + "honestly on 2010–2020 with persistence, seasonal-naive and linear-autoregression baselines."),
            List.of(
                    "technology",
                    "carbon",
                    "CO2",
                    "climate",
                    "environmental monitoring",
                    "time series",
                    "RNN",
                    "recurrent neural network",
                    "科技行业",
                    "碳排放",
                    "二氧化碳",
                    "气候",
                    "环境监测",
                    "时间序列",
                    "循环神经网络"),
            AlgorithmFamily.RNN,
            DataType.TIME_SERIES,
            new DataSource(
                    "Mauna Loa monthly mean CO₂ 1958–2020 (co2-concentration.csv)",
                    "npm package vega-datasets 3.2.1, data/co2-concentration.csv; measurements of the Scripps CO₂ Program",
                    "Scripps CO₂ Program data, free to use with citation of Keeling et al.; packaged in vega-datasets under BSD-3-Clause",
                    "https://scrippsco2.ucsd.edu/data/atmospheric_co2/primary_mlo_co2_record.html"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, ElmanRnn.SHIPPED.window(), 1);

    /** A shipped sample: 24 monthly readings from the test period; {@code expected} states what the next month brought. */
    record Sample(String id, LocalizedText label, String expected) {

        String resourcePath() {
            return "samples/" + id + ".csv";
        }
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "spring-peak-2012",
                    LocalizedText.of(
                            "2010 年 5 月至 2012 年 4 月：临近春季峰值", "May 2010 – April 2012: approaching the spring peak"),
                    "observed in 2012-05: 396.87 ppm (this month 396.43 ppm)"),
            new Sample(
                    "autumn-low-2015",
                    LocalizedText.of("2013 年 10 月至 2015 年 9 月：秋季低谷", "October 2013 – September 2015: the autumn low"),
                    "observed in 2015-10: 398.28 ppm (this month 397.50 ppm)"),
            new Sample(
                    "year-end-2019",
                    LocalizedText.of("2018 年 1 月至 2019 年 12 月：年末回升", "January 2018 – December 2019: the winter rise"),
                    "observed in 2020-01: 413.37 ppm (this month 411.85 ppm)"),
            new Sample(
                    "latest-2020",
                    LocalizedText.of(
                            "2018 年 4 月至 2020 年 3 月：数据集中最新的两年",
                            "April 2018 – March 2020: the latest two years in the data"),
                    "observed in 2020-04: 416.18 ppm (this month 414.51 ppm)"));

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.SERIES,
            OutputKind.FORECAST,
            SAMPLES.stream()
                    .map(s -> new DemoSample(s.id(), s.label(), s.resourcePath(), s.expected()))
                    .toList());

    public Co2MonitoringCase() {
        super(DESCRIPTOR, MODEL, DEMO, new Co2Adapter(), Co2RnnTrainer::new);
    }

    /** Retrains the shipped RNN on a client's own monthly series (needs plugin-api 1.7.0). */
    @Override
    public Optional<SeriesFineTuning> seriesFineTuning() {
        return Optional.of(Co2FineTuning.create());
    }
}
