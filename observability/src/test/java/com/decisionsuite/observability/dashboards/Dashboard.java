package com.decisionsuite.observability.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.decisionsuite.observability.tree.SourceTree;

/** One Grafana dashboard of grafana/dashboards, as Grafana's file provisioning reads it. */
public record Dashboard(Path file, JsonNode json) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern LABEL_VALUES = Pattern
            .compile("^\\s*label_values\\((.*),\\s*([a-zA-Z_]\\w*)\\s*\\)\\s*$", Pattern.DOTALL);

    /** A panel's query; {@code promql} has the Grafana variables expanded. */
    record Query(String panel, String refId, String promql) {
    }

    /** Every dashboard JSON there, sorted by file name. */
    public static List<Dashboard> all() {
        return SourceTree.files("grafana/dashboards", ".json").stream().map(Dashboard::read).toList();
    }

    static Dashboard read(Path file) {
        try {
            return new Dashboard(file, JSON.readTree(Files.readString(file)));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String uid() {
        return this.json.path("uid").asString();
    }

    /** Every panel but the rows, including those folded into collapsed rows. */
    List<JsonNode> panels() {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : this.json.path("panels")) {
            if ("row".equals(panel.path("type").asString())) {
                panel.path("panels").forEach(panels::add);
            }
            else {
                panels.add(panel);
            }
        }
        return panels;
    }

    List<JsonNode> variables() {
        List<JsonNode> variables = new ArrayList<>();
        this.json.path("templating").path("list").forEach(variables::add);
        return variables;
    }

    /** The panels' queries. */
    List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        for (JsonNode panel : panels()) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(new Query(panel.path("title").asString(), target.path("refId").asString(),
                        GrafanaVariables.expand(target.path("expr").asString())));
            }
        }
        return queries;
    }

    /** The series selector of each {@code label_values(selector, label)} variable query, variables expanded. */
    List<String> variableSelectors() {
        List<String> selectors = new ArrayList<>();
        for (JsonNode variable : variables()) {
            if ("query".equals(variable.path("type").asString())) {
                Matcher query = LABEL_VALUES.matcher(variableQuery(variable));
                if (!query.matches()) {
                    throw new IllegalStateException(this.file + ": variable " + variable.path("name").asString()
                            + " is not a label_values(selector, label) query");
                }
                selectors.add(GrafanaVariables.expand(query.group(1)));
            }
        }
        return selectors;
    }

    /** Everything this dashboard asks Prometheus, as PromQL: panel queries and variable selectors. */
    public List<String> promql() {
        List<String> all = new ArrayList<>(queries().stream().map(Query::promql).toList());
        all.addAll(variableSelectors());
        return all;
    }

    static String variableQuery(JsonNode variable) {
        JsonNode query = variable.path("query");
        return query.isObject() ? query.path("query").asString() : query.asString();
    }
}
