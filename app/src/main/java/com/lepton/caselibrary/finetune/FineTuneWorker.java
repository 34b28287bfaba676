package com.lepton.caselibrary.finetune;

import com.lepton.caselibrary.inference.BackgroundTraining;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs fine-tuning jobs in the background on their own lowest-priority threads (see {@link BackgroundTraining}) (as many as jobs may run at once),
 * and keeps each running job's cancel flag.
 */
@Component
class FineTuneWorker implements DisposableBean {

    private final ExecutorService executor;
    private final Map<Long, AtomicBoolean> cancels = new ConcurrentHashMap<>();

    FineTuneWorker(FineTuneProperties properties) {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(properties.maxConcurrentJobs(), task -> {
            // Visitors' demo runs come first when the cores are contended.
            Runnable behindTheDemos = () -> {
                BackgroundTraining.lowerCurrentThread();
                task.run();
            };
            Thread thread = new Thread(behindTheDemos, "fine-tune-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** Runs {@code job} with the job's cancel flag; the flag is forgotten when it ends. */
    void submit(long id, Consumer<BooleanSupplier> job) {
        AtomicBoolean cancelled = new AtomicBoolean();
        cancels.put(id, cancelled);
        executor.execute(() -> {
            try {
                job.accept(cancelled::get);
            } finally {
                cancels.remove(id);
            }
        });
    }

    /** The jobs queued or running here. */
    Set<Long> running() {
        return Set.copyOf(cancels.keySet());
    }

    /** Asks a queued or running job to stop; false when it is not running here. */
    boolean cancel(long id) {
        AtomicBoolean flag = cancels.get(id);
        if (flag == null) {
            return false;
        }
        flag.set(true);
        return true;
    }

    @Override
    public void destroy() {
        cancels.values().forEach(flag -> flag.set(true));
        executor.shutdownNow();
    }
}
