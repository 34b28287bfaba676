package com.lepton.caselibrary;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A consultant's script on the fine-tuning API: one credential, JSON answers. */
final class FineTuneApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, JsonNode body) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String language;

    FineTuneApi(int port, String username, String password, String language) {
        this.base = "http://127.0.0.1:" + port + "/api";
        this.authorization = username == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.language = language;
    }

    /** Uploads a data set as the multipart field {@code data}, as curl -F data=@set.zip does. */
    Answer start(String caseId, byte[] archive, int epochs, String client) throws Exception {
        return start(caseId, archive, "set.zip", "application/zip", epochs, client);
    }

    /** Uploads a CSV of texts and labels as the multipart field {@code data}. */
    Answer startCsv(String caseId, byte[] csv, int epochs, String client) throws Exception {
        return start(caseId, csv, "set.csv", "text/csv", epochs, client);
    }

    private Answer start(String caseId, byte[] archive, String fileName, String type, int epochs, String client)
            throws Exception {
        String boundary = "lepton-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(archive);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/cases/" + caseId + "/fine-tunes?epochs=" + epochs + "&client=" + client)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    Answer job(long id) throws Exception {
        return send(request("/fine-tunes/" + id).GET());
    }

    Answer remove(long id) throws Exception {
        return send(request("/fine-tunes/" + id).DELETE());
    }

    /** Runs a shipped sample of a case through one of the caller's client models ({@code ?model=ID}). */
    Answer runSample(String caseId, String sampleId, long model) throws Exception {
        return send(request("/cases/" + caseId + "/samples/" + sampleId + "/run?model=" + model)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Runs a batch of posts, one per line, through a case's batch endpoint, with {@code ?model=ID} when given. */
    Answer runBatch(String caseId, String posts, Long model) throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", posts));
        return send(request("/cases/" + caseId + "/batch" + (model == null ? "" : "?model=" + model))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The client model's SavedModel zip, with the status. */
    HttpResponse<byte[]> export(long id) throws Exception {
        return http.send(
                request("/fine-tunes/" + id + "/model.zip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Polls the job until it is no longer queued or running, at most {@code seconds}. */
    Answer awaitEnd(long id, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Answer answer = job(id);
        while (System.nanoTime() < deadline
                && (answer.body().path("state").asString().equals("QUEUED")
                        || answer.body().path("state").asString().equals("RUNNING"))) {
            Thread.sleep(200);
            answer = job(id);
        }
        return answer;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body);
    }
}
