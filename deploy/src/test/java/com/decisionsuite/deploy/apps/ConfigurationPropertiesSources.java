package com.decisionsuite.deploy.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The properties an app's {@code @ConfigurationProperties} records bind, read from its Java sources: the prefix
 * plus each record component in kebab case, nested records expanded.
 */
final class ConfigurationPropertiesSources {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//.*$", Pattern.DOTALL);

    private static final Pattern ANNOTATION = Pattern.compile(
            "@ConfigurationProperties\\s*\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"[^)]*\\)");

    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*(?:<[^>]*>)?\\s*\\(");

    private static final Pattern NEXT_TYPE = Pattern.compile("\\b(record|class)\\s+(\\w+)");

    private static final Pattern ANNOTATIONS = Pattern.compile("@[\\w.]+(\\s*\\([^)]*\\))?");

    /** Bound property names, and those of them whose type is a map (keys follow in the name). */
    record Declared(Set<String> properties, Set<String> mapProperties) {
    }

    private final Map<String, List<String[]>> records = new HashMap<>();

    private final Set<String> properties = new HashSet<>();

    private final Set<String> maps = new HashSet<>();

    private ConfigurationPropertiesSources() {
    }

    static Declared read(Path sourceRoot) {
        List<String> sources = sources(sourceRoot);
        ConfigurationPropertiesSources reader = new ConfigurationPropertiesSources();
        sources.forEach(reader::collectRecords);
        sources.forEach(reader::collectProperties);
        return new Declared(Set.copyOf(reader.properties), Set.copyOf(reader.maps));
    }

    private void collectRecords(String source) {
        Matcher record = RECORD.matcher(source);
        while (record.find()) {
            this.records.put(record.group(1), components(source, record.end()));
        }
    }

    private void collectProperties(String source) {
        Matcher annotation = ANNOTATION.matcher(source);
        while (annotation.find()) {
            Matcher type = NEXT_TYPE.matcher(source);
            if (!type.find(annotation.end()) || !type.group(1).equals("record")) {
                throw new IllegalStateException("@ConfigurationProperties(\"" + annotation.group(1)
                        + "\") is not on a record; house style wants records (and this check reads only those)");
            }
            expand(annotation.group(1), type.group(2), 0);
        }
    }

    private void expand(String prefix, String recordName, int depth) {
        for (String[] component : this.records.getOrDefault(recordName, List.of())) {
            String type = component[0];
            String property = prefix + "." + kebab(component[1]);
            String rawType = type.replaceAll("<.*", "").replaceAll(".*\\.", "");
            if (this.records.containsKey(rawType) && depth < 5) {
                expand(property, rawType, depth + 1);
            }
            else {
                this.properties.add(property);
                if (rawType.equals("Map")) {
                    this.maps.add(property);
                }
            }
        }
    }

    /** The components between the parentheses opening at {@code start}: {type, name} each. */
    private static List<String[]> components(String source, int start) {
        List<String[]> components = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if ((c == ',' || c == ')') && depth == 0) {
                String component = ANNOTATIONS.matcher(current.toString()).replaceAll(" ").strip();
                int split = component.lastIndexOf(' ');
                if (split > 0) {
                    components.add(new String[] { component.substring(0, split).strip(), component.substring(split + 1) });
                }
                current.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            depth += (c == '<' || c == '(') ? 1 : (c == '>' || c == ')') ? -1 : 0;
            current.append(c);
        }
        return components;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> sources(Path sourceRoot) {
        if (!Files.isDirectory(sourceRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(COMMENTS.matcher(Files.readString(file)).replaceAll(" "));
            }
            return sources;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
