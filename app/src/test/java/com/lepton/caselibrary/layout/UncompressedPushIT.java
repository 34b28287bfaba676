package com.lepton.caselibrary.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.lepton.caselibrary.SharedPortal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;

/** The push WebSocket's upgrade, as a browser that offers per-message compression sends it. */
class UncompressedPushIT extends SharedPortal {

    @LocalServerPort
    int port;

    @Test
    void theUpgradeSucceedsWithoutCompression() throws IOException {
        String answer = upgrade("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");

        assertThat(answer).startsWith("HTTP/1.1 101");
        assertThat(answer.toLowerCase()).contains("upgrade: websocket").doesNotContain("sec-websocket-extensions");
    }

    @Test
    void theWrappedRequestHidesOnlyTheOffer() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/VAADIN/push");
        request.addHeader("Sec-WebSocket-Extensions", "permessage-deflate");
        request.addHeader("Origin", "http://localhost");

        var hidden = new UncompressedPush.WithoutExtensionOffer(request);

        assertThat(hidden.getHeader("sec-websocket-extensions")).isNull();
        assertThat(hidden.getHeaders("Sec-WebSocket-Extensions").hasMoreElements())
                .isFalse();
        assertThat(Collections.list(hidden.getHeaderNames())).containsExactly("Origin");
        assertThat(hidden.getHeader("Origin")).isEqualTo("http://localhost");
    }

    private String upgrade(String extraHeaders) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET " + UncompressedPush.PUSH_PATH + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\n"
                    + "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Origin: http://127.0.0.1:" + port + "\r\n"
                    + extraHeaders + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return headers(socket.getInputStream());
        }
    }

    /** The response up to the blank line that ends its headers. */
    private static String headers(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            read.write(b);
            if (read.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return read.toString(StandardCharsets.US_ASCII);
    }
}
