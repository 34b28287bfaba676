package com.lepton.caselibrary.inference;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

/** The switch to per-session TensorFlow pools reaches the C environment that TensorFlow reads. */
class BackgroundTrainingTest {

    @Test
    void perSessionPoolsAreSwitchedOnInTheProcessEnvironmentUnlessTheOperatorChose() throws Throwable {
        assumeTrue(System.getProperty("os.name").toLowerCase().startsWith("linux"), "setenv is the C library's");
        String operators = System.getenv(BackgroundTraining.PER_SESSION_POOLS);

        boolean set = BackgroundTraining.perSessionThreadPools();

        if (operators == null) {
            assertThat(set).isTrue();
            assertThat(nativeGetenv(BackgroundTraining.PER_SESSION_POOLS)).isEqualTo("true");
        } else {
            assertThat(set).as("the operator's own value is kept").isFalse();
            assertThat(nativeGetenv(BackgroundTraining.PER_SESSION_POOLS)).isEqualTo(operators);
        }
    }

    /** What TensorFlow's getenv sees (Java's System.getenv is a copy taken at start). */
    private static String nativeGetenv(String name) throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle getenv = linker.downcallHandle(
                linker.defaultLookup().find("getenv").orElseThrow(), FunctionDescriptor.of(ADDRESS, ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment value = (MemorySegment) getenv.invokeExact(arena.allocateFrom(name));
            return value.equals(MemorySegment.NULL)
                    ? null
                    : value.reinterpret(256).getString(0);
        }
    }
}
