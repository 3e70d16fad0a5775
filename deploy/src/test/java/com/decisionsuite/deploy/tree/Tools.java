package com.decisionsuite.deploy.tree;

import org.junit.jupiter.api.Assumptions;

/**
 * Command-line tools the tests call. A missing one is installed once through deploy/bin/ensure-tools; only if that
 * cannot install it either is the test skipped, saying so.
 */
public final class Tools {

    private static boolean ensured;

    private Tools() {
    }

    public static void require(String tool) {
        if (!onPath(tool)) {
            ensure();
        }
        Assumptions.assumeTrue(onPath(tool), () -> tool + " is missing and deploy/bin/ensure-tools could not install it"
                + " (needs root and Debian's package archive); this check did not run");
    }

    private static synchronized void ensure() {
        if (!ensured) {
            ensured = true;
            CommandLine.run(SourceTree.root(), "deploy/bin/ensure-tools");
        }
    }

    private static boolean onPath(String tool) {
        return CommandLine.run(SourceTree.root(), "sh", "-c", "command -v " + tool).succeeded();
    }
}
