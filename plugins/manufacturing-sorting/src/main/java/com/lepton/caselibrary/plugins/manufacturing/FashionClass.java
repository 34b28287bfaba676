package com.lepton.caselibrary.plugins.manufacturing;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/**
 * The ten Fashion-MNIST classes, in the data set's label order (label 0 is {@link #TSHIRT_TOP}).
 *
 * <p>The order is the model's output order: the trainer, the adapter and the model card all read
 * it from here, so it cannot drift between training and serving.
 */
public enum FashionClass {
    TSHIRT_TOP("tshirt-top", "T恤/上衣", "T-shirt/top"),
    TROUSER("trouser", "裤子", "Trouser"),
    PULLOVER("pullover", "套头衫", "Pullover"),
    DRESS("dress", "连衣裙", "Dress"),
    COAT("coat", "外套", "Coat"),
    SANDAL("sandal", "凉鞋", "Sandal"),
    SHIRT("shirt", "衬衫", "Shirt"),
    SNEAKER("sneaker", "运动鞋", "Sneaker"),
    BAG("bag", "包", "Bag"),
    ANKLE_BOOT("ankle-boot", "短靴", "Ankle boot");

    /** Number of classes, the width of the model's output. */
    public static final int COUNT = values().length;

    private final String key;
    private final LocalizedText label;

    FashionClass(String key, String zh, String en) {
        this.key = key;
        this.label = LocalizedText.of(zh, en);
    }

    /** Stable key used in results, model cards and sample ids, e.g. {@code ankle-boot}. */
    public String key() {
        return key;
    }

    /** Name for people, in Chinese and English. */
    public LocalizedText label() {
        return label;
    }

    /** The class with the given data set label (0 to 9). */
    public static FashionClass ofLabel(int label) {
        return values()[label];
    }

    /** All keys in model order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(FashionClass::key).toList();
    }
}
