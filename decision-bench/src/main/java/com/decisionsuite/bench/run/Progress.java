package com.decisionsuite.bench.run;

import java.util.Locale;

/**
 * Progress lines on stdout while a run is under way, so a watcher knows what it is waiting for.
 */
final class Progress {

    private Progress() {
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        System.out.flush();
    }
}
