package com.lepton.caselibrary.plugins.manufacturing;

import com.lepton.caselibrary.api.FineTuning;
import com.lepton.caselibrary.trainingkit.SeedCnnFineTuning;

/**
 * Fine-tuning of the product-sorting CNN on a client's photographed products (plugin-api 1.5.0): the seed
 * CNN's fine-tuning with this case's ten classes and its own image preparation, so the client's pictures are
 * seen exactly as a demo run sees them.
 */
final class FashionFineTuning {

    private FashionFineTuning() {}

    static FineTuning create() {
        return new SeedCnnFineTuning(FashionClass.keys(), FashionImageAdapter::toModelPixels);
    }
}
