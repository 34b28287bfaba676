package com.lepton.caselibrary.demo;

import com.lepton.caselibrary.api.CaseStudyPlugin;
import com.lepton.caselibrary.api.DemoInput;
import com.lepton.caselibrary.api.DemoSample;
import com.lepton.caselibrary.inference.SampleTensors;
import com.lepton.caselibrary.pluginhost.LoadedCase;
import com.lepton.caselibrary.pluginhost.PluginCasesChanged;
import com.lepton.caselibrary.pluginhost.PluginHost;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The shipped samples of each live plugin, read from its jar and decoded once rather than on every
 * run, each with the slot where the pool keeps the tensors its adapter makes of it on the first run
 * ({@link SampleTensors}), so later runs skip the adapter too. An entry belongs to one loaded plugin
 * (its instance and version): when the plugin goes or changes (upgrade, rollback, disable,
 * uninstall: {@link PluginCasesChanged}) its entries are dropped with their tensors, so neither stale
 * samples nor the old plugin's class loader stay behind. Images are handed out as copies, so a
 * plugin that draws on its input cannot change the next visitor's.
 */
@Component
@RequiredArgsConstructor
public class SampleInputs {

    private record Key(String pluginId, String caseId, String sampleId) {}

    private record Entry(CaseStudyPlugin plugin, String pluginVersion, DemoInput input, SampleTensors tensors) {}

    /** Decodes one sample from the plugin's own bytes. */
    @FunctionalInterface
    interface Decoder {
        DemoInput decode() throws DemoInputException;
    }

    private final PluginHost plugins;
    private final Map<Key, Entry> decoded = new ConcurrentHashMap<>();

    /** The sample as the model's input: decoded now the first time, from memory afterwards. */
    RunInput get(LoadedCase loaded, DemoSample sample, Decoder decoder) throws DemoInputException {
        Key key = new Key(loaded.pluginId(), loaded.caseId(), sample.id());
        Entry entry = decoded.get(key);
        if (entry == null
                || entry.plugin() != loaded.plugin()
                || !entry.pluginVersion().equals(loaded.pluginVersion())) {
            CaseStudyPlugin plugin = loaded.plugin();
            entry = new Entry(plugin, loaded.pluginVersion(), decoder.decode(), new SampleTensors(plugin.adapter()));
            decoded.put(key, entry);
            // A run that started just before its plugin was withdrawn must not leave an entry behind that the
            // withdrawal's event has already swept (it would hold the old class loader).
            if (!isLive(key, entry)) {
                decoded.remove(key, entry);
            }
        }
        return new RunInput(copyOf(entry.input()), entry.tensors());
    }

    /** The versions of a plugin whose samples are held in memory now (tests: they leave with their plugin). */
    public Set<String> versionsHeld(String pluginId) {
        return versionsWhere(pluginId, entry -> true);
    }

    /** The versions of a plugin with tensors of a sample kept now (tests: they leave with their plugin). */
    public Set<String> versionsWithTensors(String pluginId) {
        return versionsWhere(pluginId, entry -> entry.tensors().isKept());
    }

    private Set<String> versionsWhere(String pluginId, Predicate<Entry> wanted) {
        return decoded.entrySet().stream()
                .filter(held -> held.getKey().pluginId().equals(pluginId) && wanted.test(held.getValue()))
                .map(held -> held.getValue().pluginVersion())
                .collect(Collectors.toSet());
    }

    /** Drops the plugin's samples that no longer belong to its live instance (those just decoded for it stay). */
    @EventListener
    void pluginChanged(PluginCasesChanged change) {
        decoded.entrySet()
                .removeIf(held ->
                        held.getKey().pluginId().equals(change.pluginId()) && !isLive(held.getKey(), held.getValue()));
    }

    private boolean isLive(Key key, Entry entry) {
        return plugins.find(key.caseId())
                .filter(current -> current.plugin() == entry.plugin())
                .isPresent();
    }

    private static DemoInput copyOf(DemoInput input) {
        return input instanceof DemoInput.Image image ? new DemoInput.Image(copyOf(image.image())) : input;
    }

    private static BufferedImage copyOf(BufferedImage image) {
        ColorModel colours = image.getColorModel();
        return new BufferedImage(colours, image.copyData(null), colours.isAlphaPremultiplied(), null);
    }
}
