package com.decisionsuite.deploy.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The interfaces and type aliases a folder of generated {@code .d.ts} files declares, by name. */
final class TypeDeclarations {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static final Pattern INTERFACE = Pattern.compile("export interface (\\w+)[^{]*\\{");

    private static final Pattern ALIAS = Pattern.compile("export type (\\w+) = ");

    private TypeDeclarations() {
    }

    static Map<String, TsType> read(Path folder) {
        Map<String, TsType> declarations = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".d.ts")).toList()) {
                declarations.putAll(parse(Files.readString(file)));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(declarations);
    }

    static Map<String, TsType> parse(String source) {
        String text = COMMENTS.matcher(source).replaceAll("");
        Map<String, TsType> declarations = new HashMap<>();
        Matcher interfaces = INTERFACE.matcher(text);
        while (interfaces.find()) {
            declarations.put(interfaces.group(1), new TypeParser(text, interfaces.end()).objectBody());
        }
        Matcher aliases = ALIAS.matcher(text);
        while (aliases.find()) {
            declarations.put(aliases.group(1), new TypeParser(text, aliases.end()).type());
        }
        return declarations;
    }
}
