package com.lepton.caselibrary.serving;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The Open Inference Protocol, both ways.
 *
 * @param maxRequestBytes     ceiling on an inference request body; each model's own limit (derived from its
 *                            signature and largest batch) is usually far lower
 * @param maxConcurrentParses request bodies read at once; past it a caller is told "busy"
 * @param remote              a remote inference server to send demos to instead of the local pool
 */
@ConfigurationProperties("lepton.serving")
public record ServingProperties(long maxRequestBytes, int maxConcurrentParses, Remote remote) {

    @ConstructorBinding
    public ServingProperties {
        maxRequestBytes = maxRequestBytes > 0 ? maxRequestBytes : 8L * 1024 * 1024;
        maxConcurrentParses = maxConcurrentParses > 0
                ? maxConcurrentParses
                : Math.max(2, Runtime.getRuntime().availableProcessors());
        remote = remote == null ? new Remote(null, true, null, null) : remote;
    }

    /** Properties with the default ceiling on concurrent parses. */
    public ServingProperties(long maxRequestBytes, Remote remote) {
        this(maxRequestBytes, 0, remote);
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
