package com.lepton.caselibrary.rest;

import com.lepton.caselibrary.api.InputKind;

/**
 * The "use it from code" snippets a case page shows: a curl command and a Java program that run
 * the case's demo through the REST API exactly as printed (tests execute them).
 */
public final class ApiSnippets {

    private ApiSnippets() {}

    /** A shell command that runs the case's first sample, then the visitor's own kind of input. */
    public static String curl(String baseUrl, String caseId, InputKind kind, String sampleId, String sampleFile) {
        String base = trim(baseUrl);
        StringBuilder out = new StringBuilder();
        if (sampleId != null) {
            out.append("curl -s -w '\\n' -X POST ")
                    .append(base)
                    .append("/api/cases/")
                    .append(caseId)
                    .append("/samples/")
                    .append(sampleId)
                    .append("/run\n");
        }
        out.append(
                switch (kind) {
                    case IMAGE ->
                        "curl -s -w '\\n' " + base + "/api/cases/" + caseId + "/run -F image=@"
                                + (sampleFile == null ? "image.png" : sampleFile);
                    case TEXT ->
                        "curl -s -w '\\n' " + base + "/api/cases/" + caseId
                                + "/run -H 'Content-Type: application/json' \\\n"
                                + "  -d '{\"text\":\"Your account is locked, verify your password here now\"}'";
                    case SERIES ->
                        "curl -s -w '\\n' " + base + "/api/cases/" + caseId
                                + "/run -H 'Content-Type: application/json' \\\n" + "  -d '{\"series\":\""
                                + exampleSeries() + "\"}'";
                });
        return out.append('\n').toString();
    }

    /** A self-contained Java program (JDK 11+, {@code java Demo.java}) that runs the case's sample. */
    public static String java(String baseUrl, String caseId, String sampleId) {
        return """
                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;

                public class Demo {
                    public static void main(String[] args) throws Exception {
                        URI sample = URI.create("%s/api/cases/"
                                + "%s/samples/%s/run");
                        HttpRequest run = HttpRequest.newBuilder(sample).POST(HttpRequest.BodyPublishers.noBody()).build();
                        HttpResponse<String> answer = HttpClient.newHttpClient().send(run, HttpResponse.BodyHandlers.ofString());
                        System.out.println(answer.statusCode() + " " + answer.body());
                    }
                }
                """.formatted(trim(baseUrl), caseId, sampleId);
    }

    /** Fourteen daily values, one per line, in the JSON string's escaped form. */
    private static String exampleSeries() {
        return "8.9\\n10.6\\n11.7\\n12.2\\n8.9\\n4.4\\n7.2\\n10\\n9.4\\n6.1\\n6.1\\n6.1\\n5\\n4.4";
    }

    private static String trim(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
