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
 * Smaller per-page push buffers. Every open page holds a WebSocket, and Atmosphere gives each one a byte and a char
 * buffer of {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16384: 48 KB of heap per page that
 * Atmosphere 3 never reads or writes (it only clears them on close). Messages still go through Tomcat's own
 * WebSocket buffers, whose sizes stay as they are. Each new WebSocket reads the setting, so changing it after
 * Vaadin set it up is enough.
 */
@Component
class PushBuffers implements VaadinServiceInitListener {

    /** Bytes (and chars) for each of the two unused buffers. */
    static final int UNUSED_BUFFER_SIZE = 256;

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
                found++;
            }
        }
        if (found == 0) {
            log.warn("No Atmosphere framework found: push buffers keep Vaadin's size (16 KB each)");
        }
    }
}
