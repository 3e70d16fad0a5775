package com.decisionsuite.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the report as indented JSON.
 */
public final class ReportJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    public static Path write(BenchReport report, Path directory) throws IOException {
        Path file = directory.resolve("report.json");
        Files.writeString(file, MAPPER.writeValueAsString(report));
        return file;
    }

    /** Reads a report back (used by tests and by anyone comparing runs). */
    public static BenchReport read(Path file) throws IOException {
        return MAPPER.readValue(Files.readString(file), BenchReport.class);
    }
}
