package com.lepton.caselibrary.layout;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import java.util.Collections;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Smaller per-page push buffers. Every open page holds a WebSocket, and Vaadin sets three Atmosphere settings to
 * 16384 that each cost heap on every one of them:
 * <ul>
 *   <li>{@code org.atmosphere.websocket.bufferSize}: a byte and a char buffer that Atmosphere 3 never reads or
 *       writes (it only clears them on close), 48 KB;
 *   <li>{@code maxTextMessageSize} and {@code maxBinaryMessageSize}: the sizes Tomcat's buffers for messages
 *       <em>from</em> the browser grow to (32 KB for text). With {@code @Push}'s WEBSOCKET_XHR transport the browser
 *       sends its requests over XHR; over the WebSocket come only Atmosphere's heartbeats of a few bytes.
 * </ul>
 * Messages to the browser are not limited by any of them. Tomcat's buffers start at
 * {@code org.apache.tomcat.websocket.textBufferSize}/{@code binaryBufferSize} (application.properties). Each new
 * WebSocket reads the settings, so changing them after Vaadin set them up is enough.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    /** Bytes (and chars) for each of the two unused buffers. */
    static final int UNUSED_BUFFER_SIZE = 256;

    /** Chars for a whole message from the browser: heartbeats are a few bytes; a larger message closes the push. */
    static final int MAX_INCOMING_MESSAGE = 2048;

    private static final Logger log = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        ServletContext context = service.getServlet().getServletContext();
        int found = 0;
        for (String name : Collections.list(context.getAttributeNames())) {
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(
                        ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(UNUSED_BUFFER_SIZE));
                atmosphere.addInitParameter(
                        ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, String.valueOf(MAX_INCOMING_MESSAGE));
                atmosphere.addInitParameter(
                        ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, String.valueOf(MAX_INCOMING_MESSAGE));
                found++;
            }
        }
        if (found == 0) {
            log.warn("No Atmosphere framework found: push buffers keep Vaadin's size (16 KB each)");
        }
    }
}
