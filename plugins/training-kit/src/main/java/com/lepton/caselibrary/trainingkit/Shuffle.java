package com.lepton.caselibrary.trainingkit;

import java.util.Random;

/** Seeded Fisher-Yates shuffling of example indices, so that a training run can be repeated exactly. */
public final class Shuffle {

    private Shuffle() {}

    /** The indices {@code 0 .. count-1} in order. */
    public static int[] identity(int count) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Shuffles {@code order} in place with the given generator. */
    public static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }
}
