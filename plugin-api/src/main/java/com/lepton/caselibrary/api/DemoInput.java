package com.lepton.caselibrary.api;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One demo input, already decoded and checked for size by the host.
 */
public sealed interface DemoInput {

    /** The kind of this input. */
    InputKind kind();

    /**
     * A decoded image. The host has checked bytes and pixel count before decoding.
     *
     * @param image the decoded picture, any size within the host's limits
     */
    record Image(BufferedImage image) implements DemoInput {
        public Image {
            Objects.requireNonNull(image, "image");
        }

        @Override
        public InputKind kind() {
            return InputKind.IMAGE;
        }
    }

    /**
     * A numeric series, oldest value first; the host has checked that every value is finite.
     *
     * @param values the observations
     */
    record Series(double[] values) implements DemoInput {
        public Series {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public InputKind kind() {
            return InputKind.SERIES;
        }
    }

    /**
     * A message; the host has checked its length.
     *
     * @param text the message
     */
    record Text(String text) implements DemoInput {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public InputKind kind() {
            return InputKind.TEXT;
        }
    }
}
