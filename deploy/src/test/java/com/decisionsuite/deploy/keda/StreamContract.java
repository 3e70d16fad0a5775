package com.decisionsuite.deploy.keda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.decisionsuite.deploy.tree.SourceTree;

/**
 * The stream naming of the wire contract, read from common-model's sources (ServiceType and TaskStreams), so the
 * manifests are checked against the names the services really use.
 */
public final class StreamContract {

    private static final String MODEL = "common-model/src/main/java/com/decisionsuite/model/";

    private static final Pattern SERVICE_TYPE = Pattern.compile("^\\s+[A-Z_]+\\(\"([a-z-]+)\"\\)[,;]", Pattern.MULTILINE);

    private static final Pattern GROUP = Pattern.compile("String GROUP = \"([^\"]+)\"");

    private static final Pattern TASK_STREAM = Pattern.compile(
            "taskStream\\(ServiceType type\\)\\s*\\{\\s*return \"([^\"]+)\" \\+ hashTag\\(type\\);");

    private static final Pattern HASH_TAG = Pattern.compile("return \"\\{\" \\+ type\\.wireName\\(\\) \\+ \"}\";");

    private StreamContract() {
    }

    /** The wire names of the service types, e.g. {@code cart-verification}. */
    public static List<String> serviceTypes() {
        Matcher types = SERVICE_TYPE.matcher(source("ServiceType.java"));
        List<String> names = new ArrayList<>();
        while (types.find()) {
            names.add(types.group(1));
        }
        return List.copyOf(names);
    }

    /** The consumer group every worker joins. */
    public static String group() {
        return find(GROUP, source("TaskStreams.java"), "the GROUP constant");
    }

    /** The task stream of one service type, e.g. {@code decision-tasks:{tracking}}. */
    public static String taskStream(String serviceType) {
        String streams = source("TaskStreams.java");
        find(HASH_TAG, streams, "hashTag returning {<wire name>}");
        return find(TASK_STREAM, streams, "taskStream(ServiceType)") + "{" + serviceType + "}";
    }

    private static String find(Pattern pattern, String source, String what) {
        Matcher matcher = pattern.matcher(source);
        if (!matcher.find()) {
            throw new IllegalStateException("common-model no longer has " + what + " in the form these checks read");
        }
        return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
    }

    private static String source(String file) {
        try {
            return Files.readString(SourceTree.resolve(MODEL + file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
