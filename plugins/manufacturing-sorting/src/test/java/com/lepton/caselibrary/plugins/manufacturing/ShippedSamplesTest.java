package com.lepton.caselibrary.plugins.manufacturing;

import com.lepton.caselibrary.testkit.ShippedSamplesContract;

/** The shipped samples through the shipped model in one batch, as the portal serves them. */
class ShippedSamplesTest extends ShippedSamplesContract {

    ShippedSamplesTest() {
        super(new ProductSortingCase());
    }
}
