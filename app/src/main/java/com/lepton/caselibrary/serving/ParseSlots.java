package com.lepton.caselibrary.serving;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A bound on how many request bodies are read at once, so a flood of large bodies cannot take
 * every request thread and the heap from the visitors; past it a caller is told "busy".
 */
final class ParseSlots {

    /** No slot came free in time. */
    static final class Busy extends Exception {

        Busy() {
            super("no parse slot", null, false, false);
        }
    }

    @FunctionalInterface
    interface Reading<T> {
        T read() throws InferRequestReader.Malformed, IOException;
    }

    private final Semaphore slots;

    ParseSlots(int slots) {
        this.slots = new Semaphore(slots);
    }

    <T> T read(Reading<T> reading) throws InferRequestReader.Malformed, IOException, Busy {
        try {
            if (!slots.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return reading.read();
        } finally {
            slots.release();
        }
    }
}
