package com.lepton.caselibrary.plugins.lineanomaly;

import com.lepton.caselibrary.api.LocalizedText;
import java.util.Arrays;
import java.util.List;

/** The ten Fashion-MNIST product types, in label order; each in turn is the "line" of the one-class protocol. */
enum Garment {
    TSHIRT("tshirt", "T 恤/上衣", "T-shirt/top"),
    TROUSER("trouser", "裤子", "Trouser"),
    PULLOVER("pullover", "套头衫", "Pullover"),
    DRESS("dress", "连衣裙", "Dress"),
    COAT("coat", "外套", "Coat"),
    SANDAL("sandal", "凉鞋", "Sandal"),
    SHIRT("shirt", "衬衫", "Shirt"),
    SNEAKER("sneaker", "运动鞋", "Sneaker"),
    BAG("bag", "包", "Bag"),
    ANKLE_BOOT("ankle-boot", "短靴", "Ankle boot");

    private final String key;
    private final LocalizedText label;

    Garment(String key, String zh, String en) {
        this.key = key;
        this.label = LocalizedText.of(zh, en);
    }

    String key() {
        return key;
    }

    LocalizedText label() {
        return label;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Garment::key).toList();
    }
}
