package com.lepton.caselibrary.benchmark;

import com.lepton.caselibrary.cli.CommandSpec;
import com.lepton.caselibrary.cli.Options;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar lepton-case-library.jar flood --url http://127.0.0.1:18081 [--seconds 20] [--visitors 4]
 * [--flooders 24] [--flood-mb 8] [--flood-from 127.0.0.2] [--case manufacturing-sorting]}: what a flood of
 * large {@code /v2} bodies does to the visitors. V visitors run the case's first shipped sample through the
 * REST API closed-loop for S seconds, first alone, then while F clients (on their own loopback address)
 * keep posting bodies of M MB that declare a gigabyte tensor. Prints the visitors' runs, p50/p95/p99
 * latency and errors for both phases, and the flood's answers by status.
 */
public final class FloodCommand {

    public static final String NAME = "flood";

    private static final Pattern FIRST_SAMPLE = Pattern.compile("\"samples\":\\[\"([^\"]+)\"");
    private static final Pattern FIRST_INPUT = Pattern.compile("\"inputs\":\\[\\{\"name\":\"([^\"]+)\"");

    /** What {@code flood} expects; {@code flood --help} prints it. */
    public static final CommandSpec SPEC = new CommandSpec(
            NAME,
            "Measures visitors' sample-run latency alone and during a flood of large /v2 bodies declaring a huge tensor.",
            List.of(
                    PortalProbe.URL_OPTION,
                    CommandSpec.optional("case", "ID", "the case whose sample visitors run", "manufacturing-sorting"),
                    CommandSpec.optional("seconds", "N", "length of each phase", "20"),
                    CommandSpec.optional("visitors", "N", "visitors running the sample closed-loop", "4"),
                    CommandSpec.optional("flooders", "N", "clients posting flood bodies", "24"),
                    CommandSpec.optional("flood-mb", "N", "size of each flood body in MB", "8"),
                    CommandSpec.optional("flood-from", "ADDRESS", "local address the flood is sent from", "127.0.0.2")),
            false,
            List.of("Visitors and flood come from different loopback addresses, so the flood meets its own quota."));

    private FloodCommand() {}

    private record Phase(String name, int runs, double p50, double p95, double p99, long errors) {}

    public static int run(String[] args) {
        PrintStream out = System.out;
        Options options = Options.parse(SPEC, args);
        URI base = URI.create(PortalProbe.base(options));
        String caseId = options.get("case");
        int seconds = options.positiveInt("seconds");
        int visitors = options.positiveInt("visitors");
        int flooders = options.positiveInt("flooders");
        int floodBytes = options.positiveInt("flood-mb") * 1024 * 1024;
        String floodFrom = options.get("flood-from");
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String sample = first(FIRST_SAMPLE, get(http, base.resolve("/api/cases/" + caseId)), "sample");
            String input = first(FIRST_INPUT, get(http, base.resolve("/v2/models/" + caseId)), "input");
            URI run = base.resolve("/api/cases/" + caseId + "/samples/" + sample + "/run");
            byte[] flood = gigabyteBody(input, floodBytes);
            out.printf(
                    "Flood on %s: %d visitors running %s/%s, %d s per phase; flood: %d clients from %s, %d MB bodies%n",
                    base, visitors, caseId, sample, seconds, flooders, floodFrom, floodBytes / (1024 * 1024));
            visit(http, run, visitors, 5, "warm-up");
            Phase quiet = visit(http, run, visitors, seconds, "visitors alone");
            Map<Integer, LongAdder> floodAnswers = new ConcurrentHashMap<>();
            AtomicBoolean flooding = new AtomicBoolean(true);
            List<Thread> floods = new ArrayList<>();
            for (int i = 0; i < flooders; i++) {
                floods.add(Thread.ofPlatform().daemon().start(() -> {
                    while (flooding.get()) {
                        int status = post(base, floodFrom, "/v2/models/" + caseId + "/infer", flood);
                        floodAnswers
                                .computeIfAbsent(status, k -> new LongAdder())
                                .increment();
                    }
                }));
            }
            Phase flooded = visit(http, run, visitors, seconds, "visitors during the /v2 flood");
            flooding.set(false);
            for (Thread thread : floods) {
                thread.join(Duration.ofSeconds(70));
            }
            out.printf(
                    "%n| phase | visitor runs | p50 ms | p95 ms | p99 ms | errors |%n|---|---:|---:|---:|---:|---:|%n");
            for (Phase phase : List.of(quiet, flooded)) {
                out.printf(
                        "| %s | %d | %.1f | %.1f | %.1f | %d |%n",
                        phase.name(), phase.runs(), phase.p50(), phase.p95(), phase.p99(), phase.errors());
            }
            out.printf("flood answers by status (-1: connection failed): %s%n", floodAnswers);
            return 0;
        } catch (IOException | InterruptedException e) {
            out.println("flood failed: " + e);
            return 1;
        }
    }

    private static Phase visit(HttpClient http, URI run, int visitors, int seconds, String name)
            throws InterruptedException {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        LongAdder errors = new LongAdder();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int v = 0; v < visitors; v++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(
                                HttpRequest.newBuilder(run)
                                        .timeout(Duration.ofSeconds(60))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 200) {
                            latencies.add((System.nanoTime() - start) / 1e6);
                        } else {
                            errors.increment();
                        }
                    } catch (IOException e) {
                        errors.increment();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Double> sorted = latencies.stream().sorted().toList();
        return new Phase(
                name,
                sorted.size(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                errors.sum());
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty()
                ? Double.NaN
                : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    /** A syntactically valid body of {@code size} bytes whose one input declares 268,435,456 values. */
    static byte[] gigabyteBody(String input, int size) {
        byte[] body = new byte[size];
        byte[] head = ("{\"inputs\":[{\"name\":\"" + input
                        + "\",\"shape\":[268435456,1],\"datatype\":\"FP32\",\"data\":[")
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = head.length; i < size - 3; i += 2) {
            body[i] = '0';
            body[i + 1] = ',';
        }
        body[size - 3] = '0';
        body[size - 2] = ']';
        body[size - 1] = '}';
        return body;
    }

    /** One POST over a socket bound to {@code from} (the JDK client cannot choose its address); the status. */
    private static int post(URI base, String from, String path, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException answeredEarly) {
                // Refused before the body was read: the answer is waiting.
            }
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            String line = new String(status, StandardCharsets.US_ASCII);
            return line.startsWith("HTTP/1.1 ") ? Integer.parseInt(line.substring(9, 12)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String first(Pattern pattern, String json, String what) throws IOException {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IOException("no " + what + " found in " + json);
        }
        return matcher.group(1);
    }
}
