package com.lepton.caselibrary.testkit;

import java.util.List;
import java.util.Optional;

/**
 * Classes the portal provides to every plugin. Bundled into a plugin jar they would be loaded a
 * second time by the plugin's class loader and PF4J would drop the extension; the portal refuses
 * such an upload (its {@code ArchiveStructure} check: plugin-api, PF4J, DJL, TensorFlow, Vaadin,
 * Spring). The kit also names the training kit, which the portal provides as well.
 */
final class HostPackages {

    /** Package prefixes in jar entry form, with what to call them in a message. */
    static final List<String[]> PROVIDED = List.of(
            new String[] {"com/lepton/caselibrary/api/", "plugin-api"},
            new String[] {"com/lepton/caselibrary/trainingkit/", "training-kit"},
            new String[] {"org/pf4j/", "PF4J"},
            new String[] {"ai/djl/", "DJL"},
            new String[] {"org/tensorflow/", "TensorFlow"},
            new String[] {"com/vaadin/", "Vaadin"},
            new String[] {"org/springframework/", "Spring"});

    private HostPackages() {}

    /** The library a class entry belongs to, if the portal provides it. */
    static Optional<String> providedBy(String entryName) {
        if (!entryName.endsWith(".class")) {
            return Optional.empty();
        }
        return PROVIDED.stream()
                .filter(prefix -> entryName.startsWith(prefix[0]))
                .map(prefix -> prefix[1])
                .findFirst();
    }
}
