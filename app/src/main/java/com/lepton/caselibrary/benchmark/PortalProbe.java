package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the load generator asks the portal over HTTP: is it up, which sample runs it offers, a metric. */
final class PortalProbe {

    private static final Pattern SAMPLES = Pattern.compile("\"samples\":\\[([^\\]]*)\\]");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern CASE_ID = Pattern.compile("\"id\":\"([a-z0-9-]+)\"");
    private static final Pattern VALUE = Pattern.compile("\"value\":([0-9.E+-]+)");

    /** The {@code --url} option of the commands that drive a running portal. */
    static final CommandSpec.Option URL_OPTION =
            CommandSpec.optional("url", "URL", "the running portal", "http://127.0.0.1:8080");

    private PortalProbe() {}

    /** The running portal's address from {@link #URL_OPTION}, without a trailing slash. */
    static String base(Options options) {
        return options.get(URL_OPTION.name()).replaceAll("/$", "");
    }

    /**
     * The sample runs once the portal has loaded its models: health may answer before the last case is
     * live, so the list is read until two readings a second apart agree (ten minutes at most).
     */
    static List<String> settledSampleRuns(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        List<String> previous = List.of();
        while (true) {
            List<String> runs;
            try {
                runs = sampleRuns(http, base);
            } catch (IllegalStateException e) {
                runs = List.of();
            }
            if (!runs.isEmpty() && runs.equals(previous)) {
                return runs;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the sample runs of " + base + " did not settle within 10 minutes");
            }
            previous = runs;
            Thread.sleep(1000);
        }
    }

    /** Polls a URL until it answers 200; returns System.nanoTime() of that answer. */
    static long awaitStatus(HttpClient http, String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " did not answer 200 within " + limit);
            }
            Thread.sleep(50);
        }
    }

    /** Every shipped sample's run URL, from the API's own case list. */
    static List<String> sampleRuns(HttpClient http, String base) throws Exception {
        String list = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/cases")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> runs = new ArrayList<>();
        Matcher ids = CASE_ID.matcher(list);
        while (ids.find()) {
            String caseId = ids.group(1);
            String one = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/cases/" + caseId))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher samples = SAMPLES.matcher(one);
            if (samples.find()) {
                Matcher sample = QUOTED.matcher(samples.group(1));
                while (sample.find()) {
                    runs.add(base + "/api/cases/" + caseId + "/samples/" + sample.group(1) + "/run");
                }
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("no sample run URLs in " + base + "/api/cases");
        }
        return runs;
    }

    static List<HttpClient> openSessions(String base, int count) throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding());
            browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/cases/manufacturing-sorting"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            sessions.add(browser);
        }
        return sessions;
    }

    /** One value of an actuator metric, read as administrator (HTTP Basic). */
    static double metric(HttpClient http, String base, String credentials, String metric) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + metric))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher value = VALUE.matcher(response.body());
            return response.statusCode() == 200 && value.find() ? Double.parseDouble(value.group(1)) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
