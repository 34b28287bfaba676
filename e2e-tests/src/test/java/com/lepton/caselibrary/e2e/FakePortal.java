package com.lepton.caselibrary.e2e;

import com.sun.net.httpserver.HttpServer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A stand-in for the packaged portal, used by {@link PortalHarnessIT} to check {@link PortalProcess} alone: it is
 * packed into a jar at test time and started exactly like the real one. It answers 503 on the health endpoint for
 * its first second, then 200 UP, and shows what it was started with on {@code /}.
 */
public final class FakePortal {

    private FakePortal() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(arg(args, "--server.port="));
        long healthyAt = System.currentTimeMillis() + 1000;
        String report = String.join(
                "\n",
                "args=" + Arrays.toString(args),
                "jvm=" + ManagementFactory.getRuntimeMXBean().getInputArguments(),
                "LEPTON_DB_URL=" + System.getenv("LEPTON_DB_URL"),
                "LEPTON_DB_USER=" + System.getenv("LEPTON_DB_USER"),
                "LEPTON_DB_PASSWORD=[" + System.getenv("LEPTON_DB_PASSWORD") + "]",
                "cwd=" + System.getProperty("user.dir"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/actuator/health", exchange -> {
            boolean up = System.currentTimeMillis() >= healthyAt;
            byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            byte[] body = report.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("FakePortal started on port " + port);
        System.out.println(report);
    }

    static String arg(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("missing " + prefix));
    }

    /** Dies during start, like a portal whose context fails to load. */
    public static final class Crashing {
        public static void main(String[] args) {
            System.out.println("APPLICATION FAILED TO START: boom (fake)");
            System.exit(3);
        }
    }

    /** Runs but never becomes healthy. */
    public static final class NeverHealthy {
        public static void main(String[] args) throws Exception {
            System.out.println("never healthy, port " + arg(args, "--server.port="));
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
