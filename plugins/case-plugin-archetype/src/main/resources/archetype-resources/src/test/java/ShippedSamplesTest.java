package ${package};

import com.lepton.caselibrary.testkit.ShippedSamplesContract;

/** Every shipped sample through the shipped model in one batch, as the portal serves them: each gets its species. */
class ShippedSamplesTest extends ShippedSamplesContract {

    ShippedSamplesTest() {
        super(new SpeciesCase());
    }
}
