package com.lepton.caselibrary.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lepton.caselibrary.SharedPortal;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal hands back TensorFlow's load-time library pages before it reports ready. Without the page-out about
 * 40 % of the libraries' read-only mappings stay resident after the models load (about 180 of 435 MB); with it, what
 * the demos read back is under a tenth of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TensorFlowPageOutIT extends SharedPortal {

    @Test
    @Order(1) // before the test below pages them out itself
    void tensorFlowsLibrariesAreMostlyPagedOutOnceThePortalIsReady() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the page-out is Linux's");
        long mapped = mappedBytes();
        assertThat(mapped).as("TensorFlow's libraries are mapped").isGreaterThan(100L << 20);

        assertThat(residentShare(mapped))
                .as("share of TensorFlow's read-only mappings resident after ready")
                .isLessThan(0.25);
    }

    @Test
    @Order(2)
    void aPageOutLeavesLittleOfTheLibrariesResident() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the page-out is Linux's");
        long mapped = mappedBytes();

        TensorFlowPageOut.pageOut();

        assertThat(residentShare(mapped)).isLessThan(0.10);
    }

    private static double residentShare(long mapped) {
        return (double) NativePages.residentBytes(TensorFlowPageOut::tensorFlow) / mapped;
    }

    /** Address space of TensorFlow's read-only library mappings: what the page-out advises. */
    private static long mappedBytes() {
        return NativePages.mappings().stream()
                .filter(mapping -> mapping.readOnlyFile(TensorFlowPageOut::tensorFlow))
                .mapToLong(NativePages.Mapping::length)
                .sum();
    }
}
