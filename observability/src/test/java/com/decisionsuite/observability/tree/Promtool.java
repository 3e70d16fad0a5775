package com.decisionsuite.observability.tree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * Prometheus' promtool (Debian package prometheus). When it is missing, deploy/bin/ensure-tools installs it once;
 * only if that cannot either is the calling test skipped, saying so.
 */
public final class Promtool {

    private static boolean ensured;

    private Promtool() {
    }

    /** {@code promtool check rules} over the given rule files. */
    public static CommandLine.Result checkRules(List<Path> ruleFiles) {
        List<String> command = new ArrayList<>(List.of("promtool", "check", "rules"));
        ruleFiles.forEach(file -> command.add(file.toString()));
        return run(command);
    }

    /** {@code promtool check config}, which checks the rule files the configuration loads as well. */
    public static CommandLine.Result checkConfig(Path config) {
        return run(List.of("promtool", "check", "config", config.toString()));
    }

    /** {@code promtool test rules} of one test file; its rule_files are relative to its folder. */
    public static CommandLine.Result testRules(Path testFile) {
        return run(List.of("promtool", "test", "rules", testFile.toString()));
    }

    private static CommandLine.Result run(List<String> command) {
        require();
        return CommandLine.run(SourceTree.root(), command.toArray(String[]::new));
    }

    private static synchronized void require() {
        if (!onPath() && !ensured) {
            ensured = true;
            // Its exit code also reflects tools only the deploy module needs; what counts is promtool afterwards.
            CommandLine.run(SourceTree.root(), "deploy/bin/ensure-tools");
        }
        Assumptions.assumeTrue(onPath(), "promtool is missing and deploy/bin/ensure-tools could not install it"
                + " (needs root and Debian's package archive); this check did not run");
    }

    private static boolean onPath() {
        return CommandLine.run(SourceTree.root(), "sh", "-c", "command -v promtool").succeeded();
    }
}
