package com.lepton.caselibrary.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * CPU time used so far, read once a second while the clients run: the portal's (from /proc, with
 * its pid), this generator's own (its JVM), and the whole machine's busy time (from /proc/stat), so
 * what other processes took from the same cores shows too.
 */
record CpuSample(long at, double portalSeconds, double generatorSeconds, double machineBusySeconds) {

    /** Linux's USER_HZ, the unit of /proc's CPU times (100 on every common kernel). */
    private static final int CLOCK_TICKS = 100;

    static CpuSample nearest(List<CpuSample> samples, long at) {
        CpuSample best = samples.getFirst();
        for (CpuSample sample : samples) {
            if (Math.abs(sample.at() - at) < Math.abs(best.at() - at)) {
                best = sample;
            }
        }
        return best;
    }

    static CpuSample now(long origin, Optional<String> pid) {
        double generator = ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9
                : Double.NaN;
        return new CpuSample(
                System.nanoTime() - origin,
                pid.map(CpuSample::processCpuSeconds).orElse(Double.NaN),
                generator,
                machineBusyNow());
    }

    /** User plus system CPU of a local process, from /proc/PID/stat (Linux; clock ticks of 1/100 s). */
    static double processCpuSeconds(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** CPU time the whole machine spent busy (all but idle and iowait), from /proc/stat. */
    static double machineBusyNow() {
        try {
            String[] cpu =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy / (double) CLOCK_TICKS;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** VmRSS of a local process, from /proc (Linux). */
    static double residentBytes(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (Exception e) {
            // Not on Linux, or no such process: no figure.
        }
        return Double.NaN;
    }
}
