package ${package};

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/** The three penguin species of the Palmer Archipelago data, in the model's class order. */
public enum Species {
    ADELIE("Adelie", "adelie", LocalizedText.of("阿德利企鹅", "Adélie penguin")),
    CHINSTRAP("Chinstrap", "chinstrap", LocalizedText.of("帽带企鹅", "Chinstrap penguin")),
    GENTOO("Gentoo", "gentoo", LocalizedText.of("巴布亚企鹅", "Gentoo penguin"));

    private final String dataName;
    private final String key;
    private final LocalizedText label;

    Species(String dataName, String key, LocalizedText label) {
        this.dataName = dataName;
        this.key = key;
        this.label = label;
    }

    /** The name in the data set's {@code Species} field. */
    public String dataName() {
        return dataName;
    }

    /** The class key on the model card and in results. */
    public String key() {
        return key;
    }

    public LocalizedText label() {
        return label;
    }

    public static Species fromData(String name) {
        return Arrays.stream(values()).filter(s -> s.dataName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown species: " + name));
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Species::key).toList();
    }
}
