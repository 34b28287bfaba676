package com.lepton.caselibrary.inference;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a fine-tuning job behind visitors' demo runs on the same cores (Linux).
 *
 * <p>Java's thread priorities do not reach the scheduler on Linux, hence the C library call: the job's thread and
 * the threads its training session makes run at nice 19. TensorFlow would still run the ops of every session on
 * one shared thread pool; {@link #perSessionThreadPools()} gives each session a pool of its own, made by the
 * thread that opens it, so the job's ops stay off the demos' threads (docs/benchmarks.md).
 */
public final class BackgroundTraining {

    /** TensorFlow's switch from one process-wide op pool to a pool per session. */
    public static final String PER_SESSION_POOLS = "TF_OVERRIDE_GLOBAL_THREADPOOL";

    private static final int LOWEST_PRIORITY = 19;
    private static final int PRIO_PROCESS = 0;
    private static final Logger log = LoggerFactory.getLogger(BackgroundTraining.class);

    private BackgroundTraining() {}

    /**
     * Lowers the calling thread to the lowest CPU priority (nice 19); the threads it starts afterwards, such as a
     * training session's pool, inherit it. On Linux a nice value belongs to the thread, not the process.
     *
     * @return whether the priority was lowered
     */
    public static boolean lowerCurrentThread() {
        return isLinux()
                && call(
                        "setpriority",
                        FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
                        (setpriority, arena) -> (int) setpriority.invokeExact(PRIO_PROCESS, 0, LOWEST_PRIORITY));
    }

    /**
     * Sets {@value #PER_SESSION_POOLS}{@code =true} for this process unless the operator has set it (to
     * {@code false} to go back to one shared pool). TensorFlow reads it when a session opens, so this must run
     * before the first model loads; Java cannot change its own environment, hence the C library call.
     *
     * @return whether this call set it
     */
    public static boolean perSessionThreadPools() {
        if (System.getenv(PER_SESSION_POOLS) != null || !isLinux()) {
            return false;
        }
        return call("setenv", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT), (setenv, arena) ->
                (int) setenv.invokeExact(arena.allocateFrom(PER_SESSION_POOLS), arena.allocateFrom("true"), 0));
    }

    private interface NativeCall {
        int invoke(MethodHandle function, Arena arena) throws Throwable;
    }

    private static boolean call(String name, FunctionDescriptor descriptor, NativeCall call) {
        Linker linker = Linker.nativeLinker();
        Optional<MemorySegment> symbol = linker.defaultLookup().find(name);
        if (symbol.isEmpty()) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            return call.invoke(linker.downcallHandle(symbol.get(), descriptor), arena) == 0;
        } catch (Throwable e) {
            // Without it training still runs, only with less regard for the demos.
            log.warn("Could not call {} to keep training behind the demos: {}", name, e.toString());
            return false;
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }
}
