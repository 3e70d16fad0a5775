package com.decisionsuite.deploy.apps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AppPropertiesTests {

    @Test
    void bindsTheWorkerServiceTypesThroughTheUnderscoredEnvironmentName() {
        assertThat(AppProperties.of(AppModule.DECISION_WORKER).binds("DECISION_WORKER_SERVICE_TYPES")).isTrue();
        assertThat(AppProperties.of(AppModule.DECISION_WORKER).binds("DECISION_WORKER_SERVICETYPES")).isTrue();
    }

    @Test
    void bindsSpringBootsOwnPropertiesTheAppsDoNotDeclare() {
        assertThat(AppProperties.of(AppModule.DECISION_API).binds("SPRING_DATA_REDIS_PASSWORD")).isTrue();
        assertThat(AppProperties.of(AppModule.DECISION_WORKER).binds("SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE")).isTrue();
    }

    @Test
    void rejectsAMisspelledVariable() {
        assertThat(AppProperties.of(AppModule.DECISION_WORKER).binds("DECISION_WORKER_SERVICE_TYPE")).isFalse();
        assertThat(AppProperties.of(AppModule.DECISION_API).binds("SPRING_DATA_REDIS_PASWORD")).isFalse();
    }

    @Test
    void rejectsAPropertyOnlyAnotherAppReads() {
        assertThat(AppProperties.of(AppModule.DECISION_API).binds("DECISION_WORKER_SERVICE_TYPES")).isFalse();
    }

    @Test
    void readsEachAppsPortsFromItsApplicationProperties() {
        assertThat(AppProperties.of(AppModule.DECISION_API).serverPort()).isEqualTo(8080);
        assertThat(AppProperties.of(AppModule.CONFIG_SERVICE).serverPort()).isEqualTo(8081);
        assertThat(AppProperties.of(AppModule.DECISION_WORKER).managementPort()).isEqualTo(8082);
    }

    @Test
    void expandsRecordComponentsNestedRecordsAndMapsIntoPropertyNames(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("SweepProperties.java"), """
                package example;

                /** Javadoc mentioning record Ignored(String notAProperty). */
                @ConfigurationProperties(prefix = "example.sweep")
                public record SweepProperties(@DefaultValue("5m") Duration idleTime, Limits limits,
                        Map<String, Integer> batchSizes, List<ServiceType> serviceTypes) {

                    record Limits(@DefaultValue("3") int maxDeliveries, Duration backoff) {
                    }
                }
                """);

        ConfigurationPropertiesSources.Declared declared = ConfigurationPropertiesSources.read(sources);

        assertThat(declared.properties()).containsExactlyInAnyOrder("example.sweep.idle-time",
                "example.sweep.limits.max-deliveries", "example.sweep.limits.backoff", "example.sweep.batch-sizes",
                "example.sweep.service-types");
        assertThat(declared.mapProperties()).containsExactly("example.sweep.batch-sizes");
    }

    @Test
    void namesEnvironmentVariablesAsSpringBootsRelaxedBindingDoes() {
        assertThat(EnvironmentNames.of("decision.worker.service-types"))
                .containsExactlyInAnyOrder("DECISION_WORKER_SERVICETYPES", "DECISION_WORKER_SERVICE_TYPES");
        assertThat(EnvironmentNames.below("LOGGING_LEVEL_COM_EXAMPLE", "logging.level")).isTrue();
    }
}
