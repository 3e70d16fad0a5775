package com.decisionsuite.bench.intake;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.decisionsuite.bench.http.JsonPoster;
import com.decisionsuite.model.WireCodec;
import tools.jackson.databind.JsonNode;

/**
 * Posts tasks to decision-api as an upstream service does: one task per {@code POST /v1/tasks}, or up to 500
 * per {@code POST /v1/tasks/batch}.
 */
public final class IntakeClient {

    private final JsonPoster http;

    private final URI single;

    private final URI batch;

    public IntakeClient(JsonPoster http, URI api) {
        this.http = http;
        this.single = api.resolve("/v1/tasks");
        this.batch = api.resolve("/v1/tasks/batch");
    }

    /**
     * What the intake answered: the positions (within the request) of the accepted tasks, and why any other was
     * not accepted.
     */
    public record Answer(int status, List<Integer> acceptedIndexes, List<String> rejections) {

        public boolean allAccepted(int sent) {
            return this.acceptedIndexes.size() == sent && this.rejections.isEmpty();
        }

        static Answer failed(int status, String why) {
            return new Answer(status, List.of(), List.of(why));
        }
    }

    /** Posts one task (its wire JSON); 202 means durably queued. */
    public Answer postOne(String taskJson) throws IOException {
        JsonPoster.Reply response = this.http.post(this.single, taskJson);
        if (response.status() == 202) {
            return new Answer(202, List.of(0), List.of());
        }
        return Answer.failed(response.status(), "HTTP " + response.status() + ": " + abbreviate(response.body()));
    }

    /** Posts tasks (their wire JSON) as one batch; each is accepted or rejected on its own. */
    public Answer postBatch(List<String> taskJsons) throws IOException {
        StringBuilder body = new StringBuilder(taskJsons.size() * 400 + 16).append("{\"tasks\":[");
        for (int i = 0; i < taskJsons.size(); i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(taskJsons.get(i));
        }
        body.append("]}");
        JsonPoster.Reply response = this.http.post(this.batch, body.toString());
        if (response.status() / 100 != 2) {
            return Answer.failed(response.status(), "HTTP " + response.status() + ": " + abbreviate(response.body()));
        }
        return readBatchResult(response.status(), response.body());
    }

    /** Reads {@code {"accepted":[{index,taskId,status}],"rejected":[{index,detail,field,...}]}}. */
    static Answer readBatchResult(int status, String body) {
        JsonNode root = WireCodec.mapper().readTree(body);
        List<Integer> accepted = new ArrayList<>(root.path("accepted").size());
        for (JsonNode item : root.path("accepted")) {
            accepted.add(item.path("index").asInt());
        }
        List<String> rejections = new ArrayList<>();
        for (JsonNode rejected : root.path("rejected")) {
            rejections.add("item " + rejected.path("index").asInt() + " (" + rejected.path("field").asString("") + "): "
                    + rejected.path("detail").asString(""));
        }
        return new Answer(status, accepted, rejections);
    }

    static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
