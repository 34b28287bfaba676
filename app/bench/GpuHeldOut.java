import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The shipped Fashion-MNIST model's held-out evaluation through a running portal's inference pool:
 * {@code java app/bench/GpuHeldOut.java URL DIR PREFIX [BATCH]} reads {@code DIR/PREFIX-images-idx3-ubyte.gz} and
 * its labels, sends them in batches to {@code URL/v2/models/manufacturing-sorting/infer} (the Open Inference
 * Protocol on the portal's own pool, so they run on whatever device the pool uses), and prints one markdown row:
 * images, accuracy, images/s, p50 and p99 batch latency. The pixels are scaled to [0, 1] as in training.
 */
public class GpuHeldOut {

    private static final int SIDE = 28;
    private static final int CLASSES = 10;

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        Path dir = Path.of(args[1]);
        String prefix = args[2];
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        byte[] images = idx(dir.resolve(prefix + "-images-idx3-ubyte.gz"), 16);
        byte[] labels = idx(dir.resolve(prefix + "-labels-idx1-ubyte.gz"), 8);
        int count = labels.length;
        HttpClient http = HttpClient.newHttpClient();
        String model = base + "/v2/models/manufacturing-sorting";
        String metadata = http.send(HttpRequest.newBuilder(URI.create(model)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher inputName = Pattern.compile("\"inputs\"\\s*:\\s*\\[\\s*\\{\\s*\"name\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(metadata);
        if (!inputName.find()) {
            throw new IllegalStateException("no input in the model's metadata: " + metadata);
        }
        String url = model + "/infer";
        int correct = 0;
        double[] latencies = new double[(count + batch - 1) / batch];
        long started = System.nanoTime();
        for (int from = 0, b = 0; from < count; from += batch, b++) {
            int n = Math.min(batch, count - from);
            String body = request(inputName.group(1), images, from, n);
            long t0 = System.nanoTime();
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            latencies[b] = (System.nanoTime() - t0) / 1e6;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
            }
            float[] probabilities = data(answer.body(), n * CLASSES);
            for (int i = 0; i < n; i++) {
                if (argmax(probabilities, i * CLASSES) == labels[from + i]) {
                    correct++;
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
                "| held-out %s through the pool (/v2, batches of %d) | %d images | accuracy %.4f | %.0f images/s | p50 %.1f ms | p99 %.1f ms |%n",
                prefix,
                batch,
                count,
                correct / (double) count,
                count / seconds,
                latencies[latencies.length / 2],
                latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)]);
    }

    /** The payload of a gzipped IDX file after its header. */
    private static byte[] idx(Path file, int header) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            DataInputStream data = new DataInputStream(in);
            data.skipNBytes(header);
            return data.readAllBytes();
        }
    }

    private static String request(String input, byte[] images, int from, int n) {
        StringBuilder json = new StringBuilder(n * SIDE * SIDE * 6)
                .append("{\"inputs\":[{\"name\":\"")
                .append(input)
                .append("\",\"shape\":[")
                .append(n)
                .append(",28,28,1],\"datatype\":\"FP32\",\"data\":[");
        int start = from * SIDE * SIDE;
        for (int i = 0; i < n * SIDE * SIDE; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append((images[start + i] & 0xff) / 255f);
        }
        return json.append("]}]}").toString();
    }

    private static float[] data(String body, int expected) {
        Matcher m = Pattern.compile("\"data\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no output data in " + body);
        }
        String[] parts = m.group(1).split(",");
        if (parts.length != expected) {
            throw new IllegalStateException("expected " + expected + " probabilities, got " + parts.length);
        }
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i].trim());
        }
        return values;
    }

    private static int argmax(float[] values, int offset) {
        int best = 0;
        for (int i = 1; i < CLASSES; i++) {
            if (values[offset + i] > values[offset + best]) {
                best = i;
            }
        }
        return best;
    }
}
