package com.lepton.caselibrary.serving;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Open Inference Protocol, both ways.
 *
 * @param maxRequestBytes largest inference request body the portal's own endpoint accepts
 * @param remote          a remote inference server to send demos to instead of the local pool
 */
@ConfigurationProperties("lepton.serving")
public record ServingProperties(long maxRequestBytes, Remote remote) {

    public ServingProperties {
        maxRequestBytes = maxRequestBytes > 0 ? maxRequestBytes : 8L * 1024 * 1024;
        remote = remote == null ? new Remote(null, true, null, null) : remote;
    }

    /**
     * A remote pool: NVIDIA Triton serving the exported model repository, or another portal.
     *
     * @param url       its base address (the part before {@code /v2}); none means the local pool only
     * @param fallback  whether demos run on the local pool while the remote one is down
     * @param timeout   how long one remote call may take
     * @param retryAfter how long the remote server is left alone after a failure before it is tried again
     */
    public record Remote(URI url, boolean fallback, Duration timeout, Duration retryAfter) {

        public Remote {
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        }

        public boolean enabled() {
            return url != null && !url.toString().isBlank();
        }
    }
}
