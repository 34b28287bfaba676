package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.api.FineTuneOutcome;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.charts.ConfusionTable;
import com.lepton.caselibrary.demo.ClassNames;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The before/after card of a finished job: the shipped and the tuned model on the client's held-out examples,
 * side by side, with both confusion matrices. Built from numbers and escaped names only.
 */
class BeforeAfterCard extends OutcomeCard {

    /** @param classNames each class key's name as the case names it ({@link ClassNames}) */
    BeforeAfterCard(FineTuneJob job, FineTuneOutcome outcome, Map<String, LocalizedText> classNames, Locale locale) {
        super(job, "finetune.card.lead", locale);
        addMetrics(
                List.of("accuracy", "macroF1"),
                metric -> getTranslation("finetune.metric." + metric),
                outcome.before(),
                outcome.after());
        addTraining(outcome.bestEpoch(), outcome.curve().size(), outcome.seconds());
        Div matrices = new Div();
        matrices.addClassName("fine-tune-matrices");
        List<String> classes = ClassNames.in(outcome.classes(), classNames, locale);
        matrices.add(ConfusionTable.of(classes, outcome.confusionBefore(), getTranslation("finetune.card.shipped")));
        matrices.add(ConfusionTable.of(classes, outcome.confusionAfter(), getTranslation("finetune.card.tuned")));
        add(new H3(getTranslation("finetune.card.confusion")), matrices);
    }
}
