package com.lepton.caselibrary.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once every bundled model is loaded, just before the portal reports ready, hands back the pages of TensorFlow's
 * native libraries that only loading needed. Registering TensorFlow's kernels reads through most of
 * {@code libtensorflow_cc}: about 180 MB stay resident after a start, a quarter of the portal's footprint, while the
 * demos' runs use a few tens of MB of it.
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

    /**
     * The models were loaded when the application started ({@code CaseModels}); readiness follows this event's
     * listeners, so the portal reports ready with the pages out (it takes well under a second).
     */
    @EventListener(ApplicationReadyEvent.class)
    void beforeReadiness() {
        if (enabled) {
            pageOut();
        }
    }

    static void pageOut() {
        long start = System.nanoTime();
        long advised = NativePages.pageOut(TensorFlowPageOut::tensorFlow);
        if (advised > 0) {
            // One walk of /proc/self/smaps, after: it is on the way to readiness, and "before" is about 180 MB.
            log.info(
                    "Paged out TensorFlow's library pages that loading touched in {} ms: {} MB resident of {} MB mapped",
                    (System.nanoTime() - start) / 1_000_000,
                    NativePages.residentBytes(TensorFlowPageOut::tensorFlow) >> 20,
                    advised >> 20);
        }
    }

    /** TensorFlow's libraries: libtensorflow_cc and libtensorflow_framework, CPU or GPU build. */
    static boolean tensorFlow(String file) {
        return file.contains("/libtensorflow");
    }
}
