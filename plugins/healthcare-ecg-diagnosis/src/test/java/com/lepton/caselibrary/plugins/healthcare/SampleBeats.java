package com.lepton.caselibrary.plugins.healthcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The demo samples as the generator makes them: the first beat of each class from {@link BeatDataset#SAMPLE_SEED}. */
final class SampleBeats {

    private SampleBeats() {}

    /** One beat per class, in class order: the first four beats of the sample seed's stream, as {@link BeatDataset} draws them. */
    static List<BeatGenerator.SyntheticBeat> first() {
        Random random = new Random(BeatDataset.SAMPLE_SEED);
        List<BeatGenerator.SyntheticBeat> beats = new ArrayList<>();
        for (BeatClass label : BeatClass.values()) {
            beats.add(BeatGenerator.generate(label, random));
        }
        return beats;
    }

    /** One value per line, mV with four decimals. */
    static String csv(float[] window) {
        StringBuilder csv = new StringBuilder();
        for (float v : window) {
            csv.append(String.format(Locale.ROOT, "%.4f%n", v));
        }
        return csv.toString();
    }
}
