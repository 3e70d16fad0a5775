package com.decisionsuite.deploy.apps;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What one app reads from its environment: the keys of its application*.properties, the properties its
 * {@code @ConfigurationProperties} records bind, and Spring Boot's own properties; plus the ports it listens on.
 */
public final class AppProperties {

    private static final Map<AppModule, AppProperties> CACHE = new ConcurrentHashMap<>();

    private final AppModule app;

    private final Properties defaults;

    private final Set<String> properties;

    private final Set<String> mapProperties;

    private AppProperties(AppModule app, Properties defaults, Set<String> properties, Set<String> mapProperties) {
        this.app = app;
        this.defaults = defaults;
        this.properties = Set.copyOf(properties);
        this.mapProperties = Set.copyOf(mapProperties);
    }

    public static AppProperties of(AppModule app) {
        return CACHE.computeIfAbsent(app, AppProperties::read);
    }

    /** Whether an environment variable of this name sets a property the app reads (relaxed binding). */
    public boolean binds(String variable) {
        return EnvironmentNames.names(this.properties).contains(variable)
                || this.mapProperties.stream().anyMatch(map -> EnvironmentNames.below(variable, map));
    }

    /** The app's own default of a property, from its application.properties. */
    public Optional<String> value(String property) {
        return Optional.ofNullable(this.defaults.getProperty(property));
    }

    /** The HTTP port: server.port of the app's application.properties. */
    public int serverPort() {
        return Integer.parseInt(value("server.port")
                .orElseThrow(() -> new IllegalStateException(this.app.moduleName() + " sets no server.port")));
    }

    /** Where actuator answers: management.server.port if the app sets one, else the HTTP port. */
    public int managementPort() {
        return value("management.server.port").map(Integer::parseInt).orElseGet(this::serverPort);
    }

    private static AppProperties read(AppModule app) {
        Properties defaults = new Properties();
        Set<String> keys = new HashSet<>();
        Path resources = app.directory().resolve("src/main/resources");
        try (Stream<Path> files = Files.list(resources)) {
            for (Path file : files.filter(AppProperties::isApplicationProperties).sorted().toList()) {
                Properties loaded = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    loaded.load(reader);
                }
                keys.addAll(loaded.stringPropertyNames());
                if (file.getFileName().toString().equals("application.properties")) {
                    defaults.putAll(loaded);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        ConfigurationPropertiesSources.Declared declared = ConfigurationPropertiesSources.read(app.directory().resolve("src/main/java"));
        Set<String> properties = new HashSet<>(keys);
        properties.addAll(declared.properties());
        properties.addAll(BootMetadata.get().properties());
        Set<String> maps = new HashSet<>(declared.mapProperties());
        maps.addAll(BootMetadata.get().mapProperties());
        return new AppProperties(app, defaults, properties, maps);
    }

    private static boolean isApplicationProperties(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("application") && name.endsWith(".properties");
    }
}
