package com.decisionsuite.deploy.apps;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Spring Boot's own properties, from the configuration metadata of the Boot modules on the test classpath (see the
 * module's POM): what an app may read without declaring it in its application.properties.
 */
final class BootMetadata {

    private static final BootMetadata INSTANCE = load();

    private final Set<String> properties;

    private final Set<String> mapProperties;

    private BootMetadata(Set<String> properties, Set<String> mapProperties) {
        this.properties = Set.copyOf(properties);
        this.mapProperties = Set.copyOf(mapProperties);
    }

    static BootMetadata get() {
        return INSTANCE;
    }

    Set<String> properties() {
        return this.properties;
    }

    Set<String> mapProperties() {
        return this.mapProperties;
    }

    private static BootMetadata load() {
        Set<String> properties = new HashSet<>();
        Set<String> maps = new HashSet<>();
        try {
            for (URL url : Collections.list(BootMetadata.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                    for (JsonElement element : JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("properties")) {
                        JsonObject property = element.getAsJsonObject();
                        String name = property.get("name").getAsString();
                        properties.add(name);
                        if (property.has("type") && property.get("type").getAsString().startsWith("java.util.Map")) {
                            maps.add(name);
                        }
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException("no Spring Boot configuration metadata on the classpath");
        }
        return new BootMetadata(properties, maps);
    }
}
