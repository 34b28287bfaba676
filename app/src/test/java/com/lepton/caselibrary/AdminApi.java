package com.lepton.caselibrary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A build pipeline's view of the plugin administration API: one credential, JSON answers. */
final class AdminApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer with its body read as JSON (a problem body for refusals). */
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    private AdminApi(int port, String authorization) {
        this.base = "http://127.0.0.1:" + port + "/api/admin/plugins";
        this.authorization = authorization;
    }

    static AdminApi basic(int port, String username, String password) {
        return new AdminApi(
                port,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static AdminApi token(int port, String token) {
        return new AdminApi(port, "Bearer " + token);
    }

    static AdminApi anonymous(int port) {
        return new AdminApi(port, null);
    }

    Answer list() throws Exception {
        return send(request("").GET());
    }

    Answer act(String pluginId, String action) throws Exception {
        return send(request("/" + pluginId + "/" + action).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Uploads as a multipart form with the field {@code archive}, as curl -F archive=@plugin.jar does. */
    Answer upload(byte[] archive) throws Exception {
        String boundary = "lepton-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"p.jar\"\r\n"
                                + "Content-Type: application/java-archive\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(archive);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), body, response);
    }
}
