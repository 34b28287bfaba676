package com.lepton.caselibrary.plugins.technology;

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
 * Technology case: data-centre energy planning from the weather. An LSTM reads the last 14 daily
 * maximum temperatures of Seattle and forecasts tomorrow's, the main driver of cooling energy; it
 * is compared on 2015 with persistence, climatology and linear autoregression baselines.
 *
 * <p>Only plain data and the stateless adapter are created here; TensorFlow is touched only when
 * the host asks the trainer to train.
 */
@Extension
public final class EnergyForecastCase extends CaseStudy {

    public static final String CASE_ID = "technology-energy-forecast";
    public static final String MODEL_NAME = "seattle-tmax-lstm";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/seattle-tmax-lstm";

    /** Daily maxima in each sample: a fortnight, the model's window. */
    public static final int SAMPLE_LENGTH = 14;

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.TECHNOLOGY,
            LocalizedText.of("面向数据中心的气象驱动能耗预测", "Weather-driven energy forecasting for a data centre"),
            LocalizedText.of(
                    "长短期记忆网络（LSTM）读取西雅图最近 14 天的逐日最高气温，预测次日最高气温——数据中心制冷能耗的首要影响因素；" + "在 2015 年数据上与持续性、气候平均和线性自回归基准如实比较。",
                    "A long short-term memory network (LSTM) reads the last 14 daily maximum temperatures in Seattle and forecasts "
                            + "tomorrow's, the main driver of a data centre's cooling energy; compared honestly on 2015 with persistence, "
                            + "climatology and linear-autoregression baselines."),
            List.of(
                    "technology",
                    "data centre",
                    "energy forecasting",
                    "cooling",
                    "weather",
                    "time series",
                    "LSTM",
                    "科技行业",
                    "数据中心",
                    "能耗预测",
                    "制冷",
                    "气象",
                    "时间序列",
                    "长短期记忆网络"),
            AlgorithmFamily.LSTM,
            DataType.TIME_SERIES,
            new DataSource(
                    "Seattle daily weather 2012–2015 (seattle-weather.csv)",
                    "npm package vega-datasets 3.2.1, data/seattle-weather.csv; observations from NOAA",
                    "NOAA data, a U.S. Government work; packaged in vega-datasets under BSD-3-Clause",
                    "https://github.com/vega/vega-datasets"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, TemperatureLstm.SHIPPED.window(), 1);

    /**
     * A shipped sample: the {@value #SAMPLE_LENGTH} daily maxima up to and including {@code lastDay}
     * ("today"), from the test year 2015; {@code expected} states what the next day brought.
     */
    record Sample(String id, LocalDate lastDay, LocalizedText label, String expected) {

        String resourcePath() {
            return "samples/" + id + ".csv";
        }
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "january-2015",
                    LocalDate.of(2015, 1, 14),
                    LocalizedText.of(
                            "2015 年 1 月上半月：1 月 1 日至 14 日的逐日最高气温",
                            "First fortnight of January 2015: daily maxima 1–14 Jan"),
                    "observed maximum on 2015-01-15: 7.8 °C (today 6.1 °C)"),
            new Sample(
                    "spring-warm-up-2015",
                    LocalDate.of(2015, 4, 19),
                    LocalizedText.of(
                            "2015 年 4 月回暖：4 月 6 日至 19 日的逐日最高气温", "Spring warm-up, April 2015: daily maxima 6–19 Apr"),
                    "observed maximum on 2015-04-20: 22.8 °C (today 21.1 °C)"),
            new Sample(
                    "heat-wave-2015",
                    LocalDate.of(2015, 7, 1),
                    LocalizedText.of(
                            "2015 年夏季热浪：6 月 18 日至 7 月 1 日的逐日最高气温",
                            "Summer heat wave 2015: daily maxima 18 Jun – 1 Jul"),
                    "observed maximum on 2015-07-02: 33.9 °C (today 32.2 °C)"),
            new Sample(
                    "cold-snap-2015",
                    LocalDate.of(2015, 11, 28),
                    LocalizedText.of(
                            "2015 年 11 月寒潮前夕：11 月 15 日至 28 日的逐日最高气温",
                            "Before the late-November 2015 cold snap: daily maxima 15–28 Nov"),
                    "observed maximum on 2015-11-29: 1.7 °C (today 7.2 °C)"));

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.SERIES,
            OutputKind.FORECAST,
            SAMPLES.stream()
                    .map(s -> new DemoSample(s.id(), s.label(), s.resourcePath(), s.expected()))
                    .toList());

    public EnergyForecastCase() {
        super(DESCRIPTOR, MODEL, DEMO, new TemperatureAdapter(), SeattleWeatherTrainer::new);
    }
}
