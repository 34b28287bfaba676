package com.lepton.caselibrary.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the portal is ready (every bundled model loaded), hands back the pages of TensorFlow's native libraries that
 * only loading needed. Registering TensorFlow's kernels reads through most of {@code libtensorflow_cc}: about 180 MB
 * stay resident after a start, a quarter of the portal's footprint, while the demos' runs use a few tens of MB of it.
 * Those pages are clean copies of the library file, so paging them out ({@link NativePages}) frees them at once and
 * a run reads back only what it uses. Off with {@code lepton.memory.page-out-tensorflow=false}.
 */
@Component
class TensorFlowPageOut {

    private static final Logger log = LoggerFactory.getLogger(TensorFlowPageOut.class);

    private final boolean enabled;

    TensorFlowPageOut(@Value("${lepton.memory.page-out-tensorflow:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener
    void ready(AvailabilityChangeEvent<ReadinessState> readiness) {
        if (enabled && readiness.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            // Off the thread that announces readiness: the advice walks a few hundred MB of address space.
            Thread.ofVirtual().name("tensorflow-page-out").start(TensorFlowPageOut::pageOut);
        }
    }

    static void pageOut() {
        long before = NativePages.residentBytes(TensorFlowPageOut::tensorFlow);
        long advised = NativePages.pageOut(TensorFlowPageOut::tensorFlow);
        long after = NativePages.residentBytes(TensorFlowPageOut::tensorFlow);
        if (advised > 0) {
            log.info(
                    "Paged out TensorFlow's library pages that loading touched: {} -> {} MB resident of {} MB mapped",
                    before >> 20,
                    after >> 20,
                    advised >> 20);
        }
    }

    /** TensorFlow's libraries: libtensorflow_cc and libtensorflow_framework, CPU or GPU build. */
    static boolean tensorFlow(String file) {
        return file.contains("/libtensorflow");
    }
}
