package com.lepton.caselibrary.plugins.finance.digits;

import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.api.InvalidInputException;
import com.lepton.caselibrary.trainingkit.SeedCnnFineTuning;
import java.awt.image.BufferedImage;

/**
 * Fine-tuning of the cheque-digit CNN on a client's scanned digits (plugin-api 1.5.0): the seed CNN's fine-tuning
 * with the ten digits and this case's own image preparation, so the client's scans are seen exactly as a demo run
 * sees them.
 */
final class DigitsFineTuning {

    private DigitsFineTuning() {}

    static FineTuning create() {
        return new SeedCnnFineTuning(Digits.keys(), DigitsFineTuning::modelPixels);
    }

    private static float[] modelPixels(BufferedImage image) {
        try {
            return DigitImageAdapter.toModelPixels(image);
        } catch (InvalidInputException e) {
            // The host decodes every example like a demo upload; a blank scan is the client's to remove.
            throw new IllegalArgumentException(e.userMessage().en(), e);
        }
    }
}
