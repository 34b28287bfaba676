package com.lepton.caselibrary.benchmark;

import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;
import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoResult;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.demo.SeriesParser;
import com.lepton.caselibrary.pluginhost.StandalonePlugin;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;

/** The model and inputs {@code bench} measures, straight from a plugin jar: no portal, no pool in between. */
final class BenchModel {

    private BenchModel() {}

    static ZooModel<DemoInput, DemoResult> load(Path savedModel, CaseStudyPlugin plugin) throws Exception {
        return Criteria.builder()
                .setTypes(DemoInput.class, DemoResult.class)
                .optModelPath(savedModel)
                .optEngine("TensorFlow")
                .optTranslator(new Translator<DemoInput, DemoResult>() {
                    @Override
                    public NDList processInput(TranslatorContext ctx, DemoInput input) throws Exception {
                        return plugin.adapter().toTensors(ctx.getNDManager(), input);
                    }

                    @Override
                    public DemoResult processOutput(TranslatorContext ctx, NDList list) {
                        return plugin.adapter().toResult(list);
                    }

                    @Override
                    public Batchifier getBatchifier() {
                        return Batchifier.STACK;
                    }
                })
                .build()
                .loadModel();
    }

    /** The plugin's shipped samples as model inputs, whatever their kind. */
    static List<DemoInput> samples(StandalonePlugin loaded, CaseStudyPlugin plugin) throws Exception {
        List<DemoInput> inputs = new ArrayList<>();
        for (DemoSample sample : plugin.demo().samples()) {
            byte[] bytes = loaded.asLoadedCase().resource(sample.resourcePath()).orElseThrow();
            String text = new String(bytes, StandardCharsets.UTF_8);
            inputs.add(
                    switch (plugin.demo().inputKind()) {
                        case IMAGE -> new DemoInput.Image(ImageIO.read(new ByteArrayInputStream(bytes)));
                        case SERIES -> new DemoInput.Series(new SeriesParser(100_000).parse(text));
                        case TEXT -> new DemoInput.Text(text);
                    });
        }
        return inputs;
    }

    static Path unpack(Path jar, String prefix) throws Exception {
        Path target = Files.createTempDirectory("lepton-bench");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream()
                    .filter(e -> e.getName().startsWith(prefix + "/") && !e.isDirectory())
                    .toList()) {
                Path file = target.resolve(entry.getName().substring(prefix.length() + 1))
                        .normalize();
                if (!file.startsWith(target)) {
                    throw new IllegalStateException("entry escapes: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file);
                }
            }
        }
        return target;
    }
}
