package com.lepton.caselibrary.testkit;

import com.lepton.caselibrary.api.CaseDescriptor;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DataSource;
import com.lepton.caselibrary.api.DemoDescription;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.api.LocalizedText;
import com.lepton.caselibrary.api.ModelDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The catalog entry, the demo and the model definition, in both languages. */
final class DescriptorCheck {

    /** Sample ids travel in URLs ({@code /cases/ID?sample=SAMPLE}, {@code /api/cases/ID/samples/SAMPLE/run}). */
    private static final Pattern SAMPLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private DescriptorCheck() {}

    static Check check(String caseId, CaseStudyPlugin plugin, PluginJar jar) {
        Check.Builder check = new Check.Builder("case " + caseId + ": descriptor, demo and model definition");
        CaseDescriptor descriptor = plugin.descriptor();
        bilingual(check, "title", descriptor.title(), true);
        bilingual(check, "summary", descriptor.summary(), true);
        check.problemIf(
                descriptor.tags().isEmpty() || descriptor.tags().stream().anyMatch(String::isBlank),
                "tags must be non-blank search keywords (give some in both languages)");
        DataSource source = descriptor.dataSource();
        check.problemIf(source.name().isBlank(), "dataSource.name is blank");
        check.problemIf(source.origin().isBlank(), "dataSource.origin is blank: say where the data was obtained");
        check.problemIf(source.licence().isBlank(), "dataSource.licence is blank: name the data's licence");
        check.problemIf(
                !source.url().startsWith("https://") && !source.url().startsWith("http://"),
                "dataSource.url must be an http(s) address for attribution: '" + source.url() + "'");

        DemoDescription demo;
        try {
            demo = plugin.demo();
        } catch (RuntimeException e) {
            return check.problem("demo() throws " + e).build();
        }
        check.problemIf(
                demo.samples().isEmpty(),
                "the demo ships no samples: give at least one so visitors can try it with one click");
        Set<String> ids = new HashSet<>();
        List<DemoSample> all = new ArrayList<>(demo.samples());
        if (demo.batch() != null) {
            // Batches share the samples' URL space: /cases/ID?sample=SAMPLE.
            all.addAll(demo.batch().samples());
        }
        for (DemoSample sample : all) {
            String name = "sample '" + sample.id() + "'";
            check.problemIf(
                    !SAMPLE_ID.matcher(sample.id()).matches(),
                    name + ": id must be letters, digits, '.', '_' or '-' (it appears in URLs)");
            check.problemIf(!ids.add(sample.id()), name + ": id appears twice");
            bilingual(check, name + " label", sample.label(), false);
            check.problemIf(
                    !jar.has(sample.resourcePath()),
                    name + ": its file " + sample.resourcePath() + " is not in the jar");
        }

        ModelDefinition model;
        try {
            model = plugin.model();
        } catch (RuntimeException e) {
            return check.problem("model() throws " + e).build();
        }
        check.problemIf(model.name().isBlank(), "model name is blank");
        check.problemIf(model.version().isBlank(), "model version is blank");
        long[] shape = model.inputShape();
        check.problemIf(
                shape.length == 0 || Arrays.stream(shape).anyMatch(size -> size < 1),
                "model inputShape must list the positive sizes of one example (without the batch dimension): "
                        + Arrays.toString(shape));
        return check.build();
    }

    /** Problems of a text shown to readers of both languages; {@code chineseRequired}: its zh needs Chinese characters. */
    static void bilingual(Check.Builder check, String what, LocalizedText text, boolean chineseRequired) {
        check.problemIf(text.zh().isBlank(), what + " is blank in Chinese (zh)");
        check.problemIf(text.en().isBlank(), what + " is blank in English (en)");
        check.problemIf(
                chineseRequired
                        && !text.zh().isBlank()
                        && !HAN.matcher(text.zh()).find(),
                what + " in Chinese (zh) has no Chinese characters: '" + text.zh() + "'");
    }
}
