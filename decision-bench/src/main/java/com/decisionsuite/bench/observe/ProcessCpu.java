package com.decisionsuite.bench.observe;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of the suite's processes, read from {@code /proc/<pid>/stat} (user + system), so a run can say how
 * many CPU microseconds each process spends per task.
 */
public final class ProcessCpu {

    /** Linux reports CPU time in clock ticks; 100 per second on every mainstream kernel configuration. */
    public static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** A process to watch. */
    public record Watched(String name, long pid) {
    }

    /**
     * The services {@code bin/suite} started (their {@code run/*.pid} files), Redis, MySQL/MariaDB and this process.
     */
    public static List<Watched> discover(Path runDir) {
        List<Watched> watched = new ArrayList<>();
        if (Files.isDirectory(runDir)) {
            try (DirectoryStream<Path> pids = Files.newDirectoryStream(runDir, "*.pid")) {
                for (Path file : pids) {
                    long pid = Long.parseLong(Files.readString(file).trim());
                    String name = file.getFileName().toString().replace(".pid", "");
                    if (Files.exists(Path.of("/proc", Long.toString(pid)))) {
                        watched.add(new Watched(name, pid));
                    }
                }
            }
            catch (IOException | NumberFormatException ex) {
                // A pid file being rewritten by bin/suite: the process is missed in this run's CPU table.
            }
        }
        watched.sort((a, b) -> a.name().compareTo(b.name()));
        findByCommand("redis-server").ifPresent(pid -> watched.add(new Watched("redis-server", pid)));
        findByCommand("mariadbd").or(() -> findByCommand("mysqld")).ifPresent(pid -> watched.add(new Watched("mysql", pid)));
        watched.add(new Watched("bench (load + reviewers)", ProcessHandle.current().pid()));
        return watched;
    }

    /** CPU ticks per watched process now; a process that is gone reads as absent. */
    public static Map<Watched, Long> ticks(List<Watched> watched) {
        Map<Watched, Long> ticks = new LinkedHashMap<>();
        for (Watched process : watched) {
            try {
                ticks.put(process, cpuTicks(Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"))));
            }
            catch (IOException ex) {
                // The process ended during the run.
            }
        }
        return ticks;
    }

    /** Busy ticks of the whole machine (all CPUs), from the first line of {@code /proc/stat}. */
    public static long machineBusyTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy;
        }
        catch (IOException | RuntimeException ex) {
            return -1;
        }
    }

    /** utime + stime from a stat line; the command name may hold spaces, so fields count from its closing ')'. */
    static long cpuTicks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static java.util.Optional<Long> findByCommand(String command) {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (command.equals(Files.readString(process.resolve("comm")).trim())) {
                        return java.util.Optional.of(Long.parseLong(process.getFileName().toString()));
                    }
                }
                catch (IOException ex) {
                    // Gone while listing.
                }
            }
        }
        catch (IOException ex) {
            // No /proc: not Linux; the CPU table stays empty.
        }
        return java.util.Optional.empty();
    }
}
