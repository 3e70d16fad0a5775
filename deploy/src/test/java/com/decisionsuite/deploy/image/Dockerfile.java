package com.decisionsuite.deploy.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.decisionsuite.deploy.apps.AppModule;

/** An app's Dockerfile, as instructions of its final (runtime) stage and of the whole file. */
record Dockerfile(List<String> instructions) {

    private static final Pattern LAYER_COPY = Pattern.compile("^COPY --from=\\S+ \\S+/extracted/([\\w-]+)/ \\./$");

    static Dockerfile of(AppModule app) {
        try {
            String text = Files.readString(app.directory().resolve("Dockerfile")).replace("\\\n", " ");
            List<String> instructions = text.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            return new Dockerfile(instructions);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The instructions after the last FROM: what the image that runs is made of. */
    List<String> runtimeStage() {
        int last = 0;
        for (int i = 0; i < this.instructions.size(); i++) {
            if (this.instructions.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return this.instructions.subList(last, this.instructions.size());
    }

    List<String> runtime(String keyword) {
        return runtimeStage().stream().filter(line -> line.startsWith(keyword + " ")).map(line -> line.substring(keyword.length() + 1))
                .toList();
    }

    /** The Spring Boot layers the runtime stage copies, in order. */
    List<String> copiedLayers() {
        List<String> layers = new ArrayList<>();
        for (String line : runtimeStage()) {
            Matcher copy = LAYER_COPY.matcher(line);
            if (copy.matches()) {
                layers.add(copy.group(1));
            }
        }
        return layers;
    }
}
